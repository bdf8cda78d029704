"""Charts of where words fall and how often: the dispersion "barcode" and the word cloud."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from analysis.deprecation import keyword_options
from analysis.plot.canvas import WIDTH, capped, elide, empty_chart, label_column, new_axes, style_labels
from analysis.plot.fonts import font_file, fonts
from analysis.plot.shaping import display_text
from analysis.stats.counting import require_columns


def dispersion_chart(
    dispersion: pd.DataFrame,
    *,
    title: str | None = None,
    xlabel: str = "الموضع في النص",
    rtl: bool = True,
    ax: Axes | None = None,
) -> Axes:
    """A "barcode" of where each word falls in the text, one row per word.

    ``dispersion`` is the table :func:`analysis.dispersion` returns (``word``,
    ``position`` from 0 to 1); rows are labelled with its ``spelling`` when it has one.
    With ``rtl`` the text runs from the right edge (its beginning) to the left (its
    end), as an Arabic reader reads it. No occurrences give an empty chart saying so.
    """
    require_columns(dispersion, ["word", "position"], "dispersion_chart", "table")
    label = label_column(dispersion, None, "word", "dispersion_chart")
    words = list(dict.fromkeys(dispersion["word"]))
    if ax is None:
        ax = new_axes(max(2.0, 0.45 * len(words) + 1.2))
    if dispersion.empty:
        return empty_chart(ax, "لا توجد مواضع لعرضها: لم ترد الكلمات في النص", title, rtl)
    labels = []
    for row, word in enumerate(words):
        rows = dispersion[dispersion["word"] == word]
        ax.vlines(rows["position"], row - 0.38, row + 0.38, color="#4c72b0", linewidth=1.6)
        labels.append(display_text(elide(str(rows[label].iat[0]))))
    ax.set_yticks(range(len(words)), labels, fontfamily=fonts())
    ax.set_ylim(len(words) - 0.5, -0.5)  # first word at the top
    ax.set_xlim((1.01, -0.01) if rtl else (-0.01, 1.01))  # room for a mark at either end
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1], ["0%", "25%", "50%", "75%", "100%"])
    style_labels(ax, title=title, xlabel=xlabel, rtl=rtl)
    if rtl:
        ax.yaxis.tick_right()
    ax.spines[["left", "right", "top"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return ax


@keyword_options("top")
def word_cloud_chart(counts: pd.DataFrame, *, top: int = 100, label: str | None = None, value: str = "n",
                     width: int = 900, height: int = 450, seed: int = 0, ax: Axes | None = None) -> Axes:
    """A word cloud of the first ``top`` rows of ``counts``, drawn by the ``wordcloud``
    package in the chart typeface; returns the Axes showing it. Words are written with
    the ``spelling`` column when there is one (else ``word``).

    wordcloud draws with Pillow, which shapes Arabic itself when it has raqm: the words
    go in as they are stored (see :func:`analysis.plot.shaping.pillow_text`). All words
    are horizontal and the layout is fixed by ``seed``, so the same table gives the same
    image. A table with no positive count gives an empty chart saying so.
    """
    from wordcloud import WordCloud

    from analysis.plot.shaping import pillow_text

    label = label_column(counts, label, "word", "word_cloud_chart")
    require_columns(counts, [value], "word_cloud_chart", "table")
    shown, _ = capped(counts, top, "word_cloud_chart")
    if ax is None:
        ax = new_axes(height / width * WIDTH + 0.3)
    frequencies: dict[str, float] = {}
    for word, n in zip(shown[label], shown[value]):
        if n > 0:  # two keys with one spelling (rare) share one word of the cloud
            frequencies[pillow_text(str(word))] = frequencies.get(pillow_text(str(word)), 0.0) + float(n)
    if not frequencies:
        return empty_chart(ax, "لا توجد كلمات لعرضها")
    ax.set_axis_off()
    cloud = WordCloud(font_path=font_file(), width=width, height=height, background_color="white",
                      prefer_horizontal=1.0, random_state=seed, colormap="viridis", collocations=False,
                      include_numbers=True, min_font_size=8, max_font_size=height // 3)
    ax.imshow(cloud.generate_from_frequencies(frequencies).to_array(), interpolation="bilinear")
    return ax
