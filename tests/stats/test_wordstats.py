from __future__ import annotations

import math

import pytest

import analysis
from analysis.stats import wordstats


def test_bigrams_read_from_the_article(tokens):
    bigrams = wordstats.ngrams(tokens, size=2).set_index("ngram")["n"]
    assert list(wordstats.ngrams(tokens).columns) == ["ngram", "spelling", "n", "share"]
    assert bigrams["الامين العام"] == 4  # وقال/وذكر/واختتم/وأكد الأمين العام
    assert bigrams["انفاذ القانون"] == 3
    assert bigrams.index[0] == "الامين العام"


def test_trigrams_by_stem_join_clitic_forms(tokens):
    # وأجهزة / أجهزة / لأجهزة إنفاذ القانون: one trigram once clitics are stripped.
    trigrams = wordstats.ngrams(tokens, size=3, by="stem").set_index("ngram")["n"]
    assert trigrams["اجهزة انفاذ قانون"] == 3


def test_ngrams_stop_at_punctuation_and_can_skip_stopwords():
    tokens = analysis.tokenize("قال الرئيس الجديد، في واشنطن")
    assert set(wordstats.ngrams(tokens)["ngram"]) == {"قال الرئيس", "الرئيس الجديد", "في واشنطن"}
    skipped = wordstats.ngrams(tokens, drop_stopwords=True)["ngram"].tolist()
    assert skipped == ["الرئيس الجديد"]  # قال and في are stopwords; the comma still breaks the run


def test_ngrams_reject_bad_options(tokens):
    with pytest.raises(ValueError, match="size must be a whole number"):
        wordstats.ngrams(tokens, size=0)
    with pytest.raises(ValueError, match=r"by must be one of \['token', 'norm', 'stem'\]"):
        wordstats.ngrams(tokens, by="lemma")
    with pytest.raises(ValueError, match="no column 'is_stop'"):  # was a KeyError
        wordstats.ngrams(tokens.drop(columns="is_stop"), drop_stopwords=True)
    with pytest.raises(ValueError, match="no column 'sentence'"):
        wordstats.ngrams(tokens.drop(columns="sentence"))


def test_ngram_size_old_spellings_still_work_with_a_warning(tokens):
    with pytest.warns(DeprecationWarning, match="use size="):
        old = wordstats.ngrams(tokens, n=3)
    with pytest.warns(DeprecationWarning, match="pass size= by keyword"):
        positional = wordstats.ngrams(tokens, 3)
    assert old.equals(wordstats.ngrams(tokens, size=3)) and positional.equals(old)


def test_ngram_spelling_is_the_run_as_written():
    tokens = analysis.tokenize("وقال الأمين العام. وأكد الأمين العام. الامين العام")
    row = wordstats.ngrams(tokens, by="stem", drop_stopwords=True).set_index("ngram").loc["امين عام"]
    assert (row["n"], row["spelling"]) == (3, "الأمين العام")


def test_kwic_finds_every_form_of_interpol(tokens):
    table = wordstats.kwic(tokens, "انتربول", window=3)
    assert list(table.columns) == ["before", "keyword", "after", "paragraph", "start"]
    assert len(table) == 8
    assert sorted(set(table["keyword"])) == ["الإنتربول", "للإنتربول"]
    first = table.iloc[0]
    assert (first["before"], first["after"], first["paragraph"], first["start"]) == ("", "ينضم إلى التحالف", 1, 0)


def test_kwic_for_daesh(tokens):
    table = wordstats.kwic(tokens, "داعش", window=2)
    assert table["paragraph"].tolist() == [3, 4, 5, 7, 9]
    assert table["keyword"].tolist() == ["داعش"] * 4 + ["لداعش"]
    assert table.iloc[3]["before"] == "النهج ضد"


def test_kwic_columns_hold_the_words_before_and_after_in_reading_order():
    tokens = analysis.tokenize("قال الوزير إن الاتفاق الجديد يحمي الحدود من التهريب")
    table = wordstats.kwic(tokens, "الاتفاق", window=2)
    assert table[["before", "keyword", "after"]].values.tolist() == [["الوزير إن", "الاتفاق", "الجديد يحمي"]]


def test_kwic_context_stops_at_the_text_edges():
    tokens = analysis.tokenize("الاتفاق الجديد يحمي الحدود")
    row = wordstats.kwic(tokens, "الحدود", window=5).iloc[0]
    assert (row["before"], row["keyword"], row["after"]) == ("الاتفاق الجديد يحمي", "الحدود", "")


def test_kwic_with_no_match_is_empty(tokens):
    table = wordstats.kwic(tokens, "القاهرة")
    assert table.empty and list(table.columns) == ["before", "keyword", "after", "paragraph", "start"]


def test_collocation_statistics_by_hand():
    tokens = analysis.tokenize("قمر شمس\nقمر شمس\nنجم بحر")
    table = wordstats.collocations(tokens, by="norm", min_count=1, drop_stopwords=False)
    # Each pair once: قمر and شمس are equally frequent, so the first alphabetically leads.
    assert sorted(zip(table["word"], table["collocate"])) == [("بحر", "نجم"), ("شمس", "قمر")]
    row = table[(table["word"] == "شمس") & (table["collocate"] == "قمر")].iloc[0]
    # 6 pair events; قمر-شمس observed 2, row and column totals 2.
    assert (row["n"], row["word_n"], row["collocate_n"]) == (2, 2, 2)
    assert row["pmi"] == pytest.approx(math.log2(3))
    expected = [4 / 6, 8 / 6, 8 / 6, 16 / 6]
    observed = [2, 0, 0, 6 - 2 - 2 + 2]  # O11, O12, O21, O22 = N - R1 - C1 + O11
    g2 = 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected) if o)
    assert row["log_likelihood"] == pytest.approx(g2)
    assert len(wordstats.collocations(tokens, by="norm", min_count=2, drop_stopwords=False)) == 1


def test_collocations_list_each_pair_once_the_frequent_word_first():
    tokens = analysis.tokenize("قمر شمس نجم\nقمر نجم\nقمر")
    table = wordstats.collocations(tokens, by="norm", min_count=1, drop_stopwords=False, window=2)
    pairs = sorted(zip(table["word"], table["collocate"]))
    # Pair totals: قمر 3, نجم 3, شمس 2; the more frequent word leads, a tie goes alphabetically.
    assert pairs == [("قمر", "شمس"), ("قمر", "نجم"), ("نجم", "شمس")]
    assert table["spelling"].tolist() == table["word"].tolist()
    of_star = wordstats.collocations(tokens, by="norm", min_count=1, drop_stopwords=False, word="نجم")
    assert set(of_star["word"]) == {"نجم"} and sorted(of_star["collocate"]) == ["شمس", "قمر"]


def test_collocations_in_the_article(tokens):
    table = wordstats.collocations(tokens, word="انفاذ")
    assert "قانون" in table["collocate"].head(2).tolist()  # إنفاذ القانون, three times
    assert table["log_likelihood"].is_monotonic_decreasing


def test_tf_idf_by_hand():
    documents = analysis.tokenize_documents({"أ": "قمر شمس قمر", "ب": "قمر نجم"})
    table = wordstats.tf_idf(documents, by="norm", drop_stopwords=False).set_index(["document", "word"])
    assert table.loc[("أ", "قمر"), "tf_idf"] == 0  # in every document
    assert table.loc[("أ", "شمس"), "tf"] == pytest.approx(1 / 3)
    assert table.loc[("ب", "نجم"), "tf_idf"] == pytest.approx(0.5 * math.log(2))
    with pytest.raises(ValueError, match="no column 'document'"):
        wordstats.tf_idf(analysis.tokenize("قمر"))


def test_tf_idf_spelling_is_each_documents_own():
    documents = analysis.tokenize_documents({"أ": "الإنتربول الإنتربول", "ب": "الانتربول"})
    table = wordstats.tf_idf(documents, by="norm", drop_stopwords=False)
    assert dict(zip(table["document"], table["spelling"])) == {"أ": "الإنتربول", "ب": "الانتربول"}


def test_dispersion_of_daesh(tokens):
    table = wordstats.dispersion(tokens, ["داعش", "انتربول"])
    assert list(table.columns) == ["word", "spelling", "token", "paragraph", "sentence", "start", "position"]
    assert table.loc[table["word"] == "انتربول", "spelling"].iloc[0] == "الإنتربول"
    daesh = table[table["word"] == "داعش"]
    assert daesh["paragraph"].tolist() == [3, 4, 5, 7, 9]
    assert table["position"].between(0, 1).all()
    assert table.loc[table["word"] == "انتربول", "position"].iloc[0] == 0  # the title's first word


def test_summary_statistics(tokens):
    stats = wordstats.summary_statistics(tokens).set_index("statistic")["value"]
    assert stats["paragraphs"] == 10
    assert stats["sentences"] == 15
    assert stats["numbers"] == 7  # ٢٢ ٢٠١٦ 21 7 500 60 2014 67
    assert stats["type_token_ratio"] == pytest.approx(stats["types"] / stats["words"])
    assert stats["distinct_stems"] < stats["types"]  # clitics merge forms
    assert stats["mean_sentence_length"] == pytest.approx(stats["words"] / 15)


def test_empty_text_gives_empty_tables_with_columns():
    empty = analysis.tokenize("")
    assert list(wordstats.ngrams(empty).columns) == ["ngram", "spelling", "n", "share"]
    assert list(wordstats.collocations(empty).columns) == wordstats.COLLOCATION_COLUMNS
    assert wordstats.kwic(empty, "داعش").empty
    assert wordstats.dispersion(empty, "داعش").empty
