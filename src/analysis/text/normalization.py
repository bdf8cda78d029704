"""Folding Arabic text for counting: one small function per step, composed by ``normalize``.

Each step maps single characters (``str.translate``), built from the tables in
:mod:`analysis.text.chars`, so every step is idempotent and cheap. ``normalize`` composes
the chosen steps into one translation table, built once per combination of options.

Steps and whether ``normalize`` applies them by default:

=====================  =======  ==========================================================
option                 default  what it does
=====================  =======  ==========================================================
``presentation_forms``  yes     ﻻ ﺍ ﻟ ... (display glyphs) -> the letters they stand for
``controls``            yes     drop zero-width and bidi control characters
``diacritics``          yes     drop harakat, shadda, sukun, dagger alef: تحفّز -> تحفز
``tatweel``             yes     drop the tatweel stretch: الـعـالـم -> العالم
``alef``                yes     أ إ آ ٱ -> ا
``digits``              yes     ٠-٩ and ۰-۹ -> 0-9
``alef_maqsura``        no      ى -> ي (merges على "on" with علي "Ali")
``teh_marbuta``         no      ة -> ه (merges the feminine ending with the pronoun)
``hamza``               no      ؤ -> و, ئ -> ي
=====================  =======  ==========================================================

The last three are off by default because they merge words that well-edited news
keeps apart; turn them on for noisy text (social media, OCR).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable

from analysis.text import chars


def _presentation_form_table() -> dict[int, str]:
    """Each presentation form -> its NFKC letters, without the space NFKC puts before
    the isolated harakat forms (so a folded mark stays on its letter)."""
    table = {}
    for char in chars.PRESENTATION_FORMS_A + chars.PRESENTATION_FORMS_B:
        folded = unicodedata.normalize("NFKC", char)
        if folded != char:
            table[ord(char)] = folded.lstrip(" ") if folded.strip(" ") else folded
    return table


_TABLES = {
    "presentation_forms": _presentation_form_table(),
    "controls": str.maketrans("", "", chars.INVISIBLE_CONTROLS),
    "diacritics": str.maketrans("", "", chars.DIACRITICS),
    "tatweel": str.maketrans("", "", chars.TATWEEL),
    "alef": str.maketrans({variant: chars.ALEF for variant in chars.ALEF_VARIANTS}),
    "digits": str.maketrans(chars.ARABIC_INDIC_DIGITS + chars.EXTENDED_DIGITS, chars.ASCII_DIGITS * 2),
    "alef_maqsura": str.maketrans(chars.ALEF_MAQSURA, chars.YEH),
    "teh_marbuta": str.maketrans(chars.TEH_MARBUTA, chars.HEH),
    "hamza": str.maketrans({chars.WAW_HAMZA: chars.WAW, chars.YEH_HAMZA: chars.YEH}),
}

#: Every step in the order ``normalize`` applies them; presentation forms come first
#: because folding them yields letters and marks the later steps act on.
STEPS = tuple(_TABLES)
#: The steps ``normalize`` applies when called with no options.
DEFAULT_OPTIONS = {step: step not in {"alef_maqsura", "teh_marbuta", "hamza"} for step in STEPS}


def fold_presentation_forms(text: str) -> str:
    """Turn display glyphs back into letters: ``ﺍﻹﻧﺘﺮﺑﻮﻝ`` (reshaped) -> ``الإنتربول``."""
    return text.translate(_TABLES["presentation_forms"])


def strip_controls(text: str) -> str:
    """Remove zero-width characters (U+200B-U+200D, U+FEFF) and bidi marks, embeddings and isolates."""
    return text.translate(_TABLES["controls"])


def strip_diacritics(text: str) -> str:
    """Remove harakat, shadda, sukun and the dagger alef: ``تحفّز`` -> ``تحفز``."""
    return text.translate(_TABLES["diacritics"])


def strip_tatweel(text: str) -> str:
    """Remove the tatweel stretch: ``الـعـالـم`` -> ``العالم``."""
    return text.translate(_TABLES["tatweel"])


def fold_alef(text: str) -> str:
    """Fold أ إ آ ٱ to bare alef ا: ``الإنتربول`` -> ``الانتربول``."""
    return text.translate(_TABLES["alef"])


def fold_digits(text: str) -> str:
    """Turn Arabic-Indic and extended digits into ASCII digits: ``٢٠١٦`` -> ``2016``."""
    return text.translate(_TABLES["digits"])


def fold_alef_maqsura(text: str) -> str:
    """Write alef maqsura as yeh: ``مستوى`` -> ``مستوي``."""
    return text.translate(_TABLES["alef_maqsura"])


def fold_teh_marbuta(text: str) -> str:
    """Write teh marbuta as heh: ``الدولة`` -> ``الدوله``."""
    return text.translate(_TABLES["teh_marbuta"])


def fold_hamza(text: str) -> str:
    """Drop the hamza carried by waw and yeh: ``مؤتمر`` -> ``موتمر``, ``رئيس`` -> ``رييس``."""
    return text.translate(_TABLES["hamza"])


@functools.lru_cache(maxsize=64)
def _composed_table(options: tuple[tuple[str, bool], ...]) -> dict[int, str]:
    """One translation table doing the chosen steps in order, for a single pass."""
    chosen = [_TABLES[step] for step, on in options if on]
    table = {}
    for code in set().union(*chosen):
        result = chr(code)
        for step in chosen:
            result = result.translate(step)
        table[code] = result
    return table


def resolve_options(**options: bool) -> tuple[tuple[str, bool], ...]:
    """The full set of step switches: defaults overridden by ``options``."""
    unknown = set(options) - set(STEPS)
    if unknown:
        raise ValueError(f"normalize: unknown option(s) {sorted(unknown)}; allowed options are {list(STEPS)}")
    return tuple((step, bool(options.get(step, DEFAULT_OPTIONS[step]))) for step in STEPS)


def normalize(text: str, **options: bool) -> str:
    """Fold ``text`` the way an Arabic reader counts words.

    By default: presentation forms back to letters, invisible controls, diacritics and
    tatweel removed, alef variants folded to ا, Arabic-Indic and extended digits to 0-9.
    Keyword switches turn any step on or off, e.g. ``normalize(s, teh_marbuta=True)`` or
    ``normalize(s, digits=False)`` (see the module docstring for the list).
    Idempotent: ``normalize(normalize(s)) == normalize(s)`` for the same options.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}")
    if not options:
        return text.translate(_DEFAULT_TABLE)
    return text.translate(_composed_table(resolve_options(**options)))


_DEFAULT_TABLE = _composed_table(resolve_options())


def folding_table(**options: bool) -> dict[str, str]:
    """What ``normalize`` with ``options`` does, one character at a time: each character it
    changes and what it becomes (``""`` when dropped). For engines that replace characters
    themselves (polars' ``str.replace_many``) and must fold exactly like ``normalize``."""
    table = _composed_table(resolve_options(**options))
    return {chr(code): result for code, result in table.items() if result != chr(code)}


def normalizer(**options: bool) -> Callable[[str], str]:
    """``normalize`` with fixed ``options``, as a one-argument function.

    The options are checked and their table built here, once: a caller that folds
    millions of words the same way (the stemmer, the corpus counter) does not pay for
    them on every call. ``normalizer(alef=False)(s) == normalize(s, alef=False)``.
    """
    table = _composed_table(resolve_options(**options))

    def fold(text: str) -> str:
        return text.translate(table)

    return fold
