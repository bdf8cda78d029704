from __future__ import annotations

import pytest

import analysis
from analysis.stats.counting import reader_form


def test_columns_and_order(tokens):
    counts = analysis.count_words(tokens)
    assert list(counts.columns) == ["word", "spelling", "n", "share"]
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
    assert counts.empty and list(counts.columns) == ["word", "spelling", "n", "share"]


def test_spelling_is_the_most_frequent_written_form():
    # The key is folded (الانتربول); the reader sees the article's own spelling.
    tokens = analysis.tokenize("أكد الإنتربول أن الإنتربول والانتربول يعملان. الانتربول")
    counts = analysis.count_words(tokens).set_index("word")
    assert counts.loc["الانتربول", "n"] == 3
    assert counts.loc["الانتربول", "spelling"] == "الإنتربول"  # twice, against once الانتربول
    assert counts.loc["اكد", "spelling"] == "أكد"


def test_spelling_of_a_stem_is_the_word_as_written():
    tokens = analysis.tokenize("قال الأمين العام إن الأمين العام وللأمين رأي")
    stems = analysis.count_words(tokens, by="stem").set_index("word")
    assert stems.loc["امين", "n"] == 3 and stems.loc["امين", "spelling"] == "الأمين"


def test_spelling_drops_diacritics_only_where_the_text_varies():
    varied = analysis.count_words(analysis.tokenize("ذهبَ الوزيرُ ثم ذهب الوزير")).set_index("word")
    assert varied.loc["ذهب", "spelling"] == "ذهب"  # ذهبَ and ذهب: the bare letters
    assert varied.loc["الوزير", "spelling"] == "الوزير"
    steady = analysis.count_words(analysis.tokenize("كُتُب كُتُب")).set_index("word")
    assert steady.loc["كتب", "spelling"] == "كُتُب"  # always written so: kept as written


def test_spelling_ties_go_to_the_first_written():
    counts = analysis.count_words(analysis.tokenize("إسلام اسلام")).set_index("word")
    assert counts.loc["اسلام", "spelling"] == "إسلام"


def test_options_come_by_keyword_the_old_positional_call_warns(tokens):
    with pytest.warns(DeprecationWarning, match="pass by= by keyword"):
        old = analysis.count_words(tokens, "stem")
    assert old.equals(analysis.count_words(tokens, by="stem"))


def test_missing_column_is_a_value_error_naming_it():
    tokens = analysis.tokenize("قال الوزير").drop(columns="is_stop")
    with pytest.raises(ValueError, match="no column 'is_stop'"):
        analysis.count_words(tokens, drop_stopwords=True)
    with pytest.raises(ValueError, match="no column 'kind'"):
        analysis.count_words(analysis.tokenize("قال").drop(columns="kind"))


@pytest.mark.parametrize(("token", "stem", "label"), [
    ("وللإنتربول", "انتربول", "الإنتربول"),  # و + لل (ل + the article): the article comes back
    ("بالترجمة", "ترجمة", "الترجمة"),  # ب dropped, the article kept as written
    ("وكتب", "كتب", "كتب"),  # a bare conjunction dropped
    ("وَالتَّحالف", "تحالف", "التَّحالف"),  # marks on the stem stay; the stripped و takes its mark
    ("الإنتربول", "انتربول", "الإنتربول"),
])
def test_reader_form_drops_only_the_stripped_clitics(token, stem, label):
    assert reader_form(token, stem) == label


def test_stem_labels_leave_conjunctions_and_prepositions_out():
    stems = analysis.count_words(analysis.tokenize("وكتب الطالب، ثم كتب المعلم وللكتاب قيمة والكتاب"), by="stem")
    spelling = stems.set_index("word")["spelling"]
    assert spelling["كتب"] == "كتب"  # وكتب and كتب: one written form
    assert spelling["كتاب"] == "الكتاب"  # وللكتاب and والكتاب: the article as written
