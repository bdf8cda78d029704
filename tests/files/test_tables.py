"""Tables written and read back with their types (CSV and Parquet)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.files.tables import read_table, write_table


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_a_float_column_with_gaps_reads_back_as_float(tmp_path, suffix):
    frame = pd.DataFrame({"value": [7500.0, math.nan, 2.5], "date": ["", "2016-07-22", ""], "n": [1, 2, 3]})
    again = read_table(write_table(frame, tmp_path / f"figures.{suffix}"))
    assert again["value"].dtype == "float64" and math.isnan(again["value"][1]) and again["value"][0] == 7500
    assert again["date"].tolist() == ["", "2016-07-22", ""]  # text stays text, empty stays ""
    assert again["n"].dtype == "int64"


def test_every_table_reads_back_equal(tmp_path, article):
    from analysis.recipe import article_tables

    for name, table in article_tables(article).items():
        for suffix in ("csv", "parquet"):
            again = read_table(write_table(table, tmp_path / f"{name}.{suffix}"))
            pd.testing.assert_frame_equal(again, table, check_dtype=False, obj=f"{name}.{suffix}")
