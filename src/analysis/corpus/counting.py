"""Many articles at once: reading a corpus as a stream, and counting its words fast.

A corpus is a folder (or glob) of ``.txt`` files, or one CSV, Parquet or JSON Lines file
with a text column. Documents are read one batch at a time, never the whole corpus; a
document that cannot be read is reported by name and reason, and either skipped or the
run stops, as the caller chooses.

Counting gives exactly what :func:`analysis.count_words` gives on each document, summed
(a test checks it), plus ``documents``: how many documents contain the word. The word
tokens are found by the compiled regex engine of polars with a pattern equivalent to
:func:`analysis.tokenize`'s, and every distinct form is folded and stemmed once.
"""

from __future__ import annotations

import functools
import glob
import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.text import chars
from analysis.files.decoding import ArticleError, decode_text
from analysis.text.patterns import WORD_PATTERN

if TYPE_CHECKING:
    import pandas as pd

CORPUS_COUNT_COLUMNS = ["word", "n", "share", "documents"]
BY_VALUES = ("norm", "stem")
ENGINES = ("polars", "python", "dask")
ON_ERROR = ("skip", "raise")
TABLE_SUFFIXES = {".csv", ".parquet", ".jsonl", ".ndjson"}
#: Characters of text per batch: bounds memory whatever the corpus size.
BATCH_CHARACTERS = 4_000_000


class CorpusError(ValueError):
    """A corpus source that cannot be read, or a document that stops the run."""


@dataclass
class CorpusReport:
    """What a run read: how many documents, and which could not be read and why."""

    read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"{self.read} documents read, {len(self.skipped)} not read"]
        lines += [f"  {name}: {reason}" for name, reason in self.skipped]
        return "\n".join(lines)


@dataclass(frozen=True)
class Document:
    id: str
    text: str


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{name}={value!r}: allowed values are {allowed}")


def _text_files(source: str) -> list[Path]:
    path = Path(source)
    if path.is_dir():
        return sorted(p for p in path.rglob("*.txt") if p.is_file())
    if any(ch in source for ch in "*?["):
        return sorted(Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file())
    return [path]


def iter_documents(
    source: str | Path,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    on_error: str = "skip",
    report: CorpusReport | None = None,
    encoding: str = "utf-8",
) -> Iterator[Document]:
    """Yield the documents of ``source`` one by one.

    ``source`` is a folder (every ``.txt`` below it), a glob (``news/*.txt``), one
    ``.txt`` file, or a ``.csv`` / ``.parquet`` / ``.jsonl`` file whose ``text_column``
    holds the texts (``id_column`` names them; default: the row number). Unreadable
    documents go to ``report.skipped`` with the reason (``on_error="skip"``) or raise
    :class:`CorpusError` (``on_error="raise"``). ``encoding`` applies to ``.txt`` files
    (``"auto"`` detects Windows-1256 and ISO-8859-6; see :mod:`analysis.files.decoding`).
    """
    _check_choice("on_error", on_error, ON_ERROR)
    report = report if report is not None else CorpusReport()
    source = str(source)
    suffix = Path(source).suffix.lower()
    if suffix in TABLE_SUFFIXES:
        if not Path(source).is_file():
            raise CorpusError(f"{source}: no such file. Check the path of the corpus table.")
        rows = _table_rows(Path(source), suffix, text_column, id_column)
    else:
        files = _text_files(source)
        if not files or (len(files) == 1 and not files[0].exists()):
            raise CorpusError(f"{source}: no such file, folder or matching .txt files. Check the corpus path.")
        rows = ((str(p), p) for p in files)
    for name, content in rows:
        try:
            text = _document_text(name, content, encoding)
        except (ArticleError, OSError) as error:
            if on_error == "raise":
                raise CorpusError(str(error)) from error
            report.skipped.append((name, _reason(name, error)))
            continue
        report.read += 1
        yield Document(name, text)


def _reason(name: str, error: Exception) -> str:
    message = str(error)
    return message[len(name) + 2 :] if message.startswith(f"{name}: ") else message


def _document_text(name: str, content: object, encoding: str = "utf-8") -> str:
    if isinstance(content, Exception):
        raise content
    if isinstance(content, Path):
        text, _ = decode_text(content, content.read_bytes(), encoding)
    elif isinstance(content, str):
        text = content
    else:
        raise ArticleError(f"{name}: the text cell is empty or not text ({type(content).__name__})")
    if not text.strip():
        raise ArticleError(f"{name}: the document is empty")
    return text


def _table_rows(path: Path, suffix: str, text_column: str, id_column: str | None) -> Iterator[tuple[str, object]]:
    """(name, text) for each row of a corpus table, read in chunks."""
    def named(frame_rows: Iterable[tuple[object, object]], start: int):
        for offset, (doc_id, text) in enumerate(frame_rows):
            label = doc_id if id_column else start + offset + 1
            yield f"{path.name}:{label}", text

    def check(columns) -> None:
        missing = [c for c in (text_column, id_column) if c and c not in columns]
        if missing:
            raise CorpusError(f"{path}: no column {missing[0]!r}; the columns are {list(columns)}. "
                              "Name the text column with text_column= (--text-column).")

    try:
        if suffix == ".csv":
            import pandas as pd

            start = 0
            with pd.read_csv(path, chunksize=5000, dtype=str, keep_default_na=False, encoding="utf-8") as reader:
                for chunk in reader:
                    check(chunk.columns)
                    ids = chunk[id_column] if id_column else chunk.index
                    yield from named(zip(ids, chunk[text_column]), start)
                    start += len(chunk)
        elif suffix == ".parquet":
            import polars as pl

            table = pl.scan_parquet(path)
            check(table.collect_schema().names())
            start = 0
            columns = [text_column] + ([id_column] if id_column else [])
            for batch in table.select(columns).collect_batches(chunk_size=5000):
                texts = batch[text_column].to_list()
                ids = batch[id_column].to_list() if id_column else range(len(texts))
                yield from named(zip(ids, texts), start)
                start += len(texts)
        else:  # JSON Lines
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, 1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as error:
                        yield f"{path.name}:{number}", ArticleError(f"{path.name}:{number}: not valid JSON ({error.msg})")
                        continue
                    if not isinstance(record, dict) or text_column not in record:
                        check(record.keys() if isinstance(record, dict) else [])
                    label = record.get(id_column) if id_column else number
                    yield f"{path.name}:{label}", record.get(text_column)
    except CorpusError:
        raise
    except UnicodeDecodeError as error:
        raise CorpusError(f"{path}: not valid UTF-8 (byte offset {error.start}). Re-save it as UTF-8.") from None
    except Exception as error:  # a truncated Parquet file, a malformed CSV
        raise CorpusError(f"{path}: cannot be read as a {suffix[1:]} table ({type(error).__name__}: {error}). "
                          "Check that the file is complete.") from None


# ---- counting -----------------------------------------------------------------------

def _rust_escape(text: str) -> str:
    return "".join(f"\\x{{{ord(c):04X}}}" for c in text)


#: WORD_PATTERN for the Rust regex engine of polars: Python's [^\W\d_] is the Unicode
#: letters plus the non-decimal numbers (Nl, No).
_LETTER = rf"[\p{{L}}\p{{Nl}}\p{{No}}{_rust_escape(chars.DIACRITICS + chars.TATWEEL)}]"
RUST_WORD_PATTERN = f"{_LETTER}+(?:[{_rust_escape(chars.INVISIBLE_CONTROLS)}]+{_LETTER}+)*"


def _batches(documents: Iterable[Document], limit: int = BATCH_CHARACTERS) -> Iterator[list[Document]]:
    batch, size = [], 0
    for document in documents:
        batch.append(document)
        size += len(document.text)
        if size >= limit:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _surface_counts_polars(texts: list[str]) -> Iterator[tuple[int, dict[str, int]]]:
    """(document index, {surface word: count}) for each text, tokenized by polars."""
    import polars as pl

    frame = pl.DataFrame({"doc": range(len(texts)), "text": texts}, schema={"doc": pl.Int64, "text": pl.String})
    counted = (
        frame.select("doc", pl.col("text").str.extract_all(RUST_WORD_PATTERN).alias("token"))
        .explode("token")
        .drop_nulls("token")
        .group_by(["doc", "token"])
        .len()
        .sort("doc")
    )
    docs = counted["doc"].to_list()
    tokens = counted["token"].to_list()
    lens = counted["len"].to_list()
    start = 0
    for end in range(1, len(docs) + 1):
        if end == len(docs) or docs[end] != docs[start]:
            yield docs[start], dict(zip(tokens[start:end], lens[start:end]))
            start = end


_WORD = re.compile(WORD_PATTERN)


def _surface_counts_python(texts: list[str]) -> Iterator[tuple[int, dict[str, int]]]:
    for index, text in enumerate(texts):
        counts = Counter(_WORD.findall(text))
        if counts:
            yield index, counts


class _Counter:
    """Accumulates word counts and document counts over batches of documents."""

    def __init__(self, by: str, drop_stopwords: bool, stopwords: frozenset[str], lexicon: Iterable[str]):
        from analysis.text.stemming import _norm, is_stopword, stem_words

        self.by, self.drop_stopwords, self.stopwords = by, drop_stopwords, stopwords
        self.lexicon = tuple(lexicon)
        self._norm, self._is_stopword, self._stem_words = _norm, is_stopword, stem_words
        self.n: Counter[str] = Counter()
        self.documents: Counter[str] = Counter()
        self.frames: list = []  # polars frames of word, n, documents from the fast path

    def add_polars(self, frame) -> None:
        self.frames.append(frame)
        if len(self.frames) > 8:  # keep memory bounded by the vocabulary
            self.frames = [self._merged_frames()]

    def _merged_frames(self):
        import polars as pl

        return pl.concat(self.frames).group_by("word").agg(pl.col("n").sum(), pl.col("documents").sum())

    def add_document(self, surfaces: dict[str, int]) -> None:
        per_word: Counter[str] = Counter()
        if self.by == "norm" and not self.drop_stopwords:
            for surface, count in surfaces.items():
                per_word[self._norm(surface)] += count
            per_word.pop("", None)  # a run of marks alone folds to nothing: no word
        else:
            stems = self._stem_words(surfaces, self.stopwords, self.lexicon)
            for surface, count in surfaces.items():
                stem = stems[surface]
                if self.drop_stopwords and self._is_stopword(surface, stem, self.stopwords):
                    continue
                per_word[stem if self.by == "stem" else self._norm(surface)] += count
            per_word.pop("", None)
        self.n.update(per_word)
        self.documents.update(per_word.keys())

    def merge(self, other: _Counter) -> None:
        self.n.update(other.n)
        self.documents.update(other.documents)
        for frame in other.frames:
            self.add_polars(frame)

    def table(self) -> pd.DataFrame:
        """The counts as a pandas table, like count_words' (sorted, with shares)."""
        import pandas as pd

        table = self.polars_table()
        return pd.DataFrame({column: table[column].to_list() for column in CORPUS_COUNT_COLUMNS}).astype(
            {"word": "str", "n": "int64", "share": "float64", "documents": "int64"})

    def polars_table(self):
        """The counts as a polars table: word, n, share, documents; by n, then word."""
        import polars as pl

        frame = pl.DataFrame({"word": list(self.n), "n": list(self.n.values()),
                              "documents": [self.documents[w] for w in self.n]},
                             schema={"word": pl.String, "n": pl.Int64, "documents": pl.Int64})
        if self.frames:
            self.frames.append(frame)
            frame = self._merged_frames()
            self.frames = [frame]
        total = frame["n"].sum() or 1
        frame = frame.sort(["n", "word"], descending=[True, False]).with_columns((pl.col("n") / total).alias("share"))
        return frame.select(CORPUS_COUNT_COLUMNS)


@functools.lru_cache(maxsize=1)
def _text_folding() -> tuple[str, list[str], list[str], str]:
    """normalize()'s default table for whole-text folding in polars: the deleted
    characters (a regex class), the one-for-one maps (for replace_many), and the
    presentation forms (a regex class: a batch holding any folds word by word)."""
    from analysis.text.normalization import _TABLES, _composed_table, resolve_options

    table = _composed_table(resolve_options())
    forms = _TABLES["presentation_forms"]
    deleted = [chr(c) for c, v in table.items() if v == "" and c not in forms]
    mapped = {chr(c): v for c, v in table.items() if v and c not in forms}
    return (f"[{_rust_escape(''.join(deleted))}]", list(mapped), list(mapped.values()),
            f"[{_rust_escape(''.join(chr(c) for c in forms))}]")


def _count_norms_polars(texts, counter: _Counter) -> None:
    """The fast path (by="norm", stopwords kept), all in polars: fold the whole text
    with normalize()'s own table (the words of a folded text are the folded words of
    the text), find the words, and count occurrences and documents. A batch holding
    presentation forms (rare: text baked for display) folds word by word instead, since
    some of them fold to several words (ﷺ)."""
    import polars as pl

    deleted, map_from, map_to, forms = _text_folding()
    series = texts if isinstance(texts, pl.Series) else pl.Series("text", texts, dtype=pl.String)
    if series.str.contains(forms).any():
        return _count_norms_by_word(series, counter)
    words = (pl.LazyFrame({"text": series})
             .select(pl.col("text").str.replace_all(deleted, "").str.replace_many(map_from, map_to)
                     .str.extract_all(RUST_WORD_PATTERN).alias("word")))
    _add_word_lists(words, counter)


def _add_word_lists(words, counter: _Counter) -> None:
    """Count a lazy frame of one ``word`` list per document: occurrences and documents."""
    import polars as pl

    n, documents = pl.collect_all([
        words.select(pl.col("word").explode().drop_nulls()).group_by("word").len(),
        words.select(pl.col("word").list.unique().explode().drop_nulls()).group_by("word").len(),
    ], engine="streaming")
    counter.add_polars(n.join(documents, on="word").rename({"len": "n", "len_right": "documents"})
                       .cast({"n": pl.Int64, "documents": pl.Int64}))


def _count_norms_by_word(series, counter: _Counter) -> None:
    """Find the words, then fold each distinct one with normalize() (exact for any text)."""
    import polars as pl

    from analysis.text.normalization import normalize

    words = series.str.extract_all(RUST_WORD_PATTERN).alias("token").to_frame()
    distinct = words.select(pl.col("token").explode().unique().drop_nulls())["token"].to_list()
    folded = words.select(pl.col("token").list.eval(pl.element().replace_strict(
        distinct, [normalize(t) for t in distinct], return_dtype=pl.String)).alias("word"))
    _add_word_lists(folded.lazy().select(pl.col("word").list.eval(pl.element().filter(pl.element() != ""))),
                    counter)


def count_texts(texts: list[str], *, by: str = "norm", drop_stopwords: bool = False,
                stopwords: Iterable[str] | None = None, lexicon: Iterable[str] = (),
                engine: str = "polars") -> _Counter:
    """Count one batch of texts (the unit of work a Dask partition runs)."""
    counter = _new_counter(by, drop_stopwords, stopwords, lexicon)
    if engine == "polars" and by == "norm" and not drop_stopwords:
        _count_norms_polars(texts, counter)
        return counter
    # Stems and stopwords depend on each document's own vocabulary: one document at a time.
    surface_counts = _surface_counts_polars if engine == "polars" else _surface_counts_python
    for _, surfaces in surface_counts(texts):
        counter.add_document(surfaces)
    return counter


def _new_counter(by, drop_stopwords, stopwords, lexicon) -> _Counter:
    from analysis.text.stopwords import default_stopwords, stopword_set

    stops = default_stopwords() if stopwords is None else stopword_set(replace=stopwords)
    return _Counter(by, drop_stopwords, stops, lexicon)


def count_corpus(
    source: str | Path | Iterable[str],
    *,
    by: str = "norm",
    drop_stopwords: bool = False,
    stopwords: Iterable[str] | None = None,
    lexicon: Iterable[str] = (),
    text_column: str = "text",
    id_column: str | None = None,
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
    ``source`` is anything :func:`iter_documents` reads, or a list of texts.
    ``engine`` is ``polars`` (compiled tokenizer, the default), ``python`` (the same
    regex in Python), or ``dask`` (batches mapped over a ``dask.distributed`` client:
    ``dask_client``, or a new local cluster). Unreadable documents are skipped and
    listed in ``report`` (and in one warning), or stop the run with ``on_error="raise"``.
    ``as_polars`` returns a polars DataFrame instead (the command line writes it without
    importing pandas).
    """
    _check_choice("by", by, BY_VALUES)
    _check_choice("engine", engine, ENGINES)
    _check_choice("on_error", on_error, ON_ERROR)
    report = report if report is not None else CorpusReport()
    fast = (engine == "polars" and by == "norm" and not drop_stopwords and on_error == "skip" and not progress
            and isinstance(source, (str, Path)) and Path(source).suffix.lower() in TABLE_SUFFIXES
            and Path(source).is_file())
    if fast:
        counter = _new_counter(by, drop_stopwords, stopwords, lexicon)
        attempt = CorpusReport()
        if _count_table_fast(Path(source), text_column, attempt, counter):
            report.read, report.skipped = attempt.read, attempt.skipped
            if report.skipped:
                warnings.warn(f"count_corpus: {report.summary()}", UserWarning, stacklevel=2)
            return counter.polars_table() if as_polars else counter.table()
    if engine == "dask" and isinstance(source, (str, Path)) and Path(source).suffix.lower() in {".jsonl", ".ndjson"} \
            and Path(source).is_file():
        options = dict(by=by, drop_stopwords=drop_stopwords, stopwords=stopwords, lexicon=tuple(lexicon))
        total = _count_jsonl_with_dask(Path(source), text_column, options, dask_client, report)
        if report.skipped:
            warnings.warn(f"count_corpus: {report.summary()}", UserWarning, stacklevel=2)
        return total.polars_table() if as_polars else total.table()
    if isinstance(source, (str, Path)):
        documents: Iterable[Document] = iter_documents(source, text_column=text_column, id_column=id_column,
                                                       on_error=on_error, report=report, encoding=encoding)
    else:
        documents = _documents_from_texts(source, report)
    if progress:
        from tqdm import tqdm

        documents = tqdm(documents, unit=" docs", desc="counting", leave=False)
    options = dict(by=by, drop_stopwords=drop_stopwords, stopwords=stopwords, lexicon=tuple(lexicon))
    if engine == "dask":
        total = _count_with_dask(documents, options, dask_client)
    else:
        total = _new_counter(by, drop_stopwords, stopwords, lexicon)
        for batch in _batches(documents):
            total.merge(count_texts([d.text for d in batch], engine=engine, **options))
    if report.skipped:
        warnings.warn(f"count_corpus: {report.summary()}", UserWarning, stacklevel=2)
    return total.polars_table() if as_polars else total.table()


def _jsonl_frames(path: Path, text_column: str):
    """(line numbers of the records, polars frame) for chunks of a JSON Lines file:
    Python cuts the file into about 8 MB of whole lines, polars parses each chunk (it
    skips blank lines). Memory stays bounded whatever the file size."""
    import io

    import polars as pl

    with path.open("rb") as lines:
        number = 1
        while chunk := lines.read(8 << 20) + lines.readline():
            frame = pl.read_ndjson(io.BytesIO(chunk))
            if frame.height:
                if text_column not in frame.columns:
                    raise CorpusError(f"{path}: no column {text_column!r} near line {number}; the columns are "
                                      f"{frame.columns}. Name the text column with text_column= (--text-column).")
                if frame[text_column].dtype not in (pl.String, pl.Null):
                    raise pl.exceptions.SchemaError(f"column {text_column!r} is not text")
                yield _RecordLines(chunk, number), frame.select(pl.col(text_column).cast(pl.String))
            number += chunk.count(b"\n")


class _RecordLines:
    """Line number of the k-th record of a chunk, worked out only when one is needed
    (to name a skipped document)."""

    def __init__(self, chunk: bytes, first: int):
        self.chunk, self.first, self._lines = chunk, first, None

    def __add__(self, index: int) -> int:
        if self._lines is None:
            self._lines = [n for n, line in enumerate(self.chunk.split(b"\n")) if line.strip()]
        return self.first + self._lines[index]


def _polars_text_batches(path: Path, text_column: str, report: CorpusReport):
    """Batches of texts (polars Series) straight from a table file, parsed by polars;
    empty cells are skipped and reported by row (or line) number."""
    import polars as pl

    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        frames = _jsonl_frames(path, text_column)
    else:
        table = pl.scan_parquet(path) if suffix == ".parquet" else pl.scan_csv(path, infer_schema=False)
        columns = table.collect_schema().names()
        if text_column not in columns:
            raise CorpusError(f"{path}: no column {text_column!r}; the columns are {columns}. "
                              "Name the text column with text_column= (--text-column).")

        def numbered():
            row = 1
            for batch in table.select(pl.col(text_column).cast(pl.String)).collect_batches(chunk_size=5_000):
                yield row, batch
                row += len(batch)

        frames = numbered()
    pending, size = [], 0
    for first, batch in frames:
        texts = batch[text_column]
        empty = texts.is_null() | (texts.str.strip_chars() == "")
        for index in empty.arg_true().to_list():
            report.skipped.append((f"{path.name}:{first + index}", "the document is empty"))
        texts = texts.filter(~empty)
        report.read += len(texts)
        pending.append(texts)
        size += int(texts.str.len_chars().sum() or 0)
        if size >= BATCH_CHARACTERS:
            yield pl.concat(pending)
            pending, size = [], 0
    if pending:
        yield pl.concat(pending)


def _count_table_fast(path: Path, text_column: str, report: CorpusReport, counter: _Counter) -> bool:
    """Count a table corpus with polars reading it; False if polars cannot read it (a
    malformed line), so that the line-by-line reader can name the bad rows."""
    import polars as pl

    try:
        for texts in _polars_text_batches(path, text_column, report):
            _count_norms_polars(texts, counter)
    except CorpusError:
        raise
    except (pl.exceptions.PolarsError, OSError):
        return False
    return True


def _documents_from_texts(texts: Iterable[str], report: CorpusReport) -> Iterator[Document]:
    for number, text in enumerate(texts, 1):
        if not isinstance(text, str):
            raise TypeError(f"count_corpus: document {number} is a {type(text).__name__}, not text")
        report.read += 1
        yield Document(str(number), text)


def _count_batch_for_dask(texts: list[str], options: dict) -> _Counter:
    os.environ.setdefault("POLARS_MAX_THREADS", "1")  # one core per worker: Dask spreads the work
    return count_texts(texts, engine="polars", **options)


def _jsonl_range_texts(path: Path, start: int, end: int, text_column: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The texts of the JSON Lines records that start in bytes [start, end) of ``path``,
    and the records that could not be read (named by byte offset)."""
    texts, skipped = [], []
    with path.open("rb") as lines:
        if start:
            lines.seek(start - 1)
            lines.readline()  # finish the line that runs into this range: it belongs to the previous one
        while (offset := lines.tell()) < end:
            line = lines.readline()
            if not line:
                break
            if not line.strip():
                continue
            name = f"{path.name}@{offset}"
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as error:
                skipped.append((name, f"not valid JSON ({error})"))
                continue
            text = record.get(text_column) if isinstance(record, dict) else None
            if not isinstance(text, str) or not text.strip():
                skipped.append((name, "the document is empty or its text is not a string"))
                continue
            texts.append(text)
    return texts, skipped


def _count_jsonl_range_for_dask(path: str, start: int, end: int, text_column: str, options: dict):
    """One Dask partition: read a byte range of a JSON Lines file and count it, so that
    the texts never travel between processes."""
    os.environ.setdefault("POLARS_MAX_THREADS", "1")
    texts, skipped = _jsonl_range_texts(Path(path), start, end, text_column)
    counter = count_texts(texts, engine="polars", **options) if texts else _new_counter(
        options["by"], options["drop_stopwords"], options["stopwords"], options["lexicon"])
    return counter, len(texts), skipped


def _dask_client(client):
    """The given client, or a new local cluster with one process per core (and a closer)."""
    if client is not None:
        return client, lambda: None
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    own = Client(cluster)
    return own, lambda: (own.close(), cluster.close())


def _count_jsonl_with_dask(path: Path, text_column: str, options: dict, client, report: CorpusReport) -> _Counter:
    """Dask over a JSON Lines file: each worker reads and counts its own byte range."""
    from dask.distributed import as_completed

    client, close = _dask_client(client)
    try:
        size = path.stat().st_size
        workers = max(1, len(client.scheduler_info()["workers"]))
        parts = max(2 * workers, -(-size // (16 << 20)))  # at most 16 MB per partition
        bounds = [size * k // parts for k in range(parts + 1)]
        futures = [client.submit(_count_jsonl_range_for_dask, str(path), bounds[k], bounds[k + 1], text_column,
                                 options, pure=False) for k in range(parts)]
        total = _new_counter(options["by"], options["drop_stopwords"], options["stopwords"], options["lexicon"])
        for done in as_completed(futures):
            counter, read, skipped = done.result()
            total.merge(counter)
            report.read += read
            report.skipped.extend(skipped)
        return total
    finally:
        close()


def _count_with_dask(documents: Iterable[Document], options: dict, client) -> _Counter:
    from dask.distributed import as_completed

    client, close = _dask_client(client)
    try:
        total = _new_counter(options["by"], options["drop_stopwords"], options["stopwords"], options["lexicon"])
        futures = []
        workers = max(1, len(client.scheduler_info()["workers"]))
        for batch in _batches(documents, BATCH_CHARACTERS // 4):
            futures.append(client.submit(_count_batch_for_dask, [d.text for d in batch], options, pure=False))
            if len(futures) >= 2 * workers:  # bounded: never more than two batches per worker in flight
                done = next(as_completed(futures))
                futures.remove(done)
                total.merge(done.result())
        for done in as_completed(futures):
            total.merge(done.result())
        return total
    finally:
        close()
