"""Counting on a Dask cluster: the same batches, counted by ``dask.distributed`` workers.

Workers read what they can reach themselves, so that texts never travel between
processes: a JSON Lines file is cut into byte ranges, a folder (or glob) into groups of
files, and each worker reads and counts its part. Such a source may be a shared path or
an fsspec URL the workers can open (``s3://``, ``gs://``, ``file://``). A CSV or Parquet
table and a list of texts are read here and their batches sent to the workers.

The cluster is the given client, a new client connected to a scheduler address, or a
new local cluster with one single-threaded worker process per core.
"""

from __future__ import annotations

import functools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from analysis.corpus.engines import CountTotals, Options, WordForms, count_numbers
from analysis.corpus.sources import CorpusError, CorpusReport, Reader, filesystem, source_files, source_format

#: Bytes of source per task: small enough to spread over the workers, large enough that
#: scheduling costs little.
TASK_BYTES = 16 << 20
#: How long to wait for a scheduler address to answer.
CONNECT_TIMEOUT = "20s"


def connect(client):
    """(client, close): the given client, one connected to a scheduler address, or a new
    local cluster with one process per core."""
    from dask.distributed import Client, LocalCluster

    if isinstance(client, str):
        try:
            remote = Client(client, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as error:
            raise CorpusError(f"{client}: no Dask scheduler answers there ({type(error).__name__}). Start one "
                              "with `dask scheduler` and workers with `dask worker ADDRESS`.") from None
        return remote, remote.close
    if client is not None:
        return client, lambda: None
    cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    own = Client(cluster)
    return own, lambda: (own.close(), cluster.close())


def _settings(reader: Reader) -> dict:
    return dict(on_error=reader.on_error, text_column=reader.text_column, id_column=reader.id_column,
                encoding=reader.encoding)


def count_with_dask(source, reader: Reader, options: Options, client, format: str | None = None) -> Iterator:
    """Count ``source`` (a path, a URL, or batches of texts) on a cluster: the count
    tables, in the order of the source; bad records go to ``reader``'s report."""
    client, close = connect(client)
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        if isinstance(source, (str, Path)):
            tasks = _source_tasks(str(source), source_format(str(source), format), reader, options, workers)
        else:
            tasks = ((_count_texts, batch.texts.to_list(), options) for batch in source)
        for frame, read, skipped in _results(client, tasks, 2 * workers):
            reader.report.read += read
            reader.report.skipped.extend(skipped)
            yield frame
    finally:
        close()


def _source_tasks(source: str, format: str, reader: Reader, options: Options, workers: int) -> Iterator[tuple]:
    settings = _settings(reader)
    if format == "jsonl":
        fs, path = filesystem(source)
        size = fs.size(path) if fs is not None else Path(source).stat().st_size
        parts = _task_count(size, workers)
        bounds = [size * k // parts for k in range(parts + 1)]
        return ((_count_jsonl_range, source, bounds[k], bounds[k + 1], settings, options) for k in range(parts))
    if format in ("folder", "glob", "txt"):
        groups = _file_groups(source_files(source, format), workers)
        return ((_count_files, group, settings, options) for group in groups)
    return ((_count_texts, batch.texts.to_list(), options) for batch in reader.batches(source, format))


def _task_count(size: int, workers: int) -> int:
    """How many tasks ``size`` bytes make: tasks of at most TASK_BYTES, at least two per
    worker, and as many for every worker (7 tasks on 2 workers leave one idle at the end)."""
    return workers * max(2, -(-(-(-size // TASK_BYTES)) // workers))


def _file_groups(files: list[str], workers: int) -> list[list[str]]:
    """The files in consecutive groups of about the same size (see ``_task_count``)."""
    sizes = [_size(name) for name in files]
    per_task = max(1, -(-sum(sizes) // _task_count(sum(sizes), workers)))
    groups, group, size = [], [], 0
    for name, file_size in zip(files, sizes):
        group.append(name)
        size += file_size
        if size >= per_task:
            groups.append(group)
            group, size = [], 0
    return groups + ([group] if group else [])


def _size(name: str) -> int:
    fs, path = filesystem(name)
    try:
        return fs.size(path) if fs is not None else os.path.getsize(path)
    except OSError:
        return 0  # reported by the worker that tries to read it


def _results(client, tasks: Iterable[tuple], in_flight: int) -> Iterator[tuple]:
    """The results of the tasks in order, never more than ``in_flight`` submitted ahead."""
    pending: deque = deque()
    for function, *arguments in tasks:
        pending.append(client.submit(function, *arguments, pure=False))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def prepare_worker() -> None:
    """What a worker process needs before it counts: polars on one thread (one core per
    worker: Dask spreads the work; polars reads this when it loads, so it must come
    first), then the libraries counting loads. Each task calls it first, and its
    arguments hold no polars object (unpickling one would load polars earlier); a
    benchmark may call it ahead (``client.run(prepare_worker)``). A worker that loaded
    polars for other work keeps that polars' threads."""
    os.environ.setdefault("POLARS_MAX_THREADS", "1")
    import numpy  # noqa: F401 - loaded here rather than inside the first count
    import polars  # noqa: F401


@functools.lru_cache(maxsize=4)
def _worker_forms(options: Options) -> WordForms:
    """The forms a worker process has learnt, kept from task to task of the same run."""
    return WordForms(options)


def _count_batches(reader: Reader, batches: Iterable, options: Options) -> tuple:
    return _counted((batch.texts for batch in batches), options), reader.report.read, reader.report.skipped


def _counted(texts: Iterable, options: Options):
    """The count table of some batches of texts (polars String Series), added up by word
    number with the forms this worker has learnt."""
    forms, total = _worker_forms(options), CountTotals()
    try:
        for batch in texts:
            total.add(count_numbers(batch, options, forms))
    except BaseException:
        _worker_forms.cache_clear()  # forms that failed to learn must not serve the next task
        raise
    return total.frame()


def _count_jsonl_range(source: str, start: int, end: int, settings: dict, options: Options) -> tuple:
    """One task: read the records of a JSON Lines file that start in [start, end), count them."""
    prepare_worker()
    reader = Reader(CorpusReport(), **settings)
    return _count_batches(reader, reader.jsonl(source, start, end), options)


def _count_files(files: list[str], settings: dict, options: Options) -> tuple:
    """One task: read a group of .txt files and count them."""
    prepare_worker()
    reader = Reader(CorpusReport(), **settings)
    return _count_batches(reader, reader.files(files), options)


def _count_texts(texts: list[str], options: Options) -> tuple:
    """One task: count a batch of texts read by the client. They come as a list, not a
    polars Series: unpickling a Series would load polars before ``prepare_worker``."""
    prepare_worker()
    import polars as pl

    return _counted([pl.Series("text", texts, dtype=pl.String)], options), 0, []
