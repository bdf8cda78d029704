"""The stemmer's choices for a whole column of words at once, in polars.

:func:`analysis.text.stemming.stem_choices`, :func:`~analysis.text.stemming.strip_article`
and :func:`~analysis.text.stemming.is_stopword` work one word at a time in Python. A
corpus brings tens of thousands of new spellings, and that loop was the serial part of
counting by stem: it held the GIL while the other threads waited for the forms it was
learning. :func:`stem_choices_frame` applies the same rules to a column, with polars
expressions that read the stemmer's own tables and its own article pattern. A test
checks that both agree word for word.

What ``stem_choices(key)`` returns, a tuple of pending remainders and a fallback, is
here three columns. A word starts with at most one proclitic run of each length (two
letters, then one), so it has at most two pending remainders.
"""

from __future__ import annotations

import functools

from analysis.text import chars
from analysis.text.clitics import ARTICLE, CONJUNCTIONS, PROCLITIC_RUNS
from analysis.text.normalization import STEPS, folding_table
from analysis.text.stemming import (ARTICLE_EXCEPTIONS, FRAGMENT_LENGTH, KEEP_WHOLE, PREFIX_LENGTHS,
                                    WITH_ARTICLE)

#: The columns of :func:`stem_choices_frame` that hold normalized words (String), after ``norm``.
STEM_COLUMNS = ("article", "fallback", "rest_1", "rest_2")
#: What normalize() does that stem_key() does not: fold alef.
_FOLD_ALEF = folding_table(**{step: step == "alef" for step in STEPS})
_ONLY_LETTERS = f"^[{chars.ARABIC_LETTERS}]+$"


def stem_choices_frame(keys, stopwords: frozenset[str], lexicon: frozenset[str]):
    """For a String Series of stem keys (:func:`analysis.text.stemming.stem_key`), one
    row each:

    * ``norm``: the normalized word;
    * ``article``: ``strip_article(key)``, the word without its article, or null;
    * ``fallback``, ``rest_1``, ``rest_2``: ``stem_choices(key, stopwords, lexicon)``.
      The stem is the first of ``rest_1``, ``rest_2`` that the document's vocabulary
      holds, else ``fallback``. A remainder that does not wait on the document is null;
    * ``always_stop``: ``is_stopword(key, stem, stopwords)`` is true when this is, or
      when the stem is a stopword and ``article`` is null.
    """
    import polars as pl

    # a stem key folds every way but alef: folding alef makes it the normalized form
    norm = pl.col("key").str.replace_many(list(_FOLD_ALEF), list(_FOLD_ALEF.values())).alias("norm")
    frame = (pl.LazyFrame({"key": keys.cast(pl.String)}).with_columns(norm)
             .with_columns(_article().alias("article"), *(e for size in PREFIX_LENGTHS for e in _proclitic_run(size))))
    evidence, stops = word_list(stopwords | lexicon), word_list(stopwords)
    weighed = pl.col("norm").str.contains(_ONLY_LETTERS) & ~pl.col("norm").is_in(word_list(KEEP_WHOLE))
    free = weighed & pl.col("article").is_null()  # the only words whose proclitics the stemmer weighs
    rests, fallback, decided_before = [], pl.lit(None, dtype=pl.String), pl.lit(False)
    for size in PREFIX_LENGTHS:  # longest run first, as the stemmer tries them
        rest, long, short = pl.col(f"rest{size}"), pl.col(f"long{size}"), pl.col(f"short{size}")
        # a long remainder is the stem when it is known; a two-letter one after و or ف when it is a stopword
        decided = (long & rest.is_in(evidence)) | (short & rest.is_in(stops))
        rests.append(pl.when(free & ~decided_before & long & ~decided).then(rest))
        fallback = pl.when(free & ~decided_before & decided).then(rest).otherwise(fallback)
        decided_before = decided_before | decided
    stem = pl.when(weighed & pl.col("article").is_not_null()).then("article").otherwise(pl.coalesce(fallback, "norm"))
    return frame.select("norm", "article", stem.alias("fallback"),
                        *(rest.alias(f"rest_{rank}") for rank, rest in enumerate(rests, 1)),
                        _always_stop(stops).alias("always_stop")).collect(engine="in-memory")


def _always_stop(stops):
    """The part of ``is_stopword`` that holds whatever the stem: the word is listed, a
    fragment, or a run stands before a listed word of three letters or more. Its last
    part, a two-letter listed word after a run when that is the stem (``فهم`` -> ``هم``),
    is a listed stem with no article stripped: the caller's test, ``stem in stopwords and
    article is null``, covers it."""
    import polars as pl

    norm = pl.col("norm")
    listed_or_fragment = norm.is_in(stops) | (norm.str.len_chars() < FRAGMENT_LENGTH) | (norm == ARTICLE)
    before_listed = pl.lit(False)
    for size in PREFIX_LENGTHS:  # is_stopword tries every run, even one before an article
        rest = norm.str.slice(size)
        listed = rest.is_in(stops) & (rest.str.len_chars() >= 3)
        before_listed = before_listed | (norm.str.slice(0, size).is_in(_runs(size)) & listed)
    return listed_or_fragment | (before_listed & ~norm.is_in(word_list(KEEP_WHOLE)))


def _proclitic_run(size: int) -> list:
    """Expressions for a proclitic run of ``size`` letters in front of ``norm``: ``rest``
    (what follows it), ``long`` (a run stands there, and three letters or more follow
    that do not start like an article) and ``short`` (two letters follow a conjunction)."""
    import polars as pl

    front, rest = pl.col("norm").str.slice(0, size), pl.col("norm").str.slice(size)
    stands = front.is_in(_runs(size)) & ~rest.str.starts_with(ARTICLE)
    length = rest.str.len_chars()
    return [rest.alias(f"rest{size}"), (stands & (length >= 3)).alias(f"long{size}"),
            (stands & (length == 2) & front.is_in(word_list(frozenset(CONJUNCTIONS)))).alias(f"short{size}")]


def _runs(size: int):
    """The proclitic runs of ``size`` letters, for ``is_in``."""
    return word_list(frozenset(run for run in PROCLITIC_RUNS if len(run) == size))


@functools.lru_cache(maxsize=32)
def word_list(words: frozenset[str]):
    """``words`` as one polars list value, for ``is_in``: built once per set of words."""
    import polars as pl

    return pl.Series(sorted(words), dtype=pl.String).implode()


def _article():
    """``strip_article``: the normalized rest after the article and the clitics before it,
    unless the word is an exception (a relative pronoun, الله), with or without a run in front."""
    import polars as pl

    norm = pl.col("norm")
    rest = pl.col("key").str.extract(WITH_ARTICLE.pattern, 1)  # the key keeps its hamza: أ is no article
    exceptions = word_list(ARTICLE_EXCEPTIONS)
    article = pl.when(norm.is_in(exceptions) | rest.is_null()).then(None)
    for size in PREFIX_LENGTHS:
        after = norm.str.slice(size)
        article = article.when(norm.str.slice(0, size).is_in(_runs(size)) & after.is_in(exceptions)).then(after)
    # the key and its normalized form differ only in alef, letter for letter
    return article.otherwise(norm.str.tail(rest.str.len_chars()))
