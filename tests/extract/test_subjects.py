"""Reading the subject of a reporting verb: title, name, where it stops."""

from __future__ import annotations

import pytest

import analysis
from analysis.extract.subjects import SubjectReader


def subject_after_verb(text: str):
    tokens = analysis.tokenize(text)
    reader = SubjectReader(text, tokens, [False] * len(tokens))
    verb = next(i for i in range(reader.n) if reader.verb_gender[i] is not None)
    return reader.verb_subject(verb), reader.verb_gender[verb]


@pytest.mark.parametrize(("text", "title", "name"), [
    ("قال وزير الخارجية الأمريكي جون كيري إن", "وزير الخارجية الامريكي", "جون كيري"),
    ("قال المتحدث باسم الشرطة سامي عادل في بيان", "المتحدث باسم الشرطة", "سامي عادل"),
    ("قال الأمين العام للمنظمة كريم منصور لوكالة", "الامين العام للمنظمة", "كريم منصور"),
    ("قال مدرب ريال مدريد كارلو أنشيلوتي إن", "مدرب ريال مدريد", "كارلو أنشيلوتي"),
    ("وقال رئيس الكتلة، النائب محمد رعد، إن", "رئيس الكتلة", "محمد رعد"),
    ("وقالت الطبيبة منى سالم إن", "الطبيبة", "منى سالم"),
    ("وقال دي لا فوينتي إن", "", "دي لا فوينتي"),
])
def test_title_and_name(text, title, name):
    subject, _ = subject_after_verb(text)
    assert (subject.title, subject.name) == (title, name)


@pytest.mark.parametrize("text", ["وقال إن", "وأضاف: نعم", "وقال لوكالة الأنباء إن", "وأكد ضرورة الحوار",
                                  "وقال بالتأكيد إن"])
def test_no_subject(text):
    assert subject_after_verb(text)[0] is None


@pytest.mark.parametrize(("text", "gender"), [("وقال", "m"), ("فقالت", "f"), ("وأكدوا", "pl"), ("مشيرة", "f")])
def test_verb_gender_with_clitics(text, gender):
    assert subject_after_verb(text + " إن")[1] == gender


def test_statement_and_its_issuer():
    subject, _ = subject_after_verb("وقال بيان صادر عن السفارة الأمريكية إن")
    assert subject.statement and subject.issuer == "السفارة الأمريكية"


def test_relayed_speech():
    subject, _ = subject_after_verb("ونقلت الوكالة عن مصدر مطلع قوله إن")
    assert subject.name == "مصدر مطلع"


@pytest.mark.parametrize(("text", "title", "name"), [
    ("ووصف الوزير الخطة بـ«الفاشلة».", "الوزير", ""),
    ("ووصف وزير الخارجية القرار بأنه", "وزير الخارجية", ""),
    ("ووصفت الكاتبة سلمى عادل نصار الرواية بـ«الجريئة».", "الكاتبة", "سلمى عادل نصار"),
    ("ووصف أحمد الطيب بـ«الخائن».", "", "أحمد الطيب"),  # a two-word name keeps its surname
    ("ووصف وزير الخارجية بأن", "وزير الخارجية", ""),  # the complement stays with its title
])
def test_the_object_of_a_describing_verb_is_not_its_subject(text, title, name):
    subject, _ = subject_after_verb(text)
    assert (subject.title, subject.name) == (title, name)


def test_the_object_takes_its_adjectives_but_a_title_keeps_its_nisba():
    subject, _ = subject_after_verb("ووصف الوزير الخطة الجديدة بـ«الفاشلة».")
    assert (subject.title, subject.name) == ("الوزير", "")
    subject, _ = subject_after_verb("ووصف وزير الخارجية الأمريكي بأن")
    assert subject.title == "وزير الخارجية الامريكي"


def test_a_title_shaped_like_a_verbal_noun_is_still_a_title():
    # مساعدة looks like the مفاعلة verbal noun (help) but heads the title here
    subject, _ = subject_after_verb("وقالت مساعدة وزير الصحة ليلى حداد في مؤتمر صحفي")
    assert (subject.title, subject.name) == ("مساعدة وزير الصحة", "ليلى حداد")


def test_an_institution_in_construct_with_a_proper_noun_keeps_it():
    subject, _ = subject_after_verb("وقالت شركة سامسونج الكورية للإلكترونيات في بيان إن")
    assert subject.name == "شركة سامسونج الكورية للإلكترونيات"
    subject, _ = subject_after_verb("وقالت الوزارة وسائل الإعلام إن")  # a definite head takes no plain word
    assert subject.name == "الوزارة"


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت السفارة الفرنسية في الرباط، في بيان، إن", "السفارة الفرنسية في الرباط"),
    ("وقالت القنصلية التركية في الإسكندرية إن", "القنصلية التركية في الإسكندرية"),
    ("وقالت السفارة الفرنسية في البيان إن", "السفارة الفرنسية"),  # where it was said
    ("وقالت السفارة الفرنسية في اللقاء إن", "السفارة الفرنسية"),
    ("وقالت الوزارة في العاصمة إن", "الوزارة"),  # a ministry is not named by its seat
])
def test_a_mission_is_named_with_its_city(text, name):
    subject, _ = subject_after_verb(text)
    assert subject.name == name
