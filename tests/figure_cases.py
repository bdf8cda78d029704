"""A helper for the figure tests: the one figure a sentence written for a test holds."""

from __future__ import annotations

import analysis

#: The dateline the figure tests assume: 10 March 2024.
DATELINE = "2024-03-10"


def only_figure(text: str, dateline: str | None = DATELINE):
    """The single row ``quoted_figures`` finds in ``text`` (the test fails otherwise)."""
    table = analysis.quoted_figures(text, dateline=dateline)
    assert len(table) == 1, table[["surface", "kind", "value", "date", "date_low", "date_high", "noun"]].to_string()
    return table.iloc[0]
