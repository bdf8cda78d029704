"""Dates and date ranges, from sentences written for these tests (dateline 10 March 2024)."""

from __future__ import annotations

import datetime as dt

import pytest

import analysis
from figure_cases import DATELINE, only_figure
from analysis.extract.dates import find_dateline, numeric_date

only = only_figure


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("عقد المؤتمر 12-15 آذار/مارس", "2024-03-12", "2024-03-15"),
        ("تجري الانتخابات بين 4 و9 تشرين الأول", "2024-10-04", "2024-10-09"),
        ("يقام المعرض ٢-٦ حزيران/يونيو", "2024-06-02", "2024-06-06"),
        ("تمتد العطلة بين 28 شباط و3 آذار", "2024-02-28", "2024-03-03"),
        ("من 26 يناير حتى 6 فبراير 2022", "2022-01-26", "2022-02-06"),
        ("ما بين السابع عشر والسابع والعشرين من شهر مارس", "2024-03-17", "2024-03-27"),
    ],
)
def test_day_ranges_within_and_across_months(text, low, high):
    row = only(text)
    assert (row["kind"], row["date_low"], row["date_high"]) == ("date_range", low, high)


def test_a_range_copied_in_reverse_order_is_read_low_to_high():
    row = only("عقد المؤتمر 15-12 آذار/مارس")
    assert (row["date_low"], row["date_high"]) == ("2024-03-12", "2024-03-15")
    assert "reverse" in row["note"]


def test_a_range_without_any_year_keeps_month_and_day():
    row = only("عقد المؤتمر 12-15 آذار/مارس", dateline=None)
    assert (row["date_low"], row["date_high"]) == ("--03-12", "--03-15")


def test_month_ranges():
    row = only("من يناير إلى مارس 2025")
    assert (row["kind"], row["date_low"], row["date_high"]) == ("date_range", "2025-01", "2025-03")


def test_leading_zero_days_and_numeric_dates_day_first():
    assert only("ولد في 07 أيار 2019")["date"] == "2019-05-07"
    assert only("صدر القرار في 03/04/2021")["date"] == "2021-04-03"  # day, month, year
    assert numeric_date(["04", "25", "2021"]) == ("2021-04-25", "numeric date, read month first")
    assert numeric_date(["2025", "11", "12"]) == ("2025-11-12", "numeric date")
    assert numeric_date(["31", "02", "2021"]) is None


def test_month_only_dates_relative_to_the_dateline():
    assert only("وقع الحادث في أيار/مايو الماضي")["date"] == "2023-05"  # May is after March: last year
    assert only("تجري الانتخابات في أيار/مايو المقبل")["date"] == "2024-05"
    assert only("وقع الحادث في أيار/مايو", dateline=None)["date"] == "--05"


def test_a_hijri_month_is_no_gregorian_date():
    assert analysis.quoted_figures("يكثر الزوار خلال شهر رمضان", dateline=DATELINE).empty


def test_next_year_from_the_dateline():
    row = only("يفتتح المطار مطلع العام المقبل")
    assert (row["kind"], row["value"]) == ("year", 2025)
    assert analysis.quoted_figures("يفتتح المطار العام المقبل", dateline=None).empty


def test_era_mark_after_a_year_belongs_to_the_date():
    assert only("في السابع من أكتوبر 2023م")["surface"] == "السابع من أكتوبر 2023م"


def test_find_dateline():
    assert find_dateline("عنوان\nالقاهرة، 12 آذار/مارس 2024 - قال") == dt.date(2024, 3, 12)
    assert find_dateline("لا تاريخ هنا") is None


def test_a_day_of_this_or_last_month():
    assert only("وقع الهجوم في الثاني من الشهر الجاري")["date"] == "2024-03-02"
    assert only("وقع الهجوم في الثاني عشر من الشهر الماضي")["date"] == "2024-02-12"
    row = only("وقع الهجوم في الثاني عشر من الشهر الماضي", dateline=None)
    assert (row["kind"], row["date"]) == ("date", "")


def test_a_hijri_day_is_a_date_without_a_gregorian_value():
    row = only("ولد في العاشر من رمضان")
    assert (row["kind"], row["date"]) == ("date", "")
    assert "Hijri" in row["note"]


def test_a_numeric_date_with_full_stops():
    assert only("صدر بتاريخ 12.03.2024")["date"] == "2024-03-12"


def test_a_publish_line_at_the_foot_gives_the_article_date():
    text = "عنوان الخبر\nمقدمة\nتمهيد\nوقعت الحادثة في تموز\nنشر في: 5 أيلول, 2019"
    assert find_dateline(text) == dt.date(2019, 9, 5)
    # The month without a year takes the publish line's year.
    table = analysis.quoted_figures(text)
    assert table.loc[table["surface"] == "تموز", "date"].tolist() == ["2019-07"]
    # A date in the opening paragraphs still comes first.
    assert find_dateline("بيروت، 2 آذار 2021\nنشر في: 5 أيلول, 2019") == dt.date(2021, 3, 2)
