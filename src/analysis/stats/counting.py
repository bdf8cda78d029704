"""Counting tokens into tidy frequency tables, each key with the spelling a reader sees.

Defaults: the describing verbs (:func:`count_words`, :func:`analysis.ngrams`) count what
the text says, ``by="norm"`` with stopwords kept, so their tables add up to the article;
the association verbs (``collocations``, ``tf_idf``) score what a text is about and
default to ``by="stem"`` without stopwords, because function words and clitic variants
otherwise fill every top row. Pass ``by`` and ``drop_stopwords`` to any of them to choose.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.deprecation import keyword_options
from analysis.text.clitics import ARTICLE, LAM
from analysis.text.normalization import normalize

COUNT_COLUMNS = ["word", "spelling", "n", "share"]
#: Token-table columns that hold a form of the word and can be counted by.
WORD_COLUMNS = ("token", "norm", "stem")
#: What the spelling keeps as written: hamza on alef and the digits. Display forms,
#: invisible controls, diacritics and tatweel are dropped when the spellings vary.
_AS_WRITTEN = {"alef": False, "digits": False}


def require_columns(table: pd.DataFrame, columns, function: str, what: str = "token table") -> None:
    """Raise ``ValueError`` naming the first of ``columns`` that ``table`` lacks."""
    for column in columns:
        if column not in table.columns:
            raise ValueError(f"{function}: the {what} has no column {column!r} (it has {list(table.columns)})")


def check_by(tokens: pd.DataFrame, by: str, function: str) -> None:
    """Raise ``ValueError`` naming the allowed values unless ``by`` is a word column of ``tokens``."""
    allowed = [c for c in WORD_COLUMNS if c in tokens.columns]
    if by not in allowed:
        raise ValueError(f"{function}(by={by!r}): by must be one of {allowed}")


def counted_words(tokens: pd.DataFrame, by: str, drop_stopwords: bool, function: str,
                  kinds: tuple[str, ...] = ("word",)) -> pd.DataFrame:
    """The rows of ``tokens`` a count uses: the given ``kinds``, without stopwords when
    asked, without empty forms (a run of diacritics alone folds to nothing)."""
    check_by(tokens, by, function)
    require_columns(tokens, ["kind", "token"], function)
    kept = tokens["kind"].isin(kinds) & (tokens[by] != "")
    if drop_stopwords:
        require_columns(tokens, ["is_stop"], f"{function}(drop_stopwords=True)")
        kept &= ~tokens["is_stop"]
    return tokens[kept]


def reader_spellings(occurrences: pd.DataFrame, key: str, groups: tuple[str, ...] = ()) -> pd.DataFrame:
    """The spelling a reader sees for each ``key`` (per ``groups``): columns ``*groups``,
    ``key``, ``spelling``.

    ``occurrences`` has one row per occurrence, with the key and the ``token`` as
    written. The spelling is the most frequent way the text writes the key (ties: the
    first written); when the text writes it with different diacritics or tatweel, they
    are dropped (``الأمينُ`` and ``الأمين`` give ``الأمين``). Hamza stays as written.
    """
    bare_of = {t: normalize(t, **_AS_WRITTEN) for t in occurrences["token"].unique()}
    frame = occurrences[[*groups, key, "token"]].assign(
        bare=occurrences["token"].map(bare_of), order=np.arange(len(occurrences)))
    variants = frame.groupby([*groups, key, "bare"], sort=False).agg(
        count=("token", "size"), first=("order", "min"), forms=("token", "nunique"), form=("token", "first"))
    variants = variants.reset_index().sort_values(["count", "first"], ascending=[False, True], kind="stable")
    best = variants.drop_duplicates([*groups, key]).copy()
    best["spelling"] = np.where(best["forms"] == 1, best["form"], best["bare"])
    return best[[*groups, key, "spelling"]].astype({"spelling": "str"})


def reader_form(token: str, stem: str) -> str:
    """``token`` as a reader would label its ``stem``: without the conjunctions and
    prepositions the stemmer stripped, with the article if it had one, as written
    (``وللإنتربول`` -> ``الإنتربول``, ``وكتب`` -> ``كتب``). A token the stem does not end
    (a stripped suffix) is returned whole."""
    if not stem or normalize(token) == stem:
        return token
    starts = [i for i in range(len(token)) if normalize(token[i:]) == stem]
    if not starts:
        return token
    start = starts[-1]  # at the stem's first letter, not at a mark before it
    articles = [j for j in range(start) if normalize(token[j:start]) == ARTICLE]
    if articles:
        return token[articles[-1]:]
    if normalize(token[:start]).endswith(LAM + LAM):  # لل is ل + the article
        return ARTICLE + token[start:]
    return token[start:]


def reader_tokens(tokens: pd.DataFrame, by: str) -> pd.Series:
    """The written form of each token to take a label from: the token itself, or for
    stems its :func:`reader_form`."""
    if by != "stem":
        return tokens["token"]
    forms = {pair: reader_form(*pair) for pair in set(zip(tokens["token"], tokens["stem"]))}
    return pd.Series([forms[pair] for pair in zip(tokens["token"], tokens["stem"])], index=tokens.index, dtype="str")


def sorted_with_shares(frame: pd.DataFrame, key: str) -> pd.DataFrame:
    """``frame`` (with ``key`` and ``n``) sorted by ``n`` descending then ``key``, plus ``share``."""
    frame = frame.sort_values(["n", key], ascending=[False, True], kind="stable", ignore_index=True)
    total = frame["n"].sum()
    frame["share"] = frame["n"] / total if total else 0.0
    return frame


@keyword_options("by", "kinds", "drop_stopwords")
def count_words(
    tokens: pd.DataFrame,
    *,
    by: str = "norm",
    kinds: tuple[str, ...] = ("word",),
    drop_stopwords: bool = False,
) -> pd.DataFrame:
    """Count the tokens of the given ``kinds`` by the column ``by`` (``token``, ``norm`` or ``stem``).

    Returns columns ``word`` (the key counted: join on it), ``spelling`` (how the text
    writes it most often, for labels: see :func:`reader_spellings`; for stems without
    the clitics, see :func:`reader_form`), ``n`` (occurrences)
    and ``share`` (``n`` over all counted tokens), sorted by ``n`` descending then
    ``word``, so the order is stable. With the default ``by="norm"``, ``الإنتربول`` and
    ``الانتربول`` count as one word; with ``by="stem"``, ``للإنتربول`` joins them.
    ``drop_stopwords`` leaves out tokens whose ``is_stop`` is true. A token whose form is
    empty (a run of diacritics alone folds to nothing) is no word and is not counted.
    """
    kept = counted_words(tokens, by, drop_stopwords, "count_words", kinds)
    counts = kept[by].value_counts(sort=False).rename_axis("word").reset_index(name="n")
    counts = sorted_with_shares(counts.astype({"word": "str", "n": "int64"}), "word")
    spellings = reader_spellings(pd.DataFrame({"word": kept[by], "token": reader_tokens(kept, by)}), "word")
    counts = counts.merge(spellings, on="word", how="left", validate="one_to_one")
    return counts.astype({"share": "float64", "spelling": "str"})[COUNT_COLUMNS]


@keyword_options("by", "top", "drop_stopwords")
def counts_side_by_side(
    tokens: pd.DataFrame,
    *,
    by: tuple[str, ...] = WORD_COLUMNS,
    top: int = 15,
    drop_stopwords: bool = False,
) -> pd.DataFrame:
    """The ``top`` words counted each way in ``by``, rank by rank, in one table.

    For ``by=("token", "norm", "stem")`` the columns are ``rank``, ``token``,
    ``token_n``, ``norm``, ``norm_n``, ``stem``, ``stem_n``: reading across a row shows how
    folding and stemming merge spellings and move words up the list. The keys are shown
    as counted, because showing the folding is this table's purpose.
    """
    columns: dict[str, object] = {"rank": range(1, top + 1)}
    for column in by:
        counts = count_words(tokens, by=column, drop_stopwords=drop_stopwords).head(top)
        columns[column] = counts["word"].reindex(range(top)).fillna("").tolist()
        columns[f"{column}_n"] = counts["n"].reindex(range(top)).astype("Int64").tolist()
    frame = pd.DataFrame(columns)
    return frame.astype({f"{column}_n": "Int64" for column in by})
