"""Showing tables to Arabic readers in JupyterLab, without changing the data.

A notebook opened from a clone is *untrusted*: JupyterLab sanitizes its stored HTML
outputs. Measured in JupyterLab 4.6 (headless Chromium, tests/browser/): ``<style>``
blocks are dropped and ``id`` becomes ``data-jupyter-id`` (so a pandas Styler's CSS
is lost), while the ``dir`` attribute and inline ``style`` attributes are kept, minus
properties its CSS filter does not know (``unicode-bidi`` goes, ``direction``,
``text-align`` and ``white-space`` stay). So every style here is written on the cell
itself, as ``dir="rtl"`` plus an inline ``style``: the table reads right to left in
the stored output, after a run, and in ``jupyter nbconvert --to html``.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable
from pathlib import Path

import jinja2
import pandas as pd
from pandas.api.types import is_float
from pandas.io.formats.style import Styler

from analysis.text import chars
from analysis.text.patterns import ARABIC_LETTER

_TEMPLATES = Path(__file__).parent / "templates"
#: The inline style of a cell holding Arabic (``dir="rtl"`` is added beside it).
RTL_CELL = "direction: rtl; text-align: right"
#: The inline style of a header over a column holding Arabic.
RTL_HEADER = "text-align: right"
#: The inline style of a cell that must stay on one line (ISO dates, number ranges).
NO_WRAP = "white-space: nowrap"
# "2016-07-22", "2014-09", "(2014, 2016)": digits joined by a hyphen or a comma, which a
# browser may break after; a reader wants them on one line.
_UNBREAKABLE = re.compile(f"^\\(?[{chars.DIGITS}]+(?:(?:-|, )[{chars.DIGITS}]+)+\\)?$")


class RtlStyler(Styler):
    """A pandas Styler that writes every cell's style inline (``dir`` and ``style``
    attributes), so it survives JupyterLab's sanitizer; its plain-text form is the
    table's own (no memory address)."""

    # pandas' own templates, with the cell rows and the <style> block overridden
    # (templates/*.tpl); trim_blocks as in pandas' environment.
    env = jinja2.Environment(loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(_TEMPLATES), Styler.loader]),
                             trim_blocks=True)
    template_html_table = env.get_template("rtl_table.tpl")
    template_html_style = env.get_template("rtl_style.tpl")

    def __repr__(self) -> str:
        return repr(self.data)


def has_arabic(value: object) -> bool:
    """Whether ``value`` is a string holding at least one Arabic letter."""
    return isinstance(value, str) and bool(ARABIC_LETTER.search(value))


def cell_style(value: object) -> str:
    """The inline style :func:`rtl_table` gives a body cell holding ``value``."""
    if has_arabic(value):
        return RTL_CELL
    if _UNBREAKABLE.match(str(value)):
        return NO_WRAP
    return ""


def _content_id(frame: pd.DataFrame) -> str:
    """Ten hex digits from the table's content: the same table gets the same HTML ids."""
    hashable = frame.map(lambda v: repr(v) if isinstance(v, (list, tuple, dict, set)) else v)
    digest = hashlib.sha1(pd.util.hash_pandas_object(hashable, index=True).to_numpy().tobytes())
    digest.update(repr(list(frame.columns)).encode("utf-8"))
    return digest.hexdigest()[:10]


def _float_display(column: pd.Series, precision: int, fixed: bool) -> Callable[[object], object]:
    """How :func:`rtl_table` shows the floats of ``column`` (any other value as it is):
    with no decimals if every float in it is a whole number, else rounded to
    ``precision`` decimals, trailing zeros dropped unless ``fixed``."""
    floats = [float(v) for v in column if is_float(v) and not math.isnan(v)]  # NaN is an empty cell
    decimals = 0 if all(v.is_integer() for v in floats) else precision

    def show(value: object) -> object:
        if not is_float(value):
            return value
        # + 0.0 turns the -0.0 that rounding a small negative gives into 0.0: no "-0" cell
        text = f"{round(float(value), decimals) + 0.0:.{decimals}f}"
        if decimals and not fixed:  # only after a decimal point: "7500" keeps its zeros
            text = text.rstrip("0").rstrip(".")
        return text

    return show


def rtl_table(frame: pd.DataFrame, *, precision: int = 3, fixed: bool = False) -> RtlStyler:
    """``frame`` styled for reading Arabic, without modifying it.

    Numbers are written as a reader writes them, with no thousands separator (a year
    shares the ``value`` column of the figures table with counts: ``2014``, not
    ``2,014``): a column whose floats are all whole numbers (counts held as floats
    because of a NaN) shows them without decimals (``7500``); other floats have at
    most ``precision`` decimals, trailing zeros dropped (``12.5``, ``0.25``), or
    exactly ``precision`` decimals with ``fixed=True``; integers and text are shown
    as they are.

    A table holding Arabic runs right to left (``dir="rtl"``: the first column on the
    right), its Arabic cells are right-to-left and right-aligned, the headers over
    Arabic columns right-aligned; ISO dates and number ranges do not wrap; missing
    values (``None``, ``NaN``) show as empty cells. All of it is written on the cells
    (see the module docstring), so it holds in an untrusted notebook's stored output
    and in an HTML export. Returns a Styler (chain more ``map``/``format`` as usual;
    ``set_table_styles`` still goes to a ``<style>`` block, which untrusted notebooks
    drop). The HTML ids come from the table's content, so a notebook's output is the
    same on every run (nbval compares it).
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"rtl_table() takes a DataFrame, not {type(frame).__name__}")
    styler = RtlStyler(frame, uuid=_content_id(frame), cell_ids=False)
    displays = {name: _float_display(column, precision, fixed) for name, column in frame.items()}
    styler = styler.format(displays, na_rep="").map(cell_style)
    arabic_columns = {c for c in frame.columns if has_arabic(str(c)) or frame[c].map(has_arabic).any()}
    if arabic_columns:
        styler = styler.set_table_attributes('dir="rtl"')
        styler = styler.map_index(lambda label: RTL_HEADER if label in arabic_columns else "", axis="columns")
    return styler
