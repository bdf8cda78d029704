from __future__ import annotations

import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import analysis
from analysis import paths
from analysis.text import chars
from analysis.files.tables import atomic_write_bytes

PRESENTATION = re.compile(f"[{chars.PRESENTATION_LETTERS}]")


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture
def counts(tokens):
    return analysis.count_words(tokens)


def test_bar_chart_labels_top_words_in_order(counts):
    ax = analysis.bar_chart(counts, top=5, title="الكلمات الأكثر تكرارا")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [analysis.display_text(w) for w in counts["spelling"].head(5)]
    assert [p.get_width() for p in ax.patches] == counts["n"].head(5).tolist()
    assert ax.get_title(loc="right") == analysis.display_text("الكلمات الأكثر تكرارا")


def test_bar_chart_reads_right_to_left(counts):
    ax = analysis.bar_chart(counts, top=5)
    assert ax.xaxis_inverted()  # bars grow leftwards
    assert ax.yaxis_inverted()  # first row at the top
    assert ax.yaxis.get_ticks_position() == "right"
    ax.figure.canvas.draw()
    axes_box = ax.get_window_extent()
    for label in ax.get_yticklabels():
        assert label.get_window_extent().x0 >= axes_box.x1 - 1  # labels stand right of the bars


def test_bar_chart_left_to_right_when_asked(counts):
    ax = analysis.bar_chart(counts, top=5, rtl=False)
    assert not ax.xaxis_inverted()


def test_bar_chart_does_not_touch_the_table(counts):
    before = counts.copy()
    analysis.bar_chart(counts, top=5)
    pd.testing.assert_frame_equal(counts, before)


def test_empty_table_draws_an_empty_chart_with_a_note():
    ax = analysis.bar_chart(analysis.count_words(analysis.tokenize("")))
    assert not ax.patches and not ax.axison
    assert [t.get_text() for t in ax.texts] == [analysis.display_text("لا توجد بيانات لعرضها")]


def test_missing_column_is_named(counts):
    with pytest.raises(ValueError, match="no column 'count'"):
        analysis.bar_chart(counts, label="word", value="count")


def test_no_glyph_is_missing_when_drawing(counts, recwarn):
    ax = analysis.bar_chart(counts, top=20, title="الكلمات الأكثر تكرارا في بيان الإنتربول")
    ax.figure.canvas.draw()
    assert not [w for w in recwarn if "Glyph" in str(w.message)]


def test_saving_twice_gives_the_same_bytes(counts, tmp_path):
    ax = analysis.bar_chart(counts, top=10)
    first = [p.read_bytes() for p in analysis.save_figure(ax.figure, "chart", tmp_path / "a")]
    second = [p.read_bytes() for p in analysis.save_figure(ax.figure, "chart", tmp_path / "b")]
    assert first == second
    assert first[0].startswith(b"\x89PNG")
    assert b"Matplotlib" not in first[0]  # no software version stamped into the PNG
    assert b"<dc:date>" not in first[1]  # no date in the SVG


def test_save_figure_writes_png_and_svg_only(counts, tmp_path):
    ax = analysis.bar_chart(counts, top=3)
    written = analysis.save_figure(ax.figure, "chart", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "chart.svg"]
    assert [p.suffix for p in written] == [".png", ".svg"]


def test_interrupted_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "table.csv"
    target.write_bytes(b"old")

    def fail(*args, **kwargs):
        raise KeyboardInterrupt  # the run is stopped between writing and renaming

    monkeypatch.setattr("analysis.files.tables.os.replace", fail)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, b"new contents")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]  # no temporary left behind


def test_written_table_reads_back_equal(tokens, tmp_path):
    path = analysis.write_table(tokens, tmp_path / "tokens.csv")
    again = pd.read_csv(path, dtype={"token": str, "norm": str}, keep_default_na=False)
    pd.testing.assert_frame_equal(again, tokens, check_dtype=False)


def test_processed_tables_hold_no_presentation_forms():
    tables = list(paths.PROCESSED.glob("*.csv"))
    assert tables, "make figures writes tables to data/processed/"
    for table in tables:
        assert not PRESENTATION.search(table.read_text(encoding="utf-8")), table


def test_importing_the_package_does_not_import_matplotlib():
    import subprocess
    import sys

    code = "import sys, analysis; analysis.count_words(analysis.tokenize('نص')); print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_long_labels_are_elided_not_clipped():
    long = "أكثر من 7 500 من المقاتلين الإرهابيين الأجانب الذين يتبادل بياناتهم حوالى 60 بلدا عبر الإنتربول"
    table = pd.DataFrame({"word": [long, "قصير"], "n": [3, 1]})
    ax = analysis.bar_chart(table, top=2)
    elided = analysis.plot.charts.elide(long)
    assert elided.endswith("\u2026") and len(elided) <= analysis.plot.charts.LABEL_CHARACTERS
    assert long.startswith(elided[:-1])  # cut at its logical end, at a word boundary
    assert ax.get_yticklabels()[0].get_text() == analysis.display_text(elided)
    ax.figure.canvas.draw()
    figure_box = ax.figure.bbox
    for label in ax.get_yticklabels():
        box = label.get_window_extent()
        assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1  # nothing cut at the edge


def test_fix_arabic_labels_fixes_a_chart_drawn_by_hand():
    _, ax = plt.subplots()
    ax.bar(["داعش", "الإنتربول"], [1, 2])
    ax.set_title("عنوان", loc="right")
    ax.set_xlabel("الكلمة")
    analysis.fix_arabic_labels(ax)
    assert ax.get_title(loc="right") == analysis.display_text("عنوان")
    assert ax.get_xlabel() == analysis.display_text("الكلمة")
    assert analysis.fix_arabic_labels(ax).get_xlabel() == analysis.display_text("الكلمة")  # twice is safe


def test_old_chart_names_warn_and_still_draw():
    with pytest.warns(DeprecationWarning, match="use word_cloud_chart"):
        ax = analysis.plot.charts.word_cloud(pd.DataFrame({"word": ["داعش"], "n": [2]}))
    assert ax.images
    with pytest.warns(DeprecationWarning, match="pass top= by keyword"):
        analysis.bar_chart(pd.DataFrame({"word": ["داعش"], "n": [2]}), 5)
