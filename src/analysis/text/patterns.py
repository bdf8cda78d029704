"""The token patterns, built from the character tables (no pandas: the corpus counter
imports this without the table machinery). The ``number`` alternative is the digit
grammar of :mod:`analysis.text.numerals`, which also reads every number it matches."""

from __future__ import annotations

import re

from analysis.text import chars
from analysis.text.numerals import NUMBER_PATTERN

#: One Arabic letter (logical text).
ARABIC_LETTER = re.compile(f"[{chars.ARABIC_LETTERS}]")
#: One letter in presentation form (text shaped for display).
PRESENTATION_FORM = re.compile(f"[{chars.PRESENTATION_LETTERS}]")
#: One Arabic letter, logical or in presentation form.
ARABIC_OR_FORM = re.compile(f"[{chars.ARABIC_LETTERS}{chars.PRESENTATION_LETTERS}]")

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
    f"(?P<number>{NUMBER_PATTERN})|(?P<word>{_WORD})|(?P<other>{_OTHER})"
)

