"""Who says a quotation: the speaker of the reporting clause around it, at its fullest.

The subject a :class:`SubjectReader` reads resolves, through the :class:`NameBook` of the
whole article, to the fullest name: a surname to the full name (also when the first name
is only written before it elsewhere), a title or a description ("المسؤولة الأوروبية") to
the person it stood with, "الوزارة" to the ministry that spoke, "البيان" to the
institution that issued it. A verb or participle with no subject ("وأضافت:", "مشيرا إلى")
continues the last speaker its gender agrees with.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import pandas as pd

from analysis.extract.speaker_names import NameBook, agrees, title_gender, title_key
from analysis.extract.name_words import (
    ACCORDING_TO, AL, COMMAS, COMPOUND_TAILS, INSTITUTIONS, NAME_PARTICLES, PARTICIPLES, STATEMENTS, TITLE_ROWS,
    TITLES_BY_FIRST, VERB_GENDER)
from analysis.extract.subjects import Subject, SubjectReader
from analysis.text import clitics
from analysis.text.normalization import normalize

_MAX_OCCURRENCES = 50  # how many places of a surname are read for the first name before it
# Where a quotation is only reported by an outlet ("وفقا لوكالة ...", "حسبما أوردت صحيفة"):
# the outlet is the source, not the speaker.
_OUTLETS = frozenset(normalize(w) for w in ["وكالة", "صحيفة", "قناة", "موقع", "شبكة", "إذاعة", "مجلة", "تلفزيون",
                                            "التلفزيون", "الوكالة", "الصحيفة", "القناة", "الموقع", "وسائل"])
_WHAT = normalize("ما")
_RELATIVES = frozenset(normalize(w) for w in ["الذي", "التي", "الذين"])
# Heads of descriptions that stand for someone never named: "المصدر ذاته", "المسؤول نفسه".
_UNNAMED_HEADS = frozenset(normalize(w) for w in ["مصدر", "مصادر", "مسؤول", "مسؤولة"])
_HEADLINE_WORDS = 6  # "المتحدثة باسم الحكومة الفرنسية:" before a headline's quotation
_LOOK_BACK = 40  # tokens a quotation looks back for its verb
_CONTINUE_PARAGRAPHS = 8  # how far back a bare verb looks for the speaker it continues
# A kunya names a person and shows the gender: "أبو عرب" (m), "أم محمد" (f).
_KUNYA = {normalize("أبو"): "m", normalize("أم"): "f"}
_PRONOUN_GENDER = {"\u0647": "m", "\u0647\u0627": "f", "\u0647\u0645": "pl"}  # ـه ـها ـهم


@dataclass
class Found:
    speaker: str
    written: str
    attribution: str  # before, after, title, statement, continued


class Speakers(SubjectReader):
    """Every speaker of the article, learned once; then the speaker around each quotation."""

    def __init__(self, text: str, tokens: pd.DataFrame, inside: list[bool],
                 quoted: dict[int, tuple[str, int]] | None = None):
        super().__init__(text, tokens, inside, quoted)
        self.book = NameBook()
        self._positions: dict[str, list[int]] = {}
        for i, word in enumerate(self.norm):
            self._positions.setdefault(word, []).append(i)
        self.events: list[tuple[int, int, str, str, bool]] = []  # offset, paragraph, speaker, gender, issuer
        self._event_offsets: list[int] = []
        self._headline: str | None = None  # the headline's speaker, read when first needed
        self._learn()

    def _learn(self) -> None:
        """Two passes: every title + name into the name book, then every reporting
        clause with its resolved speaker into the list of events a bare verb continues."""
        verbs = [i for i in range(self.n) if self.verb_gender[i] is not None]
        subjects = {}
        for i in range(self.n):
            gender = self.verb_gender[i]
            if gender is not None and self.norm[i] in PARTICIPLES:
                continue
            if gender is not None:
                subject = subjects[i] = self.verb_subject(i)
            elif self._institution_head(i):
                phrase = self._name(self.raw_words(i))
                if len(phrase) > 1:  # "وزارة التنمية الاجتماعية" answers to "الوزارة" later
                    self.book.learn(self.start[i], self.norm[i], self._span(phrase), "")
                continue
            elif self._kunya(i):
                self.book.learn(self.start[i], "", self._span([i, i + 1]), _KUNYA[self.norm[i]])
                continue
            elif self._crowd(i):
                self.book.learn(self.start[i], self.norm[i], self.token[i], "pl")  # "المتظاهرون" for "وهتفوا:"
                continue
            elif (self.kind[i] == "word" and self.norm[i] in TITLES_BY_FIRST and not self._follows_title(i)
                  and not self.inside[i]):
                subject, gender = self.subject_at(i), ""
                before, comma = self._name_before(i)  # "صوفي بريماس، المتحدثة باسم الحكومة"
                closed = self._apposition_closed(subject, i)
                if subject and before and (comma or closed or not subject.name):
                    subject.name = before  # "X، وزيرة الصحة": the name before beats an object after
            else:
                continue
            if subject and not subject.statement and gender is not None:
                self.book.learn(self.start[i], subject.title, subject.name,
                                gender or title_gender(subject.title), subject.written, spoke=bool(gender))
        for i in verbs:
            subject = subjects.get(i)
            if subject is None or self._reports_a_source(i):
                continue
            found = self.resolve(subject, self.verb_gender[i], self.start[i], "before")
            if found.speaker:
                issuer = self._speaks_in_statement(i)
                self.events.append((self.start[i], self.paragraph[i], found.speaker,
                                    self.verb_gender[i] or title_gender(subject.title), issuer))
                self._event_offsets.append(self.start[i])

    def _kunya(self, i: int) -> bool:
        """"أبو عرب", "أم محمد" outside quotations: أبو/أم then a plain name-like word."""
        return (self.kind[i] == "word" and self.norm[i] in _KUNYA and not self.inside[i] and i + 1 < self.n
                and self.sentence[i + 1] == self.sentence[i] and self.spaced(i + 1) and self._name_like(i + 1))

    def _reports_a_source(self, i: int) -> bool:
        """"حسبما أفادت وكالة رويترز", "بحسب ما ذكرت الصحيفة": the verb names where the
        words were read, not a speaker the next "وأضافت:" continues."""
        previous = self.norm[i - 1] if self.is_word(i - 1) else ""
        earlier = self.norm[i - 2] if self.is_word(i - 2) else ""
        return previous in ACCORDING_TO or (previous == _WHAT and earlier in ACCORDING_TO)

    def _apposition_closed(self, subject, i: int) -> bool:
        """"حسام حسن المدير الفني لمنتخب مصر، إنه": a comma right after the title phrase
        closes an apposition - the name was the one before it."""
        if subject is None:
            return False
        end = self.text.find(subject.written, self.start[i])
        after = bisect.bisect_left(self.start, end + len(subject.written)) if end >= 0 else self.n
        return after < self.n and self.norm[after] in COMMAS

    def _speaks_in_statement(self, i: int) -> bool:
        """"أعلنت وزارة الصحة في بيان", "أصدرت الوزارة بيانا": the speaker issues statements."""
        return any(self.is_word(k) and self.norm[k] in STATEMENTS and self.sentence[k] == self.sentence[i]
                   for k in range(i + 1, min(i + 9, self.n)))

    def resolve(self, subject: Subject, gender: str, offset: int, how: str) -> Found:
        """The fullest speaker for ``subject``; ``how`` is the attribution when it names one."""
        if subject.statement:
            issuer = subject.issuer and self.book.fullest(subject.issuer)
            issuer = issuer or self.continued(offset, "", issuers_only=True)
            return Found(issuer, subject.written, "statement" if issuer else "none")
        if subject.name:
            if not subject.title and len(subject.name.split()) == 1 and normalize(subject.name).startswith(AL):
                institution = self._spoken_institution(normalize(subject.name), offset) or \
                    self.book.by_title(normalize(subject.name), offset, "")
                if institution:  # "الوزارة" -> "وزارة التنمية الاجتماعية"
                    return Found(institution, subject.written, "title")
            return Found(self.fullest(subject.name), subject.written, how)
        gender = title_gender(subject.title) or gender  # "وأضاف المتحدثة": the title is explicit, the verb a slip
        named = self.book.by_title(subject.title, offset, gender)
        if named:
            return Found(named, subject.written, "title")
        if subject.title.startswith(AL) and title_key(subject.title.split()[0]) in _UNNAMED_HEADS:
            same = self.book.by_title(subject.title, offset, gender, nameless=True)
            if same and same != subject.written:  # "وقال المصدر" after "قال مصدر مسؤول في الوزارة"
                return Found(same, subject.written, "title")
        headline = self._headline_speaker_again(subject, offset)
        if headline:
            return Found(headline, subject.written, "title")
        if subject.descriptive:
            # "المصدر ذاته" is the source met before; "المدرب الإسباني" the man named before,
            # or else the last man who spoke; "السيدة" alone the last woman named.
            same = self.book.by_title(subject.title, offset, gender, nameless=True)
            source = title_key(subject.title.split()[0]) in _UNNAMED_HEADS
            person = self.book.recent_person(offset, gender) if gender in ("m", "f") else ""
            person = person or (self.continued(offset, gender) if gender in ("m", "f") else "")
            if same and same != subject.written and (source or not person):
                return Found(same, subject.written, "title")
            if person:
                return Found(person, subject.written, "title")
            honorific = TITLE_ROWS.get(subject.title, {}).get("honorific") == "yes"
            return Found("" if honorific else subject.written, subject.written, how if not honorific else "none")
        return Found(subject.written, subject.written, how)

    def _headline_speaker_again(self, subject: Subject, offset: int) -> str:
        """A title the article never names ("وزير الإعلام") under a headline naming its
        speaker ("الزعبي : ..."): the lede's speaker is the headline's, as long as nobody
        else has spoken before."""
        if TITLE_ROWS.get(subject.title, {}).get("honorific") == "yes" or \
                title_key(subject.title.split()[0]) in _UNNAMED_HEADS:
            return ""  # "السيد" alone, "المصدر": nobody a headline names
        if self._headline is None:
            self._headline = self.fullest(self.headline_name()) if self.headline_name() else ""
        index = bisect.bisect_left(self._event_offsets, offset)
        earlier = {event[2] for event in self.events[:index]}
        return self._headline if self._headline and earlier <= {self._headline} else ""

    def _spoken_institution(self, word: str, offset: int) -> str:
        """The last institution that spoke before ``offset`` whose name starts with ``word``
        without its article ("الوزارة" -> "وزارة التنمية الاجتماعية")."""
        key = title_key(word)
        index = bisect.bisect_left(self._event_offsets, offset)
        for event in reversed(self.events[max(0, index - 30) : index]):
            if normalize(event[2]).split()[0] == key:
                return event[2]
        return ""

    def fullest(self, name: str) -> str:
        """The fullest form of ``name`` in the article: the longest name the book knows
        holding its words, or the name with the first name written before it elsewhere
        ("سيفكوفيتش" -> "ماروس سيفكوفيتش" from "المفوض الأوروبي للتجارة ماروس سيفكوفيتش"),
        or a first name with the surname written after it ("محمد" -> "محمد الموسى")."""
        known = self.book.fullest(name)
        if known != name or len(name.split()) > 2:
            return known
        longest = self._with_first_name(name)
        if longest == name and len(name.split()) == 1 and not normalize(name).startswith(AL):  # "النادي" is no first name
            longest = self._with_surname(name)
        return self.book.fullest(longest)

    def _with_surname(self, name: str) -> str:
        """"محمد" -> "محمد الموسى" where the article writes the two together once, alone."""
        for k in self._positions.get(normalize(name), ())[:_MAX_OCCURRENCES]:
            if self._surname_after(k + 1):
                return self.text[self.start[k] : self.end[k + 1]]
        return name

    def _with_first_name(self, name: str) -> str:
        """The name with the first name the article writes before it somewhere, after a
        title, its complement or a reporting verb, or between commas."""
        first = normalize(name.split()[0])
        longest = name
        size = len(name.split())
        for k in self._positions.get(first, ())[:_MAX_OCCURRENCES]:
            if [self.norm[m] for m in range(k, min(k + size, self.n))] != normalize(name).split():
                continue
            j = k - 1
            if self.is_word(j) and self.norm[j] in COMPOUND_TAILS and self.spaced(j):
                j -= 1  # "سعد الدين العثماني"
            last = k + size - 1
            # "... للتجارة ماروس سيفكوفيتش", or "أور هيلر، مراسل ..." (a title after a comma)
            comma_after = last + 1 < self.n and self.norm[last + 1] in COMMAS
            apposed = comma_after and (last + 2 < self.n and self.norm[last + 2] in TITLES_BY_FIRST
                                       or j > 0 and self.norm[j - 1] in COMMAS)  # "، أور هيلر،"
            quoted_whole = self.quoted.get(j - 1, ("", -1))[1] == last + 1  # “محمد الموسى”
            in_title = j > 0 and any(t.split()[1:2] == [self.norm[j]] for t in TITLES_BY_FIRST.get(self.norm[j - 1], ()))
            if in_title:
                continue  # "العقيد أركان حرب خالد يوسف": حرب ends a title, it is no first name
            if self.spaced(k) and self._name_like(j) and (apposed or quoted_whole or self._name_start(j - 1)):
                candidate = self.text[self.start[j] : self.end[last]]
                longest = max(longest, candidate, key=lambda s: len(s.split()))
        return longest

    def continued(self, offset: int, gender: str, *, issuers_only: bool = False,
                  paragraphs: int = _CONTINUE_PARAGRAPHS) -> str:
        """The last speaker before ``offset``, at most ``paragraphs`` paragraphs back, whose
        gender agrees with ``gender``."""
        index = bisect.bisect_left(self._event_offsets, offset)
        paragraph = self.paragraph[min(bisect.bisect_left(self.start, offset), self.n - 1)] if self.n else 0
        for event in reversed(self.events[max(0, index - 30) : index]):
            if paragraph - event[1] > paragraphs:
                break
            if issuers_only and not event[4]:
                continue
            if agrees(event[3], gender):
                return event[2]
        return ""

    # -- around a quotation ----------------------------------------------------------

    def from_verb(self, i: int, offset: int, how: str) -> Found:
        participle = self.norm[i] in PARTICIPLES
        subject = None if participle else self.verb_subject(i)
        gender = self.verb_gender[i] or ""
        if subject is not None:  # names are looked up from the clause, not from the quotation
            return self.resolve(subject, gender, self.start[i], how)
        if i and self.norm[i - 1] in _RELATIVES and gender in ("m", "f"):
            # "تصريحات الرئيس دونالد ترامب التي وصف فيها": the person the relative clause is about
            sentence_start = next((k + 1 for k in range(i - 1, max(-1, i - _LOOK_BACK), -1)
                                   if self.sentence[k] != self.sentence[i]), max(0, i - _LOOK_BACK))
            person = self.book.recent_person(self.start[i], gender, since=self.start[sentence_start])
            if person:
                return Found(person, "", "continued")
        speaker = self.continued(self.start[i], gender)
        if not speaker and gender:
            speaker = self.book.recent_person(self.start[i], gender)  # "وانتقد الوزير ...، مشيرا إلى أن"
        if not speaker and gender in ("m", "f"):
            speaker = self.book.recent_named(self.start[i], gender)  # "لم يجد أبو عرب ... يقول بحسرة:"
        return Found(speaker, "", "continued" if speaker else "none")

    def before(self, offset: int, may_cross: bool) -> Found | None:
        """The nearest reporting verb before the mark at ``offset`` in its sentence (or,
        with ``may_cross``, the sentence before: "وقال الوزير:⏎«...»")."""
        i = bisect.bisect_right(self.end, offset) - 1
        if i < 0:
            return None
        sentences = {self.sentence[i]}
        if may_cross and self.norm[i] == ":" and i > 0:
            sentences.add(self.sentence[i - 1])
        elif may_cross:
            return None  # a quotation opening its paragraph is not governed by the one before
        participle = None
        for k in range(i, max(-1, i - _LOOK_BACK), -1):
            if self.sentence[k] not in sentences:
                break
            if self.inside[k] or self.verb_gender[k] is None:
                continue
            if self.norm[k] not in PARTICIPLES:
                # "واختتم الأمين العام قائلا:": the verb before the participle names the speaker
                if participle is None or agrees(self.verb_gender[k], self.verb_gender[participle]):
                    return self.from_verb(k, offset, "before")
                break
            participle = participle if participle is not None else k
        if participle is not None:
            return self.from_verb(participle, offset, "before")
        return self._headline_speaker(i)

    def _headline_speaker(self, i: int) -> Found | None:
        """"رعد: إذا أرادوا ...", "وزيرة الإعلام: «...»" - a name, title or institution and a
        colon opening the line, no verb (a headline); a title resolves through the body."""
        if i < 1 or self.norm[i] != ":":
            return None
        k = i - 1
        while k >= 0 and self.is_word(k) and self.paragraph[k] == self.paragraph[i] and i - k <= _HEADLINE_WORDS:
            k -= 1
        words = list(range(k + 1, i))
        if not words or not (k < 0 or self.paragraph[k] != self.paragraph[i]):
            return None
        subject = self.subject_at(words[0])
        if len(words) == 1 and title_key(self.norm[words[0]]) in _UNNAMED_HEADS:
            return None  # "المصدر: «النهار»" credits an outlet
        if subject is None or not subject.written or not self.text[self.start[words[0]] : self.end[words[-1]]] \
                .startswith(subject.written) or len(subject.written.split()) < len(words):
            return None
        if not subject.title and not (self._name_like(words[0]) or self.norm[words[0]] in NAME_PARTICLES
                                      or self.norm[words[0]] in INSTITUTIONS):
            return None
        return self.resolve(subject, "", self.start[words[0]], "before")

    def after(self, offset: int) -> Found | None:
        """"…»، قال الوزير", "…»، بحسب الوزير", "…»، على حد تعبيره" right after ``offset``."""
        i = bisect.bisect_left(self.start, offset)
        ended = False  # a full stop between: "…». وقال فلان" begins the next sentence's clause
        while i < self.n and self.kind[i] == "punct" and self.start[i] - offset < 4 and self.norm[i] in "،,-–—.":
            ended = ended or self.norm[i] == "."
            i += 1
        if i >= self.n or self.kind[i] != "word" or (i and self.paragraph[i] != self.paragraph[i - 1]):
            return None
        if self.verb_gender[i] is not None:
            if self._outlet_subject(i) or ended and self.norm[i][:1] in clitics.CONJUNCTIONS \
                    and self.norm[i] not in VERB_GENDER:
                # "…»، حسبما أفادت وكالة رويترز": where it was read, not who said it;
                # "…». وقال فلان": و opens the next clause, about the next quotation
                return None
            return self.from_verb(i, offset, "after")
        word = self.norm[i]
        if word in ACCORDING_TO or (word[:1] in clitics.CONJUNCTIONS and word[1:] in ACCORDING_TO):
            return self._according(i + 1, offset)
        if word == normalize("على") and self.is_word(i + 2) and self.norm[i + 1] == normalize("حد"):
            return self._pronoun(self.norm[i + 2], offset)
        return None

    def _outlet_subject(self, i: int) -> bool:
        subject = self.verb_subject(i)
        return subject is not None and normalize(subject.written.split()[0]) in _OUTLETS

    def _according(self, k: int, offset: int) -> Found | None:
        if self.is_word(k) and self.norm[k] in (normalize("ما"), normalize("عن")):
            k += 1  # "بحسب ما قال", "نقلا عن"
        if self.is_word(k) and self.verb_gender[k] is not None:
            return None if self._outlet_subject(k) else self.from_verb(k, offset, "after")
        if self.is_word(k) and self.norm[k] == "\u0644":
            k += 1  # "وفقا لـ الوزير" written apart
        subject = self._subject_after_lam(k)
        if subject is None or normalize(subject.written.split()[0]) in _OUTLETS:
            return None  # "وفقا لوكالة الأنباء": where the words were read, not who said them
        return self.resolve(subject, "", offset, "after")

    def _subject_after_lam(self, k: int) -> Subject | None:
        """"وفقا للوزير", "وفقا لوزارة الصحة": the subject without its ل."""
        if not self.is_word(k):
            return None
        word = self.norm[k]
        if not word.startswith("\u0644"):
            return self.subject_at(k)
        restored = "\u0627\u0644" + word[2:] if word.startswith("\u0644\u0644") else word[1:]  # لل -> ال
        written = "\u0627\u0644" + self.token[k][2:] if word.startswith("\u0644\u0644") else self.token[k][1:]
        rest = self.subject_at(k + 1) if self.spaced(k + 1) else None
        if restored in TITLE_ROWS:
            return Subject(restored, rest.name if rest else "", written + (" " + rest.written if rest else ""))
        phrase = written + (" " + rest.written if rest else "")
        return Subject("", phrase, phrase)

    def _pronoun(self, word: str, offset: int) -> Found | None:
        """"على حد تعبيره/قولها": the last speaker of the pronoun's gender."""
        for suffix, gender in sorted(_PRONOUN_GENDER.items(), key=lambda item: -len(item[0])):
            if word.endswith(suffix):
                speaker = self.continued(offset, gender)
                return Found(speaker, "", "continued") if speaker else None
        return None
