"""The figures an Arabic news article quotes: every number and date, with its value,
kind, qualifier ("أكثر من", "حوالى") and counted noun, as one tidy table.

The scanner works on the token table, so every row's ``start``/``end`` slice back to
its ``surface`` in the original text. Recognizers run left to right at each token, in
this order: identifiers (``I-24/7``, ``970x90``, ``2178 (2014)``), dates (both month
systems, slash pairs, numeric), ranges, numbers (digits or words, with scale words,
percent, money, durations, ages, years, counts), indefinite amounts (``آلاف``) and
ordinals (``الـ 83``, ``المرتبة الثانية``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

from analysis.text import chars
from analysis.text.numerals import (
    FRACTIONS, HUNDREDS, INDEFINITE, SCALES, TENS, UNITS, as_number, digits_value, reversed_groups_value, word_value,
)
from analysis.text.normalization import normalize
from analysis.text.patterns import ARABIC_LETTER
from analysis.files.articles import Article
from analysis.tokens.tokenizer import tokenize
from analysis.tokens.walking import TokenWalker

FIGURE_COLUMNS = ["surface", "start", "end", "value", "kind", "qualifier", "approx", "noun", "phrase",
                  "paragraph", "sentence", "note"]
KINDS = ("count", "year", "date", "percent", "money", "ordinal", "range", "duration", "age", "other")

# Month names, normalized (hamza on alef folded). The Syriac names of the Levant and
# Iraq, the Gregorian names of Egypt and the Gulf, and the French-derived names of the
# Maghreb.
MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
    "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "اوت": 8,
}
# Names that are also common words (مارس "practised", اب "father", ماي): a month only
# next to a day, a year or its pair across the slash.
AMBIGUOUS_MONTHS = frozenset({"مارس", "اب", "ماي", "اوت"})
_TWO_WORD_MONTH_HEADS = frozenset({"كانون", "تشرين"})

# Qualifiers before a figure, normalized, with what they say about it.
QUALIFIERS = {
    "اكثر من": "over", "ازيد من": "over", "ما يزيد على": "over", "ما يزيد عن": "over",
    "يزيد على": "over", "يزيد عن": "over", "ما يربو على": "over", "ما يربو عن": "over",
    "يربو على": "over", "ما يفوق": "over", "يفوق": "over", "ما يتجاوز": "over", "يتجاوز": "over",
    "ما لا يقل عن": "at_least", "لا يقل عن": "at_least", "ما لا يقل على": "at_least",
    "اقل من": "under", "ما دون": "under", "ما لا يزيد على": "under", "ما لا يزيد عن": "under",
    "ما لا يتجاوز": "under", "لا يتجاوز": "under",
    "حوالي": "about", "حوالى": "about", "نحو": "about", "قرابة": "about", "زهاء": "about",
    "ما يقارب": "about", "يقارب": "about", "ما يقرب من": "about", "يقرب من": "about",
    "ما يناهز": "about", "يناهز": "about", "تقريبا": "about",
}
# Qualifiers after the figure and its noun: "10 قتلى على الأقل".
POST_QUALIFIERS = {"على الاقل": "at_least", "تقريبا": "about", "على اقل تقدير": "at_least"}

PERCENT_SIGNS = frozenset({"%", "\u066a"})  # % and ٪
PERCENT_WORDS = ("في المائة", "في المئة", "في المئه", "بالمائة", "بالمئة", "بالمئه", "في المية")
CURRENCIES = frozenset({
    "دولار", "دولارا", "دولارات", "يورو", "جنيه", "جنيها", "جنيهات", "ريال", "ريالا", "ريالات",
    "درهم", "درهما", "دراهم", "دينار", "دينارا", "دنانير", "ليرة", "ليرات", "روبل", "يوان", "ين",
    "فرنك", "شيكل", "شيقل", "روبية", "استرليني",
})
CURRENCY_SIGNS = frozenset({"$", "\u20ac", "\u00a3"})  # $ € £
TIME_UNITS = frozenset({
    "عام", "عاما", "اعوام", "سنة", "سنوات", "سنين", "شهر", "شهرا", "اشهر", "شهور", "اسبوع", "اسبوعا",
    "اسابيع", "يوم", "يوما", "ايام", "ساعة", "ساعات", "دقيقة", "دقائق", "ثانية", "ثوان", "عقد", "عقود",
    "قرن", "قرون",
})
AGE_CUES = frozenset({"عمر", "العمر", "عمره", "عمرها", "عمرهم", "يبلغ", "تبلغ", "البالغ", "البالغة",
                      "البالغين", "سن", "بعمر", "بسن", "ذو", "ذات", "عمرا"})
DEATH_VERBS = frozenset({"توفي", "توفيت", "رحل", "رحلت", "مات", "ماتت", "وفاة", "وفاته", "وفاتها", "رحيل"})
YEAR_CUES = frozenset({"عام", "العام", "لعام", "سنة", "السنة", "لسنة", "منذ", "مطلع", "اواخر", "اوائل",
                       "منتصف", "حتى", "بحلول", "خلال", "في", "قبل", "بعد", "نهاية", "بداية", "حلول"})
IDENTIFIER_CUES = frozenset({"قرار", "القرار", "رقم", "الرقم", "المادة", "الفقرة", "البند", "الفصل",
                             "الرحلة", "الطريق", "صفحة", "الصفحة", "المرسوم", "الحافلة", "الغرفة"})
ORDINALS = {
    "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4, "الرابعة": 4, "الخامس": 5,
    "الخامسة": 5, "السادس": 6, "السادسة": 6, "السابع": 7, "السابعة": 7, "الثامن": 8, "الثامنة": 8,
    "التاسع": 9, "التاسعة": 9, "العاشر": 10, "العاشرة": 10,
}
# Ordinal day words before "من" and a month: "السابع من أكتوبر", "الحادي عشر من سبتمبر",
# "الحادي والعشرين من يونيو". Masculine forms (يوم is masculine), normalized.
_DAY_UNITS = {"الاول": 1, "الحادي": 1, **{w: d for w, d in ORDINALS.items() if not w.endswith("ة")}}
DAY_ORDINALS = {w: d for w, d in _DAY_UNITS.items() if w != "الحادي"}
DAY_ORDINALS.update({"العشرين": 20, "الثلاثين": 30})
for _word, _day in _DAY_UNITS.items():
    if _word not in {"الاول", "العاشر"}:
        DAY_ORDINALS[f"{_word} عشر"] = _day + 10
        DAY_ORDINALS[f"{_word} والعشرين"] = _day + 20
DAY_ORDINALS["الحادي والثلاثين"] = 31

DEMONSTRATIVES = frozenset({"هذه", "هذا", "هؤلاء", "تلك", "ذلك", "هاتين", "هذين"})
# Function words that never head a counted noun. (The stopword list is too wide here:
# it holds "شخصا" and "عاما", which are exactly what numbers count.)
PARTICLES = frozenset(normalize(w) for w in """
في من إلى الى على عن مع منذ حتى أن إن أنه إنه لا لم لن قد ثم أو بين عند لدى هذا هذه ذلك تلك هؤلاء التي
الذي الذين اللذين اللتين هو هي هم هن كان كانت يكون كل لكل بكل بعض غير ما لما مما كما بل لكن و ف إذ إذا
حيث أي أيضا فقط بينهم بينها منهم منها فيها فيه عليه عليها له لها لهم به بها ضد عبر خلال نحو حوالي حوالى
قرابة أكثر أقل مقابل بعد قبل تحت فوق أمام وراء دون سوى يوميا سنويا شهريا أسبوعيا آخر أخرى
""".split())
RANGE_JOINERS = frozenset({"-", "\u2013", "\u2014"})  # - – —
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class _Figure:
    first: int  # first token index (inclusive)
    last: int  # last token index (inclusive)
    value: object
    kind: str
    start: int | None = None  # character offset when it does not start at a token start
    noun: tuple[int, int] | None = None  # character span of the counted noun
    qualifier: tuple[int, int] | None = None
    approx: str = ""
    note: str = ""


def _number_words() -> frozenset[str]:
    return frozenset(UNITS) | frozenset(TENS) | frozenset(HUNDREDS) | frozenset(SCALES) | INDEFINITE | frozenset(FRACTIONS)


_NUMBER_WORDS = _number_words()


class _Scanner(TokenWalker):
    def __init__(self, text: str, tokens: pd.DataFrame, dateline: dt.date | None):
        super().__init__(text, tokens)
        self.dateline = dateline
        self.used = [False] * self.n

    def is_digits(self, i: int) -> bool:
        return 0 <= i < self.n and self.kind[i] == "number" and self.norm[i][:1].isdigit()

    def digits(self, i: int):
        return digits_value(self.token[i]) if self.is_digits(i) else None

    # ---- months and dates ----------------------------------------------------------
    def month_at(self, i: int) -> tuple[int, int, bool] | None:
        """(month, last token index, ambiguous) for a month name at token i, with its
        slash pair ("تموز/يوليو") if there is one."""
        found = self._one_month(i)
        if found is None:
            return None
        month, last, ambiguous = found
        if last + 2 < self.n and self.token[last + 1] in {"/", "-", "\u2013"} and self.glued(last + 1):
            pair = self._one_month(last + 2)
            if pair and pair[0] == month:
                return month, pair[1], False
        if last + 1 < self.n and self.token[last + 1] == "(":
            pair = self._one_month(last + 2)
            if pair and pair[0] == month and pair[1] + 1 < self.n and self.token[pair[1] + 1] == ")":
                return month, pair[1] + 1, False
        return month, last, ambiguous

    def _one_month(self, i: int) -> tuple[int, int, bool] | None:
        if not self.is_word(i):
            return None
        word = self.norm[i]
        if word in _TWO_WORD_MONTH_HEADS and i + 1 < self.n:
            name = f"{word} {self.norm[i + 1]}"
            if name in MONTHS:
                return MONTHS[name], i + 1, False
            return None
        if word in MONTHS:
            return MONTHS[word], i, word in AMBIGUOUS_MONTHS
        return None

    def year_at(self, i: int) -> int | None:
        value = self.digits(i)
        if value and isinstance(value[0], int) and 1000 <= value[0] <= 2999 and len(self.norm[i]) == 4:
            return value[0]
        return None

    def date(self, i: int) -> _Figure | None:
        day = None
        first = i
        ordinal = self._ordinal_day(i)
        if ordinal is not None:  # "السابع من أكتوبر", "الحادي عشر من سبتمبر"
            day, last_word = ordinal
            month = self.month_at(last_word + 2) if last_word + 2 < self.n and self.norm[last_word + 1] == "من" else None
            if month is None:
                return None
            i = last_word + 2
        elif self.is_digits(i):
            value = self.digits(i)
            if not value or not isinstance(value[0], int) or not 1 <= value[0] <= 31 or len(self.norm[i]) > 2:
                return None
            day = value[0]
            i += 1
            if not self.spaced(i):
                return None
        month = self.month_at(i)
        if month is None:
            return None
        number, last, ambiguous = month
        year_index = last + 1
        if year_index < self.n and self.token[year_index] in {"،", ","} and self.glued(year_index):
            year_index += 1
        year = self.year_at(year_index) if year_index < self.n and self.paragraph[year_index] == self.paragraph[last] else None
        if year is not None:
            last = year_index
        if day is None and year is None:
            return self._bare_month(first, last, number, ambiguous)
        if ambiguous and (day is None or year is None) and last == first + (day is not None):
            return None  # "مارس 3" could be a verb and a number
        note = ""
        if year is None:
            if self.dateline is None:
                return _Figure(first, last, f"--{number:02d}-{day:02d}", "date", note="no year in the text or its dateline")
            year, last = self._year_from_dateline(number, last)
            note = "year from the dateline"
        if day is not None:
            try:
                dt.date(year, number, day)
            except ValueError:
                return _Figure(first, last, None, "date", note="not a calendar date")
            return _Figure(first, last, f"{year:04d}-{number:02d}-{day:02d}", "date", note=note)
        return _Figure(first, last, f"{year:04d}-{number:02d}", "date", note=note)

    def _ordinal_day(self, i: int) -> tuple[int, int] | None:
        """(day, last token) for an ordinal day word at i: "السابع", "الحادي عشر"."""
        if not self.is_word(i):
            return None
        two = f"{self.norm[i]} {self.norm[i + 1]}" if i + 1 < self.n else ""
        if two in DAY_ORDINALS:
            return DAY_ORDINALS[two], i + 1
        if self.norm[i] in DAY_ORDINALS:
            return DAY_ORDINALS[self.norm[i]], i
        return None

    def _bare_month(self, first: int, last: int, month: int, ambiguous: bool) -> _Figure | None:
        """"في يوليو الماضي": a month with no day or year, dated from the dateline."""
        if ambiguous or self.dateline is None:
            return None
        year, last = self._year_from_dateline(month, last)
        return _Figure(first, last, f"{year:04d}-{month:02d}", "date", note="year from the dateline")

    def _year_from_dateline(self, month: int, last: int) -> tuple[int, int]:
        """The year of a month named without one: the dateline's, or the one before or
        after it when the month is "الماضي" (last) or "المقبل" (next)."""
        year = self.dateline.year
        following = self.norm[last + 1] if last + 1 < self.n else ""
        if following in {"الماضي", "المنصرم", "الفائت"}:
            return year - (month >= self.dateline.month), last + 1
        if following in {"المقبل", "القادم"}:
            return year + (month <= self.dateline.month), last + 1
        return year, last

    # ---- identifiers and numeric dates ----------------------------------------------
    def glued_run(self, i: int) -> tuple[int, int]:
        """The run of tokens around i with nothing between them (no space)."""
        first = i
        while first > 0 and self.glued(first) and self.kind[first - 1] in {"number", "word", "punct", "symbol"} \
                and self.token[first - 1] not in {"(", "«", "\u2019\u2019", '"'}:
            first -= 1
        last = i
        while last + 1 < self.n and self.glued(last + 1):
            mark = self.token[last + 1]
            if mark in {"،", ",", ".", ")", "»", "؛", "\u2018\u2018", '"', "؟"}:
                break
            if mark == ":" and not (self.glued(last + 2) and self.is_digits(last + 2)):
                break  # "قال:" ends the run; "10:30" does not
            last += 1
        return first, last

    def identifier(self, i: int) -> _Figure | None:
        if not self.is_digits(i):
            return None
        first, last = self.glued_run(i)
        parts = list(range(first, last + 1))
        has_latin = any(self.kind[k] == "word" and _LATIN.search(self.token[k]) for k in parts)
        if has_latin:
            return _Figure(first, last, None, "other", note="identifier (digits with Latin letters)")
        numbers = [k for k in parts if self.kind[k] == "number"]
        joiners = {self.token[k] for k in parts if self.kind[k] != "number"}
        if len(numbers) == 3 and len(parts) == 5 and joiners <= {"/", "-", "."}:
            return self._numeric_date(first, last, numbers)
        if len(numbers) == 2 and len(parts) == 3 and joiners == {"/"}:
            return _Figure(first, last, None, "other", note="two numbers joined by a slash")
        if len(numbers) == 2 and len(parts) == 3 and joiners == {":"}:
            return _Figure(first, last, None, "other", note="time of day or score")
        # "2178 (2014)": a number and the year in brackets, as resolutions are cited.
        if i + 3 < self.n and self.token[i + 1] == "(" and self.year_at(i + 2) and self.token[i + 3] == ")":
            return _Figure(i, i + 3, None, "other", note="resolution or document number")
        previous = self.norm[i - 1] if i > 0 and self.is_word(i - 1) else ""
        if previous in {"الساعة", "الساعه"}:
            return _Figure(i, last, None, "other", note="time of day")
        if previous in {"بنتيجة", "النتيجة", "نتيجة"} and len(parts) == 3:
            return _Figure(first, last, None, "other", note="score")
        if previous in IDENTIFIER_CUES:
            return _Figure(i, i, None, "other", note=f"number of a {self.token[i - 1]}")
        folded = self.norm[i]
        if reversed_groups_value(self._space_groups(i)) is not None:
            return None
        if folded.startswith("0") and len(folded) > 1 and folded.isdigit():
            return _Figure(i, i, None, "other", note="starts with 0 (a code or telephone number)")
        if folded.isdigit() and len(folded) > 12:
            return _Figure(i, i, None, "other", note="too long for a quoted figure")
        cue = {previous, self.stem[i - 1]} if previous else set()
        if folded.isdigit() and 5 <= len(folded) <= 7 and folded[:2] in {"19", "20"} and cue & YEAR_CUES:
            return _Figure(i, i, None, "other", note="looks like a mistyped year")
        # "7 5OO": digits, a space, then digits run into letters: one malformed number.
        nxt = last + 1
        if nxt < self.n and self.is_digits(nxt) and self.text[self.end[last] : self.start[nxt]] in {" ", "\u00a0"}:
            run_first, run_last = self.glued_run(nxt)
            if run_first == nxt and any(self.kind[k] == "word" and _LATIN.search(self.token[k])
                                        for k in range(nxt, run_last + 1)):
                return _Figure(i, run_last, None, "other", note="malformed number (letters among the digits)")
        return None

    def _numeric_date(self, first: int, last: int, numbers: list[int]) -> _Figure:
        values = [int(self.norm[k]) for k in numbers if self.norm[k].isdigit()]
        if len(values) == 3:
            if len(self.norm[numbers[0]]) == 4:
                year, month, day = values
            else:
                day, month, year = values
            try:
                return _Figure(first, last, dt.date(year, month, day).isoformat(), "date", note="numeric date")
            except ValueError:
                pass
        return _Figure(first, last, None, "other", note="numbers joined by separators")

    # ---- numbers ---------------------------------------------------------------------
    def number(self, i: int) -> _Figure | None:
        """Digits or number words at i, with a following scale word."""
        if self.is_digits(i):
            read = self.digits(i)
            if read is None:
                return None
            value, note = read
            last = i
            groups = reversed_groups_value(self._space_groups(i))
            if groups is not None:
                value, note, last = groups, "digit groups reversed (right-to-left copy)", i + len(self._space_groups(i)) - 1
            start = None
        else:
            split = self.clitic_split(i, _NUMBER_WORDS)
            if split is None:
                return None
            clitic, word = split
            words = [word] + [self.norm[k] for k in range(i + 1, min(i + 8, self.n)) if self.is_word(k)]
            read = word_value(words)
            if read is None:
                return None
            value, used = read
            last = i + used - 1
            if any(not self.is_word(k) for k in range(i, last + 1)):
                return None
            start = self.offset_after_letters(i, len(clitic)) if clitic else None
            note = ""
        # A scale word after digits: "10 ملايين", "1,3 مليون", "4 آلاف".
        if self.is_digits(i) and last + 1 < self.n and self.spaced(last + 1) and self.norm[last + 1] in SCALES:
            scale = SCALES[self.norm[last + 1]]
            value = as_number(value * scale)
            last += 1
            # "35 ألفا و562", "3 آلاف و500": the rest below the scale, joined by و.
            rest = self._conjoined_digits(last + 1)
            if rest is not None and rest[0] < scale:
                value, last = as_number(value + rest[0]), rest[1]
        return _Figure(i, last, as_number(value), "count", start=start, note=note)

    def _conjoined_digits(self, k: int) -> tuple[int | float, int] | None:
        """(value, last index) for "و562" (و glued to digits) or "و 562" at token k."""
        if k + 1 < self.n and self.is_word(k) and self.norm[k] == "و" and self.spaced(k) and \
                (self.glued(k + 1) or self.spaced(k + 1)) and self.is_digits(k + 1):
            read = self.digits(k + 1)
            if read is not None and not (k + 2 < self.n and self.spaced(k + 2) and self.norm[k + 2] in SCALES):
                return read[0], k + 1
        return None

    def _space_groups(self, i: int) -> list[str]:
        """Digit tokens from i separated by one space or no-break space: "000 500 7"."""
        groups = [self.token[i]]
        k = i
        while k + 1 < self.n and self.is_digits(k + 1) and self.text[self.end[k] : self.start[k + 1]] in {" ", "\u00a0", "\u202f"}:
            k += 1
            groups.append(self.token[k])
        if len(groups) == 1:  # "000 500" may be one token already
            groups = re.split(f"[{re.escape(chars.THOUSANDS_SEPARATORS)}]", self.token[i])
            k = i
            while k + 1 < self.n and self.is_digits(k + 1) and self.text[self.end[k] : self.start[k + 1]] in {" ", "\u00a0"}:
                k += 1
                groups.append(self.token[k])
        return groups

    def range_(self, i: int) -> _Figure | None:
        """"من 3 إلى 10", "بين 24 و27", "18-26"."""
        # "18-26" / "18 – 26"
        if self.is_digits(i) and i + 2 < self.n and self.token[i + 1] in RANGE_JOINERS and self.is_digits(i + 2):
            low, high = self.digits(i), self.digits(i + 2)
            if low and high and low[0] < high[0] and self.same_sentence(i, i + 2):
                return self._range_figure(i, i + 2, low[0], high[0])
        opener = self.norm[i] if self.is_word(i) else ""
        if opener in {"من", "بين"} or (opener == "ما" and i + 1 < self.n and self.norm[i + 1] == "بين"):
            k = i + 1 + (opener == "ما")
            low = self.number(k) if k < self.n else None
            if low is None or low.kind != "count":
                return None
            joiner = low.last + 1
            if joiner >= self.n or not self.same_sentence(i, joiner):
                return None
            # "من ... إلى/حتى ...", "بين ... و..."
            joins = {"الى", "حتى"} if opener == "من" else {"و"}
            high = self.number(joiner + 1) if self.norm[joiner] in joins and joiner + 1 < self.n else None
            if high is None or high.kind != "count" or not low.value < high.value:
                return None
            low_value = low.value
            # "بين 3 و5 ملايين": the scale after the second number applies to both.
            if high.last > high.first and self.norm[high.last] in SCALES and low.last == low.first:
                low_value = as_number(low.value * SCALES[self.norm[high.last]])
            return self._range_figure(i, high.last, low_value, high.value)
        return None

    def _range_figure(self, first: int, last: int, low_value, high_value) -> _Figure:
        """A range; "من 5 إلى 20 أيلول/سبتمبر" (days, then a month) is a range of dates."""
        if isinstance(low_value, int) and isinstance(high_value, int) and 1 <= low_value < high_value <= 31 \
                and last + 1 < self.n and self.spaced(last + 1):
            end = self.date(last)  # the second day with the month (and year) after it
            if end is not None and isinstance(end.value, str) and len(end.value) == 10:
                start_date = end.value[:8] + f"{low_value:02d}"
                return _Figure(first, end.last, (start_date, end.value), "range", note=("date range; " + end.note).strip("; "))
        return _Figure(first, last, (as_number(low_value), as_number(high_value)), "range")

    def indefinite(self, i: int) -> _Figure | None:
        """"آلاف السجلات", "عشرات القتلى", "مئات الآلاف"."""
        split = self.clitic_split(i, INDEFINITE) if self.is_word(i) else None
        if split is None:
            return None
        clitic, _ = split
        last = i
        if i + 1 < self.n and self.spaced(i + 1) and self.norm[i + 1] in {"الالاف", "الملايين", "الالوف"}:
            last = i + 1
        start = self.offset_after_letters(i, len(clitic)) if clitic else None
        return _Figure(i, last, None, "count", start=start, note="indefinite amount")

    def genitive_noun(self, figure: _Figure) -> int:
        """The one noun an indefinite amount governs: "آلاف السجلات" -> السجلات."""
        k = figure.last + 1
        if k < self.n and self.spaced(k) and self.same_sentence(figure.last, k) and self._noun_word(k):
            figure.noun = (self.start[k], self.end[k])
            return k + 1
        return k

    def ordinal(self, i: int) -> _Figure | None:
        # "الدورة الـ 83" / "الـ83"
        if self.is_word(i) and self.norm[i] == "ال" and i + 1 < self.n and self.is_digits(i + 1) \
                and (self.glued(i + 1) or self.spaced(i + 1)):
            value = self.digits(i + 1)
            if value:
                return _Figure(i, i + 1, value[0], "ordinal", noun=self._noun_before(i))
        split = self.clitic_split(i, ORDINALS) if self.is_word(i) else None
        if split is None:
            return None
        previous = self.norm[i - 1] if i > 0 else ""
        if previous in _TWO_WORD_MONTH_HEADS or previous in {"الساعة", "ربيع", "جمادى"}:
            return None
        clitic, word = split
        start = self.offset_after_letters(i, len(clitic)) if clitic else None
        return _Figure(i, i, ORDINALS[word], "ordinal", start=start, noun=self._noun_before(i))

    # ---- qualifiers and nouns ----------------------------------------------------------
    def qualifier_before(self, figure: _Figure) -> None:
        i = figure.first
        if i == 0 or not self.spaced(i):
            return
        found = self.phrase_at(i - 1, QUALIFIERS, backwards=True)
        if found and not any(self.used[k] for k in range(found[0], found[1] + 1)):
            first, last, _, clitic = found
            start = self.offset_after_letters(first, len(clitic)) if clitic else self.start[first]
            figure.qualifier = (start, self.end[last])
            phrase = " ".join(self.norm[k] for k in range(first, last + 1))
            figure.approx = QUALIFIERS.get(phrase) or QUALIFIERS[phrase[len(clitic):]]

    def qualifier_after(self, figure: _Figure, after: int) -> None:
        if figure.qualifier is not None or after >= self.n or not self.spaced(after):
            return
        found = self.phrase_at(after, POST_QUALIFIERS)
        if found and found[3] == "":
            first, last, _, _ = found
            figure.qualifier = (self.start[first], self.end[last])
            figure.approx = POST_QUALIFIERS[" ".join(self.norm[k] for k in range(first, last + 1))]

    def _looks_like_verb(self, i: int) -> bool:
        """Present tense (يـ) or past plural (ـوا) verbs: "يتبادلها", "قتلوا"."""
        word = self.norm[i]
        if word in TIME_UNITS or word in CURRENCIES or word in MONTHS:
            return False
        return (word.startswith("ي") and not word.endswith(("ة", "ات", "ين", "ون"))) or word.endswith("وا")

    def _noun_word(self, i: int) -> bool:
        return (self.is_word(i) and bool(ARABIC_LETTER.search(self.token[i])) and self.norm[i] not in PARTICLES
                and self.stem[i] not in PARTICLES and self.norm[i] not in _NUMBER_WORDS and not self.used[i])

    def noun_after(self, figure: _Figure, k: int) -> int:
        """Find the counted noun from token k; store its span; return the index after it."""
        if k >= self.n or not self.same_sentence(figure.last, k) or not self.spaced(k):
            return k
        if self.norm[k] == "من" and k + 1 < self.n and self.spaced(k + 1):  # "7 500 من المقاتلين"
            k += 1
        head = k
        if self.is_word(k) and self.norm[k] in DEMONSTRATIVES and k + 1 < self.n and self.spaced(k + 1):
            k += 1  # "ثلاثة من هذه الخطوط"
        if not self._noun_word(k) or self._looks_like_verb(k):
            return figure.last + 1
        definite = self.norm[k].startswith("ال")
        last = k
        limit = 3 if definite else 2
        while last - k + 1 < limit and last + 1 < self.n and self.spaced(last + 1) and self._noun_word(last + 1):
            nxt = last + 1
            word = self.norm[nxt]
            if self.is_stop[nxt] or self._looks_like_verb(nxt):
                break
            if definite != word.startswith("ال"):
                break
            # "مدرسة لإيواء", "دينار لدعم", "شخصا وأصيب": a preposition or a conjunction
            # starts a new phrase; a nisba adjective ("جهة لبنانية", "جنيه مصري") continues.
            nisba = word.endswith(("ي", "ية", "يين", "يون", "يات"))
            if not definite and (word[:1] in "وف" and not nisba or word[:1] in "يتن"
                                 and not word.endswith(("ة", "ات"))):
                break
            if not definite and word[:1] in "لب" and not nisba:
                break
            if self.norm[k] in TIME_UNITS and not nisba:
                break
            last = nxt
        figure.noun = (self.start[head], self.end[last])
        return last + 1

    def _noun_before(self, i: int) -> tuple[int, int] | None:
        """The definite noun an ordinal follows: "الدورة الـ 83", "المرتبة الثانية"."""
        k = i - 1
        if k >= 0 and self.spaced(i) and self._noun_word(k) and self.norm[k].startswith(("ال", "لل")):
            return self.start[k], self.end[k]
        return None

    def _count_noun_before(self, figure: _Figure) -> None:
        """"عدد القتلى 25": the noun named before the figure."""
        for k in range(figure.first - 1, max(figure.first - 5, -1), -1):
            if not self.same_sentence(k, figure.first):
                return
            if self.norm[k] in {"عدد", "حصيلة"} and self._noun_word(k + 1):
                figure.noun = (self.start[k + 1], self.end[k + 1])
                return

    # ---- classification ----------------------------------------------------------------
    def classify(self, figure: _Figure) -> int:
        """Decide kind, extend the surface with percent and currency marks, find the noun.
        Returns the index after everything the figure consumed."""
        after = figure.last + 1
        if after < self.n and self.token[after] in PERCENT_SIGNS and (self.glued(after) or self.spaced(after)):
            figure.kind, figure.last = "percent", after
            return self.noun_after(figure, after + 1) if self._partitive(after + 1) else after + 1
        found = self.phrase_at(after, PERCENT_WORDS) if after < self.n and self.spaced(after) else None
        if found:
            figure.kind, figure.last = "percent", found[1]
            return self.noun_after(figure, found[1] + 1) if self._partitive(found[1] + 1) else found[1] + 1
        if figure.first > 0 and self.token[figure.first - 1] in CURRENCY_SIGNS and self.glued(figure.first):
            figure.kind, figure.noun = "money", (self.start[figure.first - 1], self.end[figure.first - 1])
            figure.first -= 1
            return after
        if after < self.n and self.token[after] in CURRENCY_SIGNS:
            figure.kind, figure.noun = "money", (self.start[after], self.end[after])
            figure.last = after
            return after + 1
        year = self.year_at(figure.first) if figure.first == figure.last and figure.start is None else None
        previous = {self.norm[figure.first - 1], self.stem[figure.first - 1]} \
            if figure.first > 0 and self.is_word(figure.first - 1) else set()
        end = self.noun_after(figure, after)
        head = self._noun_head(figure)
        if head in CURRENCIES:
            figure.kind = "money"
        elif head in TIME_UNITS and figure.kind == "count":
            figure.kind = "age" if self._age_context(figure) else "duration"
        elif year is not None and figure.qualifier is None and (previous & YEAR_CUES or figure.noun is None):
            figure.kind, figure.noun = "year", None
            end = after
        if figure.noun is None and figure.kind == "count":
            self._count_noun_before(figure)
        return end

    def _partitive(self, k: int) -> bool:
        return k < self.n and self.norm[k] == "من" and self.spaced(k)

    def _noun_head(self, figure: _Figure) -> str:
        if figure.noun is None:
            return ""
        for k in range(figure.last + 1, self.n):
            if self.start[k] >= figure.noun[0]:
                return self.stem[k] if self.norm[k].startswith(("ال", "لل")) else self.norm[k]
        return ""

    def _age_context(self, figure: _Figure) -> bool:
        for k in range(figure.first - 1, max(figure.first - 5, -1), -1):
            if not self.same_sentence(k, figure.first):
                break
            if self.norm[k] in AGE_CUES:
                return True
        # "توفي الأحد عن 85 عاما": the age at death
        if figure.first > 0 and self.norm[figure.first - 1] == "عن":
            sentence = self.sentence[figure.first]
            k = figure.first - 1
            while k >= 0 and self.sentence[k] == sentence:
                word = self.norm[k]
                if word in DEATH_VERBS or (word[:1] in "وف" and word[1:] in DEATH_VERBS):
                    return True
                k -= 1
        # "يورغن شتوك (45 عاما)"
        return figure.first > 0 and self.token[figure.first - 1] == "(" and self.glued(figure.first)

    # ---- driver --------------------------------------------------------------------------
    def run(self) -> list[_Figure]:
        figures = []
        i = 0
        while i < self.n:
            if self.used[i] or self.kind[i] not in {"word", "number"}:
                i += 1
                continue
            figure = self.identifier(i) or self.date(i)
            if figure is not None:
                end = figure.last + 1
            else:
                figure = self.range_(i) or self.number(i)
                if figure is not None:
                    self.qualifier_before(figure)
                    end = self.classify(figure)
                    self.qualifier_after(figure, end)
                else:
                    figure = self.indefinite(i) or self.ordinal(i)
                    if figure is None:
                        i += 1
                        continue
                    if figure.kind == "count":
                        self.qualifier_before(figure)
                        end = self.genitive_noun(figure)
                    else:
                        end = figure.last + 1
            for k in range(figure.first, min(end, self.n)):
                self.used[k] = True
            figures.append(figure)
            i = max(end, figure.last + 1)
        return figures


def find_dateline(text: str, *, tokens: pd.DataFrame | None = None) -> dt.date | None:
    """The article's date: the first full date (day, month, year) in its first three
    paragraphs (``٢٢ يوليو، ٢٠١٦`` -> 2016-07-22), or None. ``tokens``: the text's token
    table if already built (:func:`analysis.tokenize`), so it is not tokenized again."""
    tokens = tokenize(text, warn=False) if tokens is None else tokens
    tokens = tokens[tokens["paragraph"] <= 3].reset_index(drop=True)
    scanner = _Scanner(text, tokens, None)
    for i in range(scanner.n):
        figure = scanner.date(i)
        if figure is not None and isinstance(figure.value, str) and len(figure.value) == 10 and figure.value[0] != "-":
            return dt.date.fromisoformat(figure.value)
    return None



def quoted_figures(text: str | Article, *, dateline: dt.date | str | None = None,
                   tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every figure the text quotes, one row each, in reading order.

    Columns: ``surface`` (exactly ``text[start:end]``), ``start``, ``end``, ``value`` (a
    number; an ISO date string such as ``2016-07-22`` or ``2014-09`` for dates; a
    (low, high) pair for ranges; empty for indefinite amounts such as ``آلاف`` and for
    identifiers), ``kind`` (one of :data:`KINDS`), ``qualifier`` (as written, e.g.
    ``أكثر من``) and ``approx`` (``over``, ``about``, ``under``, ``at_least`` or empty),
    ``noun`` (the counted noun phrase as written), ``phrase`` (the whole expression as
    written, from qualifier to noun: "أكثر من 7 500 من المقاتلين الإرهابيين الأجانب"),
    ``paragraph``, ``sentence`` and
    ``note`` (what was inferred: a year from the dateline, a decimal comma, reversed
    digit groups, why a number is ``other``).

    Dates without a year take it from ``dateline`` (default: the article's own date,
    see :func:`find_dateline`). ``tokens``: the text's token table if already built.
    """
    if isinstance(text, Article):
        text = text.text
    if not isinstance(text, str):
        raise TypeError(f"quoted_figures() takes a str or an Article, not {type(text).__name__}")
    if isinstance(dateline, str):
        dateline = dt.date.fromisoformat(dateline)
    if tokens is None:
        tokens = tokenize(text, warn=False)
    if dateline is None:
        dateline = find_dateline(text, tokens=tokens)
    scanner = _Scanner(text, tokens, dateline)
    rows = []
    for figure in scanner.run():
        start = figure.start if figure.start is not None else scanner.start[figure.first]
        end = scanner.end[figure.last]
        qualifier = text[figure.qualifier[0] : figure.qualifier[1]] if figure.qualifier else ""
        noun = text[figure.noun[0] : figure.noun[1]] if figure.noun else ""
        spans = [(start, end)] + [span for span in (figure.qualifier, figure.noun) if span]
        phrase = text[min(a for a, _ in spans) : max(b for _, b in spans)]
        rows.append((text[start:end], start, end, figure.value, figure.kind, qualifier, figure.approx, noun, phrase,
                     scanner.paragraph[figure.first], scanner.sentence[figure.first], figure.note))
    values = pd.Series([row[3] for row in rows], dtype=object)  # numbers, ISO dates, pairs, None
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS).drop(columns="value")
    frame = frame.astype({"surface": "str", "start": "int64", "end": "int64", "kind": "str", "qualifier": "str",
                          "approx": "str", "noun": "str", "phrase": "str", "paragraph": "int64",
                          "sentence": "int64", "note": "str"})
    frame.insert(3, "value", values)
    return frame.sort_values("start", kind="stable", ignore_index=True)


EVENT_COLUMNS = ["date", "surface", "event", "paragraph", "start"]
# Words that only lead into a date: "أنشئ في أيلول", "منذ 2014".
_DATE_LEADS = frozenset({"في", "منذ", "خلال", "بتاريخ", "يوم", "حتى", "مطلع", "اواخر", "اوائل", "منتصف"})


def dated_events(text: str | Article, figures: pd.DataFrame | None = None, words: int = 6, *,
                 tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """The dated events of a text: one row per figure of kind ``date``, with ``event``,
    the words that lead up to the date in its sentence (at most ``words``, without a
    closing "في"), as written. The dateline (a date alone in its paragraph) is the
    release itself: its event is "نشر الخبر". Sorted by date. ``tokens``: the text's
    token table if already built.
    """
    source = text.text if isinstance(text, Article) else text
    if tokens is None:
        tokens = tokenize(source, warn=False)
    if figures is None:
        figures = quoted_figures(text, tokens=tokens)
    rows = []
    for figure in figures[figures["kind"] == "date"].itertuples():
        if not isinstance(figure.value, str) or figure.value.startswith("-"):
            continue
        before = tokens[(tokens["sentence"] == figure.sentence) & (tokens["end"] <= figure.start)
                        & (tokens["kind"] == "word")]
        while len(before) and before["norm"].iloc[-1] in _DATE_LEADS:
            before = before.iloc[:-1]
        before = before.tail(words)
        if len(before):
            event = source[before["start"].iloc[0] : before["end"].iloc[-1]]
        else:
            event = "نشر الخبر" if figure.paragraph <= 3 else ""
        rows.append((figure.value, figure.surface, event, figure.paragraph, figure.start))
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS).astype(
        {"date": "str", "surface": "str", "event": "str", "paragraph": "int64", "start": "int64"})
    return frame.sort_values(["date", "start"], kind="stable", ignore_index=True)


def figure_labels(figures: pd.DataFrame, kinds: tuple[str, ...] = ("count",)) -> pd.DataFrame:
    """The figures with a number, as chart rows: ``label`` (the phrase as written:
    "أكثر من 7 500 من المقاتلين الإرهابيين الأجانب"), ``value``, ``kind``; largest first."""
    chosen = figures[figures["kind"].isin(kinds)]
    chosen = chosen[[isinstance(v, (int, float)) and not isinstance(v, bool) for v in chosen["value"]]]
    frame = pd.DataFrame({"label": chosen["phrase"].tolist(), "value": [float(v) for v in chosen["value"]],
                          "kind": chosen["kind"].tolist()})
    return frame.sort_values("value", ascending=False, kind="stable", ignore_index=True)
