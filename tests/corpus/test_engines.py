"""The engines: the compiled tokenizer finds tokenize()'s words; both engines agree."""

from __future__ import annotations

import polars as pl
import pytest

import analysis
from analysis.corpus.engines import Options, WordForms, count_batch, count_polars, surface_counts


def test_polars_tokens_are_exactly_tokenize_words(corpus_texts, hard_texts):
    texts = corpus_texts + hard_texts
    pairs = surface_counts(pl.Series(texts))
    for index, text in enumerate(texts):
        tokens = analysis.tokenize(text)
        expected = tokens.loc[tokens["kind"] == "word", "token"].value_counts().to_dict()
        found = pairs.filter(pl.col("doc") == index)
        assert dict(zip(found["token"].to_list(), found["n"].to_list())) == expected, text[:40]


@pytest.mark.parametrize("by", ["norm", "stem"])
@pytest.mark.parametrize("drop_stopwords", [False, True])
def test_the_two_engines_agree_on_a_batch(by, drop_stopwords, corpus_texts, hard_texts):
    texts = pl.Series(corpus_texts + hard_texts)
    options = Options.make(by, drop_stopwords, lexicon=["تحالف"])
    tables = [count_batch(texts, options, engine).sort("word") for engine in ("polars", "python")]
    assert tables[0].height > 100
    assert tables[0].equals(tables[1])


def test_an_empty_batch_counts_nothing():
    table = count_batch(pl.Series([""], dtype=pl.String), Options.make())
    assert table.columns == ["word", "n", "documents"] and table.is_empty()


@pytest.mark.parametrize("by", ["norm", "stem"])
def test_forms_learnt_in_one_batch_serve_the_next(by):
    # The second batch repeats forms of the first (numbered then) and brings new ones.
    first = pl.Series(["كتب الطالب درسه", "وصل الطالب إلى المدرسة"])
    second = pl.Series(["الطالب في المدرسة", "المدرسة كبيرة والطالب سعيد", "سعيد هو"])
    options = Options.make(by)
    forms = WordForms(options)
    count_polars(first, options, forms)
    shared = count_polars(second, options, forms).sort("word")
    assert shared.equals(count_polars(second, options, WordForms(options)).sort("word"))
    school = "مدرسة" if by == "stem" else "المدرسة"  # the stem loses the article
    assert shared.filter(pl.col("word") == school).rows() == [(school, 2, 2)]  # twice, in two documents
    assert len(forms) == 11  # distinct forms: 6 in the first batch, 5 new in the second


def test_counts_by_word_number_add_up_across_batches_of_different_vocabularies():
    # A batch's counts name each of its words once by number; a later batch brings words
    # with higher numbers. The totals must line the numbers up, in any order of batches.
    from analysis.corpus.engines import CountTotals, count_numbers

    options = Options.make()
    forms = WordForms(options)
    first = count_numbers(pl.Series(["كتب الطالب", "كتب"]), options, forms)
    second = count_numbers(pl.Series(["الطالب في المدرسة الكبيرة", "كتب"]), options, forms)
    assert second.words.max() > first.words.max()
    assert sorted(second.words.tolist()) == sorted(set(second.words.tolist())) and len(second.words) == 5
    total = CountTotals().add(first).add(second).frame().sort("word")
    assert total.rows() == [("الطالب", 2, 2), ("الكبيرة", 1, 1), ("المدرسة", 1, 1), ("في", 1, 1),
                            ("كتب", 3, 3)]
    assert CountTotals().add(second).add(first).frame().sort("word").equals(total)
    assert CountTotals().frame().is_empty()


def test_a_word_folded_to_nothing_is_not_counted():
    # a run of marks alone (a shadda and a fatha) is a word to the tokenizer, and folds to ""
    table = count_polars(pl.Series(["\u0651\u064e كتب"]), Options.make())
    assert table.rows() == [("كتب", 1, 1)]
