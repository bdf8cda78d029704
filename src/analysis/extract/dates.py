"""Dates in Arabic news: month names of every region with their slash pairs
(``تموز/يوليو``), days in digits or ordinal words (``السابع من أكتوبر``), day and month
ranges (``12-15 آذار``, ``بين 28 شباط و3 آذار``), numeric dates, month-only dates dated
from the dateline, and the dateline itself (:func:`find_dateline`).

Dates are ISO text: ``YYYY-MM-DD``, ``YYYY-MM``, ``--MM-DD`` (day and month, no year in the
text or its dateline) or ``--MM`` (a month alone with no year anywhere).

Numeric dates follow one rule: year first when the first number has four digits
(``2025-11-12``), else day, month, year (``03/04/2021`` is 3 April, as outlets of the
Arab world write it); only when that is no calendar date but month-first is
(``04/25/2021``) are they read month first, with a note.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pandas as pd

from analysis.extract.scanning import (
    AMBIGUOUS_MONTHS, HIJRI_MONTHS, MONTHS, ORDINAL_PHRASES, ORDINAL_TENS, RANGE_JOINERS, RELATIVE_CURRENT,
    RELATIVE_NEXT, RELATIVE_PAST, TWO_WORD_MONTH_HEADS, Figure, FigureWalker,
)
from analysis.text import chars
from analysis.text.normalization import normalize
from analysis.tokens.tokenizer import tokenize


def _day_phrases() -> dict[str, int]:
    """Ordinal day words (masculine and definite, as يوم is), normalized: "السابع",
    "الحادي عشر", "الحادي والعشرين", "العشرين"; and the cardinal "الواحد والعشرين"."""
    days = {p: v for p, v in ORDINAL_PHRASES.items() if p.startswith("ال") and not p.endswith(("ة", "ى"))
            and "عشرة" not in p and v <= 31}
    days.update({p: v for p, v in ORDINAL_TENS.items() if v <= 30})
    days.update({f"الواحد و{ten}": value + 1 for ten, value in ORDINAL_TENS.items() if value <= 30})
    return days


DAY_PHRASES = _day_phrases()
# Words between a day and its month: "السابع من أكتوبر", "17 من شهر مارس".
_OF, _MONTH_WORD = normalize("من"), normalize("شهر")
# "العام المقبل", "السنة الماضية": the year nouns a relative word can follow.
_YEAR_NOUNS = frozenset(normalize(w) for w in ("العام", "السنة", "للعام", "بالعام", "والعام"))


class _Point(NamedTuple):
    """One end of a date: day, month, year (any may be None) and its last token."""

    day: int | None
    month: int | None
    year: int | None
    last: int
    ambiguous: bool


class DateScanner(FigureWalker):
    """Reads dates and date ranges at a token index."""

    # ---- months ---------------------------------------------------------------------
    def month_at(self, i: int) -> tuple[int, int, bool] | None:
        """(month, last token index, ambiguous) for a month name at token i (after an
        optional "شهر"), with its pair across a slash ("تموز/يوليو") or in brackets."""
        if self.word(i) == _MONTH_WORD and self.spaced(i + 1):
            i += 1
        found = self._one_month(i)
        if found is None:
            return None
        month, last, ambiguous = found
        if last + 2 < self.n and self.token[last + 1] in {"/", "-", "\u2013"} \
                and (self.glued(last + 1) or self.spaced(last + 1)):
            pair = self._one_month(last + 2)
            if pair and pair[0] == month:
                return month, pair[1], False
        if last + 1 < self.n and self.token[last + 1] == "(":
            pair = self._one_month(last + 2)
            if pair and pair[0] == month and pair[1] + 1 < self.n and self.token[pair[1] + 1] == ")":
                return month, pair[1] + 1, False
        return month, last, ambiguous

    def _one_month(self, i: int) -> tuple[int, int, bool] | None:
        word = self.word(i)
        if word in TWO_WORD_MONTH_HEADS:
            name = f"{word} {self.word(i + 1)}"
            return (MONTHS[name], i + 1, False) if name in MONTHS else None
        if word in MONTHS:
            return MONTHS[word], i, word in AMBIGUOUS_MONTHS
        return None

    def _this_month(self, k: int) -> tuple[int, int, bool] | None:
        """(month, last token, False) for "الشهر الجاري" / "الماضي" / "المقبل" at k, counted
        from the dateline's month (month 0 without a dateline: a date nobody can place)."""
        if self.word(k) != "الشهر":
            return None
        step = _relative_step(self.word(k + 1))
        if step is None:
            return None
        if self.dateline is None:
            return 0, k + 1, False
        month = (self.dateline.month - 1 + step) % 12 + 1
        return month, k + 1, False

    def hijri_month_at(self, i: int) -> bool:
        """A Hijri month name at token i ("رمضان", "ذو الحجة"): no Gregorian date."""
        return self.word(i) in HIJRI_MONTHS or f"{self.word(i)} {self.word(i + 1)}" in HIJRI_MONTHS

    # ---- days and points --------------------------------------------------------------
    def day_at(self, i: int, *, joined: bool = False) -> tuple[int, int] | None:
        """(day, last token) for a day at i: one or two digits ("7", "07") or an ordinal
        day word ("السابع", "الحادي والعشرين"); ``joined``: the word may carry و
        ("والسابع والعشرين", the second day of "بين السابع عشر والسابع والعشرين")."""
        day = self.small_int(i, 31)
        if day is not None:
            return day, i
        word = self.word(i)
        if joined and word.startswith("و") and word not in DAY_PHRASES:
            word = word[1:]
        two = f"{word} {self.word(i + 1)}"
        if self.spaced(i + 1) and two in DAY_PHRASES:
            return DAY_PHRASES[two], i + 1
        return (DAY_PHRASES[word], i) if word in DAY_PHRASES else None

    def point(self, i: int, *, need_month: bool = True, joined: bool = False, in_range: bool = False) -> _Point | None:
        """A date's end at token i: [day [من] [شهر]] month [،] [year [م]]. The month may
        be missing when ``need_month`` is false (the first day of "12-15 آذار"); a month
        that is also a common word ("مارس") needs a day or a year unless ``in_range``."""
        day = self.day_at(i, joined=joined)
        k = i
        if day is not None:
            k = day[1] + 1
            if self.word(k) == _OF and self.spaced(k):
                k += 1
        month = self.month_at(k) if day is None or self.spaced(k) else None
        if month is None and day is not None and k > day[1] + 1:
            month = self._this_month(k)  # "الثاني من الشهر الجاري"
        if month is None:
            return _Point(day[0], None, None, day[1], False) if day and not need_month else None
        number, last, ambiguous = month
        year_index = last + 1
        if year_index < self.n and self.token[year_index] in {chars.ARABIC_COMMA, ","} and self.glued(year_index):
            year_index += 1
        if self.word(year_index) in _YEAR_NOUNS | {"عام", "لعام", "سنة"} and self.is_digits(year_index + 1):
            year_index += 1  # "السابع من أكتوبر للعام 2023"
        year = self.year_at(year_index) if self.spaced(year_index) else None
        if year is not None:
            last = year_index
            if self.word(last + 1) == "م" and self.glued(last + 1):  # "2023م": the Gregorian era
                last += 1
        if ambiguous and day is None and year is None and not in_range:
            return None  # "مارس" alone is more often "practised" than March
        return _Point(day[0] if day else None, number, year, last, ambiguous)

    # ---- single dates -----------------------------------------------------------------
    def date(self, i: int) -> Figure | None:
        """A date at token i: "٢٢ يوليو، ٢٠١٦", "21 تموز/يوليو", "أيلول/سبتمبر 2014",
        "السابع من أكتوبر", "في أيار/مايو الماضي"."""
        day = self.day_at(i)
        if day is not None and self.word(day[1] + 1) == _OF and self.hijri_month_at(day[1] + 2):
            last = day[1] + 2 + (f"{self.word(day[1] + 2)} {self.word(day[1] + 3)}" in HIJRI_MONTHS)
            return Figure(i, last, None, "date", note="a day of the Hijri calendar (no Gregorian date)")
        point = self.point(i)
        if point is not None and point.month == 0:  # "الثاني من الشهر الماضي", no dateline
            return Figure(i, point.last, None, "date", note="month named from a dateline the text lacks")
        return None if point is None else self._figure(i, point)

    def _figure(self, first: int, point: _Point) -> Figure:
        year, last, note = self.year_for(point.month, point.year, point.last)
        if point.day is not None:
            if year is not None and not _valid(year, point.month, point.day):
                return Figure(first, last, None, "date", note="not a calendar date")
            return Figure(first, last, None, "date", date=_iso(year, point.month, point.day), note=note)
        return Figure(first, last, None, "date", date=_iso(year, point.month, None), note=note)

    def year_for(self, month: int, year: int | None, last: int) -> tuple[int | None, int, str]:
        """(year, last token, note) for a month: the year written, else the dateline's, or
        the one before or after it when the month is "الماضي" (last) or "المقبل" (next)."""
        if year is not None:
            return year, last, ""
        following = self.word(last + 1) if self.spaced(last + 1) else ""
        relative = following in RELATIVE_PAST | RELATIVE_NEXT | RELATIVE_CURRENT
        if self.dateline is None:
            return None, last + relative, "no year in the text or its dateline"
        year = self.dateline.year
        if following in RELATIVE_PAST:
            year -= month >= self.dateline.month
        elif following in RELATIVE_NEXT:
            year += month <= self.dateline.month
        return year, last + relative, "year from the dateline"

    def relative_year(self, i: int) -> Figure | None:
        """"العام المقبل", "مطلع العام المقبل", "السنة الماضية", "العام الجاري": a year
        counted from the dateline's (none without a dateline)."""
        if self.word(i) not in _YEAR_NOUNS or self.dateline is None or not self.spaced(i + 1):
            return None
        step = _relative_step(self.word(i + 1))
        if step is None:
            return None
        return Figure(i, i + 1, self.dateline.year + step, "year", note="year from the dateline")

    # ---- ranges ----------------------------------------------------------------------
    def date_range(self, i: int) -> Figure | None:
        """"12-15 آذار/مارس", "15-12 آذار" (reversed), "بين 4 و9 تشرين الأول", "من 26 يناير
        حتى 6 فبراير 2022", "بين 28 شباط و3 آذار", "من يناير إلى مارس", "ما بين السابع عشر
        والسابع والعشرين من شهر مارس"."""
        opener, k = self._opener(i)
        low = self.point(k, need_month=False, in_range=bool(opener))
        if low is None or low.day is None and (low.month is None or not opener):
            return None
        j = self._second_end(opener, low.last + 1)
        if j is None:
            return None
        high = self.point(j, joined=opener == "بين", in_range=True)
        if high is None or (low.day is None) != (high.day is None) or not self.same_sentence(i, high.last):
            return None
        return self._range(i, low, high)

    def _opener(self, i: int) -> tuple[str, int]:
        """("من" or "بين", index of the first end) for "من ...", "بين ...", "ما بين ...";
        ("", i) when no word opens the range ("12-15 آذار")."""
        opener, k = self.word(i), i + 1
        if opener == "ما" and self.word(k) == "بين":
            opener, k = "بين", k + 1
        if opener in {"من", "بين"} and (self.spaced(k) or self.glued(k) and self.is_digits(k)):
            return opener, k
        return "", i

    def _second_end(self, opener: str, j: int) -> int | None:
        """The index where the second end starts, after the joiner at j: "إلى", "حتى",
        "وحتى" after من; "و" after بين (or glued to the next word); a dash or a slash
        between two days."""
        word = self.word(j)
        if opener == "من" and word in {"الى", "حتى", "وحتى", "والى"} or opener == "بين" and word == "و":
            return j + 1 if self.spaced(j + 1) or self.glued(j + 1) else None
        if opener == "بين" and word.startswith("و"):
            return j  # "والسابع والعشرين": the day word carries the و
        if not opener and j < self.n and self.token[j] in RANGE_JOINERS and self.is_digits(j + 1) \
                and (self.glued(j) or self.spaced(j)):
            return j + 1
        return None

    def _range(self, first: int, low: _Point, high: _Point) -> Figure | None:
        low_month = low.month or high.month
        high_year, last, note = self.year_for(high.month, high.year, high.last)
        low_year = low.year if low.year is not None else high_year
        if low.year is None and high_year is not None and low_month > high.month:
            low_year = high_year - 1  # "من 28 ديسمبر إلى 3 يناير 2025"
        lows, highs = (low_month, low.day), (high.month, high.day)
        if low.day is not None and low.month is None and low.day > high.day:
            lows, highs = (low_month, high.day), (high.month, low.day)  # "15-12 آذار" copied right to left
            note = "; ".join(filter(None, ["ends written in reverse order", note]))
        if any(d is not None and not _valid(low_year or 2000, m, d) for m, d in (lows, highs)):
            return None
        return Figure(first, last, None, "date_range", date_low=_iso(low_year, *lows),
                      date_high=_iso(high_year, *highs), note=note)


def _relative_step(word: str) -> int | None:
    """-1 for "الماضي" (last), 0 for "الجاري" (this), 1 for "المقبل" (next), else None."""
    for step, words in ((-1, RELATIVE_PAST), (0, RELATIVE_CURRENT), (1, RELATIVE_NEXT)):
        if word in words:
            return step
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _iso(year: int | None, month: int, day: int | None) -> str:
    """ISO text for a date: YYYY-MM-DD, YYYY-MM, --MM-DD or --MM."""
    head = f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"
    return head if day is None else f"{head}-{day:02d}"


def numeric_date(values: list[str]) -> tuple[str, str] | None:
    """(ISO date, note) for three numbers of a numeric date ("12-11-2025", "2025/11/12"),
    read by the rule in this module's docstring; None when no reading is a date."""
    if len(values) != 3 or not all(v.isdigit() for v in values):
        return None
    a, b, c = (int(v) for v in values)
    if len(values[0]) == 4:
        readings = [((a, b, c), "numeric date")]
    elif len(values[2]) == 4:
        readings = [((c, b, a), "numeric date"), ((c, a, b), "numeric date, read month first")]
    else:
        return None
    for (year, month, day), note in readings:
        if _valid(year, month, day):
            return dt.date(year, month, day).isoformat(), note
    return None


def find_dateline(text: str, *, tokens: pd.DataFrame | None = None) -> dt.date | None:
    """The article's date: the first full date (day, month, year, in words or numeric) in
    its first three paragraphs (``٢٢ يوليو، ٢٠١٦`` -> 2016-07-22), else the date of a
    publish line anywhere (``نشر في: 1 أغسطس, 2012``), or None. ``tokens``: the text's
    token table, when the caller has one."""
    tokens = tokenize(text, warn=False) if tokens is None else tokens
    return _first_full_date(text, tokens[tokens["paragraph"] <= 3].reset_index(drop=True)) \
        or _publish_line_date(text, tokens.reset_index(drop=True))


def _publish_line_date(text: str, tokens: pd.DataFrame) -> dt.date | None:
    """The full date right after "نشر" ("نشر في:", "نشر بتاريخ"): the publish line that
    some outlets print under the headline or at the foot of the page."""
    words = tokens["norm"].tolist()
    for k, word in enumerate(words):
        if word == "نشر":
            after = k + 1 + sum(1 for w in words[k + 1 : k + 3] if w in _PUBLISH_FILLERS)
            found = _first_full_date(text, tokens.iloc[after : after + 8].reset_index(drop=True))
            if found is not None:
                return found
    return None


# Words between "نشر" and its date: "نشر في:", "نشر بتاريخ".
_PUBLISH_FILLERS = frozenset({"في", ":", "بتاريخ", "يوم"})


def _first_full_date(text: str, tokens: pd.DataFrame) -> dt.date | None:
    """The first date with day, month and year among ``tokens``."""
    scanner = DateScanner(text, tokens, None)
    for i in range(scanner.n):
        figure = scanner.date(i)
        if figure is None and scanner.is_digits(i) and not scanner.glued(i):  # "16-3-2026", "2025-11-12"
            found = numeric_date([scanner.norm[k] for k in range(i, min(i + 5, scanner.n), 2)]) \
                if all(scanner.glued(k) and scanner.token[k] in "-/." for k in range(i + 1, min(i + 5, scanner.n), 2)) \
                and i + 4 < scanner.n else None
            figure = Figure(i, i + 4, None, "date", date=found[0]) if found else None
        if figure is not None and len(figure.date) == 10 and not figure.date.startswith("-"):
            return dt.date.fromisoformat(figure.date)
    return None
