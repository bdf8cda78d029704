"""The token patterns, built from the character tables (no pandas: the corpus counter
imports this without the table machinery)."""

from __future__ import annotations

import re

from analysis.text import chars

#: One Arabic letter (logical text).
ARABIC_LETTER = re.compile(f"[{chars.ARABIC_LETTERS}]")
#: One letter in presentation form (text shaped for display).
PRESENTATION_FORM = re.compile(f"[{chars.PRESENTATION_LETTERS}]")
#: One Arabic letter, logical or in presentation form.
ARABIC_OR_FORM = re.compile(f"[{chars.ARABIC_LETTERS}{chars.PRESENTATION_LETTERS}]")

_DIGIT = f"[{chars.DIGITS}]"
_NOT_DIGIT_NEXT = f"(?!{_DIGIT})"
# "7 500", "7,500", "1٬250٬000": groups of three after one to three digits, all with the
# same separator; then an optional decimal part with a point (not a comma, which groups).
_GROUPED_NUMBER = (
    f"{_DIGIT}{{1,3}}(?P<sep>[{re.escape(chars.THOUSANDS_SEPARATORS)}]){_DIGIT}{{3}}{_NOT_DIGIT_NEXT}"
    f"(?:(?P=sep){_DIGIT}{{3}}{_NOT_DIGIT_NEXT})*"
    f"(?:[.\u066b]{_DIGIT}+)?"
)
# "2016", "1.5", "1,3", "٣٫٥"
_PLAIN_NUMBER = f"{_DIGIT}+(?:[{re.escape(chars.DECIMAL_SEPARATORS)}]{_DIGIT}+)?"
# A word: letters and Arabic marks, with zero-width joiners or direction marks allowed
# inside (never at its edges, so a stray mark before a word is not part of it).
_LETTER = rf"(?:[^\W\d_]|[{chars.DIACRITICS}{chars.TATWEEL}])"
_WORD = f"{_LETTER}+(?:[{chars.INVISIBLE_CONTROLS}]+{_LETTER}+)*"
#: The pattern of a ``word`` token, for code that needs only the words (corpus counting).
WORD_PATTERN = _WORD
# Anything else that is neither white space nor an invisible control is a token: one
# character, or a run of the same one ("’’", "..."); invisible controls between tokens
# are skipped like white space.
_OTHER = rf"(?P<char>[^\s{chars.INVISIBLE_CONTROLS}])(?P=char)*"

TOKEN = re.compile(
    f"(?P<number>{_GROUPED_NUMBER}|{_PLAIN_NUMBER})|(?P<word>{_WORD})|(?P<other>{_OTHER})"
)

