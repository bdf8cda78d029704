"""The speaker around a quotation, resolved over the whole article."""

from __future__ import annotations

import analysis
from analysis.extract.speakers import Speakers


def speakers(text: str) -> Speakers:
    tokens = analysis.tokenize(text)
    return Speakers(text, tokens, [False] * len(tokens))


def test_events_record_each_speaker_with_its_gender():
    reader = speakers("قالت الوزيرة سارة خالد إن الاتفاق جاهز. وقال الرئيس أحمد علي إن النص جيد.")
    assert [(event[2], event[3]) for event in reader.events] == [("سارة خالد", "f"), ("أحمد علي", "m")]
    end = len(reader.text)
    assert reader.continued(end, "f") == "سارة خالد"
    assert reader.continued(end, "m") == "أحمد علي"
    assert reader.continued(end, "pl") == ""


def test_fullest_reads_a_first_name_written_before_a_surname():
    reader = speakers("أكد المفوض الأوروبي للتجارة ماروس سيفكوفيتش التزامه. وقال سيفكوفيتش إن الحوار مستمر.")
    assert reader.fullest("سيفكوفيتش") == "ماروس سيفكوفيتش"


def test_before_and_after_a_mark():
    text = "وقال الوزير أحمد علي: «نعم». «لا»، بحسب الوزيرة سارة خالد."
    reader = speakers(text)
    before = reader.before(text.index("«"), may_cross=False)
    after = reader.after(text.index("»، ") + 1)
    assert (before.speaker, before.attribution) == ("أحمد علي", "before")
    assert (after.speaker, after.attribution) == ("سارة خالد", "after")


def test_headline_name_and_colon():
    text = "رعد: «لن نتراجع»"
    found = speakers(text).before(text.index("«"), may_cross=True)
    assert (found.speaker, found.written) == ("رعد", "رعد")


def test_fullest_reads_a_surname_written_after_a_first_name():
    reader = speakers("يعيش “محمد الموسى” في مغارة منذ سنوات. وقال محمد إن المياه تتسرب.")
    assert reader.fullest("محمد") == "محمد الموسى"


def test_a_comma_after_the_title_phrase_keeps_the_name_before_it():
    text = ("قال سامي عادل المدير الفني لمنتخب الأردن، إنه راض.\n"
            "وتابع المدير الفني للنشامى: «سنلعب للفوز في المباراة المقبلة».")
    assert analysis.quotations(text)["speaker"].item() == "سامي عادل"
