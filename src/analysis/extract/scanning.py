"""The ground the figure scanners share: the :class:`Figure` they find, the word lists they
read (package data, see :mod:`analysis.text.wordlists`) and :class:`FigureWalker`, a
token walker that also reads digit numbers with the text's own decimal mark."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

from analysis.text import wordlists
from analysis.text.normalization import normalize
from analysis.text.patterns import ARABIC_LETTER
from analysis.text.numerals import FRACTIONS, HUNDREDS, INDEFINITE, SCALES, TENS, UNITS, decimal_mark, read_digits
from analysis.tokens.walking import TokenWalker

#: The kinds of figure, in the order the docs list them.
KINDS = ("count", "year", "date", "date_range", "percent", "money", "ordinal", "range", "duration", "age", "other")

# Month names (normalized) -> month number; the ones that are also common words.
MONTHS = {word: int(month) for word, month in wordlists.mapping("months", "word", "month").items()}
AMBIGUOUS_MONTHS = frozenset(w for w, a in wordlists.mapping("months", "word", "ambiguous").items() if a == "yes")
# "كانون الثاني", "تشرين الأول": the first word of a two-word month name.
TWO_WORD_MONTH_HEADS = frozenset(name.split(" ")[0] for name in MONTHS if " " in name)
HIJRI_MONTHS = wordlists.words("hijri_months")
_QUALIFIER_ROWS = wordlists.read_rows("qualifiers")
QUALIFIERS = {normalize(r["phrase"]): r["approx"] for r in _QUALIFIER_ROWS if r["position"] == "before"}
POST_QUALIFIERS = {normalize(r["phrase"]): r["approx"] for r in _QUALIFIER_ROWS if r["position"] == "after"}
PERCENT_SIGNS = frozenset({"%", "\u066a"})  # % and ٪
PERCENT_WORDS = tuple(wordlists.words("percent_words", "phrase"))
CURRENCIES = wordlists.words("currencies")
CURRENCY_SIGNS = frozenset(row["sign"] for row in wordlists.read_rows("currency_signs"))
TIME_UNITS = wordlists.words("time_units")
TIME_UNIT_NUMBER = wordlists.mapping("time_units", "word", "number")
DURATION_CUES = wordlists.words("duration_cues")
AGE_CUES = wordlists.words("age_cues")
DEATH_VERBS = wordlists.words("death_verbs")
YEAR_CUES = wordlists.words("year_cues")
IDENTIFIER_CUES = wordlists.words("identifier_cues")
TIME_OF_DAY_CUES = wordlists.words("time_of_day_cues")
SCORE_CUES = wordlists.words("score_cues")
RELATIVE_PAST = wordlists.words("relative_past")
RELATIVE_NEXT = wordlists.words("relative_next")
RELATIVE_CURRENT = wordlists.words("relative_current")
DEMONSTRATIVES = wordlists.words("demonstratives")
PARTICLES = wordlists.words("figure_particles")
DATE_LEADS = wordlists.words("date_leads")
TOTAL_CUES = wordlists.words("total_cues")
ORDINAL_NOUNS = wordlists.words("ordinal_nouns")
RATE_WORDS = wordlists.words("rate_words")
AMOUNT_VERBS = wordlists.words("amount_verbs")
CHANGE_NOUNS = wordlists.words("change_nouns")
ORDINAL_TENS = {word: int(value) for word, value in wordlists.mapping("ordinal_tens").items()}


def _ordinal_phrases() -> dict[str, int]:
    """Every ordinal phrase, normalized, with its value: the words of the ordinals list,
    the teens ("الحادي عشر", "الثانية عشرة") and the definite units joined to a ten by و
    ("الحادي والعشرين"). الحادي only opens a compound; a ten alone is in ORDINAL_TENS."""
    phrases = {}
    for row in wordlists.read_rows("ordinals"):
        word, value, feminine = normalize(row["word"]), int(row["value"]), row["gender"] == "f"
        if not word.endswith(("حادي", "حادية")):
            phrases[word] = value
        if value in (1, 10) and not word.endswith(("حادي", "حادية")):
            continue  # "الأول عشر" is no word: 11 is "الحادي عشر"
        phrases[f"{word} {'عشرة' if feminine else 'عشر'}"] = value + 10
        if word.startswith("ال") and not feminine:
            for ten, tens in ORDINAL_TENS.items():
                if tens < 100:
                    phrases[f"{word} و{ten}"] = value + tens
    return phrases


#: Ordinal phrases (normalized, words joined by one space) -> value.
ORDINAL_PHRASES = _ordinal_phrases()
RANGE_JOINERS = frozenset({"-", "\u2013", "\u2014"})  # - – —
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(HUNDREDS) | frozenset(SCALES) | INDEFINITE \
    | frozenset(FRACTIONS)
LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Figure:
    """One figure while it is being read: its first and last token, what it says, and the
    character spans of its counted noun and qualifier. Exactly one of ``value`` (a
    number), ``date`` (ISO text), ``low``/``high`` (a numeric range) or
    ``date_low``/``date_high`` (a date range) is filled, or none (``آلاف``, identifiers)."""

    first: int  # first token index (inclusive)
    last: int  # last token index (inclusive)
    value: float | None
    kind: str
    date: str = ""
    low: float | None = None
    high: float | None = None
    date_low: str = ""
    date_high: str = ""
    start: int | None = None  # character offset when it does not start at a token start
    noun: tuple[int, int] | None = None  # character span of the counted noun
    noun_text: str = ""  # the noun when the text does not write it alone: a dual's singular
    qualifier: tuple[int, int] | None = None
    approx: str = ""
    note: str = ""
    definite: bool = False  # a definite number word ("الثلاثة"): its noun may come before it


class FigureWalker(TokenWalker):
    """A token walker for the figure scanners: the article's date (``dateline``, or None),
    which tokens a figure already took (``used``), and digit numbers read with the decimal
    mark the text's own numbers show (see :func:`analysis.text.numerals.decimal_mark`)."""

    def __init__(self, text: str, tokens: pd.DataFrame, dateline: dt.date | None):
        super().__init__(text, tokens)
        self.dateline = dateline
        self.used = [False] * self.n
        self.decimal = decimal_mark(t for t, k in zip(self.token, self.kind) if k == "number")

    def is_digits(self, i: int) -> bool:
        return 0 <= i < self.n and self.kind[i] == "number" and self.norm[i][:1].isdigit()

    def digits(self, i: int) -> tuple[int | float, str] | None:
        """(value, note) of the digit token at i, or None."""
        return read_digits(self.token[i], decimal=self.decimal) if self.is_digits(i) else None

    def small_int(self, i: int, most: int) -> int | None:
        """The whole number at token i when it is written with one or two digits and is
        between 1 and ``most`` (a day, a month): "7", "07", "٢"."""
        if not self.is_digits(i) or not self.norm[i].isdigit() or len(self.norm[i]) > 2:
            return None
        value = int(self.norm[i])
        return value if 1 <= value <= most else None

    def year_at(self, i: int) -> int | None:
        """The year written with four digits at token i ("2014", "٢٠١٦"), or None; years
        1500-2100 only, as "1000 قتيل" is a count."""
        if self.is_digits(i) and self.norm[i].isdigit() and len(self.norm[i]) == 4 and 1500 <= int(self.norm[i]) <= 2100:
            return int(self.norm[i])
        return None

    def word(self, i: int) -> str:
        """The normalized word at token i, "" for anything else (or out of range)."""
        return self.norm[i] if self.is_word(i) else ""

    def noun_word(self, i: int) -> bool:
        """Token i can be (part of) a counted noun: an Arabic word, no particle, no number
        word, not taken by a figure."""
        word = self.norm[i]
        return (self.is_word(i) and bool(ARABIC_LETTER.search(self.token[i])) and word not in PARTICLES
                and self.stem[i] not in PARTICLES and word not in NUMBER_WORDS and not self.used[i]
                and not (word[:1] == "و" and word[1:] in NUMBER_WORDS))  # "ونصف" is no noun

    def noun_before(self, i: int) -> tuple[int, int] | None:
        """The span of the definite noun a figure at i follows ("الدورة الـ 83", "للمرة
        الثالثة", "الأشهر الثلاثة الأولى"), without a preposition glued to it; skips one
        number word in between."""
        k = i - 1
        if self.spaced(i) and k > 0 and self.norm[k].startswith("ال") and self.norm[k][2:] in _COUNTING_WORDS \
                and self.spaced(k):
            k -= 1  # "الأشهر الثلاثة الأولى": the noun of the ordinal is before the number
        if self.word(k) in _COPULAS and self.spaced(k) and self.spaced(k + 1) and self.noun_word(k - 1):
            return self._subject_of_copula(k - 1)  # "تلك المرة هي الثالثة"
        if not (self.spaced(k + 1) and self.noun_word(k)):
            return None
        word = self.norm[k]
        for lead, skip in _DEFINITE_LEADS:
            if word.startswith(lead) and len(word) > len(lead) + 1:
                return self.offset_after_letters(k, skip), self.end[k]
        if word.endswith(_POSSESSIVES) and len(word) > 3:  # "لقبه العاشر", "دورته 53"
            return self.start[k], self.end[k]
        return None

    def _subject_of_copula(self, k: int) -> tuple[int, int]:
        """The noun at k that "هي"/"هو" points back to, with the noun a nisba adjective
        at k describes: "انتخابات برلمانية هي السادسة" -> "انتخابات برلمانية"."""
        first = k
        if self.norm[k].endswith(("ي", "ية")) and self.spaced(k) and self.noun_word(k - 1):
            first = k - 1
        return self.start[first], self.end[k]


# How a definite word starts, and how many letters before its noun are a proclitic:
# "الدورة", "والدورة" (و), "للمرة" (ل with the article's lam: the noun is shown as "مرة").
# Pronoun suffixes that make a noun definite: "لقبه" (his title).
_POSSESSIVES = ("ه", "ها", "هم", "هما")
# Pronouns that join a noun to its ordinal: "تلك المرة هي الثالثة".
_COPULAS = frozenset({"هي", "هو"})
_COUNTING_WORDS = frozenset(UNITS) | frozenset(TENS)
_DEFINITE_LEADS = (("ولل", 3), ("لل", 2), ("وال", 1), ("بال", 1), ("فال", 1), ("كال", 1), ("ال", 0))
