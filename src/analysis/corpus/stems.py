"""The stemmer's choices for a whole column of words at once, in polars.

:func:`analysis.text.stemming.stem_choices` and :func:`~analysis.text.stemming.strip_article`
work one word at a time in Python. A corpus brings tens of thousands of new spellings,
and that loop was the serial part of counting by stem: it held the GIL while the other
threads waited for the forms it was learning. :func:`stem_choices_frame` applies the
same rules to a column, with polars expressions that read the stemmer's own tables and
its own article pattern. A test checks that both agree word for word.

What ``stem_choices(key)`` returns, a tuple of pending remainders and a fallback, is
here four columns. A word starts with at most one proclitic run of each length (two
letters, then one), so it has at most two pending remainders.
"""

from __future__ import annotations

import functools

from analysis.text import chars
from analysis.text.clitics import ARTICLE, CONJUNCTIONS, PROCLITIC_RUNS
from analysis.text.normalization import STEPS, folding_table
from analysis.text.stemming import ARTICLE_EXCEPTIONS, KEEP_WHOLE, WITH_ARTICLE

#: The columns of :func:`stem_choices_frame` after ``norm``, all normalized words (String).
STEM_COLUMNS = ("article", "fallback", "rest_1", "rest_2")
#: What normalize() does that stem_key() does not: fold alef.
_FOLD_ALEF = folding_table(**{step: step == "alef" for step in STEPS})

_RUN_LENGTHS = sorted({len(run) for run in PROCLITIC_RUNS}, reverse=True)
_ONLY_LETTERS = f"^[{chars.ARABIC_LETTERS}]+$"


def stem_choices_frame(keys, stopwords: frozenset[str], lexicon: frozenset[str]):
    """For a String Series of stem keys (:func:`analysis.text.stemming.stem_key`), one
    row each:

    * ``norm``: the normalized word;
    * ``article``: ``strip_article(key)``, the word without its article, or null;
    * ``fallback``, ``rest_1``, ``rest_2``: ``stem_choices(key, stopwords, lexicon)``.
      The stem is the first of ``rest_1``, ``rest_2`` that the document's vocabulary
      holds, else ``fallback``. A remainder that does not wait on the document is null.
    """
    import polars as pl

    # a stem key folds every way but alef: folding alef makes it the normalized form
    norm = pl.col("key").str.replace_many(list(_FOLD_ALEF), list(_FOLD_ALEF.values())).alias("norm")
    frame = (pl.LazyFrame({"key": keys.cast(pl.String)}).with_columns(norm)
             .with_columns(_article().alias("article"), *(e for size in _RUN_LENGTHS for e in _proclitic_run(size))))
    evidence, stops = _word_list(stopwords | lexicon), _word_list(stopwords)
    weighed = pl.col("norm").str.contains(_ONLY_LETTERS) & ~pl.col("norm").is_in(_word_list(KEEP_WHOLE))
    free = weighed & pl.col("article").is_null()  # the only words whose proclitics the stemmer weighs
    rests, fallback, decided_before = [], pl.lit(None, dtype=pl.String), pl.lit(False)
    for size in _RUN_LENGTHS:  # longest run first, as the stemmer tries them
        rest, long, short = pl.col(f"rest{size}"), pl.col(f"long{size}"), pl.col(f"short{size}")
        # a long remainder is the stem when it is known; a two-letter one after و or ف when it is a stopword
        decided = (long & rest.is_in(evidence)) | (short & rest.is_in(stops))
        rests.append(pl.when(free & ~decided_before & long & ~decided).then(rest))
        fallback = pl.when(free & ~decided_before & decided).then(rest).otherwise(fallback)
        decided_before = decided_before | decided
    stem = pl.when(weighed & pl.col("article").is_not_null()).then("article").otherwise(pl.coalesce(fallback, "norm"))
    return frame.select("norm", "article", stem.alias("fallback"),
                        *(rest.alias(f"rest_{rank}") for rank, rest in enumerate(rests, 1))).collect(engine="in-memory")


def _proclitic_run(size: int) -> list:
    """Expressions for a proclitic run of ``size`` letters in front of ``norm``: ``rest``
    (what follows it), ``long`` (a run stands there, and three letters or more follow
    that do not start like an article) and ``short`` (two letters follow a conjunction)."""
    import polars as pl

    front, rest = pl.col("norm").str.slice(0, size), pl.col("norm").str.slice(size)
    stands = front.is_in(_word_list(frozenset(run for run in PROCLITIC_RUNS if len(run) == size)))
    stands = stands & ~rest.str.starts_with(ARTICLE)
    length = rest.str.len_chars()
    return [rest.alias(f"rest{size}"), (stands & (length >= 3)).alias(f"long{size}"),
            (stands & (length == 2) & front.is_in(_word_list(frozenset(CONJUNCTIONS)))).alias(f"short{size}")]


@functools.lru_cache(maxsize=32)
def _word_list(words: frozenset[str]):
    """``words`` as one polars list value, for ``is_in``: built once per set of words."""
    import polars as pl

    return pl.Series(sorted(words), dtype=pl.String).implode()


def _article():
    """``strip_article``: the normalized rest after the article and the clitics before it,
    unless the word is an exception (a relative pronoun, الله), with or without a run in front."""
    import polars as pl

    norm = pl.col("norm")
    rest = pl.col("key").str.extract(WITH_ARTICLE.pattern, 1)  # the key keeps its hamza: أ is no article
    exceptions = _word_list(ARTICLE_EXCEPTIONS)
    article = pl.when(norm.is_in(exceptions) | rest.is_null()).then(None)
    for size in _RUN_LENGTHS:
        after = norm.str.slice(size)
        runs = _word_list(frozenset(run for run in PROCLITIC_RUNS if len(run) == size))
        article = article.when(norm.str.slice(0, size).is_in(runs) & after.is_in(exceptions)).then(after)
    # the key and its normalized form differ only in alef, letter for letter
    return article.otherwise(norm.str.tail(rest.str.len_chars()))
