"""Writing results to disk, atomically: the only place the package writes files.

Every file is first written to a temporary file in the same folder and then renamed
over the target, so an interrupted run leaves either the old file or the new one,
never half of one.
"""

from __future__ import annotations

import io
import os
import re
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
    ends; a missing number is written ``nan`` so the column reads back as float), or
    Parquet when ``path`` ends in ``.parquet`` (object columns are written as text there)."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        import polars as pl

        columns = {}
        for column in frame.columns:
            values = frame[column].tolist()
            if frame[column].dtype == object:  # Python objects of any type: as text
                values = [None if v is None else str(v) for v in values]
            columns[str(column)] = values
        return write_polars_table(pl.DataFrame(columns, strict=False), path)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n", na_rep="nan")
    return atomic_write_bytes(path, buffer.getvalue().encode("utf-8"))


def write_polars_table(frame, path: str | Path) -> Path:
    """Write a polars DataFrame as CSV or Parquet (by ``path``'s suffix), atomically."""
    buffer = io.BytesIO()
    if Path(path).suffix.lower() == ".parquet":
        frame.write_parquet(buffer)
    else:
        frame.write_csv(buffer)
    return atomic_write_bytes(path, buffer.getvalue())


_INT = re.compile(r"-?\d+")
_FLOAT = re.compile(r"-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|-?inf|nan")
def read_table(path: str | Path) -> pd.DataFrame:
    """Read a table :func:`write_table` wrote, with its types: whole-number columns as
    int64, decimal ones as float64 (``nan`` cells are NaN), True/False as bool, text as
    str (empty cells stay "")."""
    import pandas as pd

    path = Path(path)
    if path.suffix.lower() == ".parquet":
        import polars as pl

        raw = pl.read_parquet(path).with_columns(pl.col(pl.String).fill_null(""))
        frame = pd.DataFrame({c: [str(v) for v in raw[c].to_list()] for c in raw.columns})
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    typed = {}
    for column in frame.columns:
        cells = frame[column].astype(str)
        if len(cells) and cells.map(lambda c: bool(_INT.fullmatch(c))).all():
            typed[column] = cells.astype("int64")
        elif len(cells) and cells.map(lambda c: bool(_FLOAT.fullmatch(c))).all():
            typed[column] = cells.astype("float64")
        elif len(cells) and cells.isin(["True", "False"]).all():
            typed[column] = cells == "True"
        else:
            typed[column] = cells.astype("str")
    return pd.DataFrame(typed, index=frame.index)
