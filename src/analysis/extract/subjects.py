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

from analysis.extract.name_words import (
    AL, BI_AL, CAME, COMMAS, DESCRIPTORS, ENDERS, INSTITUTIONS, NAME_PARTICLES, STATEMENTS, TITLE_ROWS, TITLES_BY_FIRST,
    NameWords, nisba)
from analysis.text import clitics
from analysis.text.normalization import normalize

# "نقلت الوكالة عن مصدر مطلع قوله": the speaker is after عن, before قوله.
_RELAYING = frozenset(normalize(w) for w in ["نقل", "نقلت", "نقلوا", "ينقل", "تنقل"])
_SAYING = frozenset(normalize(w) for w in ["قوله", "قولها", "قولهم", "تأكيده", "تأكيدها", "تصريحه", "تصريحها"])
_ISSUED = frozenset(normalize(w) for w in ["صادر", "الصادر", "صادرة", "الصادرة", "عن", "ل"])
_WAS = frozenset(normalize(w) for w in ["كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا"])
_MAY = normalize("قد")
# Verbs of describing, accusing and demanding take an object, then بـ: "وصف الوزير الخطة
# بـ«...»", "اتهم الرئيس إسرائيل بـ...". The definite word right before بـ is that object.
_CALLING = frozenset(clitic + normalize(w) for clitic in ("", "\u0648", "\u0641") for w in [
    "وصف", "وصفت", "وصفوا", "اتهم", "اتهمت", "اتهموا", "طالب", "طالبت", "طالبوا", "نعت", "نعتت", "سمى", "سمت"])
_BI = "\u0628"  # ب
# Missions that sit in a city and are named with it: "السفارة الأميركية في القاهرة".
_MISSIONS = frozenset(normalize(w) for w in ["سفارة", "قنصلية", "بعثة", "ممثلية", "مفوضية"])
_IN = normalize("في")
_OCCASIONS = frozenset(normalize(w) for w in ["المؤتمر", "اللقاء", "الحديث", "الاجتماع", "الجلسة", "الكلمة", "المقابلة"])
# "أما زوجته صابرين فتقول": أما puts the subject first, ف brings its verb.
_AMMA = frozenset(normalize(w) for w in ["أما", "وأما"])
_FA = "\u0641"  # ف
_HEADLINE_WORDS = 3  # "رعد:", "محمد رعد:" opening a headline
_CARRIED = frozenset(normalize(w) for w in ["نقلا", "نقلاً", "نقل"])  # "نقلا عن": relayed from
_FROM = normalize("عن")
# Unnamed sources take where they are from: "مصدر في الوزارة", "مصادر مقربة من نتنياهو".
_SOURCES = frozenset(normalize(w) for w in ["مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولة", "مسؤولين"])
_OF = frozenset(normalize(w) for w in ["في", "من", "داخل", "بوزارة", "بالوزارة"])
_WA_AL = "\u0648\u0627\u0644"  # وال
# "قال المصدر لإذاعة ..." - ل before an outlet names who was told, not what a title heads.
_OUTLETS = frozenset(normalize(w) for w in ["وكالة", "صحيفة", "قناة", "إذاعة", "موقع", "مجلة", "شبكة", "تلفزيون"])


def _title_opening(words: list[str]) -> str | None:
    """The title the normalized ``words`` open with ("وزير الخارجية ..." -> "وزير"), or None."""
    if not words:
        return None
    return next((t for t in TITLES_BY_FIRST.get(words[0], []) if words[: len(t.split())] == t.split()), None)


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


class SubjectReader(NameWords):
    """Reads the subject of the reporting verb at a token, and the subject phrase starting
    at a token (title, name, what the title heads)."""

    def _subject_start(self, i: int) -> int:
        return i + 2 if self.norm[i] in CAME else i + 1

    def title_length(self, idx: list[int]) -> int:
        """How many of the subject's first words are a title and what it heads."""
        words = [self.norm[k] for k in idx]
        title = _title_opening(words)
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
            elif complement and word[1:] not in _OUTLETS and (
                    self._lam(idx[length]) or word[:1] == "\u0628" and word[1:] in INSTITUTIONS):
                length += 1  # "الأمين العام للمنظمة", "رئيس الإدارة الإعلامية بوزارة الخارجية"
            elif word in DESCRIPTORS or (nisba(word) and not definite and not word.startswith("\u0627\u0644")):
                length += 1  # "مصدر أمني مطلع", "المصدر ذاته"
            elif complement and word.startswith(_WA_AL):
                length += 1  # "المفوض الأوروبي للتجارة والأمن الاقتصادي"
            elif word.startswith(AL) and (complement or length + 1 < len(words) or nisba(word)):
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
        if run <= 2:
            return run  # "مدرب منتخب مصر": no name left
        length = max(1, run - 2)
        while length > 1 and rest[length] in NAME_PARTICLES:
            length -= 1  # "مدرب منتخب إسبانيا لويس دي لا فوينتي": particles belong to the name
        return length

    def subject_at(self, k: int) -> Subject | None:
        """The subject whose words start at token k, or None (without the object of a
        describing verb right before k)."""
        found = self._subject_words(k)
        if found is not None and found.name and not found.title:
            found = self._with_seat(found, k)
        for _ in range(3):  # "وصف الوزير الخطة الجديدة بـ": the object's adjectives go with it
            if found is None or not k or self.norm[k - 1] not in _CALLING:
                break
            shorter = self._without_object(found, k)
            if shorter is found:
                break
            found = shorter
        return found

    def _subject_words(self, k: int) -> Subject | None:
        idx = self.raw_words(k)
        if not idx:
            return None
        first = self.norm[idx[0]]
        if first in STATEMENTS:
            return Subject("", "", self._span(idx[:1]), statement=True, issuer=self._issuer(idx[0]))
        particle = first in NAME_PARTICLES and len(idx) > 1
        if ((self.is_stop[idx[0]] and not particle) or self._lam(idx[0]) or self._lam_pronoun(idx[0]) or first.startswith(BI_AL)
                or self._not_a_name(idx[0]) or self.verb_gender[idx[0]] is not None):
            return None  # "قال بالتأكيد", "أكد ضرورة", "أعلن رفضه": no subject here
        length = self.title_length(idx)
        if not length:
            # "الطبيبة منى سالم", "الطالبة الجامعية سارة سفر", "زوجته صابرين": a description, then the name
            length = self._described_name(idx) or int(self._kin_name(idx))
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
        phrase_end = idx[length - 1] + 1 if length else 0
        if not name and length == len(idx) and self.is_word(phrase_end) and self.norm[phrase_end] in _OF:
            tail = self._name(self.raw_words(phrase_end + 1))  # "مصدر مسؤول في وزارة الصحة"
            title = " ".join(self.norm[k] for k in idx[:length])
            named = self._name_after_comma(tail[-1] + 1) if tail else []  # "القيادي في الحشد، شايع الداوودي،"
            if named:
                return Subject(title, self._span(named), self.text[self.start[idx[0]] : self.end[named[-1]]])
            if tail and self._source_title(idx[0]):
                return Subject(title, "", self.text[self.start[idx[0]] : self.end[tail[-1]]])
        phrase = idx[: length + len(name)]
        if not phrase:
            return None
        title = " ".join(self.norm[k] for k in idx[:length])
        mark = phrase[-1] + 1
        bare_title = length and not name
        bare_outlet = not length and len(idx) == 1 and self.norm[idx[0]] in INSTITUTIONS  # "صحيفة "جيروزاليم بوست""
        if (bare_title or bare_outlet) and len(phrase) == len(idx) and mark in self.quoted:
            return self._quoted_name(idx, length, mark)
        honorific = length and TITLE_ROWS.get(title, {}).get("honorific") == "yes"
        descriptive = not name and (honorific or any(self.norm[k] in DESCRIPTORS or nisba(self.norm[k])
                                                     for k in idx[1:length]))
        return Subject(title, self._span(name), self._span(phrase), descriptive=bool(descriptive))

    def _name_after_comma(self, k: int) -> list[int]:
        """"المتحدث باسم الجيش، إفي ديفرين،": a name between commas right after a title."""
        if not (k < self.n and self.norm[k] in COMMAS and self.is_word(k + 1)):
            return []
        words = self.raw_words(k + 1)
        skip = self.title_length(words) if words and self.norm[words[0]] in TITLES_BY_FIRST else 0  # "، النائب محمد رعد"
        name = self._name(words[skip:])
        if not name or (len(name) == 1 and self.norm[name[0]].startswith(AL)):
            return []  # "وسلط المدرب، الضوء، على": a lone word with ال is an object set off by commas
        end = name[-1] + 1
        closed = end < self.n and (self.norm[end] in COMMAS or not self.is_word(end) or self.norm[end] in ENDERS)
        return name if closed else []

    def _described_name(self, idx: list[int]) -> int:
        """How many words describe the name after them: a definite noun (not an
        institution, not an adjective), its definite adjectives in ـي/ـية ("الطالبة
        الجامعية"), then a plain word; 0 when that is not so."""
        head = self.norm[idx[0]]
        if not head.startswith(AL) or head in INSTITUTIONS or nisba(head):
            return 0
        n = 1
        while n < len(idx) and self.norm[idx[n]].startswith(AL) and nisba(self.norm[idx[n]]):
            n += 1
        if n >= len(idx):
            return 0
        k, second = idx[n], self.norm[idx[n]]
        plain = (not second.startswith(AL) and not self.is_stop[k] and not self._lam(k) and self.verb_gender[k] is None
                 and not self._tanween(k) and self.stem[k] == second)
        return n if plain else 0

    def headline_name(self) -> str:
        """The name a headline gives its speaker before the article's first reporting verb
        ("الزعبي : الرئيس لم يدل بأي حديث"): a line opening with a name of up to three
        words (no title; a word with ال only as a surname in ـي) and a colon. Empty when
        there is none."""
        for i in range(self.n):
            if self.verb_gender[i] is not None:
                return ""
            if self.norm[i] != ":" or not i:
                continue
            k = i - 1
            while k >= 0 and self.is_word(k) and self.paragraph[k] == self.paragraph[i] and i - k <= _HEADLINE_WORDS:
                k -= 1
            if (k >= 0 and self.paragraph[k] == self.paragraph[i]) or k + 1 == i:
                continue
            subject = self.subject_at(k + 1)
            if subject and subject.name and not subject.title and len(subject.written.split()) == i - k - 1 \
                    and (self._name_like(k + 1) or nisba(self.norm[k + 1])):  # "الزعبي :"
                return subject.name
        return ""

    def _kin_name(self, idx: list[int]) -> bool:
        """A noun with a pronoun suffix, then a name: "زوجته صابرين", "شقيقها أحمد"."""
        return (len(idx) > 1 and self._possessive(self.norm[idx[0]]) and not self._lam(idx[0])
                and self._name_like(idx[1]) and bool(self._name(idx[1:])))

    def _source_title(self, k: int) -> bool:
        return self.norm[k] in _SOURCES

    def _issuer(self, k: int) -> str:
        """"بيان صادر عن السفارة", "بيان وزارة الصحة", "بيان لوزارة الصحة": who issued it."""
        m = k + 1
        while self.is_word(m) and self.norm[m] in _ISSUED and m < k + 3:
            m += 1
        if not self.is_word(m) or self.norm[m] in ENDERS or nisba(self.norm[m]) or self.is_stop[m]:
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

    def _with_seat(self, found: Subject, k: int) -> Subject:
        """"السفارة الأميركية في القاهرة،": a mission abroad is named with the city it sits
        in - one word after في, then a comma or the end of the clause."""
        head = normalize(found.name.split()[0])
        if (head[2:] if head.startswith(AL) else head) not in _MISSIONS:
            return found
        m = k + len(found.written.split())
        place = m + 1
        if not (self.is_word(m) and self.norm[m] == _IN and self.is_word(place) and self.norm[place].startswith(AL)
                and self.norm[place] not in STATEMENTS | _OCCASIONS and not self.norm[place].endswith("\u064a")):
            return found  # "في البيان", "في المؤتمر الصحفي" say where it was said, not where the mission is
        if self.is_word(place + 1) and self.norm[place + 1] not in ENDERS:
            return found
        seat = self.text[self.start[m] : self.end[place]]
        return Subject("", found.name + " " + seat, found.written + " " + seat)

    def _without_object(self, found: Subject, k: int) -> Subject:
        """"وصف الوزير الخطة بـ«...»": the verb's object (a definite word right before
        بـ) is cut off the subject, as long as a whole title or a name of two words is left
        ("وصف أحمد الطيب بـ" keeps its surname, "وصف وزير الخارجية بأن" its complement)."""
        size = len(found.written.split())
        last = k + size - 1
        m = last + 1
        while m < last + 3 and self.is_word(m) and self.norm[m].startswith(AL):
            m += 1  # "الخطة الجديدة بـ"
        if found.statement or size < 2 or not self.is_word(m) or not self.norm[m].startswith(_BI) \
                or not self.norm[last].startswith(AL) or normalize(found.written.split()[-1]) != self.norm[last] \
                or self.norm[last].endswith("\u064a"):
            return found  # "وصف وزير الخارجية الأمريكي بأن": an adjective in ـي belongs to the title
        name = found.name.split()
        if name and not found.title and len(name) < 3:
            return found  # a lone name, or a first name and surname with no title: nothing to cut
        if not name and not self._whole_title(found.title.split()[:-1]):
            return found
        title = found.title if name else " ".join(found.title.split()[:-1])
        written = self.text[self.start[k] : self.end[last - 1]]
        return Subject(title, " ".join(name[:-1]), written, descriptive=not name[:-1] and found.descriptive)

    @staticmethod
    def _whole_title(words: list[str]) -> bool:
        """The words are a title that needs nothing more ("الوزير", "وزير الخارجية", not "وزير")."""
        title = _title_opening(words)
        if title is None:
            return False
        complete = TITLE_ROWS[title]["complement"] != "yes" or title.startswith(AL)
        return complete or len(words) > len(title.split())

    def _subject_before(self, i: int) -> Subject | None:
        """"وكان الوزير قد قال", "وكان السبهان اتهم", "أما زوجته صابرين فتقول": a subject
        between كان (or أما, with ف on the verb) and the verb, filling the gap exactly."""
        end = i - 1 if i and self.norm[i - 1] == _MAY else i
        for k in range(i - 1, max(-1, i - 12), -1):
            if self.norm[k] in COMMAS and k == end - 1:
                end -= 1  # "وكان مصدر مسؤول في الوزارة، قال إن"
                continue
            if not self.is_word(k) or self.sentence[k] != self.sentence[i]:
                return None
            if self.norm[k] in _WAS or (self.norm[k] in _AMMA and self.norm[i][:1] == _FA):
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
        if not length:
            return Subject("", written, written)
        # "مدرب", "رئيس كتلة": a construct chain still open takes the quotation as its last part
        construct = not title.startswith(AL) and not title.split()[-1].startswith(AL) and \
            TITLE_ROWS.get(title.split()[0], {}).get("complement") == "yes"
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
