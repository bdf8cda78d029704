"""Showing tables to Arabic readers in JupyterLab, without changing the data."""

from __future__ import annotations

import hashlib

import pandas as pd
from pandas.io.formats.style import Styler

from analysis.text.patterns import ARABIC_LETTER

_RTL_CELL = "direction: rtl; text-align: right; unicode-bidi: plaintext"


class RtlStyler(Styler):
    """A pandas Styler whose plain-text form is the table's own (no memory address)."""

    def __repr__(self) -> str:
        return repr(self.data)


def _has_arabic(value: object) -> bool:
    return isinstance(value, str) and bool(ARABIC_LETTER.search(value))


def rtl_table(frame: pd.DataFrame, *, precision: int = 3) -> RtlStyler:
    """``frame`` styled for reading Arabic: Arabic cells right-aligned and right-to-left.

    Returns a Styler (chain more styling as usual); the DataFrame is not modified. The
    HTML ids are derived from the table's content, so a notebook's output is the same
    on every run (nbval compares it).
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"rtl_table() takes a DataFrame, not {type(frame).__name__}")
    digest = hashlib.sha1(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    digest.update(repr(list(frame.columns)).encode("utf-8"))
    styler = RtlStyler(frame, uuid=digest.hexdigest()[:10], precision=precision, cell_ids=False)
    styler = styler.map(lambda v: _RTL_CELL if _has_arabic(v) else "")
    arabic_columns = [c for c in frame.columns if _has_arabic(str(c)) or frame[c].map(_has_arabic).any()]
    if arabic_columns:
        styler = styler.map_index(lambda v: _RTL_CELL if _has_arabic(str(v)) else "", axis="columns")
        styler = styler.set_table_styles(
            {c: [{"selector": "th", "props": "text-align: right"}] for c in arabic_columns}, overwrite=False
        )
    return styler
