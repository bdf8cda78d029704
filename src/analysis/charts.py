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
        import matplotlib.pyplot as plt

        height = max(2.5, 0.32 * len(shown) + 1.2)
        _, ax = plt.subplots(figsize=(6.4, height), layout="constrained")
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
