"""The scanners' shared ground: word lists loaded, digits read with the text's decimal mark."""

from __future__ import annotations

import analysis
from analysis.extract.scanning import KINDS, MONTHS, ORDINAL_PHRASES, QUALIFIERS, FigureWalker
from analysis.text.normalization import normalize


def test_word_lists_are_loaded_and_normalized():
    assert MONTHS[normalize("آذار")] == 3 and MONTHS[normalize("تشرين الثاني")] == 11
    assert QUALIFIERS[normalize("أكثر من")] == "over"
    assert ORDINAL_PHRASES[normalize("الحادي عشر")] == 11
    assert ORDINAL_PHRASES[normalize("الثانية عشرة")] == 12
    assert ORDINAL_PHRASES[normalize("الحادي والعشرين")] == 21
    assert normalize("الحادي") not in ORDINAL_PHRASES  # only the first word of 11, 21 ...
    assert "date_range" in KINDS


def test_walker_reads_digits_with_the_texts_decimal_mark():
    text = "نما 0,8 وبلغ 1,250"
    walker = FigureWalker(text, analysis.tokenize(text), None)
    assert walker.decimal == ","
    numbers = [i for i in range(walker.n) if walker.is_digits(i)]
    assert [walker.digits(i)[0] for i in numbers] == [0.8, 1.25]
    assert walker.small_int(numbers[0], 31) is None
