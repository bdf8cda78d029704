"""The dateline: the place alone, and the article's date (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.extract.dateline import dateline


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("عنوان الخبر\nالمدينة، 12 آذار/مارس 2024 – قال الوزير إن", "المدينة", dt.date(2024, 3, 12)),
        ("عنوان الخبر\nالقاهرة، الأحد 12 آذار 2024 - قال الوزير", "القاهرة", dt.date(2024, 3, 12)),
        ("عنوان الخبر\nبيروت (رويترز) - قال الوزير", "بيروت", None),
        ("عنوان الخبر\nتاريخ النشر: 16-3-2026\nعمّان - قال الوزير", "عمّان", dt.date(2026, 3, 16)),
    ],
)
def test_place_does_not_swallow_the_date(text, place, date):
    assert dateline(text) == (date, place)
