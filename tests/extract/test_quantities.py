"""Numbers, ordinals, amounts and spans of time, from sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from figure_cases import DATELINE, only_figure

only = only_figure


def test_one_number_grammar_in_running_text():
    row = only("بلغ عدد السكان 1.234.567 نسمة")
    assert (row["surface"], row["value"], row["noun"]) == ("1.234.567", 1234567, "نسمة")
    assert only("شارك 000\u2009500 9 متظاهر")["value"] == 9_500_000
    assert only("شارك 000 500 9 متظاهر")["value"] == 9_500_000
    assert only("شارك 250 3 متظاهر")["value"] == 3250


def test_decimal_comma_text():
    table = analysis.quoted_figures("نما الاقتصاد 0,8 بالمائة وبلغ الدين 1,250 مليار دينار", dateline=DATELINE)
    assert table["value"].tolist() == [0.8, 1.25e9]  # the text writes decimals with a comma


@pytest.mark.parametrize(
    ("text", "surface", "value", "noun"),
    [
        ("فاز الفريق لأول مرة", "أول", 1, "مرة"),
        ("عرضت الحلقة الأولى", "الأولى", 1, "الحلقة"),
        ("بدأ الفصل الثاني", "الثاني", 2, "الفصل"),
        ("حل في المركز الحادي عشر", "الحادي عشر", 11, "المركز"),
        ("فاز للمرة الثالثة", "الثالثة", 3, "مرة"),
        ("تحديات القرن الحادي والعشرين", "الحادي والعشرين", 21, "القرن"),
        ("خلال الأشهر الثلاثة الأولى من العام", "الأولى", 1, "الأشهر"),
    ],
)
def test_ordinals_in_words_with_their_noun(text, surface, value, noun):
    table = analysis.quoted_figures(text, dateline=DATELINE)
    row = table[table["kind"] == "ordinal"].iloc[0]
    assert (row["surface"], row["value"], row["noun"]) == (surface, value, noun)


def test_definite_and_construct_number_words_are_counts():
    row = only("وصل الثلاثة إلى المدينة")
    assert (row["surface"], row["value"], row["kind"]) == ("الثلاثة", 3, "count")
    assert only("اجتمع الخمسة الكبار")["value"] == 5
    assert only("قتل ثلاثتهم في الحادث")["value"] == 3
    row = only("ارتفع الإنتاج في الأشهر الثلاثة")
    assert (row["value"], row["kind"], row["noun"]) == (3, "duration", "الأشهر")
    assert pd.isna(only("خرج العشرات إلى الشوارع")["value"])  # an indefinite amount keeps no value
    assert pd.isna(only("أصيب المئات")["value"])
    assert analysis.quoted_figures("عاد يوم الاثنين", dateline=DATELINE).empty  # Monday, not "the two"


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("توقف العمل لمدة عام", "عام", 1, ""),
        ("وصل منذ شهر", "شهر", 1, ""),
        ("انتهى بعد أقل من سنة", "سنة", 1, "أقل من"),
        ("غادر منذ عامين", "عامين", 2, ""),
    ],
)
def test_a_time_noun_without_a_number_is_a_span_of_one_or_two(text, surface, value, qualifier):
    row = only(text)
    assert (row["surface"], row["value"], row["kind"], row["qualifier"]) == (surface, value, "duration", qualifier)


def test_this_year_and_a_year_with_digits_are_no_spans():
    assert analysis.quoted_figures("ارتفع الإنتاج هذا العام", dateline=DATELINE).empty
    assert only("تأسست منذ عام 2014")["kind"] == "year"


@pytest.mark.parametrize(
    "text", ["اتصلوا على 050 123 4567", "اتصلوا على 0501234567", "يبدأ الاجتماع الساعة 10:30", "فاز بنتيجة 3-1",
             "زوروا www.example.com/2024"],
)
def test_furniture_stays_out_of_the_counts(text):
    table = analysis.quoted_figures(text, dateline=DATELINE)
    assert (table["kind"] == "other").all(), table[["surface", "kind"]].to_string()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("بلغ عدد اللاجئين 3 ملايين و489 ألفاً و644 لاجئاً", 3_489_644),
        ("تبرع بمبلغ 24 مليوناً و129 ألف دولار", 24_129_000),
        ("قتل ألفاً و57 شخصا", 1057),
        ("بلغت الأرباح 16.6 مليار درهم", 16_600_000_000),  # no binary fraction
        ("ظلوا هناك الأربع والعشرين ساعة", 24),
    ],
)
def test_scale_chains_and_compounds(text, value):
    assert only(text)["value"] == value


def test_scores_in_a_list_are_other():
    table = analysis.quoted_figures("فاز بواقع 6-3 و6-4 و7/5", dateline=DATELINE)
    assert table["kind"].tolist() == ["other"] * 3, table[["surface", "kind"]].to_string()


def test_edition_numbers_are_ordinals_and_the_48_hours_a_count():
    row = only("افتتحت الدورة 53 لمعرض الكتاب")
    assert (row["kind"], row["value"], row["noun"]) == ("ordinal", 53, "الدورة")
    assert only("شاركت في الدورة 300 دار نشر")["kind"] == "count"
    row = only("خلال الـ 48 ساعة")
    assert (row["kind"], row["value"], row["noun"]) == ("duration", 48, "ساعة")


def test_ranges_of_years_and_numeric_dates():
    row = only("خدم بين 1931 و1933 في الجيش")
    assert (row["kind"], row["date_low"], row["date_high"]) == ("date_range", "1931", "1933")
    row = only("تمتد الحملة من 24/10/2025 إلى 31/10/2025")
    assert (row["kind"], row["date_low"], row["date_high"]) == ("date_range", "2025-10-24", "2025-10-31")
    row = only("تتراوح الحرارة 30 إلى 33 درجة")
    assert (row["kind"], row["low"], row["high"]) == ("range", 30, 33)


def test_one_in_words_after_its_time_noun():
    row = only("استمر الإضراب يوما واحدا")
    assert (row["value"], row["kind"]) == (1, "duration")


def test_a_list_after_an_identifier_cue_is_other():
    table = analysis.quoted_figures("سجل الأهداف في الدقائق 13 و33 و64", dateline=DATELINE)
    assert table["kind"].tolist() == ["other"]
    assert table["surface"].item() == "13 و33 و64"
    assert analysis.quoted_figures("في الدقائق 13، 33، 64", dateline=DATELINE)["kind"].tolist() == ["other"]


def test_an_identifier_cue_with_a_clitic():
    assert only("اتصلوا بالرقم 112 للطوارئ")["kind"] == "other"


def test_a_scale_word_then_digits_and_a_smaller_scale():
    row = only("بلغت الكلفة مليار و200 مليون دولار")
    assert (row["surface"], row["value"], row["kind"]) == ("مليار و200 مليون", 1_200_000_000, "money")


def test_an_ordinal_after_a_copula_takes_the_noun_before_it():
    row = only("وتعد هذه الزيارة هي الرابعة للوزير")
    assert (row["kind"], row["value"], row["noun"]) == ("ordinal", 4, "الزيارة")
    # A nisba adjective describes the noun: both are shown.
    assert only("جرت قمة عربية هي الثانية هذا الشهر")["noun"] == "قمة عربية"


def test_raqm_after_a_possessive_noun_is_a_rank():
    row = only("سجل اللاعب هدفه رقم 40 مع النادي")
    assert (row["surface"], row["kind"], row["value"], row["noun"]) == ("40", "ordinal", 40, "هدفه")
    # Without the possessive it names a thing: a resolution number.
    assert only("صدر القرار رقم 40 أمس")["kind"] == "other"


def test_the_noun_of_an_indefinite_amount_after_min():
    row = only("احتشد العشرات من المتظاهرين أمام المبنى")
    assert (row["surface"], row["noun"]) == ("العشرات", "المتظاهرين")


def test_a_page_number_is_other():
    table = analysis.quoted_figures("التفاصيل ص7", dateline=DATELINE)
    assert table[["surface", "kind"]].values.tolist() == [["7", "other"]]


def test_a_duration_cue_after_wa():
    row = only("وخلال اليومين القادمين تنخفض الحرارة")
    assert (row["surface"], row["value"], row["kind"], row["noun"]) == ("اليومين", 2, "duration", "اليوم")


def test_a_rising_pair_in_a_list_of_scores_is_a_score():
    table = analysis.quoted_figures("فاز اللاعب 6-2 و4-6 و7-5 في النهائي", dateline=DATELINE)
    assert table["kind"].tolist() == ["other", "other", "other"]
    # Alone, a rising pair is a range.
    assert only("تتراوح الحرارة بين 4-6 درجات")["kind"] == "range"


def test_fi_before_a_time_noun_that_ends_the_clause_is_a_span_of_one():
    table = analysis.quoted_figures("سقط 300 قتيل في شهر.", dateline=DATELINE)
    assert table.loc[1, ["surface", "value", "kind"]].tolist() == ["شهر", 1, "duration"]
    # Followed by more words, في شهر is no span: "في شهر صعب".
    assert len(analysis.quoted_figures("سقط 300 قتيل في شهر صعب", dateline=DATELINE)) == 1


def test_the_day_before_yesterday_is_no_ordinal():
    assert analysis.quoted_figures("وصل الوفد أمس الأول إلى العاصمة", dateline=DATELINE).empty
