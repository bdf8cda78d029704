"""Bar charts that read right to left: word counts, n-grams and keyness."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from analysis.deprecation import keyword_options
from analysis.plot.canvas import (capped, elide, empty_chart, label_column, new_axes, style_labels,
                                  value_axis)
from analysis.plot.fonts import fonts
from analysis.plot.shaping import display_text
from analysis.stats.counting import require_columns

BAR_COLOR = "#4c72b0"
#: The reference side of a diverging keyness chart.
REFERENCE_COLOR = "#dd8452"
NO_DATA = "لا توجد بيانات لعرضها"


def _height(rows: int) -> float:
    return max(2.5, 0.32 * rows + 1.2)


@keyword_options("top")
def bar_chart(
    counts: pd.DataFrame,
    *,
    top: int | None = 20,
    label: str | None = None,
    value: str = "n",
    title: str | None = None,
    xlabel: str = "عدد المرات",
    rtl: bool = True,
    log: bool = False,
    arabic_digits: bool = False,
    empty_message: str = NO_DATA,
    ax: Axes | None = None,
) -> Axes:
    """Horizontal bar chart of the first ``top`` rows of ``counts``; returns the Axes.

    Bars are labelled with ``label``; by default the ``spelling`` column (how the text
    writes each word) when there is one, else ``word``. Rows are drawn in table order,
    the first at the top. With ``rtl`` (the default) the chart reads right to left, as
    Arabic does: labels on the right, bars growing leftwards. ``log`` puts the values on
    a logarithmic scale (bars start at 1; a 0 draws no bar); ``arabic_digits`` writes
    the value ticks in Arabic-Indic digits (٠١٢...). Labels longer than
    :data:`~analysis.plot.canvas.LABEL_CHARACTERS` are elided; more than
    :data:`~analysis.plot.canvas.MAX_BARS` rows are cut, with a note under the axis. An
    empty table gives an empty chart saying ``empty_message``, with no axes.
    """
    label = label_column(counts, label, "word", "bar_chart")
    require_columns(counts, [value], "bar_chart", "table")
    shown, note = capped(counts, top, "bar_chart")
    if ax is None:
        ax = new_axes(_height(len(shown)))
    if shown.empty:
        return empty_chart(ax, empty_message, title, rtl)
    values = shown[value].astype(float)
    positions = range(len(shown))
    if log:
        ax.set_xscale("log")
        ax.barh(positions, (values.clip(lower=1) - 1).tolist(), left=1, color=BAR_COLOR)
        ax.set_xlim(0.8, max(float(values.max()), 1.0) * 2)
    else:
        ax.barh(positions, values.tolist(), color=BAR_COLOR)
    ax.set_yticks(list(positions), [display_text(elide(str(s))) for s in shown[label]], fontfamily=fonts())
    ax.invert_yaxis()  # first row at the top
    xlabel = value_axis(ax, values, log=log, arabic_digits=arabic_digits, xlabel=xlabel)
    style_labels(ax, title=title, xlabel=xlabel, rtl=rtl, note=note)
    if rtl:
        ax.invert_xaxis()  # bars grow leftwards from the labels on the right
        ax.yaxis.tick_right()
    ax.spines[["left" if rtl else "right", "top"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return ax


@keyword_options("top")
def ngram_chart(ngrams: pd.DataFrame, *, top: int = 15, title: str | None = None, rtl: bool = True,
                ax: Axes | None = None) -> Axes:
    """The most frequent n-grams (the table :func:`analysis.ngrams` returns) as bars,
    labelled with their ``spelling`` (or the ``ngram`` keys when there is none)."""
    label = label_column(ngrams, None, "ngram", "ngram_chart")
    return bar_chart(ngrams, top=top, label=label, value="n", title=title, rtl=rtl, ax=ax)


KEYNESS_XLABEL = "الدلالة (نسبة الأرجحية اللوغاريتمية)"
#: Said under a keyness chart that also draws words short of significance.
FAINT_NOTE = "الأعمدة الباهتة غير دالة إحصائيا (p ≥ 0.05 بعد تصحيح بونفيروني)"


def keyness_chart(
    key: pd.DataFrame,
    *,
    top: int = 15,
    sides: str = "target",
    target: str = "النص",
    reference: str = "المرجع",
    significant_only: bool = True,
    title: str | None = None,
    rtl: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """The words that set the target apart, from the table :func:`analysis.keyness`
    returns; bar length is the signed log-likelihood, labels are the spellings.

    ``sides="target"`` draws only the target's key words (over-used in it), titled by
    default for the target; ``sides="both"`` draws diverging bars, the target's words on
    the right and the reference's (words the target under-uses) on the left, each side
    headed with the corpus it belongs to (``target``, ``reference``). With
    ``significant_only`` (the default) only words marked ``significant`` are drawn; a
    table with none gives an empty chart saying so. Without it, words short of
    significance are drawn faint, and a note under the axis says so.
    """
    require_columns(key, ["word", "log_likelihood"], "keyness_chart", "keyness table")
    if sides not in ("target", "both"):
        raise ValueError(f"keyness_chart(sides={sides!r}): sides must be 'target' or 'both'")
    chosen = key[key["significant"]] if significant_only and "significant" in key.columns else key
    over = chosen[chosen["log_likelihood"] > 0].head(top)
    if sides == "target":
        empty = "لا توجد كلمات مميزة ذات دلالة إحصائية" if significant_only else NO_DATA
        rows = over
        ax = bar_chart(over, top=top, value="log_likelihood", xlabel=KEYNESS_XLABEL, empty_message=empty,
                       title=title if title is not None else f"الكلمات المميزة لـ{target} مقارنة بـ{reference}",
                       rtl=rtl, ax=ax)
    else:
        under = chosen[chosen["log_likelihood"] < 0].sort_values("log_likelihood", kind="stable").head(top)
        rows = pd.concat([over, under], ignore_index=True)
        if ax is None:
            ax = new_axes(_height(len(rows)) + 0.4)
        if rows.empty:
            return empty_chart(ax, "لا توجد كلمات مميزة ذات دلالة إحصائية", title, rtl)
        _diverging(ax, rows, label_column(rows, None, "word", "keyness_chart"), target, reference, title, rtl)
    if not significant_only and "significant" in rows.columns and not rows["significant"].all():
        for patch, significant in zip(ax.patches, rows["significant"]):
            patch.set_alpha(1.0 if significant else 0.35)
        style_labels(ax, title=None, xlabel=KEYNESS_XLABEL, rtl=rtl, note=FAINT_NOTE)
    return ax


def _diverging(ax: Axes, rows: pd.DataFrame, label: str, target: str, reference: str,
               title: str | None, rtl: bool) -> Axes:
    """Target bars on the reading side (right when ``rtl``), reference bars on the other;
    each word written at the zero line on the empty side of its own row."""
    side = 1 if rtl else -1  # which way the target's bars grow
    values = rows["log_likelihood"].to_numpy(float)
    largest = float(abs(values).max())
    colors = [BAR_COLOR if v > 0 else REFERENCE_COLOR for v in values]
    ax.barh(range(len(rows)), side * values, color=colors)
    for row, (text, v) in enumerate(zip(rows[label], values)):
        away = -side if v > 0 else side  # the word sits opposite its bar
        ax.text(away * largest * 0.02, row, display_text(elide(str(text), 30)), va="center",
                ha="right" if away < 0 else "left", fontsize=9, fontfamily=fonts())
    ax.set_xlim(-largest * 1.05, largest * 1.05)
    ax.set_ylim(len(rows) - 0.5, -1.5)  # first row at the top, a row of room for the headings
    ax.axvline(0, color="#888888", linewidth=0.8)
    for sign, name, color in ((side, target, BAR_COLOR), (-side, reference, REFERENCE_COLOR)):
        ax.text(sign * largest * 0.5, -1, display_text(elide(f"أكثر في {name}", 30)), ha="center",
                va="center", fontsize=9, color=color, fontfamily=fonts())
    ax.set_yticks([])
    xlabel = value_axis(ax, values, log=False, arabic_digits=False, xlabel=KEYNESS_XLABEL, magnitude=True)
    style_labels(ax, title=title, xlabel=xlabel, rtl=rtl)
    ax.spines[["left", "right", "top"]].set_visible(False)
    return ax
