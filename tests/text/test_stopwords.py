from __future__ import annotations

import pytest
import stopwordsiso

import analysis
from analysis.text import stopwords, wordlists
from analysis.text.stemming import is_fragment, is_stopword


def stops_of(text):
    tokens = analysis.tokenize(text)
    words = tokens[tokens["kind"] == "word"]
    return dict(zip(words["token"], words["is_stop"]))


def test_a_stopword_behind_clitics_is_a_stopword():
    # والتي: و + التي; وبالتالي: و + بالتالي; فهم: ف + هم; لعام: ل + عام (listed as عام).
    marked = stops_of("المدينة والتي زارها الوفد وبالتالي فهم ذهبوا لعام كامل")
    assert marked["والتي"] and marked["وبالتالي"] and marked["فهم"] and marked["لعام"]
    assert not marked["المدينة"] and not marked["الوفد"] and not marked["كامل"]


def test_a_word_that_lost_only_its_article_is_not_a_stopword():
    marked = stops_of("الرأي العام والعام الماضي")
    assert not marked["العام"] and not marked["والعام"]  # العام (the public) is no stopword عام


def test_words_kept_whole_stay_content_words():
    assert not stops_of("والي المدينة")["والي"]


def test_compound_function_words_are_stopwords():
    marked = stops_of("تحدث بشأن الأزمة وبشأن الحل على الرغم من الخلاف وفقا للخطة")
    assert marked["بشأن"] and marked["وبشأن"] and marked["الرغم"] and marked["وفقا"]
    assert not marked["الأزمة"] and not marked["الخلاف"] and not marked["تحدث"]


def test_a_bare_article_and_single_letters_are_fragments():
    marked = stops_of("بلغ عدد ال 190 دولة و د. أحمد")
    assert marked["ال"] and marked["و"] and marked["د"]
    assert is_fragment("ال") and is_fragment("و") and not is_fragment("في") and not is_fragment("الى")


def test_fragments_are_stopwords_with_any_list():
    assert is_stopword("ال", "ال", frozenset()) and not is_stopword("دولة", "دولة", frozenset())


def test_additions_are_documented_data_not_already_in_the_source():
    rows = wordlists.read_rows(stopwords.ADDITIONS)
    assert all(row["why"].strip() for row in rows)  # every addition says why
    source = {analysis.normalize(w) for w in stopwordsiso.stopwords("ar")}
    added = {analysis.normalize(row["word"]) for row in rows}
    assert not added & source
    assert added <= stopwords.default_stopwords()
    assert {"بشان", "الرغم", "ال"} <= added


def test_stem_counts_without_stopwords_hold_no_function_words():
    text = "قال الوزير إن الحكومة والتي تعمل بشأن الأزمة ستنشر الخطة وبالتالي فإن الخطة جاهزة"
    counts = analysis.count_words(analysis.tokenize(text), by="stem", drop_stopwords=True)
    assert set(counts["word"]) == {"وزير", "حكومة", "تعمل", "ازمة", "ستنشر", "خطة", "جاهزة"}
    assert counts.set_index("word").loc["خطة", "n"] == 2


def test_replace_without_a_list_raises():
    with pytest.raises(TypeError, match="not one string"):
        stopwords.stopword_set(replace="في")
