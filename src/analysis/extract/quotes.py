"""Direct quotations in Arabic news text and who says them.

Quotation marks: ``’’…‘‘`` (two U+2019, then two U+2018, as the reference article
writes them, and the mirrored ``‘‘…’’``), ``«…»``, ``“…”`` (either curly mark may open)
and ASCII ``"…"``. A quotation must close within its paragraph; one that does not is
reported with ``closed`` False, never merged with the next one.

The speaker comes from the reporting verb before the quote (قال، ذكر، أضاف، أكد، أوضح،
اختتم، تابع، صرح ...) and its subject, or from one just after it ("…»، قال الوزير"). A
verb with no subject ("وأضاف:") continues the previous speaker. A title ("الأمين العام")
or a surname ("شتوك") resolves to the fullest name given in the article with it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import pandas as pd

from analysis.text import clitics, wordlists
from analysis.text.normalization import normalize
from analysis.files.articles import Article, paragraphs_frame
from analysis.tokens.tokenizer import tokenize
from analysis.tokens.walking import TokenWalker

QUOTATION_COLUMNS = ["text", "start", "end", "open_mark", "close_mark", "closed", "speaker",
                     "speaker_as_written", "paragraph"]

# Mark families: which marks open a quotation and which close it.
_DOUBLED_SINGLE = ("\u2019\u2019", "\u2018\u2018")  # ’’ ‘‘
_FAMILIES = {
    "\u2019\u2019": "doubled", "\u2018\u2018": "doubled",
    "\u00ab": "guillemet", "\u00bb": "guillemet",  # « »
    "\u201c": "curly", "\u201d": "curly",  # “ ”
    '"': "ascii",
}
_MARK = re.compile("\u2019\u2019|\u2018\u2018|[\u00ab\u00bb\u201c\u201d\"]")

# Reporting verbs, normalized (package data: text/wordlists/reporting_verbs.tsv).
REPORTING_VERBS = wordlists.words("reporting_verbs")
# "نقلت وكالة رويترز عن مصدر مطلع قوله": the speaker is after عن, before قوله.
_RELAYING_VERBS = frozenset(normalize(w) for w in ["نقل", "نقلت", "نقلوا"])
_SAYING = frozenset(normalize(w) for w in ["قوله", "قولها", "قولهم", "قولهما", "قولهن", "تأكيده", "تأكيدها"])
# Words that introduce a name, not speech: «…» after them is a title or a slogan.
_NAME_INTRODUCERS = frozenset(normalize(w) for w in """
منصة صحيفة جريدة قناة وكالة موقع برنامج حملة شعار شعارات عملية اسم مبادرة كتاب فيلم مسلسل حزب حركة تطبيق
مجلة اتفاق اتفاقية مؤتمر منتدى مشروع قمة رواية ألبوم أغنية شبكة هيئة جمعية مجموعة تحالف وسم هاشتاغ عنوان
""".split())
# "بحسب الوزير", "وفقا للوزير": attribution without a verb, after the quote.
_ACCORDING_TO = frozenset(normalize(w) for w in ["بحسب", "حسب", "وفق", "وفقا", "حسبما"])
# Words that end a verb's subject.
_SUBJECT_END = frozenset(normalize(w) for w in """
أن إن أنه إنه أنها إنها أنهم قائلا قائلة قائلين في خلال عبر على عن الذي التي الذين إلى خلال أمس اليوم
مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة مضيفا مضيفة لدى أثناء حيث بأن
""".split())
# Titles that stand before a name, normalized; heads that take a complement after them.
TITLES = tuple(normalize(t) for t in [
    "الأمين العام", "نائب الأمين العام", "رئيس الوزراء", "رئيس الحكومة", "نائب الرئيس", "الرئيس", "الرئيسة",
    "الوزير", "الوزيرة", "المدير العام", "المدير التنفيذي", "المدير", "المديرة", "السفير", "السفيرة", "الملك",
    "الأمير", "الشيخ", "العميد", "اللواء", "العقيد", "الجنرال", "الدكتور", "الدكتورة", "المستشار",
    "المستشارة", "النائب", "المفوض", "المبعوث", "الممثل", "السيد", "السيدة", "المتحدث", "المتحدثة",
    "الناطق", "الناطقة", "وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "سفير", "المسؤول", "مسؤول",
    "محافظ", "المحافظ", "عمدة", "رئيس بلدية", "قائد", "القائد", "زعيم", "الزعيم", "نائب", "المدعي العام",
    "المحامي", "الخبير", "الأستاذ", "البروفيسور", "المنسق", "المنسقة", "الممثلة", "المبعوثة",
])
_TITLE_HEADS_WITH_COMPLEMENT = frozenset(normalize(t) for t in [
    "وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "سفير", "المتحدث", "المتحدثة", "الناطق", "الناطقة",
    "الوزير", "المسؤول", "مسؤول", "الممثل", "المبعوث", "المفوض", "السفير", "المدير", "محافظ", "المحافظ",
    "قائد", "القائد", "نائب", "المنسق", "المنسقة", "الممثلة", "المبعوثة", "عمدة", "زعيم", "الزعيم",
])


_NAME_WORDS = 4  # a personal name rarely has more words


@dataclass
class _Quote:
    start: int  # offset of the opening mark
    open_mark: str
    paragraph: int
    close: int | None = None  # offset of the closing mark
    close_mark: str = ""
    depth: int = 0  # how many quotations it stands inside
    speaker: str = ""
    speaker_as_written: str = ""


def _title_key(title: str) -> str:
    """A title without its article, so "المحافظ" and "محافظ المدينة" meet."""
    return title[2:] if title.startswith("ال") else title


@dataclass
class _Names:
    """Names met in the article: by title, and by each of their words."""

    by_title: dict[str, str] = field(default_factory=dict)
    full: list[str] = field(default_factory=list)

    def learn(self, title: str, name: str) -> None:
        if name:
            if not any(name in known.split() or name == known for known in self.full) or len(name.split()) > 1:
                self.full.append(name)
            # "الرئيس الفرنسي إيمانويل ماكرون" also answers to "الرئيس" later on.
            words = _title_key(title).split()
            for length in range(1, len(words) + 1):
                self.by_title[" ".join(words[:length])] = self.resolve_name(name)

    def resolve_name(self, name: str) -> str:
        words = name.split()
        fuller = [known for known in self.full if all(w in known.split() for w in words)]
        return max(fuller, key=lambda known: len(known.split()), default=name)

    def resolve(self, title: str, name: str) -> str:
        if name:
            return self.resolve_name(name)
        return self.by_title.get(_title_key(title), "")


def _find_quotes(text: str) -> list[_Quote]:
    paragraphs = paragraphs_frame(text)
    ends = paragraphs["end"].tolist()
    numbers = paragraphs["paragraph"].tolist()
    quotes: list[_Quote] = []
    for paragraph, para_start, para_end in zip(numbers, paragraphs["start"], ends):
        stack: list[_Quote] = []
        for match in _MARK.finditer(text, para_start, para_end):
            mark = match.group()
            family = _FAMILIES[mark]
            open_same = next((q for q in reversed(stack) if _FAMILIES[q.open_mark] == family), None)
            if open_same is not None and _closes(open_same.open_mark, mark):
                while stack and stack[-1] is not open_same:
                    stack.pop()  # quotations opened inside and never closed stay unclosed
                stack.pop()
                open_same.close, open_same.close_mark = match.start(), mark
            elif open_same is not None and family == "doubled":
                stack.remove(open_same)  # "’’ … ’’": the first never closed
                stack.append(_Quote(match.start(), mark, paragraph, depth=len(stack)))
                quotes.append(stack[-1])
            elif mark != "\u00bb":  # a lone » closes nothing and opens nothing
                stack.append(_Quote(match.start(), mark, paragraph, depth=len(stack)))
                quotes.append(stack[-1])
    return quotes


def _closes(open_mark: str, mark: str) -> bool:
    family = _FAMILIES[open_mark]
    if family == "guillemet":
        return mark == "\u00bb"
    if family == "doubled":
        return mark != open_mark
    return True  # curly and ASCII marks: the next one closes


class _Attribution(TokenWalker):
    """Finds reporting clauses in the token table and reads their subjects."""

    def __init__(self, text: str, tokens: pd.DataFrame):
        super().__init__(text, tokens)
        self.names = _Names()

    def verb_at(self, i: int) -> bool:
        word = self.norm[i]
        if self.kind[i] != "word":
            return False
        return word in REPORTING_VERBS or (word[:1] in clitics.CONJUNCTIONS and word[1:] in REPORTING_VERBS)

    def subject(self, i: int) -> tuple[str, str, str]:
        """(title, name, as written) of the subject after the verb at token i.

        The subject runs to a word that ends it (أن، إن، قائلا، في، الذي ...) or to a
        preposition; in it, a title comes first ("وزير الخارجية الأمريكي", "المتحدث باسم
        الوزارة"), then up to four words of name, which end at a stopword ("أيضا").
        """
        words = []
        k = i + 1
        while k < len(self.norm) and len(words) < 9 and self.kind[k] == "word" and self.sentence[k] == self.sentence[i]:
            word = self.norm[k]
            # "قال للصحفيين", "قال لوكالة الأنباء": a preposition ends the subject; a
            # name that starts with ل (ليلى) does not.
            if word in _SUBJECT_END or len(word) == 1 or (words and (
                    word.startswith("لل") or (word.startswith("ل") and self.stem[k] != word))):
                break  # "لـ«الشرق الأوسط»" too: a lone letter is a preposition
            words.append(k)
            k += 1
        relayed = self._relayed_subject(i) if self._verb_word(i) in _RELAYING_VERBS else None
        if relayed:
            words = relayed
        normalized = [self.norm[k] for k in words]
        title_words = self._title_length(normalized)
        name_words = []
        for k in words[title_words:]:
            if self.is_stop[k] or len(name_words) == _NAME_WORDS:
                break
            name_words.append(k)
        subject = words[: title_words + len(name_words)]
        if not subject:
            return "", "", ""
        written = self.text[self.start[subject[0]] : self.end[subject[-1]]]
        return " ".join(normalized[:title_words]), " ".join(self.token[k] for k in name_words), written

    @staticmethod
    def _title_length(normalized: list[str]) -> int:
        """How many of the subject's first words are a title."""
        length = 0
        for title in TITLES:
            parts = title.split()
            if normalized[: len(parts)] == parts:
                length = len(parts)
                break
        if not length:
            return 0
        complement = normalized[length - 1] in _TITLE_HEADS_WITH_COMPLEMENT
        while length < len(normalized):
            word = normalized[length]
            if complement and word == "باسم" and length + 1 < len(normalized):
                length += 2  # "المتحدث باسم الوزارة"
            elif word.startswith("ال") and (complement or length + 1 < len(normalized)):
                # "وزير الخارجية", "الرئيس الفرنسي إيمانويل ماكرون" (but "الرئيس السيسي": a name)
                length += 1
            else:
                break
        return length

    def _verb_word(self, i: int) -> str:
        word = self.norm[i]
        return word[1:] if word[:1] in clitics.CONJUNCTIONS and word[1:] in REPORTING_VERBS else word

    def _relayed_subject(self, i: int) -> list[int] | None:
        """The tokens between "عن" and "قوله" after a relaying verb, if they are there."""
        for k in range(i + 1, min(i + 10, len(self.norm))):
            if self.sentence[k] != self.sentence[i] or self.kind[k] != "word":
                return None
            if self.norm[k] == "عن":
                for m in range(k + 1, min(k + 9, len(self.norm))):
                    if self.kind[m] != "word" or self.sentence[m] != self.sentence[i]:
                        return None
                    if self.norm[m] in _SAYING:
                        return list(range(k + 1, m)) or None
                return None
        return None

    def names_a_thing(self, offset: int) -> bool:
        """Whether a quotation opening at ``offset`` is a name (a title, an outlet, a
        slogan): glued to "لـ", or right after a word such as منصة، صحيفة، حملة، شعار."""
        i = bisect.bisect_right(self.end, offset) - 1
        if i < 0 or self.kind[i] != "word":
            return False
        word = self.norm[i]
        glued_preposition = self.end[i] == offset and len(word) == 1
        return glued_preposition or word in _NAME_INTRODUCERS or self.stem[i] in _NAME_INTRODUCERS

    def learn_all(self) -> None:
        for i in range(len(self.norm)):
            if self.verb_at(i):
                title, name, _ = self.subject(i)
                self.names.learn(title, name)

    def before(self, offset: int) -> tuple[bool, str, str] | None:
        """The nearest reporting verb before ``offset`` in its sentence:
        (has a subject, resolved speaker, subject as written)."""
        i = bisect.bisect_right(self.end, offset) - 1  # the last token ending before the quote
        if i < 0:
            return None
        sentence = self.sentence[i]
        for k in range(i, -1, -1):
            if self.sentence[k] != sentence:
                return None
            if self.verb_at(k):
                title, name, written = self.subject(k)
                if not written:
                    return False, "", ""
                return True, self.names.resolve(title, name) or written, written
        return None

    def after(self, offset: int) -> tuple[str, str] | None:
        """A reporting verb (or بحسب) right after a closing mark: "…»، قال الوزير"."""
        i = bisect.bisect_left(self.start, offset)  # the first token after the quote
        if i >= len(self.start):
            return None
        sentence = self.sentence[i]
        for k in range(i, min(i + 3, len(self.norm))):
            if self.sentence[k] != sentence:
                return None
            if self.verb_at(k) or (self.kind[k] == "word" and self.norm[k] in _ACCORDING_TO):
                title, name, written = self.subject(k)
                if written:
                    return self.names.resolve(title, name) or written, written
                return None
            if self.kind[k] == "word":
                return None
        return None


def quotations(text: str | Article, *, tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every direct quotation in ``text``, one row each, in reading order.

    Columns: ``text`` (inside the marks, exactly ``text[start:end]``), ``start``,
    ``end``, ``open_mark``, ``close_mark`` (empty when unclosed), ``closed``,
    ``speaker`` (the resolved name, empty when nobody says it: a quoted name, a slogan,
    a stated aim), ``speaker_as_written`` (the verb's subject as in the text) and
    ``paragraph``. ``tokens``: the text's token table if already built
    (:func:`analysis.tokenize`), so it is not tokenized again.
    """
    if isinstance(text, Article):
        text = text.text
    if not isinstance(text, str):
        raise TypeError(f"quotations() takes a str or an Article, not {type(text).__name__}")
    quotes = _find_quotes(text)
    if tokens is None:
        tokens = tokenize(text, warn=False)
    attribution = _Attribution(text, tokens)
    attribution.learn_all()
    previous = ("", "")
    rows = []
    paragraph_ends = dict(zip(*paragraphs_frame(text)[["paragraph", "end"]].to_dict("list").values()))
    for quote in quotes:
        inner_start = quote.start + len(quote.open_mark)
        inner_end = quote.close if quote.close is not None else paragraph_ends[quote.paragraph]
        if quote.depth == 0 and not attribution.names_a_thing(quote.start):
            found = attribution.before(quote.start)
            if found is not None:
                has_subject, speaker, written = found
                if has_subject:
                    quote.speaker, quote.speaker_as_written = speaker, written
                else:
                    quote.speaker, quote.speaker_as_written = previous
            elif quote.close is not None:
                after = attribution.after(quote.close + len(quote.close_mark))
                if after is not None:
                    quote.speaker, quote.speaker_as_written = after
            if quote.speaker:
                previous = (quote.speaker, quote.speaker_as_written)
        rows.append((text[inner_start:inner_end], inner_start, inner_end, quote.open_mark, quote.close_mark,
                     quote.close is not None, quote.speaker, quote.speaker_as_written, quote.paragraph))
    frame = pd.DataFrame(rows, columns=QUOTATION_COLUMNS)
    return frame.astype({"text": "str", "start": "int64", "end": "int64", "open_mark": "str", "close_mark": "str",
                         "closed": "bool", "speaker": "str", "speaker_as_written": "str", "paragraph": "int64"})
