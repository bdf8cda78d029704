"""Quotations and speakers: the reference article (read from the text) and one case per form."""

from __future__ import annotations

import pytest

import analysis
from analysis.extract.quotes import QUOTATION_COLUMNS

STOCK = "يورغن شتوك"


@pytest.fixture(scope="module")
def quotes(article):
    return analysis.quotations(article)


def test_four_quotations_in_the_article(article, quotes):
    assert list(quotes.columns) == QUOTATION_COLUMNS
    assert len(quotes) == 4
    assert set(quotes["open_mark"]) == {"\u2019\u2019"} and set(quotes["close_mark"]) == {"\u2018\u2018"}
    assert quotes["closed"].all()
    for row in quotes.itertuples():
        assert article.text[row.start : row.end] == row.text
        assert article.text[row.start - 2 : row.start] == "\u2019\u2019"


def test_speakers_in_the_article(quotes):
    # Paragraphs 5, 6, 7 (the title is 1): وذكر الأمين العام شتوك / وأضاف: / واختتم الأمين العام قائلا:
    assert quotes["paragraph"].tolist() == [5, 6, 7, 10]
    assert quotes["speaker"].tolist() == [STOCK, STOCK, STOCK, ""]
    assert quotes["speaker_as_written"].tolist()[0] == "الأمين العام شتوك"
    assert quotes["speaker_as_written"].tolist()[2] == "الأمين العام"
    assert quotes["text"].iloc[0].startswith("تبادل المعلومات عبر الإنتربول")
    assert quotes["text"].iloc[3] == "لإضعاف تنظيم الدولة الإسلامية ودحره"  # the coalition's aim


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("قال وزير الخارجية أحمد علي: «سنواصل العمل».", "سنواصل العمل", "أحمد علي"),
        ("وأكدت الوزيرة سارة خالد أن “الوضع مستقر”.", "الوضع مستقر", "سارة خالد"),
        ('وقال المتحدث باسم الجيش يحيى سريع إن "العملية انتهت".', "العملية انتهت", "يحيى سريع"),
        ("«الوضع صعب»، قال الرئيس الفرنسي إيمانويل ماكرون للصحفيين.", "الوضع صعب", "إيمانويل ماكرون"),
        ("«لن نتراجع»، بحسب رئيس الوزراء محمد شياع السوداني.", "لن نتراجع", "محمد شياع السوداني"),
    ],
)
def test_marks_and_reporting_verbs(text, quote, speaker):
    table = analysis.quotations(text)
    assert table["text"].tolist() == [quote]
    assert table["speaker"].item() == speaker


def test_verb_without_subject_continues_and_titles_resolve():
    text = ("قال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي: «لن نتراجع».\n"
            "وأضاف: «سنواصل العمل».\n"
            "ثم قال الرئيس إن «الأمر محسوم». وقال ماكرون أيضا: «انتهى النقاش».")
    table = analysis.quotations(text)
    assert table["speaker"].tolist() == ["إيمانويل ماكرون"] * 4
    assert table["speaker_as_written"].tolist() == [
        "الرئيس الفرنسي إيمانويل ماكرون", "الرئيس الفرنسي إيمانويل ماكرون", "الرئيس", "ماكرون"]


def test_quoted_name_or_slogan_has_no_speaker():
    table = analysis.quotations('رفع المتظاهرون شعار "الشعب يريد" في ساحة «التحرير».')
    assert table["text"].tolist() == ["الشعب يريد", "التحرير"]
    assert table["speaker"].tolist() == ["", ""]


def test_unclosed_quotation_is_flagged_not_merged():
    text = "قال الوزير: «هذا نص بلا إغلاق.\nوقال المتحدث: «نص ثان»."
    table = analysis.quotations(text)
    assert table["text"].tolist() == ["هذا نص بلا إغلاق.", "نص ثان"]
    assert table["closed"].tolist() == [False, True]
    assert table["close_mark"].tolist() == ["", "»"]
    assert table["speaker"].tolist() == ["الوزير", "المتحدث"]


def test_nested_marks_and_lone_closing_mark():
    table = analysis.quotations("قال الوزير إن «المنظمة “القديمة” انتهت» ثم » وحده.")
    assert table["text"].tolist() == ["المنظمة “القديمة” انتهت", "القديمة"]
    assert table["speaker"].tolist() == ["الوزير", ""]  # the inner one is quoted inside the speech


def test_mirrored_doubled_marks():
    table = analysis.quotations("وقال المدير: ‘‘نعم’’.")
    assert table["text"].tolist() == ["نعم"]
    assert table["open_mark"].item() == "\u2018\u2018"


@pytest.mark.parametrize("text", ["", "نص بلا اقتباس.", "»", "«"])
def test_no_quotes_gives_an_empty_or_sensible_table(text):
    table = analysis.quotations(text)
    assert list(table.columns) == QUOTATION_COLUMNS
    for row in table.itertuples():
        assert text[row.start : row.end] == row.text


def test_relayed_speech_names_the_source_after_an():
    table = analysis.quotations("ونقلت وكالة رويترز عن مصدر مطلع قوله إن «المفاوضات وصلت إلى طريق مسدود».")
    assert table["speaker"].item() == "مصدر مطلع"


def test_quoted_names_of_outlets_and_platforms_have_no_speaker():
    table = analysis.quotations("وصرّح وزير المالية محمد معيط لـ«الشرق الأوسط» بأن «العجز سينخفض».")
    assert table["text"].tolist() == ["الشرق الأوسط", "العجز سينخفض"]
    assert table["speaker"].tolist() == ["", "محمد معيط"]
    table = analysis.quotations("وكتب ترمب على منصة «تروث سوشيال»: «سنفوز».")
    assert table["speaker"].tolist() == ["", "ترمب"]


def test_plural_and_title_only_speakers():
    assert analysis.quotations('وقال مسؤولون أمريكيون إن "الهجوم كان متوقعا".')["speaker"].item() == "مسؤولون أمريكيون"
    table = analysis.quotations("«لن نتراجع عن مواقفنا»، قالت رئيسة الوزراء في كلمة أمام البرلمان.")
    assert table["speaker"].item() == "رئيسة الوزراء"
