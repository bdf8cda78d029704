"""The number grammar: every digit token read one way, and number words."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import analysis
from analysis.text import chars
from analysis.text.numerals import NUMBER_PATTERN, decimal_mark, dual_singular, read_digits, word_value


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("7\u00a0500", 7500),  # no-break space
        ("7\u202f500", 7500),  # narrow no-break space
        ("7\u2009500", 7500),  # thin space
        ("7 500", 7500),  # plain space
        ("7,500", 7500),
        ("٧٬٥٠٠", 7500),  # Arabic-Indic digits, Arabic thousands separator
        ("۷٬۵۰۰", 7500),  # extended digits
        ("1.234.567", 1234567),  # full stops between groups
        ("1,234,567.5", 1234567.5),
        ("1.234,5", 1234.5),
        ("٣٫٥", 3.5),
        ("2016", 2016),
    ],
)
def test_grouped_and_plain_digits(surface, value):
    assert read_digits(surface)[0] == value


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("000 9", 9000),
        ("000 12", 12000),
        ("250 3", 3250),  # a short group after a group of three: the groups are reversed
        ("000\u2009500 9", 9_500_000),  # thin space then plain space: one number
        ("000 500 9", 9_500_000),
    ],
)
def test_reversed_digit_groups(surface, value):
    assert read_digits(surface) == (value, "digit groups reversed (right-to-left copy)")


def test_decimal_comma_follows_the_text():
    assert read_digits("12,5") == (12.5, "decimal comma")
    assert read_digits("1,250")[0] == 1250  # a comma before three digits groups thousands ...
    assert read_digits("1,250", decimal=",")[0] == 1.25  # ... unless the text's decimal mark is the comma
    assert decimal_mark(["0,8", "2016"]) == ","  # "0,8" can only be a decimal comma
    assert decimal_mark(["1.234.567"]) == ","  # full stops group, so a comma is the decimal mark
    assert decimal_mark(["1,250", "3.5"]) == "."
    with pytest.raises(ValueError, match="decimal"):
        read_digits("1,5", decimal=";")


def test_a_leading_zero_group_with_a_decimal_part_is_not_reversed():
    assert read_digits("000 000,5") == (0.5, "")  # found by the property test below


def test_not_a_number():
    assert read_digits("abc") is None
    assert read_digits("12-15") is None


def test_number_words():
    assert word_value(["خمسة", "وعشرون"]) == (25, 2)
    assert word_value(["ثلاثة", "الاف", "وخمسمائة"]) == (3500, 3)
    assert word_value(["احد", "عشر"]) == (11, 2)
    assert word_value(["احد"]) is None  # "one" alone is "one of", not a figure


_NUMBER = re.compile(NUMBER_PATTERN)
_PIECES = st.lists(st.sampled_from(list(chars.DIGITS) + list(" \u00a0\u202f\u2009,.\u066c\u066b") + ["000", "500"]),
                   min_size=1, max_size=14).map("".join)


@given(_PIECES)
def test_every_number_token_reads_to_exactly_one_value(text):
    tokens = analysis.tokenize("رقم " + text, warn=False)
    for token in tokens.loc[tokens["kind"] == "number", "token"]:
        if not _NUMBER.fullmatch(token):
            continue  # a lone numeric sign ("½") is read by its Unicode value
        for decimal in (".", ","):
            read = read_digits(token, decimal=decimal)
            assert read is not None, token
            assert isinstance(read[0], (int, float)) and read[0] >= 0, token
        assert read_digits(token) == read_digits(token)  # one reading, however often asked


def test_the_singular_a_dual_counts():
    assert dual_singular("عامين") == "عام"
    assert dual_singular("شهران") == "شهر"
    assert dual_singular("سنتين") == "سنة"  # ة is written ت before the ending
    assert dual_singular("الأسبوعين") == "الأسبوع"
    with pytest.raises(ValueError, match="no dual ending"):
        dual_singular("شهر")
