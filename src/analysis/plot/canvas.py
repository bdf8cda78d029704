"""What every chart shares: a new Axes, an honest empty chart, label columns and
elision, and value axes whose tick labels stay short enough not to collide."""

from __future__ import annotations

import math

import pandas as pd
from matplotlib.axes import Axes

from analysis.plot.fonts import fonts
from analysis.plot.shaping import display_text, to_arabic_indic
from analysis.stats.counting import require_columns

#: Labels longer than this many characters are cut with an ellipsis (at their logical end).
LABEL_CHARACTERS = 48
#: The most bars a chart draws; longer tables are cut, with a note saying so.
MAX_BARS = 40
#: Width of a new chart, in inches.
WIDTH = 6.4
#: Values at or above these are written in billions or millions, named in the axis label.
_SCALES = ((1e9, "بالمليارات"), (1e6, "بالملايين"))
_SUPERSCRIPTS = str.maketrans("0123456789-", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207b")


def new_axes(height: float) -> Axes:
    """A new figure of the chart width and ``height`` inches, with constrained layout."""
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=(WIDTH, height), layout="constrained")
    return ax


def empty_chart(ax: Axes, message: str, title: str | None = None, rtl: bool = True) -> Axes:
    """Turn ``ax`` into an honest empty chart: no axes, ticks or spines (nothing to
    measure), the ``message`` saying why in the middle, and the title if any."""
    ax.clear()
    ax.set_axis_off()
    ax.text(0.5, 0.5, display_text(message), transform=ax.transAxes, ha="center", va="center",
            fontfamily=fonts(), fontsize=11, color="#555555")
    if title:
        ax.set_title(display_text(title), fontfamily=fonts(), loc="right" if rtl else "left")
    return ax


def elide(label: str, limit: int = LABEL_CHARACTERS) -> str:
    """``label`` cut to ``limit`` characters at a word boundary, ending in "…"."""
    if len(label) <= limit:
        return label
    cut = label[: limit - 1]
    if label[limit - 1] != " ":  # the last word was cut in the middle: leave it out
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "\u2026"


def label_column(table: pd.DataFrame, label: str | None, key: str, function: str) -> str:
    """The column to label with: ``label`` if given, else ``spelling`` (what a reader
    writes) when the table has one, else the key column."""
    chosen = label if label is not None else "spelling" if "spelling" in table.columns else key
    require_columns(table, [chosen], function, "table")
    return chosen


def capped(table: pd.DataFrame, top: int | None, function: str) -> tuple[pd.DataFrame, str | None]:
    """The first ``top`` rows (at most :data:`MAX_BARS`), and a note when rows were cut
    beyond what was asked for."""
    if top is not None and (not isinstance(top, int) or isinstance(top, bool) or top < 1):
        raise ValueError(f"{function}(top={top!r}): top must be a whole number >= 1")
    wanted = len(table) if top is None else top
    if wanted <= MAX_BARS or len(table) <= MAX_BARS:
        return table.head(wanted), None
    return table.head(MAX_BARS), f"تعرض أول {MAX_BARS} من {len(table)} صفا"


def format_number(value: float, arabic_digits: bool = False) -> str:
    """A tick value: whole numbers grouped (1,000), others with at most two decimals;
    Arabic-Indic digits (٠١٢, grouped with ٬) when asked."""
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return to_arabic_indic(text).replace(",", "\u066c") if arabic_digits else text


def value_axis(ax: Axes, values, *, log: bool, arabic_digits: bool, xlabel: str, axis: str = "x",
               magnitude: bool = False) -> str:
    """Set the locator and formatter of the value axis; return the axis label to use.

    Linear: at most six ticks; values of a million or more are written in millions or
    billions and the label says so. Log: one tick per decade (thinned by matplotlib when
    many), written ``10⁵`` from ten thousand up, so eight decades fit side by side.
    ``magnitude`` writes negative ticks without their sign (the two sides of a
    diverging chart).
    """
    import matplotlib.ticker as ticker

    target = ax.xaxis if axis == "x" else ax.yaxis
    numbers = [float(v) for v in values]
    if log:
        target.set_major_locator(ticker.LogLocator(base=10))
        target.set_major_formatter(ticker.FuncFormatter(lambda v, _: _decade(v, arabic_digits)))
        target.set_minor_formatter(ticker.NullFormatter())
        return xlabel
    largest = max((abs(v) for v in numbers), default=0.0)
    scale, unit = next(((s, u) for s, u in _SCALES if largest >= s), (1.0, ""))
    whole = scale == 1 and numbers and all(v.is_integer() for v in numbers)
    target.set_major_locator(ticker.MaxNLocator(nbins=5, integer=bool(whole)))
    target.set_major_formatter(ticker.FuncFormatter(lambda v, _: format_number((abs(v) if magnitude else v) / scale, arabic_digits)))
    target.set_minor_formatter(ticker.NullFormatter())
    return f"{xlabel} ({unit})" if unit else xlabel


def _decade(value: float, arabic_digits: bool) -> str:
    if value < 1e4:
        return format_number(value, arabic_digits)
    return "10" + str(round(math.log10(value))).translate(_SUPERSCRIPTS)


def style_labels(ax: Axes, *, title: str | None, xlabel: str | None, rtl: bool, note: str | None = None) -> None:
    """Title (on the reading side) and value-axis label, through :func:`display_text`;
    a ``note`` (what was left out) goes on a line of its own under the axis label."""
    lines = [line for line in (xlabel, note) if line]
    if lines:
        ax.set_xlabel("\n".join(display_text(line) for line in lines), fontfamily=fonts())
    if title:
        ax.set_title(display_text(title), fontfamily=fonts(), loc="right" if rtl else "left")
    ax.tick_params(axis="x", labelfontfamily=fonts())
