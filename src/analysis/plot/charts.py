"""Arabic-labelled charts that read correctly to an Arabic reader, and saving them.

Every label goes through :func:`analysis.plot.shaping.display_text` at drawing time; the
tables passed in are never modified.
"""

from __future__ import annotations

import functools
import io
import warnings
from pathlib import Path

import matplotlib
import matplotlib.ticker
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from analysis import paths
from analysis.plot.shaping import display_text, to_arabic_indic
from analysis.files.tables import atomic_write_bytes

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


def _fonts() -> list[str]:
    return list(chart_fonts())


def _digit_formatter(arabic_digits: bool):
    """Tick labels with ASCII or Arabic-Indic digits (thousands grouped with ٬ or ,)."""
    from matplotlib.ticker import FuncFormatter

    def format_value(value: float, _position: int) -> str:
        text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
        return to_arabic_indic(text).replace(",", "\u066c") if arabic_digits else text

    return FuncFormatter(format_value)

#: Fixed settings for saved files, so the same figure always gives the same bytes.
SAVE_DPI = 150
SVG_HASHSALT = "arabic-news-analysis"
_METADATA = {"png": {"Software": None}, "svg": {"Date": None}}


#: Labels longer than this many characters are cut with an ellipsis (at their logical end).
LABEL_CHARACTERS = 48


def elide(label: str, limit: int = LABEL_CHARACTERS) -> str:
    """``label`` cut to ``limit`` characters at a word boundary, ending in "…"."""
    if len(label) <= limit:
        return label
    cut = label[: limit - 1].rsplit(" ", 1)[0]
    return cut + "\u2026"


def bar_chart(
    counts: pd.DataFrame,
    top: int = 20,
    *,
    label: str = "word",
    value: str = "n",
    title: str | None = None,
    xlabel: str = "عدد المرات",
    rtl: bool = True,
    log: bool = False,
    arabic_digits: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """Horizontal bar chart of the first ``top`` rows of ``counts``; returns the Axes.

    Rows are drawn in table order, the first at the top. With ``rtl`` (the default) the
    chart reads right to left, as Arabic does: labels on the right, bars growing
    leftwards. ``log`` puts the values on a logarithmic scale (bars start at 1);
    ``arabic_digits`` writes the value ticks in Arabic-Indic digits (٠١٢...). Labels
    longer than :data:`LABEL_CHARACTERS` are elided. An empty table draws an empty
    chart with a note.
    """
    for column in (label, value):
        if column not in counts.columns:
            raise ValueError(f"bar_chart: no column {column!r} in the table; it has {list(counts.columns)}")
    shown = counts.head(top)
    if ax is None:
        ax = _new_axes(max(2.5, 0.32 * len(shown) + 1.2))
    positions = range(len(shown))
    if log:
        ax.set_xscale("log")
        ax.barh(positions, shown[value] - 1, left=1, color="#4c72b0")
        if len(shown):
            ax.set_xlim(0.8, float(shown[value].max()) * 2)
    else:
        ax.barh(positions, shown[value], color="#4c72b0")
    ax.set_yticks(list(positions), [display_text(elide(str(s))) for s in shown[label]], fontfamily=_fonts())
    ax.invert_yaxis()  # first row at the top
    ax.set_xlabel(display_text(xlabel), fontfamily=_fonts())
    if title:
        ax.set_title(display_text(title), fontfamily=_fonts(), loc="right" if rtl else "left")
    if shown.empty:
        ax.text(0.5, 0.5, display_text("لا توجد بيانات"), transform=ax.transAxes,
                ha="center", va="center", fontfamily=_fonts())
    if not log and len(shown) and all(float(v).is_integer() for v in shown[value]):
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))  # counts: no "2.5"
    ax.xaxis.set_major_formatter(_digit_formatter(arabic_digits))
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    ax.tick_params(axis="x", labelfontfamily=_fonts())
    if rtl:
        ax.invert_xaxis()  # bars grow leftwards from the labels on the right
        ax.yaxis.tick_right()
    ax.spines[["left" if rtl else "right", "top"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return ax


def ngram_chart(ngrams: pd.DataFrame, top: int = 15, *, title: str | None = None, rtl: bool = True,
                ax: Axes | None = None) -> Axes:
    """The most frequent n-grams (the table :func:`analysis.ngrams` returns) as bars."""
    return bar_chart(ngrams, top, label="ngram", value="n", title=title, rtl=rtl, ax=ax)


def word_cloud(counts: pd.DataFrame, top: int = 100, *, label: str = "word", value: str = "n",
               width: int = 900, height: int = 450, seed: int = 0, ax: Axes | None = None) -> Axes:
    """A word cloud of the first ``top`` rows of ``counts``, drawn by the ``wordcloud``
    package in the chart typeface; returns the Axes showing it.

    wordcloud draws with Pillow, which shapes Arabic itself when it has raqm: the words
    go in as they are stored (see :func:`analysis.plot.shaping.pillow_text`). All words are
    horizontal and the layout is fixed by ``seed``, so the same table gives the same
    image.
    """
    from wordcloud import WordCloud

    from analysis.plot.shaping import pillow_text

    for column in (label, value):
        if column not in counts.columns:
            raise ValueError(f"word_cloud: no column {column!r} in the table; it has {list(counts.columns)}")
    shown = counts.head(top)
    if ax is None:
        ax = _new_axes(height / width * 6.4 + 0.3)
    ax.set_axis_off()
    frequencies = {pillow_text(str(w)): float(n) for w, n in zip(shown[label], shown[value]) if n > 0}
    if not frequencies:
        ax.text(0.5, 0.5, display_text("لا توجد بيانات"), transform=ax.transAxes, ha="center", va="center",
                fontfamily=_fonts())
        return ax
    cloud = WordCloud(font_path=font_file(), width=width, height=height, background_color="white",
                      prefer_horizontal=1.0, random_state=seed, colormap="viridis", collocations=False,
                      include_numbers=True, min_font_size=8, max_font_size=height // 3)
    ax.imshow(cloud.generate_from_frequencies(frequencies).to_array(), interpolation="bilinear")
    return ax


def arabic_text(ax: Axes) -> Axes:
    """Make every label of a chart drawn by hand read correctly: title, axis labels,
    category tick labels, legend entries, texts and annotations go through
    :func:`display_text` and the chart typeface. Safe to call twice."""
    from matplotlib.ticker import FixedFormatter

    def fix(text) -> None:
        text.set_text(display_text(text.get_text()))
        text.set_fontfamily(_fonts())

    for text in (ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label, *ax.texts):
        fix(text)
    for axis in (ax.xaxis, ax.yaxis):
        formatter = axis.get_major_formatter()
        if isinstance(formatter, FixedFormatter):
            axis.set_major_formatter(FixedFormatter([display_text(str(s)) for s in formatter.seq]))
    ax.tick_params(labelfontfamily=_fonts())
    legend = ax.get_legend()
    if legend is not None:
        for text in legend.get_texts():
            fix(text)
        fix(legend.get_title())
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

    ``dispersion`` is the table :func:`analysis.stats.wordstats.dispersion` returns (``word``,
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
    ax.set_yticks(range(len(words)), [display_text(w) for w in words], fontfamily=_fonts())
    ax.set_ylim(len(words) - 0.5, -0.5)  # first word at the top
    ax.set_xlim((1.01, -0.01) if rtl else (-0.01, 1.01))  # room for a mark at either end
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1], ["0%", "25%", "50%", "75%", "100%"])
    ax.tick_params(axis="x", labelfontfamily=_fonts())
    ax.set_xlabel(display_text(xlabel), fontfamily=_fonts())
    if title:
        ax.set_title(display_text(title), fontfamily=_fonts(), loc="right" if rtl else "left")
    if not words:
        ax.text(0.5, 0.5, display_text("لا توجد بيانات"), transform=ax.transAxes,
                ha="center", va="center", fontfamily=_fonts())
    if rtl:
        ax.yaxis.tick_right()
    ax.spines[["left", "right", "top"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return ax


def figures_chart(
    figures: pd.DataFrame,
    *,
    kinds: tuple[str, ...] = ("count",),
    title: str | None = None,
    rtl: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """The figures an article quotes, one bar each on a log scale, labelled with the
    phrase as written ("أكثر من 7 500 من المقاتلين ..."); ``figures`` is the table
    :func:`analysis.quoted_figures` returns. Rows without a number (``آلاف``) are left out."""
    from analysis.extract.figures import figure_labels

    table = figure_labels(figures, kinds)
    return bar_chart(table, len(table), label="label", value="value", title=title,
                     xlabel="العدد (مقياس لوغاريتمي)", rtl=rtl, log=True, ax=ax)


def timeline_chart(
    events: pd.DataFrame,
    *,
    title: str | None = None,
    rtl: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """Dated events on a time line, each labelled with its event and its date as
    written; ``events`` is the table :func:`analysis.dated_events` returns. With
    ``rtl`` time runs from right (earliest) to left, as the text does."""
    import textwrap

    import matplotlib.dates as mdates

    for column in ("date", "event", "surface"):
        if column not in events.columns:
            raise ValueError(f"timeline_chart: no column {column!r} in the table; it has {list(events.columns)}")
    if ax is None:
        ax = _new_axes(2.8)
    dates = pd.to_datetime([d if len(d) > 7 else f"{d}-01" for d in events["date"]])
    ax.axhline(0, color="#888888", linewidth=1, zorder=1)
    ax.scatter(dates, [0] * len(dates), s=40, color="#4c72b0", zorder=2)
    for n, (when, event, surface) in enumerate(zip(dates, events["event"], events["surface"])):
        side = 1 if n % 2 == 0 else -1
        lines = [display_text(line) for line in textwrap.wrap(event, 22)] + [display_text(surface)]
        ax.annotate("\n".join(lines), (when, 0), xytext=(0, 14 * side), textcoords="offset points",
                    ha="center", va="bottom" if side > 0 else "top", fontsize=8.5, fontfamily=_fonts())
    if len(dates):
        span = max((dates.max() - dates.min()), pd.Timedelta(days=60))
        low, high = dates.min() - span * 0.25, dates.max() + span * 0.25
        ax.set_xlim((high, low) if rtl else (low, high))
        months = max(1, round(span.days / 30.4 * 1.5 / 6))  # about six ticks
        ax.xaxis.set_major_locator(mdates.MonthLocator(interval=months) if months < 12
                                   else mdates.YearLocator(max(1, months // 12)))
    else:
        ax.text(0.5, 0.5, display_text("لا توجد بيانات"), transform=ax.transAxes, ha="center", va="center",
                fontfamily=_fonts())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.spines[["left", "right", "top"]].set_visible(False)
    if title:
        ax.set_title(display_text(title), fontfamily=_fonts(), loc="right" if rtl else "left")
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
