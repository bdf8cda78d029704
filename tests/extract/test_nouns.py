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


def test_a_qualifier_glued_to_the_digits():
    assert only("بمشاركة أزيد من350 عارضا")[["qualifier", "approx"]].tolist() == ["أزيد من", "over"]


def test_what_a_percentage_measures():
    assert only("بلغت نسبة المشاركة 55%")["noun"] == "نسبة المشاركة"
    assert only("ارتفع الناتج المحلي بنسبة 9.6%")["noun"] == "الناتج المحلي"
    assert only("حقق الفرع أرباحا بنمو 8.4%")["noun"] == "نمو"
    assert only("ارتفع التضخم 2 نقطة مئوية")["kind"] == "percent"


def test_nouns_named_before_and_after_brackets():
    assert only("بلغ عدد المصوتين (10.898.327) ناخب")["noun"] == "ناخب"
    table = analysis.quoted_figures("بلغ إجمالي الشهداء 94، وإجمالي الإصابات 344", dateline=DATELINE)
    assert table["noun"].tolist() == ["الشهداء", "الإصابات"]


def test_what_a_percentage_measures_after_other_figures():
    table = analysis.quoted_figures("بلغ الدخل في النصف الأول من العام الجاري 16 مليار درهم بزيادة نسبتها 10.5%",
                                    dateline=DATELINE)
    assert table.loc[table["kind"] == "percent", "noun"].item() == "زيادة"


def test_a_percentage_joined_by_wa_measures_what_the_one_before_measures():
    # Written for this test: the unemployment rate in two places.
    table = analysis.quoted_figures("وصل معدل البطالة في المدن إلى 12 في المائة و 4 في المائة في القرى",
                                    dateline=DATELINE)
    assert table["noun"].tolist() == ["معدل البطالة", "معدل البطالة"]


def test_the_rate_a_clause_opens_with_is_what_its_percentage_measures():
    # The rate is named eight words before its number.
    assert only("أعلنت اللجنة أن نسبة الإقبال على مراكز التصويت في العاصمة بلغت 61%")["noun"] == "نسبة الإقبال"
    # A qualifier verb sits between the clause and the number.
    row = only("قالت الوزارة إن معدل التضخم في البلاد خلال الشهر تجاوز 7%")
    assert (row["noun"], row["qualifier"]) == ("معدل التضخم", "تجاوز")


def test_a_noun_of_change_is_not_what_a_percentage_measures():
    # What fell is the exports, not the fall.
    assert only("سجلت الأرقام انخفاض الصادرات الزراعية بنسبة 3%")["noun"] == "الصادرات الزراعية"


def test_a_dual_time_noun_counts_its_singular():
    row = only("غاب عن الملاعب منذ عامين")
    assert (row["value"], row["kind"], row["noun"]) == (2, "duration", "عام")
    assert only("توقف العمل لمدة ساعتين")["noun"] == "ساعة"


def test_a_noun_glued_to_the_digits_by_a_lost_space():
    row = only("أصيب 40جريحا في الحادث")
    assert (row["surface"], row["value"], row["noun"]) == ("40", 40, "جريحا")
    # A month glued to its day is no noun: the day and month stay one date.
    table = analysis.quoted_figures("وقعت في 28مارس", dateline=DATELINE)
    assert "مارس" not in table["noun"].tolist()


def test_what_rose_or_fell_by_a_percentage():
    # Verb then subject, with a time phrase before بنسبة.
    assert only("وتراجعت الصادرات النفطية خلال الشهر بنسبة 6%")["noun"] == "الصادرات النفطية"
    # Subject then verb.
    assert only("قالت الهيئة إن الدين العام ارتفع في الربع بنسبة 8%")["noun"] == "الدين العام"
    # A relative clause after a preposition: what jumped is the definite run, without ب.
    assert only("جاء النمو مدفوعا بالقطاعات الصناعية التي قفزت بنسبة 12%")["noun"] == "القطاعات الصناعية"
    # A construct after the verb.
    assert only("وقال إن دخل الأسر نما في العام بنسبة 4%")["noun"] == "دخل الأسر"


def test_out_of_is_no_noun_and_the_count_is_named_far_before():
    table = analysis.quoted_figures("قالت اللجنة إن عدد الطلاب المسجلين في المدارس الحكومية هذا الفصل بلغ 900 من أصل 1200 طالب",
                                    dateline=DATELINE)
    assert table[["surface", "noun"]].values.tolist() == [["900", "الطلاب"], ["1200", "طالب"]]


def test_a_rate_word_right_before_the_number_is_the_noun():
    assert only("ارتفع التضخم متجاوزا معدل 4 في المئة")["noun"] == "معدل"


def test_their_number_points_back_to_the_noun():
    table = analysis.quoted_figures("افتتحت الوزارة مراكز صحية جديدة بلغ عددها 45", dateline=DATELINE)
    assert table["noun"].tolist() == ["مراكز صحية جديدة"]
    assert only("وصل المتطوعون الذين بلغ عددهم 80")["noun"] == "المتطوعون"


def test_a_degree_sign_on_either_side_is_the_noun():
    row = only("تصل الحرارة غدا إلى 38° في الظل")
    assert (row["surface"], row["value"], row["noun"]) == ("38", 38, "°")
    # Copied right to left the sign comes first, and the qualifier stands before "الـ°".
    row = only("تنخفض الحرارة إلى ما دون الـ°12 ليلا")
    assert (row["value"], row["noun"], row["qualifier"]) == (12, "°", "ما دون")


def test_a_verb_with_an_object_pronoun_does_not_head_the_measured_noun():
    # "سجلتها" (recorded it) is a verb: what is measured is the exports alone.
    assert only("وهي نسبة أعلى من تلك التي سجلتها الصادرات 8%")["noun"] == "الصادرات"
