"""Writing results to disk, atomically: the only place the package writes files.

Every file is first written to a temporary file in the same folder and then renamed
over the target, so an interrupted run leaves either the old file or the new one,
never half of one.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename; return ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_table(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` atomically and return ``path``: UTF-8 CSV (no index, ``\\n`` line
    ends), or Parquet when ``path`` ends in ``.parquet`` (object columns, such as the
    figures' mixed ``value``, are written as text there)."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        import polars as pl

        mixed = [c for c in frame.columns if frame[c].dtype == object]
        frame = frame.assign(**{c: frame[c].map(lambda v: None if v is None else str(v)) for c in mixed})
        return write_polars_table(pl.from_pandas(frame), path)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return atomic_write_bytes(path, buffer.getvalue().encode("utf-8"))


def write_polars_table(frame, path: str | Path) -> Path:
    """Write a polars DataFrame as CSV or Parquet (by ``path``'s suffix), atomically."""
    buffer = io.BytesIO()
    if Path(path).suffix.lower() == ".parquet":
        frame.write_parquet(buffer)
    else:
        frame.write_csv(buffer)
    return atomic_write_bytes(path, buffer.getvalue())
