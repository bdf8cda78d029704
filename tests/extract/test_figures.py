"""Quoted figures: the reference article's rows (read from the text) and one case per form."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import analysis
from analysis.extract.figures import FIGURE_COLUMNS, KINDS

DATELINE = "2024-03-10"


@pytest.fixture(scope="module")
def figures(article):
    return analysis.quoted_figures(article)


def one(text: str, **expected):
    """The single figure found in ``text``, checked against ``expected`` columns."""
    table = analysis.quoted_figures(text, dateline=DATELINE)
    assert len(table) == 1, table[["surface", "kind", "value"]].to_string()
    row = table.iloc[0]
    for column, value in expected.items():
        if value is None:  # no number: NaN in a float column
            assert pd.isna(row[column]), f"{column}: {row[column]!r} is not empty"
        else:
            assert row[column] == value, f"{column}: {row[column]!r} != {value!r}"
    return row


def test_reference_article_rows(figures):
    rows = [(r.surface, r.date if r.date else r.value, r.kind, r.qualifier, r.approx) for r in figures.itertuples()]
    assert pd.isna(rows[4][1])  # آلاف: no number
    rows[4] = rows[4][:1] + (None,) + rows[4][2:]
    assert rows == [
        ("٢٢ يوليو، ٢٠١٦", "2016-07-22", "date", "", ""),
        ("21 تموز/يوليو", "2016-07-21", "date", "", ""),
        ("7\u00a0500", 7500, "count", "أكثر من", "over"),
        ("60", 60, "count", "حوالى", "about"),
        ("آلاف", None, "count", "", ""),
        ("أيلول/سبتمبر 2014", "2014-09", "date", "", ""),
        ("67", 67, "count", "", ""),
        ("خمسة", 5, "count", "", ""),
        ("ثلاثة", 3, "count", "", ""),
    ]


def test_reference_article_nouns(figures):
    nouns = dict(zip(figures["surface"], figures["noun"]))
    assert nouns["7\u00a0500"] == "المقاتلين الإرهابيين الأجانب"  # after "من"
    assert nouns["60"] == "بلدا"
    assert nouns["آلاف"] == "السجلات"
    assert nouns["67"] == "جهة شريكة"
    assert nouns["خمسة"] == "خطوط عمل"
    assert nouns["ثلاثة"].endswith("الخطوط")  # لثلاثة من هذه الخطوط


def test_offsets_slice_back_and_clitics_stay_outside(article, figures):
    for row in figures.itertuples():
        assert article.text[row.start : row.end] == row.surface
    three = figures[figures["value"] == 3].iloc[0]
    assert article.text[three.start - 1 : three.end] == "لثلاثة"
    assert list(figures.columns) == FIGURE_COLUMNS
    assert set(figures["kind"]) <= set(KINDS)


def test_dateline_and_paragraphs(article, figures):
    when, where = analysis.dateline(article)
    assert when == dt.date(2016, 7, 22)
    assert where == "واشنطن دي سي (الولايات المتحدة الأمريكية)"
    assert figures["paragraph"].tolist() == [2, 4, 8, 8, 8, 10, 10, 10, 10]
    assert figures.loc[figures["surface"] == "21 تموز/يوليو", "note"].item() == "year from the dateline"


def test_title_and_names_hold_no_figures(article, figures):
    assert not (figures["paragraph"] == 1).any()
    assert "الأمين العام" not in " ".join(figures["surface"])


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("أكثر من 7,500 مقاتل", "7,500", 7500),
        ("نحو 7\u202f500 مقاتل", "7\u202f500", 7500),
        ("نحو ٧٬٥٠٠ مقاتل", "٧٬٥٠٠", 7500),
        ("وصل ۱۲۰ مقاتلا", "۱۲۰", 120),
        ("أكثر من 7 500 مقاتل", "7 500", 7500),
        ("يعيش 1,3 مليون لاجئ", "1,3 مليون", 1_300_000),
        ("يعيش 2.5 مليون لاجئ", "2.5 مليون", 2_500_000),
        ("يعيش ٣٫٥ مليون لاجئ", "٣٫٥ مليون", 3_500_000),
        ("شارك 000 9 متظاهر", "000 9", 9000),
        ("خصصت 10 ملايين دولار", "10 ملايين", 10_000_000),
        ("أرسلت 4 آلاف جندي", "4 آلاف", 4000),
        ("أرسلت أربعة آلاف جندي", "أربعة آلاف", 4000),
    ],
)
def test_digit_forms_and_scales(text, surface, value):
    one(text, surface=surface, value=value)


def test_number_words_with_clitics_and_construct():
    one("يضم خمسة خطوط عمل", surface="خمسة", value=5, noun="خطوط عمل")
    row = one("الدعم لثلاثة من هذه الخطوط", surface="ثلاثة", value=3)
    assert row["noun"] == "هذه الخطوط"
    one("قتل ثلاثة وعشرون جنديا", surface="ثلاثة وعشرون", value=23, noun="جنديا")
    one("شارك أحد عشر لاعبا", value=11)
    one("وصل ألفا زائر", value=1000)
    one("وصل ألفان زائر", value=2000)
    one("بلغ عدد المشاركين خمسمائة", value=500)


def test_indefinite_amounts():
    one("استخدم آلاف السجلات", surface="آلاف", kind="count", noun="السجلات", note="indefinite amount")
    assert pd.isna(one("قتل عشرات المدنيين", surface="عشرات")["value"])
    one("فر عشرات الآلاف من منازلهم", surface="عشرات الآلاف", kind="count")
    one("أصيب مئات الأشخاص", surface="مئات", noun="الأشخاص")


def test_qualifiers():
    one("أكثر من 40 مصابا", qualifier="أكثر من", approx="over")
    one("ما يزيد على 40 مصابا", qualifier="ما يزيد على", approx="over")
    one("حوالى 60 بلدا", qualifier="حوالى", approx="about")
    one("حوالي 60 بلدا", qualifier="حوالي", approx="about")
    one("نحو 60 بلدا", qualifier="نحو", approx="about")
    one("قرابة 60 بلدا", qualifier="قرابة", approx="about")
    one("أقل من 60 بلدا", qualifier="أقل من", approx="under")
    one("قتل 15 شخصا على الأقل", qualifier="على الأقل", approx="at_least", noun="شخصا")
    one("ما لا يقل عن 15 شخصا", qualifier="ما لا يقل عن", approx="at_least")
    one("بنحو 60 بلدا", qualifier="نحو", approx="about")  # clitic ب outside the qualifier


def test_percent():
    one("بلغت نسبة البطالة 12.5%", surface="12.5%", value=12.5, kind="percent")
    one("ارتفع التضخم إلى 3,2 في المائة", surface="3,2 في المائة", value=3.2, kind="percent")
    one("شارك 50 بالمئة من الناخبين", surface="50 بالمئة", kind="percent", noun="الناخبين")
    one("نسبة ٤٠٪ من السكان", surface="٤٠٪", value=40, kind="percent")


def test_money():
    one("خصصت الحكومة 10 ملايين دولار", kind="money", value=10_000_000, noun="دولار")
    one("بلغت الصفقة ٣٫٥ مليار يورو", kind="money", value=3_500_000_000, noun="يورو")
    one("دفع 500 جنيه مصري", kind="money", noun="جنيه مصري")


def test_ordinals():
    one("الدورة الـ 83 للمهرجان", surface="الـ 83", value=83, kind="ordinal", noun="الدورة")
    one("الدورة الـ83 للمهرجان", value=83, kind="ordinal")
    one("حلت في المرتبة الثانية", surface="الثانية", value=2, kind="ordinal", noun="المرتبة")


def test_ranges():
    one("يعمل من 3 إلى 10 ساعات", kind="range", low=3, high=10, noun="ساعات")
    one("أعمارهم بين 24 و27 عاما", kind="range", low=24, high=27)
    one("في الفترة 18-26", kind="range", low=18, high=26)
    one("بين 3 و5 ملايين شخص", kind="range", low=3_000_000, high=5_000_000)


def test_ages_and_durations():
    one("توفي عن عمر يناهز 85 عاما", kind="age", value=85, approx="about")
    one("يبلغ من العمر 15 عاما", kind="age", value=15, noun="عاما")
    one("استمرت الحرب 15 عاما", kind="duration", value=15)
    one("أمضى ثلاث سنوات في السجن", kind="duration", value=3, noun="سنوات")


def test_dates():
    one("في 3 تشرين الثاني/نوفمبر 2023", kind="date", date="2023-11-03")
    one("في 22 يوليو، 2016", kind="date", date="2016-07-22")
    one("أنشئ في أيلول/سبتمبر 2014", kind="date", date="2014-09", surface="أيلول/سبتمبر 2014")
    one("عقد في 21 تموز/يوليو", kind="date", date="2024-07-21", note="year from the dateline")
    one("في 5 كانون الأول", kind="date", date="2024-12-05")
    one("في 12/05/2021 صباحا", kind="date", date="2021-05-12")
    one("وقع في يوليو الماضي", kind="date", date="2023-07")  # dateline March 2024
    one("في 3 جانفي 2020", kind="date", date="2020-01-03")
    assert analysis.quoted_figures("عقد في 21 تموز/يوليو")["date"].item() == "--07-21"  # no dateline


def test_ambiguous_month_words_are_not_dates():
    assert analysis.quoted_figures("مارس الضغط على الحكومة", dateline=DATELINE).empty


def test_years():
    one("في عام 2015 زار البلاد", kind="year", value=2015)
    one("منذ 2011 والبلاد في أزمة", kind="year", value=2011)


def test_identifiers_are_other():
    one("بثت قناة I-24/7 الخبر", kind="other", value=None)
    one("إعلان بحجم 970x90 بكسل", kind="other")
    one("أصدر المجلس القرار 2178 (2014) بالإجماع", kind="other", surface="2178 (2014)")
    one("اتصل على 0123456789 الآن", kind="other")


@pytest.mark.parametrize("text", ["زار البلاد 7 5OO سائح", "في ٢٠١٦٦٦ انخفض العدد"])
def test_malformed_numbers_are_never_presented_as_certain(text):
    row = one(text, kind="other")
    assert pd.isna(row["value"]) and row["note"]


@pytest.mark.parametrize("text", ["", "بيان بلا أرقام على الإطلاق.", "« ’’ ‘‘ »", "٢٠١٦/", "الـ", "من 5 إلى"])
def test_no_figures_gives_an_empty_or_sensible_table(text):
    table = analysis.quoted_figures(text, dateline=DATELINE)
    assert list(table.columns) == FIGURE_COLUMNS
    for row in table.itertuples():
        assert text[row.start : row.end] == row.surface


def test_figure_labels_and_events(article, figures):
    labels = analysis.figure_labels(figures)
    assert labels["label"].iloc[0] == "أكثر من 7\u00a0500 من المقاتلين الإرهابيين الأجانب"
    assert labels["value"].tolist() == [7500, 67, 60, 5, 3]
    events = analysis.dated_events(article, figures)
    assert events["date"].tolist() == ["2014-09", "2016-07-21", "2016-07-22"]
    assert events["event"].iloc[0] == "والتحالف العالمي الذي أُنشئ"
    assert events["event"].iloc[-1] == "نشر الخبر"


def test_compound_numbers_after_a_scale():
    one("ارتفعت الحصيلة إلى 35 ألفا و562 قتيلا", surface="35 ألفا و562", value=35562, noun="قتيلا")
    one("يضم المخيم نحو 3 آلاف و500 شخص", value=3500, approx="about", noun="شخص")
    one("بلغ الدولار 15 ألفا و200 ليرة", value=15200, kind="money", noun="ليرة")


def test_ordinal_day_dates_and_relative_years():
    one("منذ السابع من أكتوبر الماضي", kind="date", date="2023-10-07", surface="السابع من أكتوبر الماضي")
    one("في الحادي عشر من سبتمبر 2001", kind="date", date="2001-09-11")
    one("في الحادي والعشرين من يونيو المقبل", kind="date", date="2024-06-21")
    one("في 5 نوفمبر المقبل", kind="date", date="2024-11-05")  # dateline March 2024


def test_age_at_death():
    rows = analysis.quoted_figures("وتوفي الأحد في المستشفى عن 85 عاماً.", dateline=DATELINE)
    assert rows[["value", "kind"]].values.tolist() == [[85, "age"]]


def test_noun_stops_at_the_next_clause():
    one("قتل 12 شخصاً وأصيب آخرون", noun="شخصاً")
    one("فتحت 12 مدرسة لإيواء الأسر", noun="مدرسة")
    one("خصصت 50 مليون دينار لدعم السلع", noun="دينار", kind="money")


def test_fractions_definite_amounts_construct_hundreds():
    one("بلغ عدد السكان نصف مليون نسمة", surface="نصف مليون", value=500_000, noun="نسمة")
    one("وصل نحو ربع مليار دولار", value=250_000_000, kind="money", approx="about")
    one("خرج الآلاف إلى الشوارع", surface="الآلاف", kind="count", note="indefinite amount")
    one("أرسلت مائتي جندي", value=200, noun="جندي")
    assert analysis.quoted_figures("قرأ نصف الكتاب", dateline=DATELINE).empty  # a fraction alone is no figure


def test_times_and_scores_are_other():
    one("يبدأ الاجتماع الساعة 10 صباحا", kind="other", note="time of day")
    one("فاز الفريق بنتيجة 2-1", kind="other", note="score", surface="2-1")


def test_tokens_are_shared_and_checked(article, tokens, figures):
    again = analysis.quoted_figures(article, tokens=tokens)
    pd.testing.assert_frame_equal(again, figures)
    with pytest.raises(ValueError, match="token table"):
        analysis.quoted_figures("نص آخر تماما فيه 5 كتب", tokens=tokens)


def test_each_figure_with_its_sentence():
    text = "وصل 12 زائرا. ثم غادر 7 منهم."
    table = analysis.figure_sentences(analysis.quoted_figures(text, dateline=DATELINE), text)
    assert table["context"].tolist() == ["وصل 12 زائرا.", "ثم غادر 7 منهم."]


def test_a_figure_quoted_twice_is_one_chart_row():
    text = "وصل 12 زائرا. وفي المساء وصل 12 زائرا."
    labels = analysis.figure_labels(analysis.quoted_figures(text, dateline=DATELINE))
    assert labels[["label", "value", "mentions"]].values.tolist() == [["12 زائرا", 12.0, 2]]


def test_no_column_mixes_types(figures):
    for column in figures.columns:
        assert len({type(v) for v in figures[column]}) == 1, column
    assert figures["value"].dtype == "float64" and figures["low"].dtype == "float64"
