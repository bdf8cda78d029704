"""Qualifiers, counted nouns and kinds, from sentences written for these tests."""

from __future__ import annotations

import analysis
from figure_cases import DATELINE, only_figure

only = only_figure


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
