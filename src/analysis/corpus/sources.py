"""Where a corpus's documents come from: one reader per format, one way to name a record.

A source is read in batches of texts, never whole. Its format is ``format=`` when given,
otherwise this one rule (:func:`source_format`): an existing folder is ``folder`` (every
``.txt`` below it), a name holding ``* ? [`` is ``glob``, anything else is named by its
suffix (``.txt``, ``.csv``, ``.parquet``, ``.jsonl`` or ``.ndjson``). A folder, a
``.txt`` file and a JSON Lines file may also be an fsspec URL (``s3://``, ``file://``).

A record that cannot be read is named one way everywhere (:func:`record_name`):
``file:line`` in a JSON Lines file, ``file[id]`` for a table row (the ``id_column``
value, or the row number from 1), and the path itself for a ``.txt`` file.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis.files.decoding import ArticleError, decode_text

FORMATS = ("folder", "glob", "txt", "csv", "parquet", "jsonl")
SUFFIX_FORMATS = {".txt": "txt", ".csv": "csv", ".parquet": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}
ON_ERROR = ("skip", "raise")
#: Bytes of documents per batch: bounds memory whatever the corpus size.
BATCH_BYTES = 1 << 21  # 2 MB: peak 236 MiB at 400 MB of JSON Lines by stem (the benchmark), one allocator arena


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


@dataclass
class Batch:
    """The readable texts of a run of documents (a polars String Series) and a function
    naming the k-th of them, worked out only when asked (a JSON Lines line number costs a
    scan of the chunk)."""

    texts: object
    name: Callable[[int], str]


def check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{name}={value!r}: allowed values are {allowed}")


def record_name(file: str, *, line: int | None = None, record: object = None) -> str:
    """The name of a record in messages: ``file:line`` or ``file[record id]``."""
    return f"{file}:{line}" if line is not None else f"{file}[{record}]"


def is_url(source: str) -> bool:
    return "://" in source


def source_format(source: str | Path, format: str | None = None) -> str:
    """The format of ``source``: ``format`` if given, else the rule in the module docstring."""
    if format is not None:
        check_choice("format", format, FORMATS)
        return format
    source = str(source)
    if (is_url(source) and not Path(source).suffix) or (not is_url(source) and Path(source).is_dir()):
        return "folder"
    if any(ch in source for ch in "*?["):
        return "glob"
    suffix = Path(source).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise CorpusError(f"{source}: no such folder, and {suffix or 'no suffix'} is not a corpus format "
                          f"({', '.join(SUFFIX_FORMATS)}). Check the path, or name the format with format=.")
    return SUFFIX_FORMATS[suffix]


def filesystem(source: str):
    """(fsspec filesystem, path) for a URL, or (None, source) for a local path."""
    if not is_url(source):
        return None, source
    import fsspec

    return fsspec.core.url_to_fs(source)


def open_binary(fs, path: str):
    return fs.open(path, "rb") if fs is not None else open(path, "rb")


def text_files(source: str, format: str) -> list[str]:
    """The .txt files of a folder, a glob or one file, sorted; a URL keeps its protocol."""
    fs, path = filesystem(source)
    if fs is not None:
        found = [path] if format == "txt" else fs.glob(path) if format == "glob" else fs.find(path)
        return sorted(fs.unstrip_protocol(p) for p in found if p.endswith(".txt") or format == "txt")
    if format == "folder":
        return sorted(str(p) for p in Path(source).rglob("*.txt") if p.is_file())
    if format == "glob":
        return sorted(p for p in glob.glob(source, recursive=True) if Path(p).is_file())
    return [source]


def source_files(source: str, format: str) -> list[str]:
    """The .txt files of a folder, glob or .txt source; an error if there are none."""
    files = text_files(source, format)
    if not files or (format == "txt" and not is_url(source) and not Path(source).is_file()):
        raise CorpusError(f"{source}: no such file, folder or matching .txt files. Check the corpus path.")
    return files


class Reader:
    """Reads one source in batches; bad records go to the report or stop the run."""

    def __init__(self, report: CorpusReport, on_error: str = "skip", *, text_column: str = "text",
                 id_column: str | None = None, encoding: str = "utf-8", batch_bytes: int | None = None):
        check_choice("on_error", on_error, ON_ERROR)
        self.report, self.on_error = report, on_error
        self.text_column, self.id_column, self.encoding = text_column, id_column, encoding
        self.batch_bytes = batch_bytes or BATCH_BYTES

    def bad(self, name: str, reason: str) -> None:
        """A record that cannot be read: skipped and listed, or the end of the run."""
        if self.on_error == "raise":
            raise CorpusError(f"{name}: {reason}")
        self.report.skipped.append((name, reason))

    def batches(self, source: str | Path, format: str | None = None) -> Iterator[Batch]:
        source = str(source)
        format = source_format(source, format)
        if format in ("folder", "glob", "txt"):
            return self.files(source_files(source, format))
        if not is_url(source) and not Path(source).is_file():
            raise CorpusError(f"{source}: no such file. Check the path of the corpus table.")
        if format == "jsonl":
            return self.jsonl(source)
        return self.table(source, format)

    # ---- .txt files -------------------------------------------------------------------

    def files(self, files: list[str]) -> Iterator[Batch]:
        """Batches of .txt files, each decoded on its own (``encoding``)."""
        names, texts, size = [], [], 0
        for name in files:
            text = self._file_text(name)
            if text is not None:
                names.append(name)
                texts.append(text)
                size += len(text)
            if size >= self.batch_bytes // 2:  # characters: about two bytes each in Arabic UTF-8
                yield from self._series_batch(texts, names.__getitem__)
                names, texts, size = [], [], 0
        yield from self._series_batch(texts, names.__getitem__)

    def _file_text(self, name: str) -> str | None:
        fs, path = filesystem(name)
        try:
            with open_binary(fs, path) as file:
                data = file.read()
            text, _ = decode_text(Path(path), data, self.encoding)
        except (ArticleError, OSError) as error:
            message = str(error)
            self.bad(name, message.split(": ", 1)[1] if message.startswith(f"{path}: ") else message)
            return None
        if not text.strip():
            self.bad(name, "the document is empty")
            return None
        return text

    # ---- tables -----------------------------------------------------------------------

    def table(self, source: str, format: str) -> Iterator[Batch]:
        """Batches of rows of a CSV or Parquet table, parsed by polars."""
        import polars as pl

        file = Path(source).name
        try:
            table = pl.scan_parquet(source) if format == "parquet" else pl.scan_csv(source, infer_schema=False)
            self._check_columns(source, table.collect_schema().names())
            columns = [pl.col(self.text_column).cast(pl.String)]
            columns += [pl.col(self.id_column).cast(pl.String)] if self.id_column else []
            row = 1
            for frame in table.select(columns).collect_batches(chunk_size=5_000):
                ids = frame[self.id_column].to_list() if self.id_column else None
                yield from self._checked(frame[self.text_column], lambda k, first=row, ids=ids: record_name(
                    file, record=ids[k] if ids else first + k))
                row += frame.height
        except CorpusError:
            raise
        except Exception as error:  # a truncated Parquet file, a malformed CSV
            raise CorpusError(f"{source}: cannot be read as a {format} table ({type(error).__name__}: {error}). "
                              "Check that the file is complete.") from None

    def _check_columns(self, source: str, columns, where: Callable[[], str] = str) -> None:
        """An error naming a missing column; ``where`` says where, worked out only then."""
        missing = [c for c in (self.text_column, self.id_column) if c and c not in columns]
        if missing:
            raise CorpusError(f"{source}: no column {missing[0]!r}{where()}; the columns are {list(columns)}. "
                              "Name the text column with text_column= (--text-column).")

    def _checked(self, texts, name: Callable[[int], str]) -> Iterator[Batch]:
        """The batch without its empty documents (each reported by name)."""
        import polars as pl

        empty = texts.is_null() | ~texts.str.contains(r"\S")  # no copy of the texts, unlike strip_chars
        if empty.any():
            for index in empty.arg_true().to_list():
                self.bad(name(index), "the document is empty")
            kept = (~empty).arg_true().to_list()
            texts, name = texts.filter(~empty), lambda k, inner=name: inner(kept[k])
        self.report.read += len(texts)
        if len(texts):
            yield Batch(texts.cast(pl.String), name)

    def _series_batch(self, texts: list[str], name: Callable[[int], str]) -> Iterator[Batch]:
        import polars as pl

        if texts:
            yield from self._checked(pl.Series("text", texts, dtype=pl.String), name)

    # ---- JSON Lines -------------------------------------------------------------------

    def jsonl(self, source: str, start: int = 0, end: int | None = None) -> Iterator[Batch]:
        """Batches of the records of a JSON Lines file that start in bytes [start, end):
        Python cuts whole lines, polars parses them; a chunk polars cannot parse is read
        line by line to name its bad records. Line numbers are counted only when a record
        has to be named."""
        fs, path = filesystem(source)
        file = Path(path).name
        with open_binary(fs, path) as lines:
            if start:
                lines.seek(start - 1)
                lines.readline()  # the line running into this range belongs to the previous one
            first = _LineNumbers(fs, path, lines.tell())
            while (end is None or lines.tell() < end) and (chunk := self._chunk(lines, end)):
                yield from self._jsonl_chunk(source, file, chunk, first)
                first = first.after(chunk)

    def _chunk(self, lines, end: int | None) -> bytes:
        size = self.batch_bytes if end is None else max(0, min(self.batch_bytes, end - lines.tell()))
        return lines.read(size) + lines.readline() if size else b""

    def _jsonl_chunk(self, source: str, file: str, chunk: bytes, first: _LineNumbers) -> Iterator[Batch]:
        import polars as pl

        frame = _parse_ndjson(chunk, self._jsonl_schema())
        if frame is not None and frame.height and (frame[self.text_column].is_null().all()
                                                   or _maybe_not_text(frame[self.text_column]).any()):
            frame = _parse_ndjson(chunk, None)  # the types as written, to tell which record is not text
        if frame is None or (frame.height and frame.schema.get(self.text_column) not in (pl.String, pl.Null)):
            yield from self._jsonl_lines(file, chunk, first)
            return
        if not frame.height:
            return
        self._check_columns(source, frame.columns, lambda: f" near line {first.line(chunk, 0)}")
        ids = frame[self.id_column].cast(pl.String).to_list() if self.id_column else None
        yield from self._checked(frame[self.text_column], lambda k: record_name(
            file, record=ids[k]) if ids else record_name(file, line=first.line(chunk, k)))

    def _jsonl_schema(self) -> dict:
        """The columns read from JSON Lines, all as text: polars then parses only these
        (inferring the types of every record costs a second parse of each chunk)."""
        import polars as pl

        return {column: pl.String for column in (self.text_column, self.id_column) if column}

    def _jsonl_lines(self, file: str, chunk: bytes, first: _LineNumbers) -> Iterator[Batch]:
        """A chunk read line by line, so that a bad line is named."""
        texts, names = [], []
        for number, line in enumerate(chunk.split(b"\n")):
            if not line.strip():
                continue
            name = record_name(file, line=first.line_at(number))
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as error:
                self.bad(name, f"not valid JSON ({getattr(error, 'msg', error)})")
                continue
            if not isinstance(record, dict) or self.text_column not in record:
                self._check_columns(file, record.keys() if isinstance(record, dict) else [], lambda: f" at line {name}")
            text = record[self.text_column]
            if not isinstance(text, str) and text is not None:
                self.bad(name, f"the text is not a string ({type(text).__name__})")
                continue
            if self.id_column:
                name = record_name(file, record=record.get(self.id_column))
            texts.append(text)
            names.append(name)
        if texts:
            yield from self._series_batch(texts, names.__getitem__)


def _parse_ndjson(chunk: bytes, schema: dict | None):
    """The records of a chunk of JSON Lines (the ``schema`` columns, or every column with
    its type inferred from all records), or None when polars cannot parse it."""
    import polars as pl

    try:
        return pl.read_ndjson(chunk, schema=schema, infer_schema_length=None)
    except pl.exceptions.PolarsError:
        return None


def _maybe_not_text(texts):
    """Which values read as text could have been something else: read with a String
    schema, polars writes a number, ``true``/``false``, an object or an array as its
    JSON text. A chunk holding one is read again with its types, so that such a record
    is reported rather than counted; a real text that only looks like one costs that
    second read, nothing more."""
    return texts.str.contains(_JSON_NOT_TEXT)


#: A whole value that is a JSON number, boolean, object or array.
_JSON_NOT_TEXT = r"(?s)^(?:-?[0-9][0-9.eE+\-]*|true|false|\{.*\}|\[.*\])$"


class _LineNumbers:
    """Line numbers in a JSON Lines file from a byte offset on: the first line's number
    is counted (a scan of the bytes before it) only when a record must be named."""

    def __init__(self, fs, path: str, offset: int, number: int | None = None):
        self.fs, self.path, self.offset = fs, path, offset
        self._number = 1 if offset == 0 else number
        self._records: dict[int, list[int]] = {}

    def number(self) -> int:
        if self._number is None:
            newlines, remaining = 0, self.offset
            with open_binary(self.fs, self.path) as file:
                while remaining > 0 and (block := file.read(min(1 << 20, remaining))):
                    newlines += block.count(b"\n")
                    remaining -= len(block)
            self._number = 1 + newlines
        return self._number

    def line_at(self, newlines: int) -> int:
        """The number of the line ``newlines`` lines after the first."""
        return self.number() + newlines

    def line(self, chunk: bytes, record: int) -> int:
        """The line of the ``record``-th non-blank line of ``chunk``."""
        key = id(chunk)
        if key not in self._records:
            self._records = {key: [n for n, line in enumerate(chunk.split(b"\n")) if line.strip()]}
        return self.line_at(self._records[key][record])

    def after(self, chunk: bytes) -> _LineNumbers:
        following = _LineNumbers(self.fs, self.path, self.offset + len(chunk))
        if self._number is not None:
            following._number = self._number + chunk.count(b"\n")
        return following


def iter_documents(source: str | Path, *, text_column: str = "text", id_column: str | None = None,
                   on_error: str = "skip", report: CorpusReport | None = None, encoding: str = "utf-8",
                   format: str | None = None) -> Iterator[Document]:
    """Yield the documents of ``source`` one by one.

    ``source`` is a folder (every ``.txt`` below it), a glob (``news/*.txt``), one
    ``.txt`` file, or a ``.csv`` / ``.parquet`` / ``.jsonl`` file whose ``text_column``
    holds the texts (``id_column`` names them); ``format`` overrides the rule in the
    module docstring. Unreadable documents go to ``report.skipped`` with the reason
    (``on_error="skip"``) or raise :class:`CorpusError` (``on_error="raise"``).
    ``encoding`` applies to ``.txt`` files (``"auto"`` detects Windows-1256 and
    ISO-8859-6; see :mod:`analysis.files.decoding`).
    """
    reader = Reader(report if report is not None else CorpusReport(), on_error, text_column=text_column,
                    id_column=id_column, encoding=encoding, batch_bytes=1 << 20)
    for batch in reader.batches(source, format):
        for index, text in enumerate(batch.texts.to_list()):
            yield Document(batch.name(index), text)
