"""The chart typeface: Noto Sans Arabic when installed, DejaVu Sans (bundled with
matplotlib) as the fallback, registered once."""

from __future__ import annotations

import functools
import warnings

#: The chart typeface, installed from the package index (fontpkg-noto-sans-arabic).
PREFERRED_FONT = "Noto Sans Arabic"
#: Bundled with matplotlib; covers Arabic too, and any glyph the preferred face lacks.
FALLBACK_FONT = "DejaVu Sans"


@functools.lru_cache(maxsize=1)
def chart_fonts() -> tuple[str, ...]:
    """The font families charts use, best first; registers the preferred face on first use.

    Noto Sans Arabic comes from the ``fontpkg-noto-sans-arabic`` package. If it is not
    installed, charts fall back to DejaVu Sans with one warning saying how to install it;
    if no font with Arabic glyphs is found at all, the warning says that too.
    """
    from matplotlib import font_manager

    try:
        import fontpkg

        font_manager.fontManager.addfont(str(fontpkg.path(PREFERRED_FONT)))
        return (PREFERRED_FONT, FALLBACK_FONT)
    except Exception as error:  # not installed, or the package changed its API
        fallback = font_manager.findfont(FALLBACK_FONT, fallback_to_default=True)
        from matplotlib.ft2font import FT2Font

        has_arabic = FT2Font(fallback).get_char_index(0x0627) != 0  # ا
        warnings.warn(
            f"charts: the {PREFERRED_FONT} typeface is not available ({error}); using {FALLBACK_FONT}"
            + ("" if has_arabic else ", which has no Arabic glyphs here: Arabic labels will be empty boxes")
            + ". Install it with `pip install fontpkg-noto-sans-arabic`.",
            UserWarning,
            stacklevel=3,
        )
        return (FALLBACK_FONT,)


def font_file() -> str:
    """The file of the first chart font (what pixel tests draw the reference with)."""
    from matplotlib import font_manager

    return font_manager.findfont(chart_fonts()[0])


def fonts() -> list[str]:
    """The chart font families as the list matplotlib's ``fontfamily=`` takes."""
    return list(chart_fonts())
