"""Property-based tests over generated Arabic-heavy text (Hypothesis).

CI runs the "ci" profile: a fixed seed (derandomized) and a bounded number of examples.
For a longer local search: HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest tests/test_properties.py
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import analysis
from analysis.text import chars

# Letter forms shaped for display (not U+FEFF, an invisible control the generator produces).
PRESENTATION = re.compile(f"[{chars.PRESENTATION_LETTERS}]")

# The alphabet: Arabic letters, diacritics, tatweel, digits of three systems, Arabic and
# Latin punctuation, quotation marks, separators, direction and zero-width marks, Latin,
# emoji, spaces and line breaks (CR, LF, CRLF).
ALPHABET = (
    chars.ARABIC_LETTERS[:60] + chars.DIACRITICS + chars.TATWEEL + chars.DIGITS
    + "،؛؟.,:;!?()-–/%٪٫٬" + "«»“”\"\u2018\u2019" + "\u00a0\u202f" + chars.INVISIBLE_CONTROLS
    + "abcXYZ" + "😀🇸🇦" + "  \n\n\r"
)
WORDS = ["الإنتربول", "أكثر من", "حوالى", "7 500", "٢٢ يوليو، ٢٠١٦", "تموز/يوليو", "قال", "وأضاف:",
         "’’", "‘‘", "آلاف", "لثلاثة", "الـ", "من", "إلى", "بين", "و", "%", "في المائة", "مليون", "000 9"]
arabic_text = st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=12), st.sampled_from(WORDS)),
                       max_size=40).map(" ".join)


@given(arabic_text)
def test_normalize_is_idempotent(text):
    once = analysis.normalize(text)
    assert analysis.normalize(once) == once
    assert not PRESENTATION.search(once)


@given(arabic_text)
def test_tokenize_offsets_always_slice_to_the_token(text):
    tokens = analysis.tokenize(text) if re.search(f"[{chars.ARABIC_LETTERS}]", text) else None
    if tokens is None:
        return
    for row in tokens.itertuples():
        assert text[row.start : row.end] == row.token
    assert not tokens["norm"].str.contains(PRESENTATION).any()
    assert not tokens["stem"].str.contains(PRESENTATION).any()
    assert analysis.rebuild_text(tokens, analysis.gaps(text, tokens)) == text


@given(arabic_text)
def test_figures_and_quotations_never_raise_and_slice(text):
    figures = analysis.quoted_figures(text, dateline="2016-07-22")
    for row in figures.itertuples():
        assert text[row.start : row.end] == row.surface
        assert row.kind in analysis.extract.figures.KINDS
    quotes = analysis.quotations(text)
    for row in quotes.itertuples():
        assert text[row.start : row.end] == row.text
    for table in (figures, quotes):
        assert not table.astype(str).apply(lambda column: column.str.contains(PRESENTATION)).any().any()


@given(st.text(max_size=60))
def test_display_text_never_raises(text):
    for mode in ("native", "reshape"):
        assert isinstance(analysis.display_text(text, mode=mode), str)
