"""Word counts over a whole corpus, a batch of documents at a time: :func:`count_corpus`.

The counts equal :func:`analysis.count_words` on each document, summed (a test checks
it), plus ``documents``: how many documents hold the word. The documents come from
:mod:`analysis.corpus.sources` one batch at a time; each batch is counted by an engine
(:mod:`analysis.corpus.engines`, or :mod:`analysis.corpus.dask_engine` over a cluster).
The polars engine's batches are added up by word number as they come
(:class:`~analysis.corpus.engines.CountTotals`); the other engines' tables are merged
(:class:`CorpusCounts`). While polars counts one batch, a thread reads and decodes the
next. Memory does not grow with the number of documents; it grows with the number of
distinct pieces and words the run has met (see the README's corpus section).
"""

from __future__ import annotations

import os
import queue
import threading
import warnings
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, as_completed, wait
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.corpus.engines import (BY_VALUES, CountTotals, Options, WordForms, count_numbers, count_python,
                                     merge_counts)
from analysis.corpus.sources import Batch, CorpusError, CorpusReport, Reader, check_choice, iter_documents

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CORPUS_COUNT_COLUMNS", "CorpusCounts", "CorpusError", "CorpusReport", "count_corpus",
           "iter_documents"]

CORPUS_COUNT_COLUMNS = ["word", "n", "share", "documents"]
ENGINES = ("polars", "python", "dask")
#: Merge the pending batch tables once this many have come: memory stays bounded by the
#: vocabulary, and merging seldom costs little.
MERGE_EVERY = 8
#: Texts per batch when the corpus is a list of texts.
TEXTS_PER_BATCH = 2_000


class CorpusCounts:
    """Word counts merged from batch tables (``word``, ``n``, ``documents``)."""

    def __init__(self):
        self.frames: list = []

    def add(self, frame) -> None:
        self.frames.append(frame)
        if len(self.frames) >= MERGE_EVERY:
            self.frames = [self._merged()]

    def merge(self, other: CorpusCounts) -> None:
        for frame in other.frames:
            self.add(frame)

    def _merged(self):
        return merge_counts(self.frames)

    def polars_table(self):
        """The counts as a polars table: word, n, share, documents; by n, then word."""
        import polars as pl

        frame = self._merged()
        self.frames = [frame]
        total = frame["n"].sum() or 1
        frame = frame.sort(["n", "word"], descending=[True, False]).with_columns((pl.col("n") / total).alias("share"))
        return frame.select(CORPUS_COUNT_COLUMNS)

    def table(self) -> pd.DataFrame:
        """The counts as a pandas table, like count_words' (sorted, with shares)."""
        import pandas as pd

        table = self.polars_table()
        return pd.DataFrame({column: table[column].to_list() for column in CORPUS_COUNT_COLUMNS}).astype(
            {"word": "str", "n": "int64", "share": "float64", "documents": "int64"})


def count_corpus(
    source: str | Path | Iterable[str],
    *,
    by: str = "norm",
    drop_stopwords: bool = False,
    stopwords: Iterable[str] | None = None,
    lexicon: Iterable[str] = (),
    text_column: str = "text",
    id_column: str | None = None,
    format: str | None = None,
    on_error: str = "skip",
    encoding: str = "utf-8",
    engine: str = "polars",
    report: CorpusReport | None = None,
    progress: bool = False,
    dask_client=None,
    as_polars: bool = False,
) -> pd.DataFrame:
    """Word counts over a whole corpus: ``word``, ``n``, ``share``, ``documents``.

    Equal to summing :func:`analysis.count_words` (``by``, ``drop_stopwords``) over the
    documents, each tokenized on its own (stems use each document's own evidence).
    ``source`` is anything :func:`iter_documents` reads (``format`` names its format when
    the path does not say it), or a list of texts. ``engine`` is ``polars`` (compiled
    tokenizer, the default), ``python`` (the same regex in Python, document by document),
    or ``dask`` (batches counted on a ``dask.distributed`` cluster: ``dask_client`` is a
    client, a scheduler address such as ``"tcp://10.0.0.5:8786"``, or None for a new
    local cluster; workers read folders and JSON Lines files themselves, so these may be
    fsspec URLs the workers can reach). Unreadable documents are skipped and listed in
    ``report`` (and in one warning), or stop the run with ``on_error="raise"``.
    ``as_polars`` returns a polars DataFrame instead (the command line writes it without
    importing pandas).
    """
    check_choice("by", by, BY_VALUES)
    check_choice("engine", engine, ENGINES)
    report = report if report is not None else CorpusReport()
    options = Options.make(by, drop_stopwords, stopwords, lexicon)
    reader = Reader(report, on_error, text_column=text_column, id_column=id_column, encoding=encoding)
    total = CorpusCounts()
    if engine == "dask":
        from analysis.corpus.dask_engine import count_with_dask

        texts = None if isinstance(source, (str, Path)) else _text_batches(source, report)
        for frame in count_with_dask(texts or source, reader, options, dask_client, format):
            total.add(frame)
    else:
        batches = reader.batches(source, format) if isinstance(source, (str, Path)) else _text_batches(source, report)
        for frame in _counted(_with_progress(_read_ahead(batches), progress), options, engine):
            total.add(frame)
    if report.skipped:
        warnings.warn(f"count_corpus: {report.summary()}", UserWarning, stacklevel=2)
    return total.polars_table() if as_polars else total.table()


def _text_batches(texts: Iterable[str], report: CorpusReport) -> Iterator[Batch]:
    """Batches of a list of texts, named by their number from 1."""
    import polars as pl

    size, pending = TEXTS_PER_BATCH, []
    for number, text in enumerate(texts, 1):
        if not isinstance(text, str):
            raise TypeError(f"count_corpus: document {number} is a {type(text).__name__}, not text")
        pending.append(text)
        if len(pending) == size:
            yield Batch(pl.Series("text", pending, dtype=pl.String), lambda k, first=number - size: str(first + k + 1))
            report.read += len(pending)
            pending = []
    if pending:
        report.read += len(pending)
        yield Batch(pl.Series("text", pending, dtype=pl.String), lambda k, first=number - len(pending): str(first + k + 1))


def _counted(batches: Iterator[Batch], options: Options, engine: str) -> Iterator:
    """Count tables: with python, one per batch; with polars, one for the whole run.
    polars counts batches in a thread pool (polars releases the GIL; the forms learnt
    are shared), one more in flight than there are cores: while one batch waits for
    another's new forms or for the GIL, the others keep the cores busy. Each batch's
    counts are added by word number as it is done: sums do not depend on order."""
    if engine == "python":
        yield from (count_python(batch.texts.to_list(), options) for batch in batches)
        return
    forms, in_flight = WordForms(options), (os.cpu_count() or 1) + 1
    total = CountTotals()  # the batches' counts by word number, added up as they come
    with ThreadPoolExecutor(max_workers=in_flight, thread_name_prefix="corpus-count") as pool:
        running: set = set()
        for batch in batches:
            running.add(pool.submit(count_numbers, batch.texts, options, forms))
            if len(running) >= in_flight:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    total.add(future.result())
        for future in as_completed(running):
            total.add(future.result())
    yield total.frame()


def _read_ahead(batches: Iterator[Batch], depth: int = 1) -> Iterator[Batch]:
    """The batches, with the next one read (and decoded) in a thread while the caller
    counts the current one: polars releases the GIL, so reading and counting overlap.
    An error while reading is raised here, in order."""
    done = object()
    ready: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def read() -> None:
        try:
            for batch in batches:
                ready.put(batch)
                if stop.is_set():
                    return
            ready.put(done)
        except BaseException as error:  # handed to the caller's thread
            ready.put(error)

    thread = threading.Thread(target=read, daemon=True, name="corpus-read-ahead")
    thread.start()
    try:
        while (item := ready.get()) is not done:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # let the reader finish its put and see the stop
            try:
                ready.get(timeout=0.05)
            except queue.Empty:
                pass


def _with_progress(batches: Iterator[Batch], progress: bool) -> Iterator[Batch]:
    if not progress:
        yield from batches
        return
    from tqdm import tqdm

    with tqdm(unit=" docs", desc="counting", leave=False) as bar:
        for batch in batches:
            yield batch
            bar.update(len(batch.texts))
