"""Reading one article from disk: decoding, refusing what is not an Arabic article, and
splitting it into paragraphs. (Corpus sources read their documents in :mod:`analysis.corpus`.)"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.files.decoding import ArticleError, decode_text
from analysis.text.patterns import ARABIC_OR_FORM

PARAGRAPH_COLUMNS = ["paragraph", "start", "end", "text"]

# A line is a run of characters without a line break (LF, CR, or the Unicode line and
# paragraph separators); a paragraph is a line with something other than white space.
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")


@dataclass(frozen=True)
class Article:
    """An article as read from disk.

    ``text`` is the whole decoded file, unchanged; every offset in the package points
    into it. ``paragraphs`` has one row per non-empty line, numbered from 1 (the title
    is paragraph 1), with ``text == article.text[start:end]``.
    """

    path: Path
    text: str
    title: str
    paragraphs: pd.DataFrame = field(repr=False)
    encoding: str = "utf-8"


def paragraphs_frame(text: str) -> pd.DataFrame:
    """One row per non-empty line of ``text``: ``paragraph`` (from 1), ``start``, ``end``, ``text``.

    ``start`` and ``end`` exclude the white space around the line, so
    ``text[start:end]`` is the paragraph exactly as written.
    """
    rows = []
    for line in _LINE.finditer(text):
        body = line.group()
        stripped = body.strip()
        if not stripped:
            continue
        start = line.start() + (len(body) - len(body.lstrip()))
        rows.append((len(rows) + 1, start, start + len(stripped), stripped))
    return pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS).astype(
        {"paragraph": "int64", "start": "int64", "end": "int64", "text": "str"}
    )


def _warn_if_baked(path: Path, text: str) -> None:
    import warnings

    from analysis.files.repair import looks_visual_order, presentation_form_share

    share = presentation_form_share(text)
    if looks_visual_order(text):
        warnings.warn(f"{path}: the Arabic looks like visual (reversed) order, as copied from a PDF or a "
                      "rendered page; counts and figures will be wrong. Repair it with "
                      "analysis.repair_visual_order(article.text) and save the result.", UserWarning, stacklevel=3)
    elif share > 0.2:
        warnings.warn(f"{path}: {share:.0%} of the Arabic letters are presentation forms (text baked for "
                      "display); they are folded back to letters when counting.", UserWarning, stacklevel=3)


def load_article(path: str | Path, *, encoding: str = "utf-8", errors: str = "strict") -> Article:
    """Read the text file at ``path`` as an article.

    The title is the first non-empty line. UTF-8 (with or without a byte-order mark) and
    UTF-16 with one are read as they are; ``encoding="cp1256"`` or ``"iso-8859-6"``
    reads the legacy Arabic encodings, ``encoding="auto"`` detects them; ``errors=
    "replace"`` turns undecodable bytes into U+FFFD with a warning (see
    :mod:`analysis.files.decoding`). Raises ``FileNotFoundError`` for a missing file,
    ``IsADirectoryError`` for a folder, and ``ArticleError`` (a ``ValueError``) for
    bytes that cannot be decoded (naming the offset and the likely encoding), binary
    data, an empty file or a text with no Arabic letters; each message names the file
    and says what to do. Text baked for display (presentation forms, visual order) is
    kept as it is, with a warning saying how to repair it.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(
            f"{path}: no such file. Check the path (relative paths start from "
            f"{Path.cwd()})."
        )
    if path.is_dir():
        raise IsADirectoryError(
            f"{path}: is a folder, not a file. Give the path of one article (.txt)."
        )
    text, encoding = decode_text(path, path.read_bytes(), encoding, errors)
    if not text.strip():
        raise ArticleError(f"{path}: the file is empty. Give an article with text in it.")
    if not ARABIC_OR_FORM.search(text):  # text baked for display is Arabic too
        raise ArticleError(
            f"{path}: contains no Arabic letters. This package analyses Arabic text; "
            "check that this is the article you meant."
        )
    _warn_if_baked(path, text)
    paragraphs = paragraphs_frame(text)
    return Article(
        path=path,
        text=text,
        title=paragraphs.at[0, "text"],
        paragraphs=paragraphs,
        encoding=encoding,
    )
