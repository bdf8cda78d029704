"""The chart of who is quoted: bars in words, labels with the number of quotations."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest

import analysis


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_bars_are_words_per_speaker_right_to_left():
    text = ("قال الوزير أحمد علي: «نحن هنا اليوم».\nوقالت الطبيبة منى سالم: «الحالة مستقرة».\n"
            "وأضافت: «والعلاج متوفر».")
    ax = analysis.speakers_chart(analysis.quotations(text))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [analysis.display_text("منى سالم (2)"), analysis.display_text("أحمد علي (1)")]
    assert [p.get_width() for p in ax.patches] == [4, 3]
    assert ax.xaxis_inverted() and ax.yaxis.get_ticks_position() == "right"


def test_no_speaker_draws_an_empty_chart_with_a_note():
    ax = analysis.speakers_chart(analysis.quotations("شاهدنا فيلم «الرسالة»."))
    assert len(ax.patches) == 0 and len(ax.texts) == 1
