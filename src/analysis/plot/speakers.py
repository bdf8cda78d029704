"""Who an article quotes, as a right-to-left bar chart: one bar per speaker, its length
the number of words quoted, the label the speaker's name and how many quotations."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes

from analysis.extract.quotes import quoted_speakers
from analysis.plot.charts import bar_chart


def speakers_chart(quotes: pd.DataFrame, *, top: int = 15, title: str | None = "من يُقتبس كلامه",
                   ax: Axes | None = None) -> Axes:
    """Bars of the words quoted from each speaker in ``quotes`` (the table
    :func:`analysis.quotations` returns), most quoted at the top, reading right to left.
    Labels read "name (n)" with n the number of quotations; names and unattributed
    quotations are left out. A table with no speaker draws an empty chart with a note."""
    speakers = quoted_speakers(quotes)
    speakers["label"] = [f"{name} ({n})" for name, n in zip(speakers["speaker"], speakers["quotes"])]
    return bar_chart(speakers, top=top, label="label", value="words", title=title, xlabel="عدد الكلمات المقتبسة", ax=ax)
