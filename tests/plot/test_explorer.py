from __future__ import annotations

import datetime

import pytest

from analysis.files.decoding import ArticleError
from analysis.plot import explorer as ex

# Written for these tests: two paragraphs, four sentences, three figures, three quotations.
ARTICLE = """\
أمطار غزيرة تغمر مدينة ساحلية
غمرت الأمطار 300 منزل يوم 2024-03-15. وقال المحافظ سامي عبد الحميد: «الأمطار لم تتوقف».
وأضاف عبد الحميد: «نعمل منذ 3 أيام». وقالت مصادر إن «الخسائر كبيرة».
"""

MODIFIED = datetime.datetime(2024, 3, 15, tzinfo=datetime.timezone.utc)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "rain.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "another.txt").write_text("خبر قصير عن الأمطار\nهطلت الأمطار.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


@pytest.fixture
def exploration(folder):
    return ex.explore_article(ex.load_upload("rain.txt", ARTICLE.encode("utf-8")))


def test_article_files_lists_top_level_articles_first(folder):
    assert [p.relative_to(folder).as_posix() for p in ex.article_files(folder)] == ["rain.txt", "sub/another.txt"]
    with pytest.raises(NotADirectoryError, match="no such folder"):
        ex.article_files(folder / "missing")


def test_an_upload_is_read_like_a_file_and_errors_name_it():
    article = ex.load_upload("../../rain.txt", ARTICLE.encode("utf-8"))
    assert article.title == "أمطار غزيرة تغمر مدينة ساحلية"
    with pytest.raises(ArticleError, match=r"^notes\.txt: contains no Arabic letters"):
        ex.load_upload("notes.txt", b"just English")


def test_word_view_counts_every_form_and_gives_kwic_and_dispersion(exploration):
    # الأمطار x2 and أمطار in the title: three occurrences of the stem امطار
    n, lines, spread = ex.word_view(exploration, "أمطار", window=2)
    assert n == 3 == len(lines) == len(spread)
    assert lines[["before", "keyword", "after"]].values.tolist() == [
        ["", "أمطار", "غزيرة تغمر"],
        ["غمرت", "الأمطار", "300 منزل"],
        [": «", "الأمطار", "لم تتوقف"],
    ]
    with pytest.raises(ValueError, match="the text box is empty"):
        ex.word_view(exploration, "  ")


def test_figures_in_their_sentences(exploration):
    table = ex.figures_in_sentences(exploration)
    assert list(table.columns) == ex.FIGURE_COLUMNS
    assert table["surface"].tolist() == ["300", "2024-03-15", "3"]
    assert table["sentence"].iloc[0] == "غمرت الأمطار 300 منزل يوم 2024-03-15."
    assert table["sentence"].iloc[2] == "وأضاف عبد الحميد: «نعمل منذ 3 أيام»."
    dates = ex.figures_in_sentences(exploration, "date")
    assert dates["surface"].tolist() == ["2024-03-15"]
    with pytest.raises(ValueError, match="no figure of kind 'money'"):
        ex.figures_in_sentences(exploration, "money")


def test_quotations_grouped_by_speaker_most_quoted_first(exploration):
    table = ex.quotes_by_speaker(exploration.quotes)
    assert list(table.columns) == ex.QUOTE_COLUMNS
    assert table["text"].tolist() == ["الأمطار لم تتوقف", "نعمل منذ 3 أيام", "الخسائر كبيرة"]
    assert table["speaker"].tolist()[:2] == ["سامي عبد الحميد"] * 2
    assert table["quotations"].tolist() == [2, 2, 1]


def test_the_widgets_respond(folder):
    explorer = ex.Explorer(folder)
    assert explorer.article.value == (folder / "rain.txt").resolve()
    assert "أمطار غزيرة تغمر مدينة ساحلية" in explorer.title.value
    explorer.word.value = "الخسائر"
    assert "عدد المرات في النص: 1" in explorer.frequency.value
    assert "الخسائر" in explorer.kwic.value and 'dir="rtl"' in explorer.kwic.value
    assert explorer.chart.value[:4] == b"\x89PNG"
    explorer.top_words.value = explorer.top_words.options[0]  # clicking a word types it
    assert explorer.word.value == explorer.top_words.options[0]
    explorer.kind.value = "date"
    assert "2024-03-15" in explorer.figures.value and ">300<" not in explorer.figures.value
    explorer.word.value = "القاهرة"
    assert "عدد المرات في النص: 0" in explorer.frequency.value and explorer.kwic.value == ""


def test_choosing_and_uploading_articles(folder):
    explorer = ex.Explorer(folder)
    explorer.article.value = (folder / "sub" / "another.txt").resolve()
    assert "خبر قصير عن الأمطار" in explorer.title.value
    explorer.upload.value = ({"name": "bad.txt", "type": "text/plain", "size": 3, "content": memoryview(b"abc"),
                              "last_modified": MODIFIED},)
    assert "bad.txt: contains no Arabic letters" in explorer.message.value
    explorer.upload.value = ({"name": "rain.txt", "type": "text/plain", "size": 1, "last_modified": MODIFIED,
                              "content": memoryview(ARTICLE.encode("utf-8"))},)
    assert explorer.message.value == "" and "أمطار غزيرة" in explorer.title.value


def test_an_article_from_elsewhere_is_added_to_the_menu(folder, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("mine") / "mine.txt"
    elsewhere.write_text("مقالي الخاص\nكتبت هذا المقال عن الأمطار.\n", encoding="utf-8")
    explorer = ex.Explorer(folder, start=elsewhere)
    assert explorer.article.options[0] == ("mine.txt", elsewhere.resolve())
    assert "مقالي الخاص" in explorer.title.value
