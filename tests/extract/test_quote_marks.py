"""Pairing quotation marks: which mark opens, which closes, what stays unclosed."""

from __future__ import annotations

import pytest

from analysis.extract.quote_marks import find_pairs


def spans(text: str) -> list[tuple[str, str, str, int]]:
    """(inside text, open mark, close mark, depth) for each pair; unclosed runs to the end."""
    return [(text[p.start + len(p.open_mark) : p.close if p.close is not None else len(text)],
             p.open_mark, p.close_mark, p.depth) for p in find_pairs(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("قال: «نعم» و«لا».", [("نعم", "«", "»", 0), ("لا", "«", "»", 0)]),
    ("قال: “نعم” ثم ”لا“.", [("نعم", "“", "”", 0), ("لا", "”", "“", 0)]),
    ('قال: "نعم".', [("نعم", '"', '"', 0)]),
    ("قال: \u2019\u2019نعم\u2018\u2018.", [("نعم", "\u2019\u2019", "\u2018\u2018", 0)]),
    ("قال: »نعم« ثم مضى.", [("نعم", "»", "«", 0)]),
])
def test_each_style_pairs(text, expected):
    assert spans(text) == expected


def test_ascii_marks_nest_by_what_touches_them():
    assert spans('قال: "رفعوا شعار "لا للحرب" أمس".') == [
        ('رفعوا شعار "لا للحرب" أمس', '"', '"', 0), ("لا للحرب", '"', '"', 1)]


def test_a_mark_glued_on_both_sides_closes_what_is_open():
    assert spans('وصفه بـ"الجيد"، وقال "نعم"') == [("الجيد", '"', '"', 0), ("نعم", '"', '"', 0)]


def test_unclosed_quotation_stops_at_its_paragraph():
    pairs = find_pairs("قال: «نعم\nثم قال: «لا».")
    assert [(p.paragraph, p.close is None) for p in pairs] == [(1, True), (2, False)]


def test_closing_mark_first_in_the_next_paragraph_closes_across():
    pairs = find_pairs("قال: «نعم\nوألف نعم» ثم مضى.")
    assert len(pairs) == 1 and pairs[0].close_mark == "»" and pairs[0].paragraph == 1


def test_stray_closing_marks_are_ignored():
    assert find_pairs("» كلام » آخر") == []


def test_repeated_doubled_opening_leaves_the_first_unclosed():
    pairs = find_pairs("\u2019\u2019أ \u2019\u2019ب\u2018\u2018")
    assert [(p.close is None, p.depth) for p in pairs] == [(True, 0), (False, 0)]


def test_a_lone_waw_between_two_quotations_joins_them():
    text = "هتفوا: ”ارحل”و” الشعب يريد” و”لا للظلم “و” حرية”."
    assert [inside for inside, *_ in spans(text)] == ["ارحل", " الشعب يريد", "لا للظلم ", " حرية"]
