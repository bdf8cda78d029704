"""Folding Arabic text for counting: one small function per step, composed by ``normalize``.

Each step is a ``str.translate`` table built from :mod:`analysis.chars`, so every step
is idempotent and maps one character to at most one character.
"""

from __future__ import annotations

from analysis import chars

_STRIP_DIACRITICS = str.maketrans("", "", chars.DIACRITICS)
_STRIP_TATWEEL = str.maketrans("", "", chars.TATWEEL)
_FOLD_ALEF = str.maketrans({variant: chars.ALEF for variant in chars.ALEF_VARIANTS})
_FOLD_DIGITS = str.maketrans(
    chars.ARABIC_INDIC_DIGITS + chars.EXTENDED_DIGITS, chars.ASCII_DIGITS * 2
)


def strip_diacritics(text: str) -> str:
    """Remove harakat, shadda, sukun and the dagger alef: ``تحفّز`` -> ``تحفز``."""
    return text.translate(_STRIP_DIACRITICS)


def strip_tatweel(text: str) -> str:
    """Remove the tatweel stretch: ``الـعـالـم`` -> ``العالم``."""
    return text.translate(_STRIP_TATWEEL)


def fold_alef(text: str) -> str:
    """Fold أ إ آ ٱ to bare alef ا: ``الإنتربول`` -> ``الانتربول``."""
    return text.translate(_FOLD_ALEF)


def fold_digits(text: str) -> str:
    """Turn Arabic-Indic and extended digits into ASCII digits: ``٢٠١٦`` -> ``2016``."""
    return text.translate(_FOLD_DIGITS)


# The default folding for counting, applied in this order.
DEFAULT_STEPS = (strip_diacritics, strip_tatweel, fold_alef, fold_digits)


def normalize(text: str) -> str:
    """Fold ``text`` the way an Arabic reader counts words.

    Removes diacritics and tatweel, folds alef variants to ا and Arabic-Indic digits to
    0-9. Idempotent: ``normalize(normalize(s)) == normalize(s)``.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}")
    for step in DEFAULT_STEPS:
        text = step(text)
    return text
