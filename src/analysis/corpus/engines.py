"""Counting one batch of texts: the two engines that run in a process.

Both give, for a batch, one row per counted word: ``word``, ``n`` (occurrences) and
``documents`` (how many of the batch's documents hold it), exactly what
:func:`analysis.count_words` gives on each document, summed.

* ``polars`` finds the words with the compiled regex engine of polars (a pattern
  equivalent to :func:`analysis.tokenize`'s), counts each (document, surface form) pair
  there, and folds and stems each *distinct* surface form once in Python (a corpus has
  far fewer forms than tokens). A light stem depends on the document's own vocabulary
  (see :mod:`analysis.text.stemming`): the part that does is a join in polars.
* ``python`` is the plain reference: Python's regex, then one document at a time.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.text import chars
from analysis.text.patterns import WORD_PATTERN
from analysis.text.normalization import normalize
from analysis.text.stemming import is_stopword, norm_word, stem_choices, stem_words, strip_article

BY_VALUES = ("norm", "stem")
ENGINES = ("polars", "python")
COUNT_COLUMNS = ["word", "n", "documents"]


def _rust_escape(text: str) -> str:
    return "".join(f"\\x{{{ord(c):04X}}}" for c in text)


#: WORD_PATTERN for the Rust regex engine of polars: Python's [^\W\d_] is the Unicode
#: letters plus the non-decimal numbers (Nl, No).
_LETTER = rf"[\p{{L}}\p{{Nl}}\p{{No}}{_rust_escape(chars.DIACRITICS + chars.TATWEEL)}]"
RUST_WORD_PATTERN = f"{_LETTER}+(?:[{_rust_escape(chars.INVISIBLE_CONTROLS)}]+{_LETTER}+)*"
_WORD = re.compile(WORD_PATTERN)


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


def empty_counts():
    import polars as pl

    return pl.DataFrame(schema={"word": pl.String, "n": pl.Int64, "documents": pl.Int64})


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
    """Like :func:`surface_counts`, with each word as its number (``id``) among the forms
    ``forms`` has numbered: numbers, not strings, are then grouped, and a form's folded
    form and stem are looked up by position rather than joined."""
    import polars as pl

    return (_words(texts).select("doc", pl.col("token").cast(forms.dtype).to_physical().alias("id"))
            .group_by(["doc", "id"]).agg(pl.len().cast(pl.Int64).alias("n"))
            .collect(engine="streaming"))  # cuts the batch in pieces and finds words on every core


class WordForms:
    """What each distinct surface form folds and stems to, worked out once per run.

    Forms are numbered by a polars categorical type of their own (``dtype``): the
    numbers run 0, 1, 2... in the order polars meets the forms, so row ``i`` of
    ``table`` is form ``i``. Every normalized word (a folded form, a form without its
    article, a stem) is numbered too, by its place in ``norms``; ``stops`` tells which
    of them are stopwords. ``table`` holds ``norm_id`` (the folded form) and, when stems
    are needed, ``article`` (the form without its article, or null), ``fallback`` and
    ``norm_is_stop``; ``pending`` holds ``id``, ``rank``, ``rest`` (see
    ``stem_choices``): numbers all, so that polars joins and groups numbers."""

    def __init__(self, options: Options):
        import polars as pl

        self.options = options
        self.categories = pl.Categories.random()  # this run's own numbering
        self.dtype = pl.Categorical(self.categories)
        # polars keeps a numbering only while some column uses it: without this one, each
        # batch could start a new numbering from 0.
        self._anchor = pl.Series("token", [], dtype=self.dtype)
        self.schema = {"norm_id": pl.UInt32}
        if options.needs_stems:
            self.schema |= {"article": pl.UInt32, "fallback": pl.UInt32, "norm_is_stop": pl.Boolean}
        self.pending_schema = {"id": pl.UInt32, "rank": pl.Int32, "rest": pl.UInt32}
        self.table = pl.DataFrame(schema=self.schema)
        self.pending = pl.DataFrame(schema=self.pending_schema)
        self.norms = pl.Series("word", [], dtype=pl.String)
        self.stops = pl.Series("stop", [], dtype=pl.Boolean)
        self._norm_ids: dict[str, int] = {}
        self._holes: set[int] = set()
        self.lock = threading.Lock()

    def __len__(self) -> int:
        return self.table.height

    def learn(self, ids) -> tuple:
        """Work out every form numbered up to the highest of ``ids`` (a batch's form
        numbers) and not learnt yet; the tables (``table``, ``pending``, ``norms``,
        ``stops``) that hold them all. Safe from several threads.

        A thread counting another batch may have taken a number and not yet written its
        form (polars numbers forms concurrently): such a number is a hole, an empty row
        (an empty word: never counted) filled in when a batch holding it comes."""
        with self.lock:
            if ids.len() and (top := ids.max()) >= self.table.height:
                self._learn_rows(range(self.table.height, top + 1), append=True)
            if self._holes and (filled := ids.filter(ids.is_in(sorted(self._holes))).unique()).len():
                self._learn_rows(filled.to_list(), append=False)
            return self.table, self.pending, self.norms, self.stops

    def _learn_rows(self, numbers, append: bool) -> None:
        """Learn forms ``numbers``: new rows at the end, or rows replacing holes."""
        import polars as pl

        numbers = pl.Series("id", numbers, dtype=pl.UInt32)
        tokens = numbers.cat.to(self.dtype, strict=False).cast(pl.String).to_list()
        rows, pending, norms_known = [], [], len(self._norm_ids)
        for number, token in zip(numbers.to_list(), tokens):
            if token is None:
                self._holes.add(number)
            else:
                self._holes.discard(number)
            rows.append(self._learn(number, token or "", pending))
        frame = pl.DataFrame({name: [row[k] for row in rows] for k, name in enumerate(self.schema)},
                             schema=self.schema)
        if append:
            self.table = pl.concat([self.table, frame], rechunk=True)
        else:
            self.table = self.table.with_columns(self.table[name].clone().scatter(numbers, frame[name]) for name in self.schema)
        words = list(self._norm_ids)[norms_known:]
        self.norms = pl.concat([self.norms, pl.Series("word", words, dtype=pl.String)], rechunk=True)
        self.stops = pl.concat([self.stops, pl.Series("stop", [w in self.options.stopwords for w in words])],
                               rechunk=True)
        if pending:
            columns = {name: [row[k] for row in pending] for k, name in enumerate(self.pending_schema)}
            self.pending = pl.concat([self.pending, pl.DataFrame(columns, schema=self.pending_schema)], rechunk=True)

    def _learn(self, number: int, token: str, pending: list) -> tuple:
        norm = norm_word(token)
        norm_id = self._number(norm)
        if not self.options.needs_stems:
            return (norm_id,)
        stops = self.options.stopwords
        rests, fallback = stem_choices(token, stops, self.options.lexicon)
        pending.extend((number, rank, self._number(rest)) for rank, rest in enumerate(rests))
        article = strip_article(token)
        return norm_id, None if article is None else self._number(article), self._number(fallback), norm in stops

    def _number(self, word: str) -> int:
        return self._norm_ids.setdefault(word, len(self._norm_ids))


def count_polars(texts, options: Options, forms: WordForms | None = None):
    """Count a batch (a polars String Series); ``forms`` carries folded forms over batches."""
    forms = WordForms(options) if forms is None else forms
    return count_pairs(surface_ids(texts, forms), options, forms)


def count_pairs(pairs, options: Options, forms: WordForms):
    """Count a batch from its ``surface_ids``: fold (and stem) the forms, then count
    occurrences and documents per word."""
    import polars as pl

    if pairs.is_empty():
        return empty_counts()
    table, pending, norms, stops = forms.learn(pairs["id"])
    pairs = pairs.with_columns(table.select(pl.all().gather(pairs["id"])))  # form i is row i
    key = "norm_id"
    if options.needs_stems:
        pairs, key = _with_stems(pairs, pending, stops, options), "stem" if options.by == "stem" else key
    counted = (pairs.lazy().group_by(["doc", key]).agg(pl.col("n").sum())
               .group_by(key).agg(pl.col("n").sum(), pl.len().cast(pl.Int64).alias("documents")).collect())
    # an empty word (a run of marks alone folds to nothing) is no word
    return counted.select(norms.gather(counted[key]).alias("word"), "n", "documents").filter(pl.col("word") != "")


def _with_stems(pairs, pending, stops, options: Options):
    """Each (document, form) pair with its ``stem``: the first pending remainder that the
    document's own vocabulary holds (its normalized forms, and its forms without the
    article), else the fallback. Pairs that are stopwords are left out when asked."""
    import polars as pl

    vocabulary = pl.concat([pairs.select("doc", pl.col("norm_id").alias("rest")),
                            pairs.select("doc", pl.col("article").alias("rest")).drop_nulls()])
    pairs = pairs.with_row_index("row")
    chosen = (pairs.lazy().select("row", "doc", "id").join(pending.lazy(), on="id")
              .join(vocabulary.lazy(), on=["doc", "rest"], how="semi")
              .group_by("row").agg(pl.col("rest").sort_by("rank").first())
              .collect())
    stems = pairs["fallback"].clone().scatter(chosen["row"], chosen["rest"])  # the chosen rows only
    pairs = pairs.with_columns(stems.alias("stem"))
    if options.drop_stopwords:  # is_stopword(): the form is listed, or its stem is and no article went
        pairs = pairs.filter(~(pl.col("norm_is_stop") | (stops.gather(stems) & pl.col("article").is_null())))
    return pairs


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
                        schema={"word": pl.String, "n": pl.Int64, "documents": pl.Int64})


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
