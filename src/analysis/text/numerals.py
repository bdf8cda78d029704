"""Reading the value of numbers as Arabic news writes them: digits of three systems with
any thousands separator, decimal commas, reversed digit groups, number words with
clitics and construct forms, and scale words (ألف آلاف مليون ملايين مليار ...).

Word tables are keyed by the normalized form (:func:`analysis.normalize`: hamza on
alef folded, diacritics dropped), so ``أربعة`` and ``اربعة`` are one entry.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from analysis.text import chars
from analysis.text.normalization import normalize

# Units, masculine and feminine, with the forms used in construct and in the teens.
UNITS = {
    "واحد": 1, "واحدة": 1, "احد": 1, "احدى": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثة": 3, "اربع": 4, "اربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
}
# "One" standing alone is an article of speech ("أحد المسؤولين"), not a quoted figure.
WEAK_UNITS = frozenset({"واحد", "واحدة", "احد", "احدى", "اثنا", "اثني", "اثنتا", "اثنتي"})
# The second word of 11-19: أحد عشر، اثنتا عشرة ...
TEEN_TENS = frozenset({"عشر", "عشرة"})
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
HUNDREDS = {"مائة": 100, "مئة": 100, "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200,
            "مائتي": 200, "مئتي": 200}
for _unit, _value in [("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9)]:
    HUNDREDS[_unit + "مائة"] = HUNDREDS[_unit + "مئة"] = _value * 100
# Scale words: singular, accusative, dual (which carries its own 2, also in construct:
# "مليوني طفل") and plural.
SCALES = {
    "الف": 10**3, "الفا": 10**3, "الاف": 10**3, "الفان": 2 * 10**3, "الفين": 2 * 10**3, "الفي": 2 * 10**3,
    "مليون": 10**6, "مليونا": 10**6, "ملايين": 10**6, "مليونان": 2 * 10**6, "مليونين": 2 * 10**6,
    "مليوني": 2 * 10**6,
    "مليار": 10**9, "مليارا": 10**9, "مليارات": 10**9, "ملياران": 2 * 10**9, "مليارين": 2 * 10**9,
    "ملياري": 2 * 10**9,
    "بليون": 10**9, "بلايين": 10**9, "ترليون": 10**12, "تريليون": 10**12,
}
# Amounts with no number: "آلاف السجلات", "عشرات القتلى", "مئات الآلاف", "خرج الآلاف".
INDEFINITE = frozenset({"عشرات", "مئات", "الاف", "ملايين", "مليارات", "الوف",
                        "العشرات", "المئات", "الالاف", "الملايين"})
# Fractions that only count before a scale word: "نصف مليون", "ربع مليار".
FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}

# Dual endings (nominative, accusative/genitive): "عامان", "عامين".
DUAL_ENDINGS = ("\u0627\u0646", "\u064a\u0646")  # ان ين
TEH = "\u062a"  # ت: a feminine noun's ة before a suffix ("سنتين")
TEH_MARBUTA = "\u0629"  # ة


def dual_singular(word: str) -> str:
    """The singular a dual noun counts, as written: "عامين" -> "عام", "سنتين" -> "سنة"
    (ة turns into ت before the dual ending, and back), "اليومين" -> "اليوم". Raises
    ValueError for a word without a dual ending."""
    bare = word.rstrip(chars.DIACRITICS)
    for ending in DUAL_ENDINGS:
        if bare.endswith(ending) and len(bare) > len(ending) + 1:
            stem = bare[: -len(ending)]
            return stem[:-1] + TEH_MARBUTA if stem.endswith(TEH) else stem
    raise ValueError(f"dual_singular(): {word!r} has no dual ending (ان or ين)")


def as_number(value: float) -> int | float:
    """An integer when the value is whole, else the float."""
    return int(value) if float(value).is_integer() else float(value)


def scaled(value: int | float, scale: int) -> int | float:
    """``value`` times a scale word's ``scale``, without binary fractions: 16.6 x 10**9 is
    16 600 000 000, not 16 600 000 000.000002."""
    return as_number(float(Decimal(str(value)) * scale))


# ---- the digit grammar: the one definition of a number token ----------------------------
# The tokenizer's ``number`` pattern (analysis.text.patterns.TOKEN) is built from these
# pieces and :func:`read_digits` reads what it matches, so both agree on every token.

#: One digit of any of the three systems (ASCII, Arabic-Indic, extended).
DIGIT = f"[{chars.DIGITS}]"
#: Spaces between digit groups: plain, no-break (U+00A0), narrow no-break (U+202F) and
#: thin (U+2009). Any of them may follow any other in one number ("000\u2009500 9").
SPACE_SEPARATORS = " \u00a0\u202f\u2009"
#: Marks between digit groups: comma, full stop ("1.234.567") and the Arabic thousands
#: separator ٬ (U+066C). One number uses one of them throughout.
MARK_SEPARATORS = ",.\u066c"
#: Decimal marks: full stop, comma ("1,3 مليون") and the Arabic decimal separator ٫ (U+066B).
DECIMAL_MARKS = ".,\u066b"

_NO_DIGIT_NEXT = f"(?!{DIGIT})"
_SPACE = f"[{re.escape(SPACE_SEPARATORS)}]"
_MARK = f"[{re.escape(MARK_SEPARATORS)}]"
_GROUP = f"{DIGIT}{{3}}{_NO_DIGIT_NEXT}"
#: "250 3", "000 500 9": whole three-digit groups, then a shorter last group. Grouping
#: never ends on a short group, so the groups were copied in reverse (right-to-left
#: copy-paste); only spaces separate such groups.
REVERSED_PATTERN = f"{DIGIT}{{3}}(?:{_SPACE}{DIGIT}{{3}})*{_SPACE}{DIGIT}{{1,2}}{_NO_DIGIT_NEXT}"
#: "7 500", "7,500", "1.234.567", "1٬250٬000", "12 500,75": one to three digits, then
#: groups of three after spaces (of any width) or after one repeated mark; then an
#: optional decimal part whose mark is not the group mark.
GROUPED_PATTERN = (
    f"(?P<whole>{DIGIT}{{1,3}}(?:(?:{_SPACE}{_GROUP})+|(?P<mark>{_MARK}){_GROUP}(?:(?P=mark){_GROUP})*))"
    f"(?:(?!(?P=mark))[{re.escape(DECIMAL_MARKS)}](?P<fraction>{DIGIT}+))?"
)
#: "2016", "1.5", "1,3", "٣٫٥".
PLAIN_PATTERN = f"{DIGIT}+(?:[{re.escape(DECIMAL_MARKS)}]{DIGIT}+)?"
#: A number token: the three forms, tried in this order.
NUMBER_PATTERN = f"{REVERSED_PATTERN}|{GROUPED_PATTERN}|{PLAIN_PATTERN}"

_REVERSED = re.compile(REVERSED_PATTERN)
_GROUPED = re.compile(GROUPED_PATTERN)
_PLAIN = re.compile(PLAIN_PATTERN)
_SPACES = re.compile(f"{_SPACE}")
REVERSED_NOTE = "digit groups reversed (right-to-left copy)"


def decimal_mark(numbers) -> str:
    """The decimal mark a text's digit numbers use: ``","`` when one of them can only be
    read with a decimal comma ("0,8", "12,5", "1.234,5") or groups with full stops
    ("1.234.567"); else ``"."``. ``numbers`` are the text's number tokens."""
    for surface in numbers:
        folded = normalize(surface)
        if _PLAIN.fullmatch(folded) and "," in folded and len(folded.partition(",")[2]) != 3:
            return ","
        grouped = _GROUPED.fullmatch(folded)
        if grouped and (folded.count(".") > 1 or grouped.group("mark") == "." and "," in folded):
            return ","
    return "."


def read_digits(surface: str, *, decimal: str = ".") -> tuple[int | float, str] | None:
    """The value of one number token and a note ("" when nothing was guessed).

    ``7 500`` (groups after any space, or a repeated mark) -> 7500; ``1.234.567`` ->
    1234567; ``250 3`` and ``000\u2009500 9`` (groups copied in reverse) -> 3250 and
    9500000 with a note; ``٣٫٥`` -> 3.5; ``12,5`` -> 12.5 with a note. A single comma or
    full stop before exactly three digits ("1,250") is a thousands mark unless it is the
    text's ``decimal`` mark (see :func:`decimal_mark`); then "1,250" is 1.25. A group of
    three that starts with 0 before others ("000 12") is read reversed too. A single
    numeric character ("½") has its Unicode value. Returns None for anything else.
    """
    if decimal not in DECIMAL_MARKS:
        raise ValueError(f"decimal must be one of {DECIMAL_MARKS!r}, not {decimal!r}")
    folded = normalize(surface)
    if _REVERSED.fullmatch(folded):
        return _joined_reversed(folded), REVERSED_NOTE
    grouped = _GROUPED.fullmatch(folded)
    if grouped:
        mark = grouped.group("mark")
        if mark and mark == decimal and folded.count(mark) == 1 and grouped.group("fraction") is None:
            return _decimal(folded, mark)
        if mark is None and grouped.group("fraction") is None and folded[:1] == "0" and len(_SPACES.split(folded)[0]) == 3:
            return _joined_reversed(folded), REVERSED_NOTE
        digits, fraction = re.sub(r"\D", "", grouped.group("whole")), grouped.group("fraction")
        return as_number(float(f"{digits}.{fraction}" if fraction else digits)), ""
    if _PLAIN.fullmatch(folded):
        mark = next((m for m in DECIMAL_MARKS if m in folded), None)
        return _decimal(folded, mark) if mark else (int(folded), "")
    if len(surface) == 1 and unicodedata.numeric(surface, None) is not None:
        return as_number(unicodedata.numeric(surface)), ""
    return None


def _decimal(folded: str, mark: str) -> tuple[int | float, str]:
    whole, _, fraction = folded.partition(mark)
    return as_number(float(f"{whole}.{fraction}")), "decimal comma" if mark == "," else ""


def _joined_reversed(folded: str) -> int:
    return int("".join(reversed(_SPACES.split(folded))))


def word_value(words: list[str]) -> tuple[int | float, int] | None:
    """Read number words from the start of ``words`` (normalized, clitic-free first word).

    Returns (value, how many words were read), or None when the first word is not a
    number word. Handles compounds joined by و (``خمسة وعشرون``, ``ثلاثة آلاف وخمسمائة``),
    teens (``أحد عشر``), hundreds and scales (``أربعة آلاف``, ``مليونين``).
    """
    if words and words[0] in FRACTIONS:  # "نصف مليون": a fraction of the scale after it
        if len(words) > 1 and words[1] in SCALES and words[1] not in INDEFINITE:
            return as_number(FRACTIONS[words[0]] * SCALES[words[1]]), 2
        return None
    total = 0
    current = 0
    used = 0
    i = 0
    while i < len(words):
        word = words[i]
        if i > 0:
            if word == "و" and i + 1 < len(words) and _is_number_word(words[i + 1]):
                i += 1  # "مئتين و خمسين": the و written apart
                word = words[i]
            elif word.startswith("و") and _is_number_word(word[1:]):
                word = word[1:]
            elif not (word in SCALES or (HUNDREDS.get(word) == 100 and 3 <= current <= 9)):
                break
        if word in UNITS:
            unit = UNITS[word]
            if unit < 10 and i + 1 < len(words) and words[i + 1] in TEEN_TENS:
                current += unit + 10
                i += 1
            else:
                current += unit
        elif word in TENS:
            current += TENS[word]
        elif word in HUNDREDS:
            if HUNDREDS[word] == 100 and 3 <= current <= 9:  # "ثلاث مئة" written apart
                current *= 100
            else:
                current += HUNDREDS[word]
        elif word in SCALES and (i > 0 or word not in INDEFINITE):
            # "أربعة آلاف" multiplies; "ألف" and the duals ("ألفين") stand alone.
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            break
        i += 1
        used = i
    if used == 0:
        return None
    if used == 1 and words[0] in WEAK_UNITS:
        return None
    return total + current, used


def _is_number_word(word: str) -> bool:
    return word in UNITS or word in TENS or word in HUNDREDS or word in SCALES or word in FRACTIONS
