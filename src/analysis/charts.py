"""Arabic-labelled charts that read correctly to an Arabic reader, and saving them.

Every label goes through :func:`analysis.shaping.display_text` at drawing time; the
tables passed in are never modified.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from analysis import paths
from analysis.shaping import display_text
from analysis.writing import atomic_write_bytes

#: A typeface with Arabic glyphs that ships with matplotlib.
FONT_FAMILY = "DejaVu Sans"

#: Fixed settings for saved files, so the same figure always gives the same bytes.
SAVE_DPI = 150
SVG_HASHSALT = "arabic-news-analysis"
_METADATA = {"png": {"Software": None}, "svg": {"Date": None}}


def bar_chart(
    counts: pd.DataFrame,
    top: int = 20,
    *,
    label: str = "word",
    value: str = "n",
    title: str | None = None,
    xlabel: str = "عدد المرات",
    rtl: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """Horizontal bar chart of the first ``top`` rows of ``counts``; returns the Axes.

    Rows are drawn in table order, the first at the top. With ``rtl`` (the default) the
    chart reads right to left, as Arabic does: labels on the right, bars growing
    leftwards. An empty table draws an empty chart with a note.
    """
    for column in (label, value):
        if column not in counts.columns:
            raise ValueError(f"bar_chart: no column {column!r} in the table; it has {list(counts.columns)}")
    shown = counts.head(top)
    if ax is None:
        ax = _new_axes(max(2.5, 0.32 * len(shown) + 1.2))
    positions = range(len(shown))
    ax.barh(positions, shown[value], color="#4c72b0")
    ax.set_yticks(list(positions), [display_text(str(s)) for s in shown[label]], fontfamily=FONT_FAMILY)
    ax.invert_yaxis()  # first row at the top
    ax.set_xlabel(display_text(xlabel), fontfamily=FONT_FAMILY)
    if title:
        ax.set_title(display_text(title), fontfamily=FONT_FAMILY, loc="right" if rtl else "left")
    if shown.empty:
        ax.text(0.5, 0.5, display_text("لا توجد بيانات"), transform=ax.transAxes,
                ha="center", va="center", fontfamily=FONT_FAMILY)
    if rtl:
        ax.invert_xaxis()  # bars grow leftwards from the labels on the right
        ax.yaxis.tick_right()
    ax.spines[["left" if rtl else "right", "top"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return ax


def _new_axes(height: float) -> Axes:
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=(6.4, height), layout="constrained")
    return ax


def dispersion_chart(
    dispersion: pd.DataFrame,
    *,
    title: str | None = None,
    xlabel: str = "الموضع في النص",
    rtl: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """A "barcode" of where each word falls in the text, one row per word.

    ``dispersion`` is the table :func:`analysis.wordstats.dispersion` returns (``word``,
    ``position`` from 0 to 1). With ``rtl`` the text runs from the right edge (its
    beginning) to the left (its end), as an Arabic reader reads it.
    """
    for column in ("word", "position"):
        if column not in dispersion.columns:
            raise ValueError(f"dispersion_chart: no column {column!r} in the table; it has {list(dispersion.columns)}")
    words = list(dict.fromkeys(dispersion["word"]))
    if ax is None:
        ax = _new_axes(max(2.0, 0.45 * len(words) + 1.2))
    for row, word in enumerate(words):
        positions = dispersion.loc[dispersion["word"] == word, "position"]
        ax.vlines(positions, row - 0.38, row + 0.38, color="#4c72b0", linewidth=1.6)
    ax.set_yticks(range(len(words)), [display_text(w) for w in words], fontfamily=FONT_FAMILY)
    ax.set_ylim(len(words) - 0.5, -0.5)  # first word at the top
    ax.set_xlim((1.01, -0.01) if rtl else (-0.01, 1.01))  # room for a mark at either end
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel(display_text(xlabel), fontfamily=FONT_FAMILY)
    if title:
        ax.set_title(display_text(title), fontfamily=FONT_FAMILY, loc="right" if rtl else "left")
    if not words:
        ax.text(0.5, 0.5, display_text("لا توجد بيانات"), transform=ax.transAxes,
                ha="center", va="center", fontfamily=FONT_FAMILY)
    if rtl:
        ax.yaxis.tick_right()
    ax.spines[["left", "right", "top"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return ax


def save_figure(figure: Figure, name: str, directory: str | Path | None = None) -> list[Path]:
    """Save ``figure`` as ``name.png`` and ``name.svg`` in ``directory`` (default ``figures/``).

    Each file is rendered in memory with fixed metadata (no software version, no date,
    a fixed SVG id salt) and then written atomically, so the same figure gives the same
    bytes and an interrupted save never leaves half a file. Returns the paths written.
    """
    directory = Path(directory) if directory is not None else paths.FIGURES
    written = []
    for fmt in ("png", "svg"):
        buffer = io.BytesIO()
        with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT}):
            figure.savefig(buffer, format=fmt, dpi=SAVE_DPI, metadata=_METADATA[fmt])
        written.append(atomic_write_bytes(directory / f"{name}.{fmt}", buffer.getvalue()))
    return written
