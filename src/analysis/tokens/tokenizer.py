"""Splitting text into a tidy token table: one row per word, number or punctuation mark."""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Iterable

import pandas as pd

from analysis.text import chars
from analysis.text.normalization import normalize
from analysis.text.patterns import ARABIC_LETTER, TOKEN
from analysis.files.articles import Article, paragraphs_frame
from analysis.text.stemming import stem_words
from analysis.text.stopwords import default_stopwords, mark_stopwords, stopword_set

TOKEN_COLUMNS = ["paragraph", "sentence", "start", "end", "token", "norm", "stem", "is_stop", "kind"]

_SENTENCE_END = set(chars.SENTENCE_TERMINATORS)


def _other_kind(char: str) -> str:
    """Kind of a single-character token that is neither word nor number."""
    category = unicodedata.category(char)[0]
    return {"P": "punct", "S": "symbol", "N": "number"}.get(category, "other")


def _is_abbreviation_dot(text: str, previous: tuple[int, int, str] | None, start: int) -> bool:
    """A full stop glued to a one-letter word ("د." in "د. محمد", "U.S.") ends no sentence."""
    if text[start] != "." or previous is None:
        return False
    prev_start, prev_end, prev_kind = previous
    return prev_kind == "word" and prev_end == start and prev_end - prev_start == 1


def tokenize(
    text: str | Article,
    *,
    stopwords: Iterable[str] | None = None,
    lexicon: Iterable[str] = (),
    suffixes: bool = False,
    warn: bool = True,
) -> pd.DataFrame:
    """One row per token of ``text``, in reading order.

    Columns: ``paragraph`` (from 1, one per non-empty line), ``sentence`` (from 1,
    counted over the whole text), ``start``, ``end``, ``token`` (exactly
    ``text[start:end]``), ``norm`` (``normalize(token)``), ``stem`` (the light stem, see
    :mod:`analysis.text.stemming`; ``norm`` for non-words), ``is_stop`` (the word's norm or
    stem is a stopword) and ``kind`` (``word``, ``number``, ``punct``, ``symbol`` or
    ``other``). "7 500" with a no-break space is one ``number`` token. White space and
    invisible direction marks between tokens are not tokens; they are the gaps between
    one token's ``end`` and the next one's ``start``.

    ``stopwords`` replaces the default list (stopwords-iso); ``lexicon`` adds known words
    that let the stemmer strip a bare prefix (``لداعش`` -> ``داعش`` once ``داعش`` is known);
    ``suffixes`` also strips pronoun suffixes. A text with no Arabic letters is
    tokenized all the same, with a warning (``warn=False``: without).
    """
    if isinstance(text, Article):
        text = text.text
    if not isinstance(text, str):
        raise TypeError(f"tokenize() takes a str or an Article, not {type(text).__name__}")

    paragraphs = paragraphs_frame(text)
    rows = []
    norms: dict[str, str] = {}
    sentence = 0
    for paragraph, start, end in zip(paragraphs["paragraph"], paragraphs["start"], paragraphs["end"]):
        ended_at = start  # a paragraph starts a sentence, as if one had just ended
        previous = None
        for match in TOKEN.finditer(text, start, end):
            kind = match.lastgroup
            token = match.group()
            if kind == "other":
                kind = _other_kind(token[0])
            tok_start, tok_end = match.span()
            # A new sentence starts at the first token after a terminator that is not
            # glued to it, so ".‘‘" keeps the closing quote in the sentence it closes.
            if ended_at is not None and (tok_start > ended_at or previous is None):
                sentence += 1
                ended_at = None
            if ended_at is not None or (
                token[0] in _SENTENCE_END and not _is_abbreviation_dot(text, previous, tok_start)
            ):
                ended_at = tok_end
            norm = norms.get(token)
            if norm is None:
                norm = norms[token] = normalize(token)
            rows.append((paragraph, sentence, tok_start, tok_end, token, norm, kind))
            previous = (tok_start, tok_end, kind)
    if warn and any(row[6] == "word" for row in rows) and not ARABIC_LETTER.search(text):
        warnings.warn(
            "tokenize: the text has words but no Arabic letters; the tables describe it, but "
            "the Arabic folding, stemming and stopwords have nothing to act on.",
            UserWarning,
            stacklevel=2,
        )
    stops = default_stopwords() if stopwords is None else stopword_set(replace=stopwords)
    words = {row[4] for row in rows if row[6] == "word"}
    stems = stem_words(words, stops, lexicon, suffixes)
    frame = pd.DataFrame(rows, columns=["paragraph", "sentence", "start", "end", "token", "norm", "kind"])
    frame["stem"] = [stems.get(token, norm) for token, norm in zip(frame["token"], frame["norm"])]
    frame = mark_stopwords(frame, stops)
    return frame.astype(
        {"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64",
         "token": "str", "norm": "str", "stem": "str", "is_stop": "bool", "kind": "str"}
    )[TOKEN_COLUMNS]


GAP_COLUMNS = ["start", "end", "text"]


def gaps(text: str, tokens: pd.DataFrame) -> pd.DataFrame:
    """What lies between the tokens (and before the first and after the last): one row
    per non-empty gap, ``text == text[start:end]`` (white space, line breaks, direction
    marks). Together with the tokens it is the whole text: see :func:`rebuild_text`."""
    rows = []
    position = 0
    for start, end in zip(tokens["start"], tokens["end"]):
        if start > position:
            rows.append((position, start, text[position:start]))
        position = end
    if position < len(text):
        rows.append((position, len(text), text[position:]))
    return pd.DataFrame(rows, columns=GAP_COLUMNS).astype({"start": "int64", "end": "int64", "text": "str"})


def rebuild_text(tokens: pd.DataFrame, gap_table: pd.DataFrame) -> str:
    """The original text, rebuilt from the token table and the gap table, exactly."""
    pieces = sorted(list(zip(tokens["start"], tokens["token"])) + list(zip(gap_table["start"], gap_table["text"])))
    return "".join(piece for _, piece in pieces)
