"""The words of a speaker's name, read from the token table.

A :class:`NameWords` holds the token table as lists, each token's reporting-verb gender
(None when it is not a reporting verb or participle; list and gender in
``text/wordlists/reporting_verbs.tsv`` and ``participles.tsv``) and whether it lies inside
a quotation, and answers the small questions a subject reader asks: where a name starts
and ends ("محمد معيط وزير المالية" ends before the title, "مي الكيلة تسجيل" at the
surname), which words can never be a name (an adverb "بحسرة", a verbal noun "تسجيل", an
accusative "هجومًا"), and which name stands before a title ("صوفي بريماس، المتحدثة").
The word tables (``text/wordlists/*.tsv``) are read here once.
"""

from __future__ import annotations

import pandas as pd

from analysis.text import clitics, wordlists
from analysis.text.normalization import normalize
from analysis.tokens.walking import TokenWalker

VERB_GENDER = wordlists.mapping("reporting_verbs", "word", "subject")
ENDERS = wordlists.words("subject_enders")
STATEMENTS = wordlists.words("statement_nouns")
INSTITUTIONS = wordlists.words("institution_heads")
DESCRIPTORS = wordlists.words("descriptors")
ACCORDING_TO = wordlists.words("according_to")
TITLE_ROWS = {normalize(row["title"]): row for row in wordlists.read_rows("titles")}
# Titles by their first word, longest first, so "رئيس الوزراء" is tried before "رئيس".
TITLES_BY_FIRST: dict[str, list[str]] = {}
for _title in sorted(TITLE_ROWS, key=lambda t: -len(t.split())):
    TITLES_BY_FIRST.setdefault(_title.split()[0], []).append(_title)

CAME = frozenset(normalize(w) for w in ["جاء", "وجاء", "ورد", "وورد"])  # "وجاء في البيان"
_IN = normalize("في")
COMMAS = ("\u060c", ",")  # ، ,
AL = "\u0627\u0644"  # ال
_LAM = "\u0644"  # ل
BI_AL = "\u0628\u0627\u0644"  # بال
_ALLAH = normalize("الله")
# Small words inside names: "دي لا فوينتي", "أبو زيد", "بن سلمان", "فون دير لايين".
NAME_PARTICLES = frozenset(normalize(w) for w in ["دي", "دا", "لا", "دو", "دير", "فون", "فان", "بن", "ابن", "أبو", "أم",
                                                  "أبي", "عبد", "آل", "ولد", "بنت", "لو", "ديل", "إل"])
# Second words of compound names after which a name goes on: "عز الدين القسام", "عبد الله".
COMPOUND_TAILS = frozenset(normalize(w) for w in ["الدين", "الله", "الرحمن", "العزيز", "الحق", "الرحيم", "الكريم",
                                                   "الإله", "النبي", "المجيد", "الحميد", "الشهيد"])
PARTICIPLES = wordlists.mapping("participles", "word", "subject")
# Nouns that follow ل and name an outlet or a body, never a person: "لإذاعة", "لصحيفة".
_NOUNS_AFTER_LAM = wordlists.words("name_introducers")
_NAME_WORDS = 4  # a personal name rarely has more words
_SUBJECT_WORDS = 10  # a subject longer than this is not read


def nisba(word: str) -> bool:
    """An adjective of origin (أمريكي، الإسبانية، أمنيون): ends with ي، ية، يون، يين."""
    return len(word) > 3 and word.endswith(("\u064a", "\u064a\u0629", "\u064a\u0648\u0646", "\u064a\u064a\u0646"))


# "عائلة إبراهيم محمد", "والدة سارة خالد": kinship in construct with a person's full name.
_KIN_HEADS = frozenset(normalize(w) for w in [
    "عائلة", "أسرة", "والد", "والدة", "زوج", "زوجة", "شقيق", "شقيقة", "ابنة", "أرملة"])

class NameWords(TokenWalker):
    """The token table as lists, with each token's verb gender (None: not a reporting
    verb or participle), ``inside[i]`` (token i lies inside a quotation) and ``quoted``
    (the token index of an opening mark -> the short quotation after it and its closing
    mark's token)."""

    def __init__(self, text: str, tokens: pd.DataFrame, inside: list[bool],
                 quoted: dict[int, tuple[str, int]] | None = None):
        super().__init__(text, tokens)
        self.inside = inside
        # token index of an opening mark -> (a short quotation after it, its closing mark's token)
        self.quoted = quoted or {}
        self.quoted_names: set[int] = set()  # those read as part of a speaker's name
        self.verb_gender = [self._verb_gender(i) for i in range(self.n)]

    def _verb_gender(self, i: int) -> str | None:
        if self.kind[i] != "word":
            return None
        word = self.norm[i]
        if word in VERB_GENDER:
            return VERB_GENDER[word]
        if word in PARTICIPLES:
            return PARTICIPLES[word]
        if word[:1] in clitics.CONJUNCTIONS and word[1:] in VERB_GENDER:
            return VERB_GENDER[word[1:]]
        if word in CAME and self.is_word(i + 2) and self.norm[i + 1] == _IN and self.norm[i + 2] in STATEMENTS:
            return ""
        return None

    def raw_words(self, k: int) -> list[int]:
        """Tokens from k that can be a subject: words of one paragraph, up to an ender."""
        words: list[int] = []
        while (k < self.n and len(words) < _SUBJECT_WORDS and self.kind[k] == "word" and not self.inside[k]
               and (not words or self.paragraph[k] == self.paragraph[words[0]])):
            in_name = words and self.norm[words[-1]] in NAME_PARTICLES and self.norm[k] in NAME_PARTICLES  # "دي لا"
            if (self.norm[k] in ENDERS and not in_name) or len(self.norm[k]) == 1:
                break
            words.append(k)
            k += 1
        return words

    def _lam(self, k: int) -> bool:
        """Token k carries the preposition ل ("للصحفيين", "لوكالة") and is not a name (ليلى)."""
        word = self.norm[k]
        if word.startswith("\u0644\u0644") or (word.startswith("\u0644") and self.stem[k] != word):
            return True
        rest = word[1:]  # "لإذاعة", "لمديرية": ل before a noun that introduces an outlet or a body
        return word.startswith("\u0644") and (rest in INSTITUTIONS or rest in _NOUNS_AFTER_LAM)

    def _proclitic(self, k: int) -> bool:
        """The stemmer took a clitic other than the article off token k ("وادعى", "بتصريح")."""
        word, stem = self.norm[k], self.stem[k]
        return stem != word and not (word.startswith(AL) and stem == word[2:])

    def _not_a_name(self, k: int) -> bool:
        """Words that are never a speaker's name: an adverb of manner ("بحسرة", "بفكاهة"),
        a verbal noun of the تفعيل or مفاعلة pattern ("تسجيل", "مراقبة") - an object or a
        complement, not a person - or
        a present-tense plural verb ("يقودون", "تقولون")."""
        word = self.norm[k]
        manner = word.startswith("\u0628") and word.endswith("\u0629") and len(word) >= 4  # ب...ة
        masdar = (len(word) == 5 and word[0] == "\u062a" and word[3] == "\u064a"  # ت..ي. (تسجيل)
                  or len(word) == 6 and word[0] == "\u0645" and word[2] == "\u0627" and word[-1] == "\u0629")  # م.ا..ة
        plural_verb = len(word) >= 5 and word[0] in "\u064a\u062a" and word.endswith("\u0648\u0646")  # ي/ت...ون
        if masdar and word in TITLES_BY_FIRST:
            masdar = False  # "مساعدة المتحدث باسم الوزارة": a title that only looks like مفاعلة
        return manner or masdar or plural_verb or self._tanween(k)

    def _tanween(self, k: int) -> bool:
        """An indefinite accusative ("هجومًا", "نقلاً"): an object or adverb, never a name."""
        return "\u064b" in self.token[k]  # ً

    def _name(self, idx: list[int]) -> list[int]:
        """The words of a name (or an institution) at the start of ``idx``."""
        name: list[int] = []
        if not idx:
            return name
        definite_head = self.norm[idx[0]].startswith(AL)
        institution = self.norm[idx[0]] in INSTITUTIONS
        for position, k in enumerate(idx):
            word = self.norm[k]
            particle = word in NAME_PARTICLES and position + 1 < len(idx) and (
                not self.is_stop[idx[position + 1]] or self.norm[idx[position + 1]] in NAME_PARTICLES)
            if len(name) == _NAME_WORDS + institution or self._not_a_name(k) or word in DESCRIPTORS \
                    or word.startswith(BI_AL):  # "... بالقول:"
                break
            lam_complement = institution and name and self.norm[name[-1]].startswith(AL) and word.startswith("\u0644\u0644")
            apposed = self._surname_in_apposition(name, k)
            if not particle and not lam_complement and not apposed and (
                    self.is_stop[k] or self._lam(k) or word in ACCORDING_TO):
                break
            if name and (word in TITLES_BY_FIRST or self._lam_pronoun(k) or self.verb_gender[k] is not None
                         or self._possessive(word)):
                break  # "محمد معيط وزير المالية", "السيسي لمحاوره", "... مخاطبة البرلمان"
            if name and word[:1] in "\u0628\u0648\u0641" and self.stem[k] != word and not apposed:
                break  # "ليكارون بفكاهة", "ورحبت": a clitic starts another phrase
            if name and not (definite_head or institution) and self.norm[name[-1]].startswith(AL) \
                    and self.norm[name[-1]] not in COMPOUND_TAILS:
                break  # "مي الكيلة تسجيل ...": a surname with ال ends the name
            compound = self.norm[name[-1]] in COMPOUND_TAILS if name else False
            compound = compound or (position + 1 < len(idx) and self.norm[idx[position + 1]] in COMPOUND_TAILS)
            construct = institution and len(name) == 1 and not definite_head and self._name_like(k)  # "وكالة رويترز"
            if name and (definite_head or institution) and not word.startswith(AL) and not lam_complement \
                    and not compound and not construct:
                break  # "الوزارة وسائل الإعلام", "وزارة الصحة الفلسطينية" stops there ("كتائب عز الدين" not)
            name.append(k)
        return name

    def _surname_in_apposition(self, name: list[int], k: int) -> bool:
        """"غادة والى، وزيرة التضامن": a surname that only looks like و + a word (or a
        stop word), after a lone first name and right before the comma that opens a title."""
        return (len(name) == 1 and k + 2 < self.n and self.norm[k + 1] in COMMAS
                and self.norm[k + 2] in TITLES_BY_FIRST)

    @staticmethod
    def _possessive(word: str) -> bool:
        """A noun with a pronoun suffix ("نظيره", "زميلها", "قادتهم"): not a name's word
        (names that end in ه are short: طه، نزيه)."""
        return word.endswith(("\u0647\u0627", "\u0647\u0645")) or (word.endswith("\u0647") and len(word) >= 5)

    def _lam_pronoun(self, k: int) -> bool:
        """"لمحاوره", "لها": ل with a pronoun suffix, never part of a name (but الله is)."""
        word = self.norm[k]
        return word.startswith(_LAM) and word.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645")) and word != _ALLAH

    def _span(self, idx: list[int]) -> str:
        return self.text[self.start[idx[0]] : self.end[idx[-1]]] if idx else ""

    def _name_before(self, i: int) -> tuple[str, bool]:
        """(name, with a comma) for a name set right before a title: "محمد معيط وزير
        المالية", "درية شرف الدين، وزيرة الإعلام". Empty unless a reporting verb, a title
        or a particle stands before the name (or, with the comma, the start of the line):
        a sentence's first word is as likely a verb ("وصلت المفوضة ...")."""
        j = i - 1
        comma = j >= 0 and self.norm[j] in COMMAS and self.end[j] == self.start[i] - 1
        j -= comma
        words: list[int] = []
        while (j >= 0 and len(words) < 3 and self.kind[j] == "word" and self.sentence[j] == self.sentence[i]
               and not self.inside[j] and self.verb_gender[j] is None and self.norm[j] not in TITLES_BY_FIRST
               and not (self.is_stop[j] and self.norm[j] not in NAME_PARTICLES) and not self._lam(j)
               and self.norm[j] not in ENDERS and not self._tanween(j) and not self._proclitic(j)
               and (not words or not self.norm[j].startswith(AL))):
            words.insert(0, j)
            j -= 1
        while words and self.norm[words[0]] in NAME_PARTICLES:
            words.pop(0)
        if not words or self.norm[words[0]].startswith(AL):
            return "", False
        introduced = j >= 0 and self.kind[j] == "word" and (
            self.is_stop[j] or self.verb_gender[j] is not None or self.norm[j] in TITLES_BY_FIRST)
        opens = j < 0 or self.kind[j] != "word" or self.paragraph[j] != self.paragraph[i]
        return (self._span(words), comma) if introduced or (comma and opens) else ("", False)

    def _institution_head(self, i: int) -> bool:
        word = self.norm[i]
        return self.kind[i] == "word" and not word.startswith(AL) and word in INSTITUTIONS

    def _crowd(self, i: int) -> bool:
        """A definite plural of a participle (المتظاهرون، المحتجون، المشاركون): a crowd that
        chants or speaks together."""
        word = self.norm[i]
        return self.kind[i] == "word" and len(word) >= 8 and word.startswith(AL + "\u0645") and word.endswith("\u0648\u0646")

    def _follows_title(self, i: int) -> bool:
        return i > 0 and self.kind[i - 1] == "word" and self.spaced(i) and self.norm[i - 1] in TITLES_BY_FIRST

    def _name_like(self, j: int) -> bool:
        """Token j can be a first name: a plain word, no article, clitic, particle, verb or
        possessive noun."""
        return (self.is_word(j) and not self.is_stop[j] and not self.norm[j].startswith(AL)
                and not self._proclitic(j) and self.verb_gender[j] is None and self.norm[j] not in ENDERS
                and self.norm[j] not in TITLES_BY_FIRST and not self._not_a_name(j) and len(self.norm[j]) > 1
                and not self._kin_word(self.norm[j]))

    def _kin_word(self, word: str) -> bool:
        """"زوجته", "شقيقها": a noun with a pronoun suffix is no first name (عبدالله is)."""
        return self._possessive(word) and not word.endswith(_ALLAH[1:])

    def _surname_after(self, j: int) -> bool:
        """Token j can end a full name after a first name: "محمد الموسى”", "أحمد علي،"."""
        if not (self.is_word(j) and self.spaced(j)) or self.is_stop[j] or self.norm[j] in ENDERS:
            return False
        if self.norm[j] in TITLES_BY_FIRST or self.verb_gender[j] is not None or nisba(self.norm[j]):
            return False
        if self._not_a_name(j) or self._proclitic(j) or self._possessive(self.norm[j]):
            return False
        closed = j + 1 >= self.n or not self.is_word(j + 1) or self.paragraph[j + 1] != self.paragraph[j]
        return closed or self.norm[j + 1] in ENDERS

    def _name_start(self, j: int) -> bool:
        """What may stand before a full name: a title, its complement or adjective, a
        reporting verb, a word of kinship in construct ("عائلة إبراهيم محمد")."""
        if j < 0 or not self.is_word(j) or self.paragraph[j] != self.paragraph[j + 1]:
            return False  # after a comma or at a line's start a verb is as likely as a name
        word = self.norm[j]
        return (word.startswith(AL) or word in TITLES_BY_FIRST or self._lam(j) or self.verb_gender[j] is not None
                or word in _KIN_HEADS)
