from __future__ import annotations

import re

import pytest

from analysis import chars, normalize
from analysis.normalization import fold_alef, fold_digits, strip_diacritics, strip_tatweel


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
