from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

import analysis
from analysis.plot.rtl_tables import has_arabic, rtl_table


class _Cells(HTMLParser):
    """The table's attributes and every cell as (tag, attributes, text)."""

    def __init__(self, html: str):
        super().__init__()
        self.table: dict[str, str | None] = {}
        self.cells: list[tuple[str, dict[str, str | None], str]] = []
        self._open: tuple[str, dict] | None = None
        self._text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.table = dict(attrs)
        elif tag in ("td", "th"):
            self._open, self._text = (tag, dict(attrs)), []

    def handle_data(self, data):
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._open:
            self.cells.append((*self._open, "".join(self._text)))
            self._open = None


def _styles(attributes):
    return {k.strip(): v.strip() for k, v in (p.split(":") for p in (attributes.get("style") or "").split(";") if p.strip())}


@pytest.fixture
def frame():
    return pd.DataFrame({
        "word": ["الحدود", "داعش", "Interpol"],
        "n": [3, 60, 1],
        "date": ["2016-07-22", None, "2014-09"],
        "phrase": ["بلدا عن طريق 60", "", float("nan")],
    })


def test_arabic_cells_carry_their_direction_and_alignment_on_the_cell(frame):
    cells = _Cells(rtl_table(frame).to_html())
    arabic = [(attrs, text) for tag, attrs, text in cells.cells if tag == "td" and has_arabic(text)]
    assert [text for _, text in arabic] == ["الحدود", "بلدا عن طريق 60", "داعش"]
    for attrs, _ in arabic:
        # JupyterLab keeps dir and inline styles of an untrusted output, not <style> blocks
        assert attrs["dir"] == "rtl"
        assert _styles(attrs) == {"direction": "rtl", "text-align": "right"}
    assert cells.table["dir"] == "rtl"  # the first column (word) stands on the right


def test_no_style_block_is_needed(frame):
    assert "<style" not in rtl_table(frame).to_html()


def test_latin_and_number_cells_are_left_alone(frame):
    cells = _Cells(rtl_table(frame).to_html()).cells
    plain = {text: attrs for tag, attrs, text in cells if tag == "td" and text in ("Interpol", "60", "3")}
    assert set(plain) == {"Interpol", "60", "3"}
    assert all("dir" not in attrs and "style" not in attrs for attrs in plain.values())


def test_headers_over_arabic_columns_are_right_aligned(frame):
    headers = {text: _styles(attrs) for tag, attrs, text in _Cells(rtl_table(frame).to_html()).cells
               if tag == "th" and "col_heading" in (attrs.get("class") or "")}
    assert headers == {"word": {"text-align": "right"}, "n": {}, "date": {}, "phrase": {"text-align": "right"}}


def test_missing_values_show_as_empty_cells(frame):
    texts = [text for tag, _, text in _Cells(rtl_table(frame).to_html()).cells if tag == "td"]
    # rows: الحدود 3 2016-07-22 phrase / داعش 60 (None) "" / Interpol 1 2014-09 (NaN)
    assert texts[4:8] == ["داعش", "60", "", ""]
    assert texts[11] == ""
    assert not {"None", "nan", "NaN", "<NA>"} & set(texts)


def test_iso_dates_do_not_wrap(frame):
    dates = {text: _styles(attrs) for tag, attrs, text in _Cells(rtl_table(frame).to_html()).cells
             if tag == "td" and text.startswith("20")}
    assert dates == {"2016-07-22": {"white-space": "nowrap"}, "2014-09": {"white-space": "nowrap"}}


def test_a_table_without_arabic_keeps_its_direction():
    cells = _Cells(rtl_table(pd.DataFrame({"n": [1, 2], "share": [0.5, 0.25]})).to_html())
    assert "dir" not in cells.table
    assert [text for tag, _, text in cells.cells if tag == "td"] == ["1", "0.5", "2", "0.25"]


def _column(html: str, column: int) -> list[str]:
    """The texts of one column's body cells (``column`` counts from 0, the index not included)."""
    cells = _Cells(html).cells
    return [text for tag, attrs, text in cells if tag == "td" and f"col{column} " in attrs["class"] + " "]


@pytest.fixture
def numbers():
    # the figures table's counts are floats because of the NaN; 7 500 is written with a no-break space
    return pd.DataFrame({
        "surface": ["أكثر من 7\u00a0500", "آلاف", "خمسة"],
        "value": [7500.0, float("nan"), 5.0],
        "share": [12.5, 0.25, 1 / 3],
        "n": [7500, 60, 3],
    })


def test_whole_floats_show_without_decimals_and_nan_stays_empty(numbers):
    assert _column(rtl_table(numbers).to_html(), 1) == ["7500", "", "5"]


def test_other_floats_keep_at_most_precision_decimals_without_trailing_zeros(numbers):
    assert _column(rtl_table(numbers).to_html(), 2) == ["12.5", "0.25", "0.333"]
    # 0.25 is exactly half way: rounded to the even digit, as Python and pandas round
    assert _column(rtl_table(numbers, precision=1).to_html(), 2) == ["12.5", "0.2", "0.3"]


def test_fixed_decimals_when_asked_but_whole_columns_stay_whole(numbers):
    html = rtl_table(numbers, precision=2, fixed=True).to_html()
    assert _column(html, 2) == ["12.50", "0.25", "0.33"]
    assert _column(html, 1) == ["7500", "", "5"]


def test_integers_and_text_are_shown_as_they_are(numbers):
    html = rtl_table(numbers).to_html()
    assert _column(html, 3) == ["7500", "60", "3"]  # no thousands separator
    assert _column(html, 0) == ["أكثر من 7\u00a0500", "آلاف", "خمسة"]


def test_a_small_negative_float_is_zero_not_minus_zero():
    frame = pd.DataFrame({"log_ratio": [-0.0001, 1.25]})
    assert _column(rtl_table(frame).to_html(), 0) == ["0", "1.25"]


def test_floats_among_other_values_follow_their_column():
    # a figure's value is a number, a (low, high) range or missing
    frame = pd.DataFrame({"value": [(2014, 2016), 7500.0, None, 2014.0]})
    assert _column(rtl_table(frame).to_html(), 0) == ["(2014, 2016)", "7500", "", "2014"]


def test_kwic_reads_before_keyword_after_from_the_right():
    tokens = analysis.tokenize("قال الوزير إن الاتفاق الجديد يحمي الحدود")
    cells = _Cells(rtl_table(analysis.kwic(tokens, "الاتفاق", window=2)).to_html())
    # in a dir="rtl" table the first column is the rightmost: before | keyword | after
    assert cells.table["dir"] == "rtl"
    assert [text for tag, _, text in cells.cells if tag == "td"][:3] == ["الوزير إن", "الاتفاق", "الجديد يحمي"]


def test_same_table_same_html_and_data_untouched(tokens):
    head = tokens.head(5)
    before = head.copy()
    styler = rtl_table(head)
    html = styler.to_html()
    assert rtl_table(head).to_html() == html  # same ids every run
    assert rtl_table(tokens.head(6)).to_html().split('"')[1] != html.split('"')[1]  # the id follows the content
    assert not re.search(r"0x[0-9a-f]{6,}", repr(styler))
    pd.testing.assert_frame_equal(head, before)


def test_cells_holding_lists_and_tuples_are_shown():
    frame = pd.DataFrame({"value": [(2014, 2016), None], "noun": ["عاما", "دولة"]})
    texts = [text for tag, _, text in _Cells(rtl_table(frame).to_html()).cells if tag == "td"]
    assert texts == ["(2014, 2016)", "عاما", "", "دولة"]


def test_only_data_frames():
    with pytest.raises(TypeError, match="takes a DataFrame, not list"):
        rtl_table(["not", "a", "frame"])
