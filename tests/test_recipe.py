"""The one recipe behind the notebooks and `report`: chart titles from the article, and
one token table shared by every step."""

from __future__ import annotations

import pytest

import analysis
from analysis import recipe

# An article written for this test: a library opens a branch (title, dateline, a figure, a quotation).
LIBRARY = ("المكتبة العامة تفتح فرعا جديدا في المدينة\n\n"
           "الرباط، ٣ مارس، ٢٠٢٥ - افتتحت المكتبة العامة فرعا جديدا يضم أكثر من 12 000 كتاب.\n\n"
           "وقالت مديرة المكتبة: «نريد أن تصل الكتب إلى كل حي في المدينة».\n")


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "library.txt"
    path.write_text(LIBRARY, encoding="utf-8")
    return analysis.load_article(path)


def test_every_chart_title_names_the_article_not_the_reference(library):
    for name, heading in recipe.HEADINGS.items():
        title = analysis.chart_title(name, library)
        assert title.startswith(heading + " \u2014 "), title
        assert "المكتبة العامة" in title
        assert "الإنتربول" not in title and "بيان" not in title


def test_a_long_article_title_is_shortened_to_fit_one_line(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("وزير الخارجية يبحث مع نظيره في العاصمة سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين "
                    "خلال السنوات الخمس المقبلة\n\nنص الخبر.\n", encoding="utf-8")
    title = analysis.chart_title("word-frequencies", analysis.load_article(path))
    assert title.endswith("\u2026") and "\n" not in title
    assert len(title) <= recipe.TITLE_CHARACTERS
    assert title.startswith("الكلمات الأكثر تكرارا \u2014 وزير الخارجية يبحث")


def test_the_article_title_keeps_some_room_beside_a_long_heading(library):
    title = analysis.chart_title("stem-frequencies", library)
    shown = title.split(" \u2014 ", 1)[1]
    assert len(shown) >= recipe.TITLE_MIN_CHARACTERS - 1 and shown.startswith("المكتبة العامة")


def test_chart_title_refuses_unknown_charts_and_plain_text(library):
    with pytest.raises(ValueError, match="no chart named 'pie'"):
        analysis.chart_title("pie", library)
    with pytest.raises(TypeError, match="Article"):
        analysis.chart_title("bigrams", LIBRARY)


def test_dispersion_words_are_the_most_frequent_stems_of_the_article(library):
    stems = analysis.count_words(analysis.tokenize(library), by="stem", drop_stopwords=True)
    # المكتبة ×3 (title, dateline paragraph, "مديرة المكتبة"); four stems twice each
    assert analysis.dispersion_words(stems, 1) == ["مكتبة"]
    assert set(analysis.dispersion_words(stems)) == {"مكتبة", "عامة", "فرعا", "جديدا", "مدينة"}
    with pytest.raises(ValueError, match="'word'"):
        analysis.dispersion_words(stems.rename(columns={"word": "stem"}))


def _count_tokenize_calls(monkeypatch) -> list:
    """Wrap ``tokenize`` wherever the recipe's steps look it up; returns the call log."""
    import analysis.extract.figures
    import analysis.extract.quotes
    import analysis.tokens.tokenizer

    calls = []
    real = analysis.tokens.tokenizer.tokenize

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    for module in (recipe, analysis.extract.figures, analysis.extract.quotes):
        monkeypatch.setattr(module, "tokenize", counted)
    return calls


def test_the_recipe_tokenizes_the_article_once(library, monkeypatch):
    calls = _count_tokenize_calls(monkeypatch)
    tables = recipe.article_tables(library)
    assert len(calls) == 1
    assert len(tables["quoted-figures"]) >= 2 and tables["quotations"]["speaker_as_written"].tolist() == ["مديرة المكتبة"]


def test_a_token_table_given_to_the_recipe_is_not_built_again(library, monkeypatch):
    tokens = analysis.tokenize(library)
    calls = _count_tokenize_calls(monkeypatch)
    tables = recipe.article_tables(library, tokens)
    assert calls == [] and tables["tokens"] is tokens
    assert tables["dated-events"]["date"].tolist() == ["2025-03-03"]
