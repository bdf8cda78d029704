"""The character tables: what each holds, checked against Unicode's own names."""

from __future__ import annotations

import unicodedata

from analysis.text import chars


def test_char_range_is_inclusive():
    assert chars.char_range("\u0660", "\u0662") == "٠١٢"


def test_diacritics_are_combining_marks_and_include_the_dagger_alef():
    assert all(unicodedata.category(c) == "Mn" for c in chars.DIACRITICS)
    assert "\u0651" in chars.DIACRITICS  # shadda, as in تحفّز
    assert "\u0670" in chars.DIACRITICS  # superscript alef


def test_letters_are_letters_and_exclude_tatweel_and_marks():
    assert all(unicodedata.category(c).startswith("L") for c in chars.ARABIC_LETTERS)
    assert chars.TATWEEL not in chars.ARABIC_LETTERS
    assert not set(chars.DIACRITICS) & set(chars.ARABIC_LETTERS)
    for letter in "ءابتثجحخدذرزسشصضطظعغفقكلمنهوىيةپچژگ":
        assert letter in chars.ARABIC_LETTERS, letter


def test_digits_of_three_systems_have_their_values():
    for system in (chars.ASCII_DIGITS, chars.ARABIC_INDIC_DIGITS, chars.EXTENDED_DIGITS):
        assert [unicodedata.digit(c) for c in system] == list(range(10))


def test_presentation_letters_leave_out_the_byte_order_mark():
    assert "\ufeff" not in chars.PRESENTATION_LETTERS and "\ufeff" in chars.INVISIBLE_CONTROLS
    # the first and last letter forms of the two blocks: ٱ isolated, and لا final
    assert "\ufb50" in chars.PRESENTATION_LETTERS and "\ufefc" in chars.PRESENTATION_LETTERS
    assert unicodedata.name("\ufefc") == "ARABIC LIGATURE LAM WITH ALEF FINAL FORM"


def test_invisible_controls_are_format_characters():
    assert all(unicodedata.category(c) == "Cf" for c in chars.INVISIBLE_CONTROLS)
    assert "\u200f" in chars.INVISIBLE_CONTROLS and "\u061c" in chars.INVISIBLE_CONTROLS  # RLM, ALM
