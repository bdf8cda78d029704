"""Counting tokens into tidy frequency tables."""

from __future__ import annotations

import pandas as pd

COUNT_COLUMNS = ["word", "n", "share"]


def count_words(tokens: pd.DataFrame, by: str = "norm", kinds: tuple[str, ...] = ("word",)) -> pd.DataFrame:
    """Count the tokens of the given ``kinds`` by the column ``by``.

    Returns columns ``word``, ``n`` (occurrences) and ``share`` (``n`` over all counted
    tokens), sorted by ``n`` descending then ``word``, so the order is stable. With the
    default ``by="norm"``, ``الإنتربول`` and ``الانتربول`` count as one word.
    """
    if by not in tokens.columns or by in {"paragraph", "sentence", "start", "end"}:
        allowed = [c for c in tokens.columns if tokens[c].dtype == object or pd.api.types.is_string_dtype(tokens[c])]
        raise ValueError(f"count_words(by={by!r}): by must be one of {allowed}")
    counted = tokens.loc[tokens["kind"].isin(kinds), by]
    counts = counted.value_counts(sort=False).rename_axis("word").reset_index(name="n")
    counts = counts.sort_values(["n", "word"], ascending=[False, True], kind="stable", ignore_index=True)
    total = counts["n"].sum()
    counts["share"] = counts["n"] / total if total else 0.0
    return counts.astype({"word": "str", "n": "int64", "share": "float64"})[COUNT_COLUMNS]
