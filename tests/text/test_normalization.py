from __future__ import annotations

import re

import pytest

from analysis import normalize
from analysis.text import chars
from analysis.text.normalization import fold_alef, fold_digits, strip_diacritics, strip_tatweel


@pytest.mark.parametrize(
    ("step", "raw", "expected"),
    [
        (strip_diacritics, "تحفّز", "تحفز"),
        (strip_diacritics, "أُنشئ", "أنشئ"),
        (strip_diacritics, "قيّمة", "قيمة"),
        (strip_diacritics, "هٰذا", "هذا"),  # dagger alef
        (strip_diacritics, "مُحَمَّدٌ", "محمد"),
        (strip_tatweel, "الـعـالـم", "العالم"),
        (fold_alef, "الإنتربول", "الانتربول"),
        (fold_alef, "أيلول", "ايلول"),
        (fold_alef, "آلاف", "الاف"),
        (fold_alef, "ٱلله", "الله"),
        (fold_digits, "٢٢ يوليو، ٢٠١٦", "22 يوليو، 2016"),
        (fold_digits, "۱۴۰۵", "1405"),
    ],
)
def test_each_step(step, raw, expected):
    assert step(raw) == expected
    assert step(expected) == expected  # idempotent


def test_normalize_composes_the_default_steps():
    assert normalize("الإنتربولُ ستحفّز ٢٠١٦ الـعـالـم") == "الانتربول ستحفز 2016 العالم"


def test_normalized_article_has_no_diacritics_tatweel_or_arabic_digits(article):
    folded = normalize(article.text)
    assert not re.search(f"[{chars.DIACRITICS}{chars.TATWEEL}{chars.ARABIC_INDIC_DIGITS}]", folded)
    assert "2016" in folded and "٢٠١٦" not in folded
    assert normalize(folded) == folded
    assert len(folded) < len(article.text)  # the article does carry diacritics


def test_normalize_keeps_letters_it_does_not_fold():
    # Teh marbuta, alef maqsura and hamza on waw/yeh are left alone by default.
    assert normalize("الإسلامية على مؤتمر أنشئ") == "الاسلامية على مؤتمر انشئ"


def test_normalize_rejects_non_text():
    with pytest.raises(TypeError, match="takes a str"):
        normalize(b"bytes")


# Cases the peers' documentation gives for the same operations:
# PyArabic / Tashaphyne strip_tashkeel and strip_tatweel docstrings, and the steps of
# Lucene's ArabicNormalizer (hamza on alef -> alef, teh marbuta -> heh, alef maksura ->
# yeh, harakat and tatweel removed), which normalize() does with every option on.
@pytest.mark.parametrize(
    ("step", "raw", "expected"),
    [
        (strip_diacritics, "الْعَرَبِيّةُ", "العربية"),
        (strip_tatweel, "العـــــربية", "العربية"),
    ],
)
def test_documented_peer_examples(step, raw, expected):
    assert step(raw) == expected


def test_every_option_on_matches_lucene_arabic_normalizer_steps():
    folded = normalize("أَحْمَدُ إلى المـدرسةِ آخِر مستشفى", alef_maqsura=True, teh_marbuta=True)
    assert folded == "احمد الي المدرسه اخر مستشفي"


@pytest.mark.parametrize(
    ("option", "raw", "expected"),
    [
        ("alef_maqsura", "مستوى على", "مستوي علي"),
        ("teh_marbuta", "الدولة الإسلامية", "الدوله الاسلاميه"),
        ("hamza", "مؤتمر رئيس", "موتمر رييس"),
        ("controls", "داعش\u200f\u200c", "داعش"),
        ("presentation_forms", "\ufefb\ufe8d", "لاا"),
    ],
)
def test_each_option_turns_on_and_off(option, raw, expected):
    assert normalize(raw, **{option: True}) == expected
    if option in {"controls", "presentation_forms"}:  # on by default
        assert normalize(raw, **{option: False}) != expected
    else:
        assert normalize(raw) != expected


def test_unknown_option_names_the_allowed_ones():
    with pytest.raises(ValueError, match=r"unknown option\(s\) \['yeh'\]; allowed options are \['presentation_forms'"):
        normalize("نص", yeh=True)


@pytest.mark.parametrize("options", [{}, {"alef": False}, {"teh_marbuta": True, "diacritics": False}])
def test_a_normalizer_folds_like_normalize_with_the_same_options(options):
    from analysis.text.normalization import normalizer

    text = "الإنتربولُ ينضمّ\u200c إلى الـتحالف ﻻ ٢٠١٦ مدرسة"
    assert normalizer(**options)(text) == normalize(text, **options)
    with pytest.raises(ValueError, match="unknown option"):
        normalizer(yeh=True)


@pytest.mark.parametrize("options", [{}, {"alef": False}])
def test_the_folding_table_replaces_characters_exactly_like_normalize(options):
    import polars as pl

    from analysis.text.normalization import folding_table

    table = folding_table(**options)
    assert table["\u064e"] == "" and table["\ufefb"] == "\u0644\u0627"  # fatha dropped, the lam-alef glyph spelt out
    assert ("\u0623" in table) == options.get("alef", True)  # أ folds to ا only with alef folding
    texts = ["الإنتربولُ ينضمّ\u200c إلى الـتحالف", "ﻻ ﺍﻹﻧﺘﺮﺑﻮﻝ ٢٠١٦", "گزارش ۱۴۰۵ ﷺ", ""]
    replaced = pl.Series(texts).str.replace_many(list(table), list(table.values()))
    assert replaced.to_list() == [normalize(text, **options) for text in texts]
