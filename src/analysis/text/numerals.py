"""Reading the value of numbers as Arabic news writes them: digits of three systems with
any thousands separator, decimal commas, reversed digit groups, number words with
clitics and construct forms, and scale words (ألف آلاف مليون ملايين مليار ...).

Word tables are keyed by the normalized form (:func:`analysis.normalize`: hamza on
alef folded, diacritics dropped), so ``أربعة`` and ``اربعة`` are one entry.
"""

from __future__ import annotations

import re

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

_DIGIT = f"[{chars.DIGITS}]"
_GROUPED = re.compile(
    f"^({_DIGIT}{{1,3}})(?:([{re.escape(chars.THOUSANDS_SEPARATORS)}]){_DIGIT}{{3}})+"
    f"(?:[.\u066b]{_DIGIT}+)?$"
)
_DECIMAL = re.compile(f"^{_DIGIT}+(?:[{re.escape(chars.DECIMAL_SEPARATORS)}]{_DIGIT}+)?$")


def as_number(value: float) -> int | float:
    """An integer when the value is whole, else the float."""
    return int(value) if float(value).is_integer() else float(value)


def digits_value(surface: str) -> tuple[int | float, str] | None:
    """The value of one digit token and a note ("" when nothing was guessed).

    ``7 500`` (any thousands separator) -> 7500; ``1,3`` -> 1.3 with a note (a comma
    before fewer or more than three digits is a decimal comma); ``٣٫٥`` -> 3.5.
    Returns None for anything else.
    """
    folded = normalize(surface)
    if _GROUPED.match(folded):
        whole, _, fraction = re.sub(r"[^\d.\u066b]", "", folded).replace("\u066b", ".").partition(".")
        return as_number(float(f"{whole}.{fraction}" if fraction else whole)), ""
    if _DECIMAL.match(folded):
        if "," in folded:
            return as_number(float(folded.replace(",", "."))), "decimal comma"
        return as_number(float(folded.replace("\u066b", "."))), ""
    return None


def reversed_groups_value(groups: list[str]) -> int | None:
    """The value of digit groups copied in right-to-left order ("000 9" for 9 000).

    Unambiguous only when the first group is three digits starting with 0 (no number
    is written so) and the last group has one to three digits.
    """
    folded = [normalize(g) for g in groups]
    if len(folded) < 2 or not all(g.isdigit() for g in folded):
        return None
    if len(folded[0]) != 3 or not folded[0].startswith("0") or not 1 <= len(folded[-1]) <= 3:
        return None
    if any(len(g) != 3 for g in folded[:-1]):
        return None
    return int("".join(reversed(folded)))


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
