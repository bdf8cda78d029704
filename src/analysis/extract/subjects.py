"""Reading the subject of a reporting clause from the token table.

A reporting verb (قال، أضافت، أكدوا ... with و or ف attached; list and gender in
``text/wordlists/reporting_verbs.tsv``) or a participle (مشيرا، قائلة، مرددين) is
followed by its subject: a title with what it heads ("الأمين العام للمنظمة", "المتحدث
باسم الشرطة", "مدرب ليفربول"), then up to four words of name, up to a word that ends the
subject (إن، أن، في، خلال، لوكالة، أمس ...; ``subject_enders.tsv``). Unnamed sources keep
where they are from ("مصدر مسؤول في وزارة الصحة"); a statement ("البيان") keeps who issued
it ("بيان صادر عن السفارة"). The word lists live in ``text/wordlists/``.
"""

from __future__ import annotations

from dataclasses import dataclass

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

_RELAYING = frozenset(normalize(w) for w in ["نقل", "نقلت", "نقلوا", "ينقل", "تنقل"])
_SAYING = frozenset(normalize(w) for w in ["قوله", "قولها", "قولهم", "تأكيده", "تأكيدها", "تصريحه", "تصريحها"])
_CAME = frozenset(normalize(w) for w in ["جاء", "وجاء", "ورد", "وورد"])  # "وجاء في البيان"
_ISSUED = frozenset(normalize(w) for w in ["صادر", "الصادر", "صادرة", "الصادرة", "عن", "ل"])
_WAS = frozenset(normalize(w) for w in ["كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا"])
_MAY = normalize("قد")
_CARRIED = frozenset(normalize(w) for w in ["نقلا", "نقلاً", "نقل"])  # "نقلا عن": relayed from
_FROM = normalize("عن")
_IN = normalize("في")
COMMAS = ("\u060c", ",")  # ، ,
AL = "\u0627\u0644"  # ال
_WA_AL = "\u0648\u0627\u0644"  # وال
_BI_AL = "\u0628\u0627\u0644"  # بال
_LAM = "\u0644"  # ل
_ALLAH = normalize("الله")
# Small words inside names: "دي لا فوينتي", "أبو زيد", "بن سلمان", "فون دير لايين".
NAME_PARTICLES = frozenset(normalize(w) for w in ["دي", "دا", "لا", "دو", "دير", "فون", "فان", "بن", "ابن", "أبو", "أم",
                                                  "أبي", "عبد", "آل", "ولد", "بنت", "لو", "ديل", "إل"])
# Unnamed sources take where they are from: "مصدر في الوزارة", "مصادر مقربة من نتنياهو".
_SOURCES = frozenset(normalize(w) for w in ["مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولة", "مسؤولين"])
_OF = frozenset(normalize(w) for w in ["في", "من", "داخل", "بوزارة", "بالوزارة"])
# Second words of compound names after which a name goes on: "عز الدين القسام", "عبد الله".
COMPOUND_TAILS = frozenset(normalize(w) for w in ["الدين", "الله", "الرحمن", "العزيز", "الحق", "الرحيم", "الكريم",
                                                   "الإله", "النبي", "المجيد", "الحميد", "الشهيد"])
PARTICIPLES = wordlists.mapping("participles", "word", "subject")
# Nouns that follow ل and name an outlet or a body, never a person: "لإذاعة", "لصحيفة".
_NOUNS_AFTER_LAM = wordlists.words("name_introducers")
_SUBJECT_WORDS = 10  # a subject longer than this is not read
_NAME_WORDS = 4  # a personal name rarely has more words


def _nisba(word: str) -> bool:
    """An adjective of origin (أمريكي، الإسبانية، أمنيون): ends with ي، ية، يون، يين."""
    return len(word) > 3 and word.endswith(("\u064a", "\u064a\u0629", "\u064a\u0648\u0646", "\u064a\u064a\u0646"))


@dataclass
class Subject:
    """A verb's subject: its title (normalized), the name after it (as written), the whole
    phrase as written, and what it is."""

    title: str
    name: str
    written: str
    statement: bool = False  # البيان، التقرير: speaks for whoever issued it
    issuer: str = ""  # "بيان صادر عن السفارة": the institution named with the statement
    descriptive: bool = False  # an adjective or honorific, no name: "المسؤولة الأوروبية", "السيد"



class SubjectReader(TokenWalker):
    """The token table as lists, with each token's verb gender (None: not a reporting
    verb or participle) and ``inside[i]``: token i lies inside a quotation."""

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
        if word in _CAME and self.is_word(i + 2) and self.norm[i + 1] == _IN and self.norm[i + 2] in STATEMENTS:
            return ""
        return None

    def _subject_start(self, i: int) -> int:
        return i + 2 if self.norm[i] in _CAME else i + 1

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

    def title_length(self, idx: list[int]) -> int:
        """How many of the subject's first words are a title and what it heads."""
        words = [self.norm[k] for k in idx]
        title = next((t for t in TITLES_BY_FIRST.get(words[0], []) if words[: len(t.split())] == t.split()), None)
        if title is None:
            return 0
        length = len(title.split())
        complement = TITLE_ROWS[title]["complement"] == "yes"
        definite = title.startswith("\u0627\u0644")
        if complement and not definite and length == 1 < len(words):
            length += self._construct_complement(words[length:])  # "مدرب ليفربول آرني سلوت"
        while length < len(words):
            word = words[length]
            if complement and word == "\u0628\u0627\u0633\u0645" and length + 1 < len(words):  # باسم
                length += 2  # "المتحدث باسم الوزارة"
            elif complement and (self._lam(idx[length]) or word[:1] == "\u0628" and word[1:] in INSTITUTIONS):
                length += 1  # "الأمين العام للمنظمة", "رئيس الإدارة الإعلامية بوزارة الخارجية"
            elif word in DESCRIPTORS or (_nisba(word) and not definite and not word.startswith("\u0627\u0644")):
                length += 1  # "مصدر أمني مطلع", "المصدر ذاته"
            elif complement and word.startswith(_WA_AL):
                length += 1  # "المفوض الأوروبي للتجارة والأمن الاقتصادي"
            elif word.startswith(AL) and (complement or length + 1 < len(words) or _nisba(word)):
                length += 1  # "وزير الخارجية", "الرئيس الفرنسي إيمانويل ماكرون" (not "الرئيس السيسي")
            else:
                break
        return length

    @staticmethod
    def _construct_complement(rest: list[str]) -> int:
        """A title in construct takes the next word ("وزير الخارجية"); a proper-noun
        complement ("مدرب ريال مدريد كارلو أنشيلوتي") leaves its last words to the name."""
        if rest[0].startswith("\u0627\u0644"):
            return 1
        run = 0
        while run < len(rest) and not rest[run].startswith("\u0627\u0644"):
            run += 1
        if run < len(rest):
            return run  # the name comes after the adjective: "... الإيطالي كارلو أنشيلوتي"
        return max(1, run - 2) if run > 2 else run  # "مدرب منتخب مصر": no name left

    def subject_at(self, k: int) -> Subject | None:
        """The subject whose words start at token k, or None."""
        idx = self.raw_words(k)
        if not idx:
            return None
        first = self.norm[idx[0]]
        if first in STATEMENTS:
            return Subject("", "", self._span(idx[:1]), statement=True, issuer=self._issuer(idx[0]))
        particle = first in NAME_PARTICLES and len(idx) > 1
        if ((self.is_stop[idx[0]] and not particle) or self._lam(idx[0]) or self._lam_pronoun(idx[0]) or first.startswith(_BI_AL)
                or self._not_a_name(idx[0]) or self.verb_gender[idx[0]] is not None):
            return None  # "قال بالتأكيد", "أكد ضرورة", "أعلن رفضه": no subject here
        length = self.title_length(idx)
        if not length and self._described_name(idx):
            length = 1  # "الطبيبة منى سالم", "الناشط سامر علي": a description, then the name
        while length and length < len(idx) and self.norm[idx[length]] in TITLES_BY_FIRST:
            more = self.title_length(idx[length:])  # "رئيس الكتلة النائب محمد رعد"
            if not more:
                break
            length += more
        name = self._name(idx[length:])
        if not name and length == len(idx):
            after_comma = self._name_after_comma(idx[-1] + 1)
            if after_comma:
                title = " ".join(self.norm[k] for k in idx)
                written = self.text[self.start[idx[0]] : self.end[after_comma[-1]]]
                return Subject(title, self._span(after_comma), written)
        if not name and length and self._source_title(idx[0]):
            phrase_end = idx[length - 1] + 1
            if self.is_word(phrase_end) and self.norm[phrase_end] in _OF:
                tail = self._name(self.raw_words(phrase_end + 1))  # "مصدر مسؤول في وزارة الصحة"
                if tail:
                    written = self.text[self.start[idx[0]] : self.end[tail[-1]]]
                    return Subject(" ".join(self.norm[k] for k in idx[:length]), "", written)
        phrase = idx[: length + len(name)]
        if not phrase:
            return None
        title = " ".join(self.norm[k] for k in idx[:length])
        mark = phrase[-1] + 1
        if not name and length + len(name) == len(idx) and mark in self.quoted \
                and (length or self.norm[idx[0]] in INSTITUTIONS):
            return self._quoted_name(idx, length, mark)
        honorific = length and TITLE_ROWS.get(title, {}).get("honorific") == "yes"
        descriptive = not name and (honorific or any(self.norm[k] in DESCRIPTORS or _nisba(self.norm[k])
                                                     for k in idx[1:length]))
        return Subject(title, self._span(name), self._span(phrase), descriptive=bool(descriptive))

    def _name_after_comma(self, k: int) -> list[int]:
        """"المتحدث باسم الجيش، إفي ديفرين،": a name between commas right after a title."""
        if not (k < self.n and self.norm[k] in COMMAS and self.is_word(k + 1)):
            return []
        words = self.raw_words(k + 1)
        skip = self.title_length(words) if words and self.norm[words[0]] in TITLES_BY_FIRST else 0  # "، النائب محمد رعد"
        name = self._name(words[skip:])
        end = name[-1] + 1 if name else k
        closed = end < self.n and (self.norm[end] in COMMAS or not self.is_word(end) or self.norm[end] in ENDERS)
        return name if name and closed and name[-1] == words[-1] or (name and closed) else []

    def _described_name(self, idx: list[int]) -> bool:
        """A definite noun (not an institution, not an adjective) right before a plain word."""
        if len(idx) < 2:
            return False
        head, second = self.norm[idx[0]], self.norm[idx[1]]
        return (head.startswith(AL) and head not in INSTITUTIONS and not _nisba(head) and not second.startswith(AL)
                and not self.is_stop[idx[1]] and not self._lam(idx[1]) and self.verb_gender[idx[1]] is None
                and not self._tanween(idx[1]) and self.stem[idx[1]] == second)

    def _source_title(self, k: int) -> bool:
        return self.norm[k] in _SOURCES

    def _proclitic(self, k: int) -> bool:
        """The stemmer took a clitic other than the article off token k ("وادعى", "بتصريح")."""
        word, stem = self.norm[k], self.stem[k]
        return stem != word and not (word.startswith(AL) and stem == word[2:])

    def _not_a_name(self, k: int) -> bool:
        """Words that are never a speaker's name: an adverb of manner ("بحسرة", "بفكاهة")
        or a verbal noun of the تفعيل pattern ("تسجيل", "تقديم") - an object of the verb."""
        word = self.norm[k]
        manner = word.startswith("\u0628") and word.endswith("\u0629") and len(word) >= 4  # ب...ة
        masdar = len(word) == 5 and word[0] == "\u062a" and word[3] == "\u064a"  # ت..ي.
        return manner or masdar or self._tanween(k)

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
            if len(name) == _NAME_WORDS + institution or self._not_a_name(k) or word in DESCRIPTORS:
                break
            lam_complement = institution and name and self.norm[name[-1]].startswith(AL) and word.startswith("\u0644\u0644")
            if not particle and not lam_complement and (self.is_stop[k] or self._lam(k) or word in ACCORDING_TO):
                break
            if name and (word in TITLES_BY_FIRST or self._lam_pronoun(k) or self.verb_gender[k] is not None
                         or self._possessive(word)):
                break  # "محمد معيط وزير المالية", "السيسي لمحاوره", "... مخاطبة البرلمان"
            if name and word[:1] in "\u0628\u0648\u0641" and self.stem[k] != word:
                break  # "ليكارون بفكاهة", "ورحبت": a clitic starts another phrase
            if name and not (definite_head or institution) and self.norm[name[-1]].startswith(AL) \
                    and self.norm[name[-1]] not in COMPOUND_TAILS:
                break  # "مي الكيلة تسجيل ...": a surname with ال ends the name
            if name and (definite_head or institution) and not word.startswith(AL) and not lam_complement \
                    and self.norm[name[-1]] not in COMPOUND_TAILS:
                break  # "الوزارة وسائل الإعلام", "وزارة الصحة الفلسطينية" stops there
            name.append(k)
        return name

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

    def _issuer(self, k: int) -> str:
        """"بيان صادر عن السفارة", "بيان وزارة الصحة", "بيان لوزارة الصحة": who issued it."""
        m = k + 1
        while self.is_word(m) and self.norm[m] in _ISSUED and m < k + 3:
            m += 1
        if not self.is_word(m) or self.norm[m] in ENDERS or _nisba(self.norm[m]) or self.is_stop[m]:
            return ""
        if m == k + 1 and not (self.norm[m].startswith("\u0627\u0644") or self.norm[m] in INSTITUTIONS
                               or self.norm[m][1:] in INSTITUTIONS):
            return ""
        words = self.raw_words(m)
        if words and self.norm[words[0]][:1] == "\u0644" and self.norm[words[0]][1:] in INSTITUTIONS:
            rest = self._name(words[1:]) if len(words) > 1 and self.norm[words[1]].startswith(AL) else []
            return self.token[words[0]][1:] + (" " + self._span(rest) if rest else "")
        return self._span(self._name(words))

    def verb_subject(self, i: int) -> Subject | None:
        """The subject of the reporting verb at token i (after it; "نقلت ... عن X قوله": X;
        "وكان الوزير قد قال": before it)."""
        if self.norm[i] in {clitic + verb for clitic in ("",) + tuple(clitics.CONJUNCTIONS) for verb in _RELAYING}:
            relayed = self._relayed(i)
            if relayed is not None:
                return relayed
        before = self._subject_before(i)
        if before is not None:
            return before
        found = self.subject_at(self._subject_start(i))
        relayed = self._relayed_by(found, i)
        if relayed is not None:
            return relayed
        if found is None and self._quoted_subject(self._subject_start(i)):
            name = self.quoted[self._subject_start(i)][0]  # "وأضاف "رفاعي" عبر صفحته": a quoted surname
            self.quoted_names.add(self._subject_start(i))
            return Subject("", name, name)
        return found

    def _subject_before(self, i: int) -> Subject | None:
        """"وكان الوزير قد قال", "وكان السبهان اتهم": a subject between كان and the verb,
        filling the gap exactly."""
        end = i - 1 if i and self.norm[i - 1] == _MAY else i
        for k in range(i - 1, max(-1, i - 8), -1):
            if not self.is_word(k) or self.sentence[k] != self.sentence[i]:
                return None
            if self.norm[k] in _WAS:
                candidate = self.subject_at(k + 1) if k + 1 < end else None
                words = len(candidate.written.split()) if candidate else 0
                return candidate if candidate and k + 1 + words == end else None
        return None

    def _relayed_by(self, found: Subject | None, i: int) -> Subject | None:
        """"وأكدت الوكالة نقلا عن رئيس الإدارة الإعلامية، السفير أسامة نقلي": the words are
        the one named after نقلا عن, the outlet only carries them."""
        k = self._subject_start(i) + (len(found.written.split()) if found else 0)
        for m in range(k, min(k + 3, self.n - 1)):
            if self.is_word(m) and self.norm[m] in _CARRIED and self.is_word(m + 1) and self.norm[m + 1] == _FROM:
                return self.subject_at(m + 2)
        return None

    def _quoted_name(self, idx: list[int], length: int, mark: int) -> Subject:
        """A title or an outlet followed by a short quotation: "رئيس الحكومة “سعد الدين
        العثماني”", "صحيفة «جيروزاليم بوست»" - the quotation is the name; after a title in
        construct ("رئيس كتلة "الوفاء للمقاومة" النائب محمد رعد") it is what the title
        heads, and the name may follow it."""
        quoted, close = self.quoted[mark]
        self.quoted_names.add(mark)
        title = " ".join(self.norm[k] for k in idx[:length])
        written = self._span(idx[:length] or idx[:1]) + " " + quoted
        # "مدرب", "رئيس كتلة": a construct chain still open takes the quotation as its last part
        construct = not title.startswith(AL) and not title.split()[-1].startswith(AL) and \
            TITLE_ROWS.get(title.split()[0], {}).get("complement") == "yes"
        if not length:
            return Subject("", written, written)
        if not construct:
            return Subject(title, quoted, written)
        after = self.subject_at(close + 1) if close + 1 < self.n and self.spaced(close + 1) else None
        if after and after.name:
            return Subject(title, after.name, written + " " + after.written)
        return Subject(title + " " + normalize(quoted), "", written)

    def _quoted_subject(self, k: int) -> bool:
        """A short quotation right after a verb, then a comma or a word that ends a subject."""
        if k not in self.quoted or len(self.quoted[k][0].split()) > 3:
            return False
        after = self.quoted[k][1] + 1
        return after < self.n and (self.norm[after] in COMMAS or self.norm[after] in ENDERS)

    def _relayed(self, i: int) -> Subject | None:
        for k in range(i + 1, min(i + 16, self.n)):
            if not self.is_word(k) or self.sentence[k] != self.sentence[i]:
                return None
            if self.norm[k] == normalize("عن"):
                for m in range(k + 2, min(k + 16, self.n)):
                    if self.is_word(m) and self.norm[m] in _SAYING:
                        words = list(range(k + 1, m))
                        return Subject("", self._span(words), self._span(words))
                return None
        return None

    # -- the article's speakers ------------------------------------------------------

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
        """Token j can be a first name: a plain word, no article, clitic, particle or verb."""
        return (self.is_word(j) and not self.is_stop[j] and not self.norm[j].startswith(AL) and not self.inside[j]
                and not self._proclitic(j) and self.verb_gender[j] is None and self.norm[j] not in ENDERS
                and self.norm[j] not in TITLES_BY_FIRST and not self._tanween(j) and len(self.norm[j]) > 1)

    def _name_start(self, j: int) -> bool:
        """What may stand before a full name: a title, its complement or adjective, a
        reporting verb."""
        if j < 0 or not self.is_word(j) or self.paragraph[j] != self.paragraph[j + 1]:
            return False  # after a comma or at a line's start a verb is as likely as a name
        word = self.norm[j]
        return word.startswith(AL) or word in TITLES_BY_FIRST or self._lam(j) or self.verb_gender[j] is not None
