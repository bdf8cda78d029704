"""Arabic-labelled charts that read correctly to an Arabic reader, and saving them.

Every label goes through :func:`analysis.plot.shaping.display_text` at drawing time; the
tables passed in are never modified. The charts live in :mod:`~analysis.plot.bars`
(counts, n-grams, keyness), :mod:`~analysis.plot.word_charts` (dispersion, word cloud)
and :mod:`~analysis.plot.figure_charts` (figures, time line); this module gathers them,
fixes the labels of charts drawn by hand and saves figures reproducibly.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from analysis import paths
from analysis.deprecation import deprecated_alias
from analysis.files.tables import atomic_write_bytes
from analysis.plot.bars import bar_chart, keyness_chart, ngram_chart
from analysis.plot.canvas import LABEL_CHARACTERS, MAX_BARS, elide
from analysis.plot.figure_charts import figures_chart, timeline_chart
from analysis.plot.fonts import FALLBACK_FONT, PREFERRED_FONT, chart_fonts, font_file, fonts
from analysis.plot.shaping import display_text
from analysis.plot.word_charts import dispersion_chart, word_cloud_chart

__all__ = ["bar_chart", "ngram_chart", "keyness_chart", "dispersion_chart", "word_cloud_chart", "figures_chart",
           "timeline_chart", "fix_arabic_labels", "save_figure", "elide", "LABEL_CHARACTERS", "MAX_BARS",
           "chart_fonts", "font_file", "PREFERRED_FONT", "FALLBACK_FONT", "word_cloud", "arabic_text"]

#: Fixed settings for saved files, so the same figure always gives the same bytes.
SAVE_DPI = 150
SVG_HASHSALT = "arabic-news-analysis"
_METADATA = {"png": {"Software": None}, "svg": {"Date": None}}


def fix_arabic_labels(ax: Axes) -> Axes:
    """Make every label of a chart drawn by hand read correctly: title, axis labels,
    category tick labels, legend entries, texts and annotations go through
    :func:`display_text` and the chart typeface. Safe to call twice."""
    from matplotlib.ticker import FixedFormatter

    def fix(text) -> None:
        text.set_text(display_text(text.get_text()))
        text.set_fontfamily(fonts())

    for text in (ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label, *ax.texts):
        fix(text)
    for axis in (ax.xaxis, ax.yaxis):
        formatter = axis.get_major_formatter()
        if isinstance(formatter, FixedFormatter):
            axis.set_major_formatter(FixedFormatter([display_text(str(s)) for s in formatter.seq]))
    ax.tick_params(labelfontfamily=fonts())
    legend = ax.get_legend()
    if legend is not None:
        for text in legend.get_texts():
            fix(text)
        fix(legend.get_title())
    return ax


#: Old names, kept for one release: they warn and call the new ones.
word_cloud = deprecated_alias(word_cloud_chart, "word_cloud")
arabic_text = deprecated_alias(fix_arabic_labels, "arabic_text")


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
