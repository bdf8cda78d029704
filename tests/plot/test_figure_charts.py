"""The figures and time-line charts with few, none, or very many things to draw."""

from __future__ import annotations

import pandas as pd

import analysis


def quoted(values, phrases=None):
    """A figures table as quoted_figures gives it: a phrase, a number and a kind per row."""
    phrases = phrases or [f"بلغ العدد {i + 1} من الحالات" for i in range(len(values))]
    return pd.DataFrame({"phrase": phrases, "value": [float(v) for v in values], "kind": ["count"] * len(values)})


def test_thirty_figures_over_eight_decades_stay_readable(check_layout):
    values = [round(10 ** (8 * i / 29)) for i in range(30)]  # 1 to 100 000 000
    ax = analysis.figures_chart(quoted(values))
    assert len(ax.patches) == 30
    assert check_layout(ax) == []  # no overlapping ticks, nothing cut at the edge
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert "10\u2078" in ticks or "10\u2076" in ticks  # large decades written short


def test_one_figure(check_layout):
    ax = analysis.figures_chart(quoted([7500], ["أكثر من 7 500 من المقاتلين الإرهابيين الأجانب"]))
    assert len(ax.patches) == 1 and check_layout(ax) == []


def test_no_figures_gives_an_empty_chart_saying_so(check_layout):
    ax = analysis.figures_chart(quoted([]), title="الأرقام")
    assert not ax.axison and not ax.patches
    assert [t.get_text() for t in ax.texts] == [analysis.display_text("لا توجد أرقام لعرضها في النص")]
    assert check_layout(ax) == []


def events(dates):
    return pd.DataFrame({"date": dates, "event": [f"حدث رقم {i + 1}" for i in range(len(dates))],
                         "surface": list(dates)})


def test_no_dated_events_gives_no_invented_time_axis(check_layout):
    ax = analysis.timeline_chart(events([]), title="الأحداث المؤرخة في النص")
    assert not ax.axison  # no 1970-01 ticks, no axis line under the message
    assert [t.get_text() for t in ax.texts] == [analysis.display_text("لا توجد أحداث مؤرخة في النص")]
    assert check_layout(ax) == []


def test_one_event_draws_with_distinct_ticks(check_layout):
    ax = analysis.timeline_chart(events(["2016-07-22"]))
    assert len(ax.collections[0].get_offsets()) == 1
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert len(ticks) == len(set(ticks))  # no tick label written twice
    assert check_layout(ax) == []


def test_events_over_decades_and_a_date_without_a_year(check_layout):
    ax = analysis.timeline_chart(events(["1948-05", "1967-06-05", "2016-07-22", "--07-22"]))
    assert len(ax.collections[0].get_offsets()) == 3  # --07-22 has no year: not placed
    assert check_layout(ax) == []


def test_figures_of_other_kinds_only_give_an_empty_chart():
    years = quoted([2014, 2016]).assign(kind="year")
    ax = analysis.figures_chart(years)
    assert not ax.axison and not ax.patches
    assert len(analysis.figures_chart(years, kinds=("year",)).patches) == 2
