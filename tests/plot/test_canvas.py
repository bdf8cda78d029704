"""Shared chart pieces: label choice, cutting long tables and labels, short tick values,
and the structure check itself (it must catch what it claims to catch)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis.plot import canvas


def test_label_column_prefers_the_spelling():
    with_spelling = pd.DataFrame({"word": ["امين"], "spelling": ["الأمين"], "n": [1]})
    assert canvas.label_column(with_spelling, None, "word", "chart") == "spelling"
    assert canvas.label_column(with_spelling.drop(columns="spelling"), None, "word", "chart") == "word"
    assert canvas.label_column(with_spelling, "word", "word", "chart") == "word"
    with pytest.raises(ValueError, match="chart: the table has no column 'label'"):
        canvas.label_column(with_spelling, "label", "word", "chart")


def test_capped_cuts_beyond_the_limit_with_a_note():
    rows = pd.DataFrame({"n": range(200)})
    shown, note = canvas.capped(rows, None, "chart")
    assert len(shown) == canvas.MAX_BARS and note == "تعرض أول 40 من 200 صفا"
    assert canvas.capped(rows, 15, "chart")[1] is None
    assert len(canvas.capped(rows.head(3), None, "chart")[0]) == 3


def test_elide_cuts_at_a_word_boundary():
    assert canvas.elide("قصير") == "قصير"
    cut = canvas.elide("كلمة " * 20, limit=12)
    assert cut == "كلمة كلمة\u2026"
    # a word that ends just where the limit falls is whole: it stays
    assert canvas.elide("كلمة كلمة كلمة", limit=10) == "كلمة كلمة\u2026"


def test_numbers_are_grouped_and_can_be_arabic_indic():
    assert canvas.format_number(7500) == "7,500"
    assert canvas.format_number(2.5) == "2.5"
    assert canvas.format_number(7500, arabic_digits=True) == "\u0667\u066c\u0665\u0660\u0660"  # ٧٬٥٠٠


def test_value_axis_names_millions_and_writes_decades_short():
    _, ax = plt.subplots()
    assert canvas.value_axis(ax, [3_000_000, 10], log=False, arabic_digits=False, xlabel="العدد") == "العدد (بالملايين)"
    assert ax.xaxis.get_major_formatter()(2_000_000, 0) == "2"
    canvas.value_axis(ax, [1, 10**8], log=True, arabic_digits=False, xlabel="العدد")
    formatter = ax.xaxis.get_major_formatter()
    assert [formatter(v, 0) for v in (1, 1000, 10**4, 10**8)] == ["1", "1,000", "10\u2074", "10\u2078"]
    plt.close("all")


def test_the_structure_check_catches_overlap_and_cut_labels(check_layout):
    _, ax = plt.subplots(figsize=(3, 2))
    ax.set_xticks([0, 0.01], ["تسمية طويلة جدا", "تسمية أخرى طويلة"])
    ax.set_title("عنوان طويل جدا جدا جدا يخرج عن حدود الشكل الصغير كله بلا شك", loc="left")
    problems = check_layout(ax)
    assert any("overlap" in p for p in problems)
    assert any("cut by the figure edge" in p for p in problems)


def test_empty_chart_has_no_axes_and_one_message():
    _, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    canvas.empty_chart(ax, "لا توجد بيانات", title="عنوان")
    assert not ax.axison and not ax.lines and len(ax.texts) == 1
    plt.close("all")
