"""Proof by pixels that the chart functions draw Arabic as an Arabic reader reads it.

Each label is cut out of a chart drawn by our functions and compared with the same
label laid out by Pillow's raqm engine (HarfBuzz + FriBidi) in the same font file. The
drawing the other shaping mode would give (reversed on matplotlib 3.11+, unjoined and
left-to-right before) must fail the same comparison. Runs on both sides of 3.11
(`make test` runs it in .venv-mpl310 too).
"""

from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.plot.charts import font_file
from analysis.plot.shaping import resolve_mode
from pixels import PALE_INK, agreement, crop_artist, draw_with_raqm, gray, ink_box

LABELS = ["الإنتربول", "داعش", "التحالف العالمي", "تحفّز", "INTERPOL الإنتربول", "7 500 مقاتل", "٢٢ يوليو، ٢٠١٦"]
# Measured: right drawings score 0.72-1.00 (0.72: the shadda of تحفّز on matplotlib 3.10,
# which cannot position marks), the other mode's drawings 0.25-0.51.
RIGHT, WRONG = 0.7, 0.6
ARABIC_ONLY = ["الإنتربول", "داعش", "التحالف العالمي", "تحفّز"]


def intended(label: str) -> str:
    return label.replace("7 500", "7\u00a0500")


def chart_labels(labels):
    table = pd.DataFrame({"word": labels, "n": range(len(labels), 0, -1)})
    with matplotlib.rc_context({"ytick.labelsize": 40, "figure.dpi": 100, "axes.titlesize": 40}):
        ax = analysis.bar_chart(table, top=len(labels), title=labels[0])
    ax.figure.set_size_inches(14, 2 + 1.2 * len(labels))
    ax.figure.canvas.draw()
    return ax


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_tick_labels_and_title_match_the_raqm_reference():
    ax = chart_labels(LABELS)
    scores = {}
    for label, tick in zip(LABELS, ax.get_yticklabels()):
        reference = draw_with_raqm(intended(label), font_file(), direction="rtl")
        scores[label] = agreement(crop_artist(ax.figure, tick), reference)
    title = agreement(crop_artist(ax.figure, ax._right_title), draw_with_raqm(LABELS[0], font_file(), "rtl"))
    assert min(scores.values()) > RIGHT, scores
    assert title > RIGHT


def test_the_other_mode_fails_the_comparison(monkeypatch):
    wrong = "reshape" if resolve_mode() == "native" else "native"
    monkeypatch.setenv("ANALYSIS_TEXT_SHAPING", wrong)
    ax = chart_labels(ARABIC_ONLY)
    for label, tick in zip(ARABIC_ONLY, ax.get_yticklabels()):
        score = agreement(crop_artist(ax.figure, tick), draw_with_raqm(label, font_file(), "rtl"))
        assert score < WRONG, f"{label}: the {wrong} drawing scored {score:.2f}"


def _cloud_ink(ax) -> np.ndarray:
    image = np.asarray(ax.images[0].get_array())
    return ink_box(gray(image), ink=PALE_INK)


@pytest.mark.parametrize("word", ["الإنتربول", "داعش"])
def test_word_cloud_draws_words_right(word):
    ax = analysis.word_cloud_chart(pd.DataFrame({"word": [word], "n": [5]}))
    reference = draw_with_raqm(word, font_file(), "rtl")
    assert agreement(_cloud_ink(ax), reference) > RIGHT
    # Pre-shaped (the classic recipe), Pillow with raqm draws it reversed.
    reversed_ax = analysis.word_cloud_chart(pd.DataFrame({"word": [analysis.display_text(word, mode="reshape")], "n": [5]}))
    assert agreement(_cloud_ink(reversed_ax), reference) < WRONG
