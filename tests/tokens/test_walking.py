"""The token walker: the small questions scanners ask of a token table."""

from __future__ import annotations

import analysis
from analysis.tokens.walking import TokenWalker

TEXT = "قال الوزير إن أكثر من 7 500 شخص،وصلوا لثلاثة مراكز.\nفقرة ثانية"


def walker() -> TokenWalker:
    return TokenWalker(TEXT, analysis.tokenize(TEXT))


def index(w: TokenWalker, token: str) -> int:
    return w.token.index(token)


def test_columns_are_lists_and_n_counts_tokens():
    w = walker()
    assert w.n == len(w.token) and w.token[0] == "قال" and w.kind[0] == "word"


def test_glued_spaced_and_sentences():
    w = walker()
    comma = index(w, "،")
    assert w.glued(comma) and not w.spaced(comma)  # "شخص،" - nothing between
    assert w.glued(comma + 1)  # "،وصلوا"
    assert w.spaced(1) and not w.glued(1)  # "قال الوزير"
    second = index(w, "فقرة")
    assert not w.spaced(second)  # a line break is no space inside a paragraph
    assert w.same_sentence(0, comma) and not w.same_sentence(0, second)
    assert not w.same_sentence(0, w.n)  # out of range is never the same sentence


def test_clitic_split_and_the_offset_after_the_clitic():
    w = walker()
    i = index(w, "لثلاثة")
    assert w.clitic_split(i, {"ثلاثة"}) == ("ل", "ثلاثة")
    assert TEXT[w.offset_after_letters(i, 1) : w.end[i]] == "ثلاثة"


def test_offset_after_letters_skips_their_marks():
    text = "وَثلاثة"  # waw with a fatha, then the number word
    w = TokenWalker(text, analysis.tokenize(text))
    assert text[w.offset_after_letters(0, 1) :] == "ثلاثة"


def test_phrase_at_finds_the_longest_phrase_forwards_and_backwards():
    w = walker()
    first = index(w, "أكثر")
    assert w.phrase_at(first, ["اكثر", "اكثر من"]) == (first, first + 1, 2, "")
    assert w.phrase_at(first + 1, ["اكثر من"], backwards=True) == (first, first + 1, 2, "")
    assert w.phrase_at(first, ["اقل من"]) is None
