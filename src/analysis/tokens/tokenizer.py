"""Splitting text into a tidy token table: one row per word, number or punctuation mark."""

from __future__ import annotations

import unicodedata
import warnings
from collections.abc import Iterable, Mapping

import pandas as pd

from analysis.text import chars
from analysis.text.normalization import normalize
from analysis.text.patterns import ARABIC_LETTER, PRESENTATION_FORM, TOKEN
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
    :mod:`analysis.text.stemming`; ``norm`` for non-words), ``is_stop`` (a stopword, also
    behind clitics, or a fragment: see :func:`analysis.mark_stopwords`) and ``kind``
    (``word``, ``number``, ``punct``, ``symbol`` or ``other``). "7 500" with a no-break space is one ``number`` token. White space and
    invisible direction marks between tokens are not tokens; they are the gaps between
    one token's ``end`` and the next one's ``start``.

    ``stopwords`` replaces the default list (stopwords-iso); ``lexicon`` adds known words
    that let the stemmer strip a bare prefix (``لداعش`` -> ``داعش`` once ``داعش`` is known);
    ``suffixes`` also strips pronoun suffixes. A text stored in presentation forms
    only (glyphs shaped for display) is folded back to letters for ``norm``, ``stem`` and
    the counts, with a warning saying so; a text with no Arabic letters is tokenized all the
    same, with a warning (``warn=False``: without either).
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
    if warn and any(row[6] == "word" for row in rows):
        _warn_about_letters(text)
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


def _warn_about_letters(text: str) -> None:
    """Say what happened to a text with words but no plain Arabic letters. (A few display
    forms among letters fold silently; :func:`analysis.load_article` reports their share.)"""
    if ARABIC_LETTER.search(text):
        return
    if PRESENTATION_FORM.search(text):
        warnings.warn(
            "tokenize: the text is stored in Arabic presentation forms (glyphs shaped for display, "
            "U+FB50-U+FEFC); they were folded back to letters for norm, stem and stopwords, so the "
            "counts are unaffected (the token column keeps the text as stored).",
            UserWarning,
            stacklevel=3,
        )
    else:
        warnings.warn(
            "tokenize: the text has words but no Arabic letters; the tables describe it, but "
            "the Arabic folding, stemming and stopwords have nothing to act on.",
            UserWarning,
            stacklevel=3,
        )


def tokenize_documents(
    documents,
    *,
    stopwords: Iterable[str] | None = None,
    lexicon: Iterable[str] = (),
    suffixes: bool = False,
    warn: bool = True,
) -> pd.DataFrame:
    """One token table for many documents: a ``document`` column, then :func:`tokenize`'s.

    ``documents`` is a mapping ``{name: text or Article}``, or an iterable of Articles
    (named by their file name), of corpus documents (``.id`` and ``.text``, as
    :func:`analysis.iter_documents` yields), of ``(name, text)`` pairs or of plain
    strings (named ``"1"``, ``"2"``... in order). Each document is tokenized on its own,
    so its stems rest on its own vocabulary, as :func:`analysis.count_corpus` counts them.
    Paragraph and sentence numbers start again at 1 in each document. Two documents with
    the same name raise ``ValueError``.
    """
    frames = []
    names: set[str] = set()
    for name, text in _named(documents):
        if name in names:
            raise ValueError(f"tokenize_documents: two documents are named {name!r}; names must be unique")
        names.add(name)
        frame = tokenize(text, stopwords=stopwords, lexicon=lexicon, suffixes=suffixes, warn=warn)
        frames.append(frame.assign(document=name))
    columns = ["document", *TOKEN_COLUMNS]
    if not frames:
        return tokenize("").assign(document=pd.Series(dtype="str"))[columns]
    return pd.concat(frames, ignore_index=True).astype({"document": "str"})[columns]


def _named(documents) -> Iterable[tuple[str, str | Article]]:
    """``(name, text)`` for each document, whatever shape the collection has."""
    if isinstance(documents, (str, Article)):
        raise TypeError("tokenize_documents() takes a collection of documents; for one text use tokenize()")
    if isinstance(documents, Mapping):
        yield from ((str(name), text) for name, text in documents.items())
        return
    for position, document in enumerate(documents, start=1):
        if isinstance(document, Article):
            yield document.path.name, document
        elif isinstance(document, str):
            yield str(position), document
        elif isinstance(document, tuple) and len(document) == 2:
            yield str(document[0]), document[1]
        elif hasattr(document, "id") and hasattr(document, "text"):
            yield str(document.id), document.text
        else:
            raise TypeError(f"tokenize_documents: document {position} is a {type(document).__name__}; "
                            "give texts, Articles, (name, text) pairs or documents with .id and .text")


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
