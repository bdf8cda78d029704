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
    """Write ``frame`` as UTF-8 CSV (no index, ``\\n`` line ends) atomically; return ``path``."""
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return atomic_write_bytes(path, buffer.getvalue().encode("utf-8"))
