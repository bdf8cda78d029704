"""Bar charts: labels a reader writes, and every awkward table drawing cleanly."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.plot import bars, canvas

SIXTY = "أكثر من سبعة آلاف وخمسمائة من المقاتلين الأجانب عبروا الحدود"  # 60 characters


def table(words, counts):
    return pd.DataFrame({"word": words, "n": counts})


def tick_texts(ax, axis="y"):
    return [t.get_text() for t in (ax.get_yticklabels() if axis == "y" else ax.get_xticklabels())]


def test_bars_are_labelled_with_the_spelling_not_the_key():
    counts = analysis.count_words(analysis.tokenize("قال الأمين العام إن الأمين العام يعمل"), by="stem")
    ax = analysis.bar_chart(counts, top=3)
    assert analysis.display_text("الأمين") in tick_texts(ax)
    assert analysis.display_text("امين") not in tick_texts(ax)
    keys = analysis.bar_chart(counts, top=3, label="word")
    assert analysis.display_text("امين") in tick_texts(keys)


def test_no_data_gives_an_honest_empty_chart_without_axes(check_layout):
    ax = analysis.bar_chart(table([], []), title="الكلمات")
    assert not ax.axison and not ax.patches  # no invented axis, no ticks from 0 to 1
    assert [t.get_text() for t in ax.texts] == [analysis.display_text(bars.NO_DATA)]
    assert ax.get_title(loc="right") == analysis.display_text("الكلمات")
    assert check_layout(ax) == []


def test_one_bar(check_layout):
    ax = analysis.bar_chart(table(["الإنتربول"], [3]))
    assert len(ax.patches) == 1 and tick_texts(ax) == [analysis.display_text("الإنتربول")]
    assert check_layout(ax) == []


def test_two_hundred_rows_draw_the_first_forty_with_a_note(check_layout):
    words = [f"كلمة {i}" for i in range(200)]
    ax = analysis.bar_chart(table(words, list(range(200, 0, -1))), top=None)
    assert len(ax.patches) == canvas.MAX_BARS == 40
    assert analysis.display_text("تعرض أول 40 من 200 صفا") in ax.get_xlabel()
    assert check_layout(ax) == []
    asked = analysis.bar_chart(table(words, list(range(200, 0, -1))), top=10)
    assert len(asked.patches) == 10 and "200" not in asked.get_xlabel()  # cut as asked: no note


def test_a_sixty_character_label_stays_inside_the_figure(check_layout):
    assert len(SIXTY) == 60
    ax = analysis.bar_chart(table([SIXTY, "قصير"], [3, 1]))
    assert tick_texts(ax)[0].endswith("\u2026") or analysis.display_text(canvas.elide(SIXTY)) == tick_texts(ax)[0]
    assert check_layout(ax) == []


@pytest.mark.parametrize("log", [False, True])
def test_zero_and_a_billion_draw_cleanly(log, check_layout):
    ax = analysis.bar_chart(table(["صفر", "مليار"], [0, 10**9]), log=log)
    assert check_layout(ax) == []
    widths = [p.get_width() for p in ax.patches]
    if log:
        assert widths == [0, 10**9 - 1]  # a zero has no bar on a log scale; bars start at 1
        # decades as 10 with a superscript (10⁸): short, so the decades' ticks fit side by side
        # (which decades get a tick is matplotlib's choice, and differs between versions)
        assert any(t.startswith("10") and t[2:] and set(t[2:]) <= set("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
                   for t in tick_texts(ax, "x"))
    else:
        assert widths == [0, 10**9]
        assert ax.get_xlabel() == analysis.display_text("عدد المرات (بالمليارات)")
        assert "1" in tick_texts(ax, "x")


def test_ties_keep_table_order(check_layout):
    ax = analysis.bar_chart(table(["ج", "ب", "أ"], [2, 2, 2]))
    assert tick_texts(ax) == [analysis.display_text(w) for w in ["ج", "ب", "أ"]] and check_layout(ax) == []


def test_bad_top_and_missing_columns_are_named():
    with pytest.raises(ValueError, match="top must be a whole number"):
        analysis.bar_chart(table(["أ"], [1]), top=0)
    with pytest.raises(ValueError, match="no column 'count'"):
        analysis.bar_chart(table(["أ"], [1]), value="count")


def test_ngram_chart_labels_the_run_as_written():
    tokens = analysis.tokenize("وقال الأمين العام. وأكد الأمين العام")
    ax = analysis.ngram_chart(analysis.ngrams(tokens, by="stem", drop_stopwords=True), top=1)
    assert tick_texts(ax) == [analysis.display_text("الأمين العام")]


# Target (a flood report) against a reference (a race report): أمطار only in the target,
# المدينة in both (twice, once: not significant),
# سباق only in the reference, each often enough to be significant.
TARGET = "هطلت أمطار غزيرة. " * 12 + "المدينة المدينة"
REFERENCE = "انطلق سباق الماراثون. " * 12 + "المدينة"


@pytest.fixture
def key():
    count = lambda text: analysis.count_words(analysis.tokenize(text), by="stem", drop_stopwords=True)  # noqa: E731
    return analysis.keyness(count(TARGET), count(REFERENCE))


def test_keyness_chart_shows_only_the_targets_words_under_the_targets_title(key, check_layout):
    ax = analysis.keyness_chart(key, target="تقرير الفيضان", reference="تقرير السباق")
    labels = tick_texts(ax)
    assert analysis.display_text("أمطار") in labels and analysis.display_text("سباق") not in labels
    assert all(w > 0 for w in (p.get_width() for p in ax.patches))
    assert ax.get_title(loc="right") == analysis.display_text("الكلمات المميزة لـتقرير الفيضان مقارنة بـتقرير السباق")
    assert check_layout(ax) == []


def test_keyness_chart_both_sides_are_headed_with_their_corpus(key, check_layout):
    ax = analysis.keyness_chart(key, sides="both", target="تقرير الفيضان", reference="تقرير السباق")
    texts = [t.get_text() for t in ax.texts]
    assert analysis.display_text("أكثر في تقرير الفيضان") in texts
    assert analysis.display_text("أكثر في تقرير السباق") in texts
    widths = [p.get_width() for p in ax.patches]
    assert min(widths) < 0 < max(widths)  # the two sides diverge from zero
    assert analysis.display_text("سباق") in texts and analysis.display_text("أمطار") in texts
    assert check_layout(ax) == []


def test_keyness_chart_with_nothing_significant_says_so(key):
    ax = analysis.keyness_chart(key[~key["significant"]])
    assert not ax.axison
    assert [t.get_text() for t in ax.texts] == [analysis.display_text("لا توجد كلمات مميزة ذات دلالة إحصائية")]
    with pytest.raises(ValueError, match="sides must be"):
        analysis.keyness_chart(key, sides="left")


def test_words_short_of_significance_are_drawn_faint_with_a_note(key, check_layout):
    ax = analysis.keyness_chart(key, sides="both", significant_only=False, target="تقرير الفيضان",
                                reference="تقرير السباق")
    shown = [p.get_alpha() for p in ax.patches]
    assert 1.0 in shown and 0.35 in shown  # المدينة (twice against once) is no key word
    assert analysis.display_text(bars.FAINT_NOTE) in ax.get_xlabel()
    assert check_layout(ax) == []


def test_diverging_keyness_with_sixty_character_words_stays_inside(check_layout):
    key = pd.DataFrame({"word": ["a", "b"], "spelling": [SIXTY, SIXTY[::-1]], "log_likelihood": [12.0, -3.0],
                        "significant": [True, True]})
    ax = analysis.keyness_chart(key, sides="both", target=SIXTY, reference="قصير")
    assert check_layout(ax) == []
