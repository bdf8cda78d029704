from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import analysis
from analysis.text.stemming import light_stem, stem_words
from analysis.text.stopwords import default_stopwords, mark_stopwords, stopword_set


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("الإنتربول", "انتربول"),
        ("للإنتربول", "انتربول"),
        ("والتحالف", "تحالف"),
        ("التنظيم", "تنظيم"),
        ("بالدليل", "دليل"),
        ("للحد", "حد"),
        ("فالأمر", "امر"),
        ("كالعادة", "عادة"),
        ("وبالتالي", "تالي"),
        ("ستحفّز", "ستحفز"),  # no clitic: only folded
    ],
)
def test_article_and_its_clitics_are_stripped(word, stem):
    assert light_stem(word) == stem


@pytest.mark.parametrize("word", ["لبنان", "بلدا", "والي", "فرنسا", "كبير", "آلاف", "إلى", "الذي", "الله", "كان", "لكن"])
def test_words_that_only_look_prefixed_keep_their_first_letter(word):
    stopwords = default_stopwords()
    # Even with a vocabulary that holds what a careless stemmer would leave behind.
    known = {"بنان", "لدا", "الي", "رنسا", "بير", "ان", "كن"}
    assert light_stem(word, known, stopwords) == analysis.normalize(word)


def test_bare_prefix_is_stripped_only_with_evidence():
    assert light_stem("لداعش") == "لداعش"
    assert light_stem("لداعش", {"داعش"}) == "داعش"
    assert light_stem("وفي", stopwords=default_stopwords()) == "في"
    assert stem_words(["لداعش", "داعش", "لبنان"]) == {"لداعش": "داعش", "داعش": "داعش", "لبنان": "لبنان"}


def test_article_stripped_forms_are_evidence_too():
    # "لتنظيم" loses its ل because "التنظيم" shows "تنظيم" is a word.
    assert stem_words(["لتنظيم", "التنظيم"])["لتنظيم"] == "تنظيم"


def test_pronoun_suffixes_only_when_asked():
    assert light_stem("طبيعته", {"طبيعة"}) == "طبيعته"
    assert light_stem("طبيعته", {"طبيعة"}, suffixes=True) == "طبيعة"
    assert light_stem("أفكاره", {"افكار"}, suffixes=True) == "افكار"
    assert light_stem("أفكاره", set(), suffixes=True) == "افكاره"  # no evidence, no strip


def test_stem_counts_in_the_article(tokens):
    counts = analysis.count_words(tokens, by="stem").set_index("word")["n"]
    assert counts["انتربول"] == 8  # الإنتربول ×7, للإنتربول ×1
    assert counts["داعش"] == 5  # داعش ×4, لداعش ×1
    assert counts["تنظيم"] == 6  # تنظيم ×3, التنظيم ×3
    assert counts["تحالف"] == 3  # التحالف ×2, والتحالف ×1


def test_most_frequent_content_word_is_interpol(tokens):
    counts = analysis.count_words(tokens, by="stem", drop_stopwords=True)
    assert counts.iloc[0]["word"] == "انتربول"
    assert counts.iloc[0]["n"] == 8


def test_stopwords_match_after_folding(tokens):
    stops = default_stopwords()
    assert "الى" in stops  # listed as إلى, folded
    assert analysis.normalize("إلى") in stops
    marked = tokens[tokens["token"].isin(["إلى", "في", "وفي", "الذي", "الإنتربول"])]
    assert marked.groupby("token")["is_stop"].all().to_dict() == {
        "إلى": True, "في": True, "وفي": True, "الذي": True, "الإنتربول": False}


def test_stopwords_can_be_added_removed_or_replaced(tokens):
    custom = stopword_set(add=["الإنتربول"], remove=["في"])
    assert "انتربول" not in custom and "الانتربول" in custom and "في" not in custom
    marked = mark_stopwords(tokens, custom)
    assert marked.loc[marked["token"] == "الإنتربول", "is_stop"].all()
    assert not marked.loc[marked["token"] == "في", "is_stop"].any()
    only = analysis.tokenize("ذهب إلى السوق", stopwords=["ذهب"])
    assert only["is_stop"].tolist() == [True, False, False]
    with pytest.raises(TypeError, match="not one string"):
        stopword_set(add="في")


def test_punctuation_and_numbers_are_never_stopwords(tokens):
    assert not tokens.loc[tokens["kind"] != "word", "is_stop"].any()


# Surface words: letters that clitics and the article are made of, hamza-carrying alefs,
# and what the stem key drops (harakat, shadda, tatweel, a zero-width non-joiner).
_LETTERS = "اأإآلوفبكتمنسعدرهةيىء"
_DROPPED = "\u064e\u064f\u0650\u0651\u0652\u0640\u200c"


@given(st.text(alphabet=_LETTERS + _DROPPED, min_size=1, max_size=9))
def test_the_stemmer_reads_a_word_only_through_its_stem_key(word):
    from analysis.text.stemming import is_stopword, norm_word, stem_choices, stem_key, strip_article

    stops = default_stopwords()
    key = stem_key(word)
    assert not set(key) & set(_DROPPED)
    assert norm_word(key) == norm_word(word)
    assert strip_article(key) == strip_article(word)
    assert stem_choices(key, stops) == stem_choices(word, stops)
    stem = stem_choices(word, stops)[1]
    assert is_stopword(key, stem, stops) == is_stopword(word, stem, stops)
