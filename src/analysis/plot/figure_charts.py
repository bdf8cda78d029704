"""Charts of what an article quotes: its figures on a log scale, its dated events on a
time line."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.axes import Axes

from analysis.plot.bars import bar_chart
from analysis.plot.canvas import empty_chart, new_axes, style_labels
from analysis.plot.fonts import fonts
from analysis.plot.shaping import display_text
from analysis.stats.counting import require_columns


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
    :func:`analysis.quoted_figures` returns. Only ``label``, ``value`` and ``kind`` of
    :func:`analysis.figure_labels` are read; rows without a number (``آلاف``) are left
    out. Values over many decades keep short ticks (``10⁶``)."""
    from analysis.extract.figures import figure_labels

    require_columns(figures, ["kind", "value"], "figures_chart", "figures table")
    if figures["kind"].isin(kinds).any():
        table = figure_labels(figures, kinds)
    else:  # nothing of these kinds: an empty chart rather than an empty selection
        table = pd.DataFrame({"label": pd.Series(dtype="str"), "value": pd.Series(dtype="float64")})
    table = table[pd.to_numeric(table["value"], errors="coerce").notna()]  # NaN: a figure with no number
    return bar_chart(table[["label", "value"]], top=None, label="label", value="value", title=title,
                     xlabel="العدد (مقياس لوغاريتمي)", rtl=rtl, log=True, ax=ax,
                     empty_message="لا توجد أرقام لعرضها في النص")


def _event_dates(values) -> pd.DatetimeIndex:
    """ISO dates, months (``2014-09``) as their first day; anything else (a date with no
    year, ``--07-22``) cannot be placed on a time line and becomes NaT."""
    return pd.to_datetime([d if len(str(d)) > 7 else f"{d}-01" for d in values], format="ISO8601",
                          errors="coerce")


def timeline_chart(
    events: pd.DataFrame,
    *,
    title: str | None = None,
    rtl: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """Dated events on a time line, each labelled with its event and its date as
    written; ``events`` is the table :func:`analysis.dated_events` returns. With
    ``rtl`` time runs from right (earliest) to left, as the text does. Dates without a
    year are left out; no placeable event gives an empty chart saying so."""
    import matplotlib.dates as mdates

    require_columns(events, ["date", "event", "surface"], "timeline_chart", "table")
    if ax is None:
        ax = new_axes(2.8)
    dates = _event_dates(events["date"])
    placed = ~dates.isna()
    if not placed.any():
        return empty_chart(ax, "لا توجد أحداث مؤرخة في النص", title, rtl)
    dates, rows = dates[placed], events[placed]
    ax.axhline(0, color="#888888", linewidth=1, zorder=1)
    ax.scatter(dates, [0] * len(dates), s=40, color="#4c72b0", zorder=2)
    for n, (when, event, surface) in enumerate(zip(dates, rows["event"], rows["surface"])):
        side = 1 if n % 2 == 0 else -1
        lines = [display_text(line) for line in textwrap.wrap(str(event), 22)] + [display_text(str(surface))]
        ax.annotate("\n".join(lines), (when, 0), xytext=(0, 14 * side), textcoords="offset points",
                    ha="center", va="bottom" if side > 0 else "top", fontsize=8.5, fontfamily=fonts())
    span = max((dates.max() - dates.min()), pd.Timedelta(days=60))
    low, high = dates.min() - span * 0.25, dates.max() + span * 0.25
    ax.set_xlim((high, low) if rtl else (low, high))
    locator = mdates.AutoDateLocator(minticks=2, maxticks=5)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.AutoDateFormatter(locator))  # years, months or days, as the ticks fall
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.spines[["left", "right", "top"]].set_visible(False)
    style_labels(ax, title=title, xlabel=None, rtl=rtl)
    return ax
