"""Preparing Arabic labels for matplotlib: shape them ourselves only when matplotlib can't.

matplotlib 3.11 and newer lay text out with libraqm (HarfBuzz shaping and the Unicode
bidi algorithm), so a logical-order Arabic string draws correctly as it is, and the
classic ``get_display(arabic_reshaper.reshape(s))`` recipe draws it *reversed*. Older
matplotlib draws characters one by one, left to right, and needs that recipe. The choice
is made by asking the running matplotlib how it lays out a test word, not by a constant.

Reshaped strings (presentation forms in visual order) exist only in what this module
returns, at the moment of drawing; nothing else in the package stores them.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata

from analysis.text import chars
from analysis.text.patterns import PRESENTATION_FORM

#: Environment variable that sets the default mode for a whole run (e.g. a notebook run).
MODE_VARIABLE = "ANALYSIS_TEXT_SHAPING"
MODES = ("auto", "native", "reshape")

_ARABIC = re.compile(f"[{chars.ARABIC_LETTERS}{chars.DIACRITICS}{chars.TATWEEL}]")
# A plain space between digit groups ("7 500") is a word break to the bidi algorithm, so
# in right-to-left text the groups swap places ("500 7"). A no-break space is a number
# separator and keeps them together.
_D = f"[{chars.DIGITS}]"
_SPACE_GROUPED_NUMBER = re.compile(f"(?<!{_D}){_D}{{1,3}}(?: {_D}{{3}})+(?!{_D})")

# Beh then teh: "بت". A renderer that shapes draws the initial form of beh and the final
# form of teh (glyphs other than the nominal ones) and puts beh to the right of teh.
_PROBE = "\u0628\u062a"


@functools.lru_cache(maxsize=None)
def renderer_shapes_text() -> bool:
    """True when the running matplotlib joins and orders Arabic itself (libraqm layout).

    Lays out a two-letter word with matplotlib's own text layout in DejaVu Sans and
    checks that the glyphs were substituted by contextual forms and placed right to
    left. If matplotlib's internals cannot be probed, falls back to its version (3.11+).
    """
    import matplotlib
    from matplotlib import _text_helpers, font_manager
    from matplotlib.ft2font import FT2Font

    try:
        font = FT2Font(font_manager.findfont("DejaVu Sans", fallback_to_default=True))
        font.set_size(12, 72)
        items = sorted(_text_helpers.layout(_PROBE, font), key=lambda item: item.x)
        glyphs = [getattr(item, "glyph_index", getattr(item, "glyph_idx", None)) for item in items]
        nominal = [font.get_char_index(ord(item.char)) for item in items]
        # Drawn right to left, the leftmost glyph is the word's last letter.
        right_to_left = [item.char for item in items] == list(reversed(_PROBE))
        substituted = all(glyph != plain for glyph, plain in zip(glyphs, nominal))
        return substituted and right_to_left
    except Exception:  # private API changed: trust the documented version boundary
        major, minor = (int(part) for part in matplotlib.__version__.split(".")[:2])
        return (major, minor) >= (3, 11)


def resolve_mode(mode: str | None = None) -> str:
    """The shaping mode to use: ``native`` or ``reshape``.

    ``mode`` overrides everything; otherwise the ``ANALYSIS_TEXT_SHAPING`` environment
    variable; otherwise ``auto``, which asks the running matplotlib.
    """
    chosen = mode if mode is not None else os.environ.get(MODE_VARIABLE, "auto")
    if chosen not in MODES:
        source = "mode" if mode is not None else f"the {MODE_VARIABLE} environment variable"
        raise ValueError(f"display_text: {source} is {chosen!r}; allowed values are {MODES}")
    if chosen == "auto":
        return "native" if renderer_shapes_text() else "reshape"
    return chosen


RLM = "\u200f"  # right-to-left mark


def _first_strong_is_ltr(s: str) -> bool:
    for char in s:
        direction = unicodedata.bidirectional(char)
        if direction in {"R", "AL"}:
            return False
        if direction == "L":
            return True
    return False


def to_arabic_indic(s: str) -> str:
    """ASCII digits written as Arabic-Indic digits: ``2016`` -> ``٢٠١٦`` (for tick labels)."""
    return s.translate(_TO_ARABIC_INDIC)


_TO_ARABIC_INDIC = str.maketrans(chars.ASCII_DIGITS, chars.ARABIC_INDIC_DIGITS)


def display_text(s: str, mode: str | None = None) -> str:
    """What to hand to matplotlib so that an Arabic reader sees ``s`` correctly.

    On a renderer that shapes text itself (matplotlib 3.11+) that is ``s`` unchanged; on
    an older one it is ``s`` reshaped into joined letter forms and reordered visually.
    ``mode`` (``"auto"``, ``"native"``, ``"reshape"``) overrides the choice. A label that
    starts with Latin letters still reads right to left ("INTERPOL الإنتربول" puts
    INTERPOL on the right), as it would in an Arabic sentence. Digit groups
    separated by a plain space ("7 500") are joined by a no-break space, so they do not
    swap places in right-to-left text. Text that is already reshaped is returned
    unchanged.
    """
    if not isinstance(s, str):
        s = str(s)
    if PRESENTATION_FORM.search(s):
        return s
    s = _SPACE_GROUPED_NUMBER.sub(lambda m: m.group().replace(" ", "\u00a0"), s)
    if not _ARABIC.search(s):
        return s
    if resolve_mode(mode) == "native":
        # An Arabic label is a right-to-left paragraph even when it starts with Latin
        # ("INTERPOL الإنتربول"): a leading right-to-left mark says so to the layout.
        return RLM + s if _first_strong_is_ltr(s) else s
    from bidi import get_display

    return get_display(_reshaper().reshape(s), base_dir="R")


@functools.lru_cache(maxsize=1)
def _reshaper():
    """arabic_reshaper, keeping the harakat: matplotlib < 3.11 draws a shadda or a
    damma over its letter (the font gives the mark no advance), and dropping them
    would change the word (the reshaper's default)."""
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


@functools.lru_cache(maxsize=None)
def pillow_shapes_text() -> bool:
    """True when Pillow lays text out with raqm (HarfBuzz + FriBidi), as its wheels do."""
    from PIL import features

    return bool(features.check("raqm"))


def pillow_text(s: str) -> str:
    """What to hand to Pillow (and so to ``wordcloud``) so that ``s`` draws correctly:
    ``s`` itself when Pillow has raqm, else ``s`` reshaped and reordered."""
    if pillow_shapes_text():
        return s
    return display_text(s, mode="reshape")
