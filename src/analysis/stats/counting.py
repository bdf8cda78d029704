"""Counting tokens into tidy frequency tables."""

from __future__ import annotations

import pandas as pd

COUNT_COLUMNS = ["word", "n", "share"]
#: Token-table columns that hold a form of the word and can be counted by.
WORD_COLUMNS = ("token", "norm", "stem")


def check_by(tokens: pd.DataFrame, by: str, function: str) -> None:
    """Raise ``ValueError`` naming the allowed values unless ``by`` is a word column of ``tokens``."""
    allowed = [c for c in WORD_COLUMNS if c in tokens.columns]
    if by not in allowed:
        raise ValueError(f"{function}(by={by!r}): by must be one of {allowed}")


def sorted_with_shares(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """``frame`` (with ``key`` and ``n``) sorted by ``n`` descending then ``key``, plus ``share``."""
    frame = frame.sort_values(["n", key], ascending=[False, True], kind="stable", ignore_index=True)
    total = frame["n"].sum()
    frame["share"] = frame["n"] / total if total else 0.0
    return frame


def count_words(
    tokens: pd.DataFrame,
    by: str = "norm",
    kinds: tuple[str, ...] = ("word",),
    drop_stopwords: bool = False,
) -> pd.DataFrame:
    """Count the tokens of the given ``kinds`` by the column ``by`` (``token``, ``norm`` or ``stem``).

    Returns columns ``word``, ``n`` (occurrences) and ``share`` (``n`` over all counted
    tokens), sorted by ``n`` descending then ``word``, so the order is stable. With the
    default ``by="norm"``, ``الإنتربول`` and ``الانتربول`` count as one word; with
    ``by="stem"``, ``للإنتربول`` joins them. ``drop_stopwords`` leaves out tokens whose
    ``is_stop`` is true. A token whose form is empty (a run of diacritics alone folds to
    nothing) is no word and is not counted.
    """
    check_by(tokens, by, "count_words")
    kept = tokens["kind"].isin(kinds)
    if drop_stopwords:
        if "is_stop" not in tokens.columns:
            raise ValueError("count_words: drop_stopwords needs an is_stop column (use analysis.tokenize)")
        kept &= ~tokens["is_stop"]
    kept &= tokens[by] != ""
    counts = tokens.loc[kept, by].value_counts(sort=False).rename_axis("word").reset_index(name="n")
    counts = sorted_with_shares(counts.astype({"word": "str", "n": "int64"}), "word")
    return counts.astype({"share": "float64"})[COUNT_COLUMNS]


def counts_side_by_side(
    tokens: pd.DataFrame,
    by: tuple[str, ...] = WORD_COLUMNS,
    top: int = 15,
    drop_stopwords: bool = False,
) -> pd.DataFrame:
    """The ``top`` words counted each way in ``by``, rank by rank, in one table.

    For ``by=("token", "norm", "stem")`` the columns are ``rank``, ``token``,
    ``token_n``, ``norm``, ``norm_n``, ``stem``, ``stem_n``: reading across a row shows how
    folding and stemming merge spellings and move words up the list.
    """
    columns: dict[str, object] = {"rank": range(1, top + 1)}
    for column in by:
        counts = count_words(tokens, by=column, drop_stopwords=drop_stopwords).head(top)
        columns[column] = counts["word"].reindex(range(top)).fillna("").tolist()
        columns[f"{column}_n"] = counts["n"].reindex(range(top)).astype("Int64").tolist()
    frame = pd.DataFrame(columns)
    return frame.astype({f"{column}_n": "Int64" for column in by})
