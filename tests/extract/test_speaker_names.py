"""The name book: fullest names, titles to names, descriptions to people."""

from __future__ import annotations

from analysis.extract.speaker_names import NameBook, agrees, title_gender, title_key


def test_small_helpers():
    assert title_key("المحافظ") == "محافظ" and title_key("وزير") == "وزير"
    assert title_key("المدير الفني للفريق") == "مدرب للفريق"  # the same post, two titles
    assert title_gender("الوزيرة") == "f" and title_gender("الوزير") == "m" and title_gender("") == ""
    assert agrees("f", "f") and agrees("", "m") and not agrees("m", "f") and not agrees("pl", "m")


def test_fullest_name_holds_every_word():
    book = NameBook()
    book.learn(0, "", "شتوك", "m")
    book.learn(10, "امين عام", "يورغن شتوك", "m")
    assert book.fullest("شتوك") == "يورغن شتوك"
    assert book.fullest("ماكرون") == "ماكرون"


def test_title_answers_with_the_name_nearest_before():
    book = NameBook()
    book.learn(0, "الوزير", "أحمد علي", "m")
    book.learn(50, "الوزيرة", "سارة خالد", "f")
    assert book.by_title("الوزير", 100, "m") == "أحمد علي"
    assert book.by_title("الوزيرة", 100, "f") == "سارة خالد"
    assert book.by_title("السفير", 100, "m") == ""


def test_nameless_titles_only_when_asked():
    book = NameBook()
    book.learn(0, "مصدر امني", "", "m", "مصدر أمني")
    assert book.by_title("المصدر ذاته", 10, "m") == ""
    assert book.by_title("المصدر ذاته", 10, "m", nameless=True) == "مصدر أمني"


def test_recent_person_of_a_gender():
    book = NameBook()
    book.learn(0, "المفوضة", "هيلين مارتن", "f")
    book.learn(20, "الرئيس", "أحمد علي", "m")
    assert book.recent_person(30, "f") == "هيلين مارتن"
    assert book.recent_person(30, "m") == "أحمد علي"
    assert book.recent_person(10, "m") == ""


def test_recent_named_takes_people_without_a_title_too():
    book = NameBook()
    book.learn(0, "الرئيس", "أحمد علي", "m")
    book.learn(20, "", "أبو خالد", "m")
    book.learn(40, "", "أم سالم", "f")
    assert book.recent_person(50, "m") == "أحمد علي"  # a title is needed there
    assert book.recent_named(50, "m") == "أبو خالد"
    assert book.recent_named(50, "f") == "أم سالم"
    assert book.recent_named(30, "f") == ""


def test_a_title_goes_to_the_one_who_spoke_before_one_only_mentioned():
    book = NameBook()
    book.learn(0, "مدرب المنتخب", "سامي نادر", "m", spoke=True)
    book.learn(20, "المدرب الاسطوري", "خالد يوسف", "m")  # mentioned, said nothing
    assert book.by_title("المدرب", 30, "m") == "سامي نادر"
    assert book.by_title("المدرب الاسطوري", 30, "m") == "خالد يوسف"
