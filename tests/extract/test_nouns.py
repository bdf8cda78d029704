"""Qualifiers, counted nouns and kinds, from sentences written for these tests."""

from __future__ import annotations

import analysis

DATELINE = "2024-03-10"


def only(text):
    table = analysis.quoted_figures(text, dateline=DATELINE)
    assert len(table) == 1, table[["surface", "kind", "value", "noun"]].to_string()
    return table.iloc[0]


def test_qualifier_before_and_after():
    assert only("أصيب أكثر من 20 شخصا")[["qualifier", "approx"]].tolist() == ["أكثر من", "over"]
    assert only("قتل 20 شخصا على الأقل")[["qualifier", "approx"]].tolist() == ["على الأقل", "at_least"]


def test_noun_after_min_and_a_demonstrative():
    assert only("قتل 12 من المدنيين")["noun"] == "المدنيين"
    assert only("أنجز ثلاثة من هذه المشاريع")["noun"] == "هذه المشاريع"


def test_kinds_from_the_noun():
    assert only("دفع 500 دينار")["kind"] == "money"
    assert only("استمر 3 أشهر")["kind"] == "duration"
    assert only("يبلغ من العمر 40 عاما")["kind"] == "age"
    assert only("بلغت النسبة 40 في المئة")["kind"] == "percent"
