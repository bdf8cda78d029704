from __future__ import annotations

import math

import pandas as pd
import pytest

import analysis
from analysis.stats import keyness as keyness_module

# Target: أمطار 4, سيول 2, مدينة 1 (7 words). Reference: سباق 3, مدينة 3, عداء 2 (8 words).
TARGET = "أمطار أمطار أمطار أمطار سيول سيول مدينة"
REFERENCE = "سباق سباق سباق مدينة مدينة مدينة عداء عداء"


def counts(text):
    return analysis.count_words(analysis.tokenize(text), by="norm")


def g2(a, b, c=7, d=8):
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    return 2 * sum(o * math.log(o / e) for o, e in ((a, e1), (b, e2)) if o)


@pytest.fixture
def table():
    return analysis.keyness(counts(TARGET), counts(REFERENCE)).set_index("word")


def test_columns(table):
    assert list(table.reset_index().columns) == keyness_module.KEYNESS_COLUMNS


def test_log_likelihood_is_signed(table):
    assert table.loc["امطار", "log_likelihood"] == pytest.approx(g2(4, 0))  # over-used in the target
    assert table.loc["مدينة", "log_likelihood"] == pytest.approx(-g2(1, 3))  # under-used: negative
    assert table.loc["سباق", "log_likelihood"] == pytest.approx(-g2(0, 3))
    assert table.index[0] == "امطار" and table["log_likelihood"].is_monotonic_decreasing


def test_log_ratio_is_the_binary_log_of_relative_frequencies(table):
    assert table.loc["امطار", "log_ratio"] == pytest.approx(math.log2((4 / 7) / (0.5 / 8)))  # 0 counts as 0.5
    assert table.loc["مدينة", "log_ratio"] == pytest.approx(math.log2((1 / 7) / (3 / 8)))


def test_minimum_frequency_leaves_rare_words_untested(table):
    assert "سيول" not in table.index and "عداء" not in table.index  # 2 occurrences each, below 3
    everything = analysis.keyness(counts(TARGET), counts(REFERENCE), min_count=1)
    assert {"سيول", "عداء"} <= set(everything["word"])


def test_significance_is_corrected_for_the_number_of_words_tested(table):
    p = math.erfc(math.sqrt(g2(4, 0) / 2))  # chi-squared, one degree of freedom
    assert table.loc["امطار", "p_value"] == pytest.approx(p)
    assert 0.05 / 5 < p < 0.05 / 3
    assert table.loc["امطار", "significant"]  # 3 words tested: threshold 0.05 / 3
    five = analysis.keyness(counts(TARGET), counts(REFERENCE), min_count=1).set_index("word")
    assert not five.loc["امطار", "significant"]  # 5 words tested: threshold 0.01
    uncorrected = analysis.keyness(counts(TARGET), counts(REFERENCE), min_count=1, correction="none")
    assert uncorrected.set_index("word").loc["امطار", "significant"]
    assert not table.loc["سباق", "significant"]  # p about 0.05


def test_spelling_comes_from_the_side_that_has_the_word(table):
    assert table.loc["امطار", "spelling"] == "أمطار"
    assert table.loc["سباق", "spelling"] == "سباق"


def test_tables_without_spelling_are_labelled_with_the_key():
    plain = analysis.keyness(pd.DataFrame({"word": ["س"], "n": [3]}), pd.DataFrame({"word": ["ص"], "n": [3]}))
    assert plain.set_index("word")["spelling"].to_dict() == {"س": "س", "ص": "ص"}


def test_bad_input_is_named():
    good = counts(TARGET)
    with pytest.raises(ValueError, match="reference table has no column 'n'"):
        analysis.keyness(good, counts(REFERENCE).rename(columns={"n": "count"}))
    with pytest.raises(ValueError, match="min_count must be"):
        analysis.keyness(good, good, min_count=0)
    with pytest.raises(ValueError, match="correction must be one of"):
        analysis.keyness(good, good, correction="holm")
    with pytest.raises(ValueError, match="both word lists need"):
        analysis.keyness(good, good.head(0))
