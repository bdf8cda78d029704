"""Word-level questions about names: where a name ends, what is never a name."""

from __future__ import annotations

import pytest

import analysis
from analysis.extract.name_words import NameWords, nisba


def reader(text: str) -> NameWords:
    tokens = analysis.tokenize(text)
    return NameWords(text, tokens, [False] * len(tokens))


def speaker(text: str) -> str:
    return analysis.quotations(text)["speaker"].iloc[-1]


def test_nisba_adjectives():
    assert nisba("الاسبانية") and nisba("امريكي") and not nisba("علي")


@pytest.mark.parametrize(("text", "name"), [
    ("محمد معيط وزير المالية", "محمد معيط"),  # a title ends the name
    ("مي الكيلة تسجيل إصابتين", "مي الكيلة"),  # a surname with ال ends it
    ("كتائب عز الدين القسام", "كتائب عز الدين القسام"),  # a compound name goes on after الدين
    ("ليكارون بفكاهة", "ليكارون"),  # an adverb of manner is not a name
    ("دي لا فوينتي", "دي لا فوينتي"),  # particles inside a name
])
def test_where_a_name_ends(text, name):
    assert speaker(f"قال {text}: «نعم نعم نعم نعم».") == name


def test_name_before_a_title_with_a_comma():
    text = "أعلنت مي الكيلة، وزيرة الصحة، تسجيل إصابتين.\nوقالت الوزيرة: «الوضع تحت السيطرة»."
    assert speaker(text) == "مي الكيلة"


def test_a_verb_opening_the_sentence_is_not_a_name_before_a_title():
    text = "وصلت المفوضة الأوروبية أمس.\nوقالت المفوضة: «جئنا للمساعدة»."
    assert speaker(text) == "المفوضة"


def test_raw_words_stop_at_an_ender():
    words = reader("الوزير أحمد علي في المؤتمر")
    assert [words.token[k] for k in words.raw_words(0)] == ["الوزير", "أحمد", "علي"]


def test_verb_gender_reads_clitics_and_participles():
    assert reader("وقالت فأكدوا مشيرا يقول الكتاب").verb_gender == ["f", "pl", "m", "m", None]
