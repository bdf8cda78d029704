"""Counting one batch of texts: the two engines that run in a process.

Both give, for a batch, one row per counted word: ``word``, ``n`` (occurrences) and
``documents`` (how many of the batch's documents hold it), exactly what
:func:`analysis.count_words` gives on each document, summed.

* ``polars`` cuts the texts at spaces, counts each (document, piece) pair in polars,
  finds the words of each *distinct* piece once with the compiled regex engine of polars
  (a pattern equivalent to :func:`analysis.tokenize`'s), folds each distinct surface
  form once (polars, with ``normalize``'s own table) and stems it once (polars, with the
  stemmer's own rules: :mod:`analysis.corpus.stems`): a corpus has far fewer pieces and forms than tokens
  (:mod:`analysis.corpus.forms`). A light stem depends on the document's own vocabulary
  (see :mod:`analysis.text.stemming`): the part that does is a lookup of (document,
  word) numbers in polars.
* ``python`` is the plain reference: Python's regex, then one document at a time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.corpus.forms import LONGEST_PIECE, RUST_WORD_PATTERN, WordForms
from analysis.text.normalization import normalize
from analysis.text.patterns import WORD_PATTERN
from analysis.text.stemming import is_stopword, norm_word, stem_words

BY_VALUES = ("norm", "stem")
ENGINES = ("polars", "python")
COUNT_COLUMNS = ["word", "n", "documents"]


_WORD = re.compile(WORD_PATTERN)
#: A (document, number) pair as one number: document * _PAIR + number.
_PAIR = 1 << 32


@dataclass(frozen=True)
class Options:
    """What to count: ``by`` norm or stem, stopwords dropped or not; ``stopwords`` and
    ``lexicon`` hold normalized words."""

    by: str = "norm"
    drop_stopwords: bool = False
    stopwords: frozenset[str] = frozenset()
    lexicon: frozenset[str] = frozenset()

    @classmethod
    def make(cls, by: str = "norm", drop_stopwords: bool = False, stopwords: Iterable[str] | None = None,
             lexicon: Iterable[str] = ()) -> Options:
        from analysis.text.stopwords import default_stopwords, stopword_set

        stops = default_stopwords() if stopwords is None else stopword_set(replace=stopwords)
        return cls(by, drop_stopwords, frozenset(stops), frozenset(normalize(w) for w in lexicon))

    @property
    def needs_stems(self) -> bool:
        return self.by == "stem" or self.drop_stopwords


def _count_schema() -> dict:
    import polars as pl

    return {"word": pl.String, "n": pl.Int64, "documents": pl.Int64}


def empty_counts():
    import polars as pl

    return pl.DataFrame(schema=_count_schema())


def merge_counts(frames: list):
    """One table from several count tables of the same columns: occurrences and documents summed."""
    import polars as pl

    if not frames:
        return empty_counts()
    return pl.concat(frames).group_by("word").agg(pl.col("n").sum(), pl.col("documents").sum())


# ---- polars ---------------------------------------------------------------------------

def surface_counts(texts):
    """``doc`` (index in the batch), ``token`` (a word as written) and ``n``, one row per
    distinct word of each text of a polars String Series."""
    import polars as pl

    return _words(texts).group_by(["doc", "token"]).agg(pl.len().cast(pl.Int64).alias("n")).collect()


def _words(texts):
    """A lazy frame of ``doc``, ``token``: every word of every text, in order."""
    import polars as pl

    return (texts.rename("token").to_frame().lazy().select(pl.col("token").str.extract_all(RUST_WORD_PATTERN))
            .with_row_index("doc").explode("token").drop_nulls("token"))


def surface_ids(texts, forms: WordForms):
    """``doc`` (index in the batch), ``id`` (a form's number in ``forms``) and ``n``: how
    often each text holds each form. A form may have several rows in a document, one for
    each piece it stands in (``قال`` and ``قال:``): the counts sum them.

    The texts are cut into pieces at spaces and the pieces numbered; the words of each
    distinct piece are found once (:mod:`analysis.corpus.forms`). A piece longer than
    ``LONGEST_PIECE`` bytes is searched where it stands."""
    import polars as pl

    pieces = (texts.rename("piece").to_frame().lazy().select(pl.col("piece").str.split(" "))
              .with_row_index("doc").explode("piece").collect(engine="in-memory"))
    any_long = pieces["piece"].str.len_bytes().max() > LONGEST_PIECE
    long = pl.col("piece").str.len_bytes() > LONGEST_PIECE
    piece = pl.when(~long).then(pl.col("piece")) if any_long else pl.col("piece")  # a long one: null
    # one number per (document, piece), sorted and run-length coded: a radix sort of
    # integers counts the pairs in a third of the time of a hash grouping
    pair = _in_document(pl.col("doc"), piece.cast(forms.pieces.dtype).to_physical())
    runs = pieces.select(pair.alias("pair"))["pair"].sort().rle().struct.unnest().drop_nulls()
    counted = runs.select((pl.col("value") // _PAIR).cast(pl.UInt32).alias("doc"),
                          (pl.col("value") % _PAIR).cast(pl.UInt32).alias("pid"),
                          pl.col("len").cast(pl.Int64).alias("n"))
    table, several = forms.learn_pieces(counted["pid"])
    counted = counted.with_columns(table.select(pl.all().gather(counted["pid"])))  # piece i is row i
    parts = [counted.filter(pl.col("id").is_not_null()).select("doc", "id", "n")]
    if several.height:
        parts.append(counted.filter("several").select("doc", "pid", "n").join(several, on="pid")
                     .select("doc", "id", "n"))
    if any_long:
        words = pl.col("piece").str.extract_all(RUST_WORD_PATTERN).alias("token")
        parts.append(pieces.lazy().filter(long).select("doc", words).explode("token").drop_nulls("token")
                     .group_by(["doc", "token"]).agg(pl.len().cast(pl.Int64).alias("n"))
                     .select("doc", forms.forms.numbers("token").alias("id"), "n").collect(engine="in-memory"))
    return pl.concat(parts)


def count_polars(texts, options: Options, forms: WordForms | None = None):
    """Count a batch (a polars String Series); ``forms`` carries folded forms over batches."""
    return count_numbers(texts, options, forms).frame()


def count_numbers(texts, options: Options, forms: WordForms | None = None) -> NumberCounts:
    """Count a batch (a polars String Series) by word number: see :class:`NumberCounts`."""
    forms = WordForms(options) if forms is None else forms
    return count_pairs(surface_ids(texts, forms), options, forms)


def count_pairs(pairs, options: Options, forms: WordForms) -> NumberCounts:
    """Count a batch from its ``surface_ids``: fold (and stem) the forms, then count
    occurrences and documents per word."""
    import polars as pl

    table, norms, stops, rests = forms.learn(pairs["id"])
    if pairs.is_empty():
        return NumberCounts.empty(norms)
    pairs = pairs.with_columns(table.select(pl.all().gather(pairs["id"])))  # form i is row i
    key = "norm_id"
    if options.needs_stems:
        pairs, key = _with_stems(pairs, stops, rests, options), "stem" if options.by == "stem" else key
    return _counts_by_number(pairs, key, norms)


def _counts_by_number(pairs, key: str, norms) -> NumberCounts:
    """Occurrences and documents of each word number in ``key``. numpy counts by number
    (``bincount``: a tenth of a hash grouping's time) into arrays as long as the highest
    number, kept only while this batch is counted; the batch keeps its own words' counts."""
    import numpy as np
    import polars as pl

    words = pairs[key].to_numpy()
    in_documents = pairs.select((_in_document(pl.col("doc"), pl.col(key)).unique() % _PAIR).cast(pl.Int64))
    in_documents = in_documents.to_series().to_numpy()  # each word once per document
    n = np.bincount(words, weights=pairs["n"].to_numpy())  # exact below 2**53
    counted = np.flatnonzero(n)
    documents = np.bincount(in_documents, minlength=len(n))[counted]
    return NumberCounts(counted, n[counted].astype(np.int64), documents.astype(np.int64, copy=False), norms)


@dataclass
class NumberCounts:
    """A batch's counts by word number: ``words`` (each counted word's number in ``norms``,
    once), with its occurrences ``n`` and ``documents`` (numpy int64 arrays)."""

    words: object
    n: object
    documents: object
    norms: object  # polars String Series; only ever extended, so the longest holds the others

    @classmethod
    def empty(cls, norms=None) -> NumberCounts:
        import numpy as np
        import polars as pl

        nothing = np.zeros(0, np.int64)
        return cls(nothing, nothing, nothing, pl.Series("word", [], dtype=pl.String) if norms is None else norms)

    def frame(self):
        """The counts as a table: ``word``, ``n``, ``documents``."""
        return _words_frame(self.norms, self.words, self.n, self.documents)


class CountTotals:
    """Batches' counts added up by word number, in arrays indexed by it that grow as new
    words come: no grouping by word, whatever the number of batches."""

    def __init__(self):
        # made by the first batch's counts: numpy then loads in a counting thread, not
        # before reading starts
        self.n = self.documents = self.norms = None

    def add(self, counts: NumberCounts) -> CountTotals:
        import numpy as np

        if self.n is None:
            self.n, self.documents, self.norms = np.zeros(0, np.int64), np.zeros(0, np.int64), counts.norms
        if counts.words.size:
            if (top := int(counts.words.max()) + 1) > len(self.n):
                size = max(top, 2 * len(self.n))  # doubling: adding stays linear in the words
                self.n, self.documents = (np.concatenate([totals, np.zeros(size - len(totals), np.int64)])
                                          for totals in (self.n, self.documents))
            self.n[counts.words] += counts.n  # a batch names each word once
            self.documents[counts.words] += counts.documents
        self.norms = max(self.norms, counts.norms, key=len)
        return self

    def frame(self):
        """The totals as a table: ``word``, ``n``, ``documents``."""
        import numpy as np

        if self.n is None:
            return NumberCounts.empty().frame()
        counted = np.flatnonzero(self.n)
        return _words_frame(self.norms, counted, self.n[counted], self.documents[counted])


def _words_frame(norms, numbers, n, documents):
    import polars as pl

    frame = pl.DataFrame({"word": norms.gather(numbers), "n": n, "documents": documents}, schema=_count_schema())
    # an empty word (a run of marks alone folds to nothing) is no word
    return frame.filter(pl.col("word") != "")


def _with_stems(pairs, stops, rests, options: Options):
    """Each (document, form) pair with its ``stem``: the first of its remainders
    (``rest_1``, ``rest_2``) that the document's own vocabulary holds (its normalized
    forms, and its forms without the article), else the fallback. Pairs that are
    stopwords are left out when asked."""
    import polars as pl

    # the document's vocabulary as (document, word) numbers; only the words that are some
    # form's remainder can decide a stem, so the rest is left out before polars hashes it
    vocabulary = pl.concat([pairs.lazy().select("doc", pl.col(word).alias("word")) for word in ("norm_id", "article")])
    held = (vocabulary.filter(pl.col("word").is_not_null()).filter(pl.lit(rests).gather(pl.col("word")))
            .select(_in_document(pl.col("doc"), pl.col("word"))).collect(engine="in-memory").to_series().implode())

    def holds(rest: str):
        return _in_document(pl.col("doc"), pl.col(rest)).is_in(held)  # a null rest holds nothing

    stem = pl.when(holds("rest_1")).then("rest_1").when(holds("rest_2")).then("rest_2").otherwise("fallback")
    pairs = pairs.lazy().with_columns(stem.alias("stem"))
    if options.drop_stopwords:  # is_stopword(), its parts that depend on the stem worked out here
        stem_is_stop = pl.lit(stops).gather(pl.col("stem")) & pl.col("article").is_null()
        pairs = pairs.filter(~(pl.col("always_stop") | stem_is_stop))
    return pairs.collect(engine="in-memory")


def _in_document(document, word):
    """A word of a document as one number (document * _PAIR + word): columns or expressions."""
    import polars as pl

    return document.cast(pl.UInt64) * _PAIR + word


# ---- python ---------------------------------------------------------------------------

def count_python(texts: Iterable[str], options: Options):
    """Count a batch with Python's regex, document by document (the plain reference)."""
    import polars as pl

    n: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    for text in texts:
        per_word = _document_counts(Counter(_WORD.findall(text)), options)
        n.update(per_word)
        documents.update(per_word.keys())
    if not n:
        return empty_counts()
    return pl.DataFrame({"word": list(n), "n": list(n.values()), "documents": [documents[w] for w in n]},
                        schema=_count_schema())


def _document_counts(surfaces: Counter[str], options: Options) -> Counter[str]:
    per_word: Counter[str] = Counter()
    stems = stem_words(surfaces, options.stopwords, options.lexicon) if options.needs_stems else {}
    for surface, count in surfaces.items():
        if options.drop_stopwords and is_stopword(surface, stems[surface], options.stopwords):
            continue
        per_word[stems[surface] if options.by == "stem" else norm_word(surface)] += count
    per_word.pop("", None)  # a run of marks alone folds to nothing: no word
    return per_word


def count_batch(texts, options: Options, engine: str = "polars", forms: WordForms | None = None):
    """Count one batch (a polars String Series) with ``engine``."""
    if engine == "python":
        return count_python(texts.to_list(), options)
    return count_polars(texts, options, forms)
