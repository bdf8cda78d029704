from __future__ import annotations

import pytest

import analysis


def test_columns_and_order(tokens):
    counts = analysis.count_words(tokens)
    assert list(counts.columns) == ["word", "n", "share"]
    assert counts["n"].is_monotonic_decreasing
    ties = counts[counts["n"] == 4]["word"].tolist()
    assert ties == sorted(ties)
    assert counts["share"].sum() == pytest.approx(1.0)


def test_counts_read_from_the_article(tokens):
    counts = analysis.count_words(tokens).set_index("word")["n"]
    assert counts["في"] == 16
    assert counts["الانتربول"] == 7  # الإنتربول, folded
    assert counts["داعش"] == 4
    assert counts["ستحفز"] == 1  # ستحفّز, diacritic folded
    assert counts.sum() == (tokens["kind"] == "word").sum()


def test_surface_counts_keep_spellings_apart():
    tokens = analysis.tokenize("أكد الإنتربول والانتربول؛ الإنتربول")
    by_surface = analysis.count_words(tokens, by="token").set_index("word")["n"].to_dict()
    by_norm = analysis.count_words(tokens).set_index("word")["n"].to_dict()
    assert by_surface == {"الإنتربول": 2, "أكد": 1, "والانتربول": 1}
    assert by_norm == {"الانتربول": 2, "اكد": 1, "والانتربول": 1}


def test_numbers_are_counted_only_when_asked(tokens):
    words = analysis.count_words(tokens)
    assert "2016" not in set(words["word"])
    numbers = analysis.count_words(tokens, kinds=("number",))
    assert numbers["n"].sum() == 7


def test_unknown_column_names_the_allowed_ones(tokens):
    with pytest.raises(ValueError, match=r"by must be one of .*'norm'"):
        analysis.count_words(tokens, by="lemma")


def test_empty_tokens_give_an_empty_table():
    counts = analysis.count_words(analysis.tokenize(""))
    assert counts.empty and list(counts.columns) == ["word", "n", "share"]
