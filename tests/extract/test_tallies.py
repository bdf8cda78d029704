"""Duals that count two, wins by a number of goals and league names, from sentences
written for these tests."""

from __future__ import annotations

import analysis
from figure_cases import DATELINE, only_figure

only = only_figure


def test_a_dual_noun_counts_two_of_its_singular():
    row = only("سجل المهاجم هدفين في المباراة الأخيرة")
    assert (row["surface"], row["value"], row["kind"], row["noun"]) == ("هدفين", 2, "count", "هدف")
    row = only("تقدم الفريق بفارق نقطتين عن ملاحقه")
    assert (row["value"], row["noun"]) == (2, "نقطة")  # ة is written ت in the dual
    row = only("تفوق الضيوف على مدار الشوطين")
    assert (row["surface"], row["noun"]) == ("الشوطين", "الشوط")


def test_a_dual_keeps_its_glued_preposition_as_number_words_do():
    row = only("فاز الفريق بمباراتين متتاليتين")
    assert (row["surface"], row["value"], row["noun"]) == ("بمباراتين", 2, "مباراة")


def test_a_dual_in_construct_counts_two_of_the_noun_it_governs():
    row = only("أغلقت المدارس ليومي العطلة الرسمية")
    assert (row["surface"], row["value"], row["kind"], row["noun"]) == ("ليومي", 2, "count", "العطلة")
    # An adjective "يومي" (daily) follows its noun: no figure.
    assert analysis.quoted_figures("نشر تقرير يومي عن الطقس", dateline=DATELINE).empty
    # "يومي الأول" is "my first day": the ordinal is the figure.
    table = analysis.quoted_figures("كان يومي الأول في العمل", dateline=DATELINE)
    assert table["kind"].tolist() == ["ordinal"]


def test_a_win_by_a_number_of_goals():
    row = only("فاز النادي على ضيفه برباعية نظيفة")
    assert (row["surface"], row["value"], row["kind"], row["noun"]) == ("برباعية", 4, "count", "")
    assert only("خسر الفريق بثنائية")["value"] == 2


def test_a_quarter_year_is_no_win():
    # Without ب, "الثلاثية" is the quarter: no figure.
    assert analysis.quoted_figures("تحسن الأداء في الثلاثية الماضية", dateline=DATELINE).empty


def test_an_ordinal_in_a_league_name_is_other():
    table = analysis.quoted_figures("يتصدر النادي دوري الدرجة الأولى وحل ثانيا في دوري الأولى", dateline=DATELINE)
    assert table.loc[table["surface"] == "الأولى", "kind"].tolist() == ["other", "other"]
    assert only("حل الفريق في المركز الثاني")["kind"] == "ordinal"


def test_a_decade_word_is_a_range_of_ten():
    row = only("تبقى درجات الحرارة في حدود الثلاثينيات")
    assert (row["surface"], row["kind"], row["low"], row["high"]) == ("الثلاثينيات", "range", 30, 39)
    assert only("بني المسجد في خمسينات القرن الماضي")[["low", "high"]].tolist() == [50, 59]
