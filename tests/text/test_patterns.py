"""The token pattern: one number token per number, however its groups are written."""

from __future__ import annotations

import pytest

from analysis.text.patterns import TOKEN


def _tokens(text):
    return [(m.lastgroup, m.group()) for m in TOKEN.finditer(text)]


@pytest.mark.parametrize(
    "number",
    ["1.234.567", "7\u00a0500", "7\u202f500", "7\u2009500", "7 500", "٧٬٥٠٠", "000\u2009500 9", "250 3", "12,5", "٣٫٥"],
)
def test_one_number_token(number):
    assert _tokens(f"بلغ {number} نسمة") == [("word", "بلغ"), ("number", number), ("word", "نسمة")]


def test_numbers_that_are_not_groups_stay_apart():
    assert [t for k, t in _tokens("عام 2016 3 قتلى") if k == "number"] == ["2016", "3"]
    assert [t for k, t in _tokens("في 2016. وبعد") if k == "number"] == ["2016"]  # a full stop ends the sentence
    assert [t for k, t in _tokens("1,234,5") if k == "number"] == ["1,234", "5"]  # a group mark is no decimal mark
