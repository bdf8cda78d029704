"""Pairs of quotation marks in Arabic news text, as a reader pairs them.

Marks: ``’’…‘‘`` (two U+2019 then two U+2018, as the reference article writes them, and
the mirrored ``‘‘…’’``), ``«…»`` (and the reversed ``»…«``), ``“…”`` (either curly mark
may open: ``”…“`` and ``”…”`` are common) and ASCII ``"…"``. Curly and ASCII marks look
the same opening and closing, so their role is read from what touches them: a mark with
space before and a letter after opens, a letter before and space or punctuation after
closes; a mark glued on both sides (``بـ"الجديد"``) closes an open quotation of its kind,
or opens one. That lets an ASCII quotation nest inside another (``"قال "لا" ثم مضى"``).

A quotation closes within its paragraph, or at the first mark of the next paragraph when
that mark can only close it (a quotation spanning paragraphs). Otherwise it ends at its
paragraph's end, unclosed (``close_mark`` empty), and never swallows the next one. A
closing mark with nothing open is ignored. The walk is one pass over the marks with
per-kind stacks: time is linear in the text whatever the marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from analysis.files.articles import paragraphs_frame

# ’’ ‘‘ (RIGHT then LEFT SINGLE QUOTATION MARK, doubled)
_DOUBLED_OPEN, _DOUBLED_CLOSE = "\u2019\u2019", "\u2018\u2018"
_GUILLEMET_OPEN, _GUILLEMET_CLOSE = "\u00ab", "\u00bb"  # « »
_CURLY = "\u201c\u201d"  # “ ”
_ASCII = '"'
_WAW = "\u0648"  # و
FAMILIES = {
    _DOUBLED_OPEN: "doubled", _DOUBLED_CLOSE: "doubled",
    _GUILLEMET_OPEN: "guillemet", _GUILLEMET_CLOSE: "guillemet",
    _CURLY[0]: "curly", _CURLY[1]: "curly",
    _ASCII: "ascii",
}
_MARK = re.compile("|".join(re.escape(mark) for mark in sorted(FAMILIES, key=len, reverse=True)))
# What may stand before an opening mark besides white space: brackets, dashes, colon, commas.
# (the marks themselves count too: "«“" opens twice).
_MARK_CHARS = set("".join(FAMILIES))
_BEFORE_OPENING = set("([{:\u060c,\u061b;-\u2013\u2014/") | _MARK_CHARS  # ، ؛ – —
# What may follow a closing mark besides white space: punctuation (، ؛ ؟ ۔ … – —).
_AFTER_CLOSING = set(".,:;!?)]}\u060c\u061b\u061f\u06d4\u2026-\u2013\u2014/") | _MARK_CHARS


@dataclass
class QuotePair:
    """One pair of marks: ``start`` is the opening mark's offset, ``close`` the closing
    mark's (None when unclosed), ``depth`` how many quotations it stands inside."""

    start: int
    open_mark: str
    paragraph: int
    depth: int
    close: int | None = None
    close_mark: str = ""

    @property
    def family(self) -> str:
        return FAMILIES[self.open_mark]


def _role(text: str, start: int, end: int) -> str:
    """"open", "close" or "either" for a curly or ASCII mark at text[start:end]."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    spaced_before = before.isspace() or before in _BEFORE_OPENING or _lone_waw(text, start - 1, -1)
    spaced_after = after.isspace() or after in _AFTER_CLOSING or _lone_waw(text, end, 1)
    if spaced_before and not spaced_after:
        return "open"
    if spaced_after and not spaced_before:
        return "close"
    return "either"


def _lone_waw(text: str, at: int, step: int) -> bool:
    """A و ("and") standing alone between two quotations: `”و”` joins two of them, so the
    mark on its far side opens and the one on its near side closes."""
    beyond = at + step
    return 0 <= at < len(text) and text[at] == _WAW and (beyond < 0 or beyond >= len(text)
                                                         or text[beyond].isspace() or text[beyond] in _MARK_CHARS)


class _Pairing:
    """The open quotations, as one stack (for depth and for closing what was opened
    inside) and one stack per mark family (to find the one a mark closes in O(1))."""

    def __init__(self) -> None:
        self.stack: list[QuotePair] = []
        self.by_family: dict[str, list[QuotePair]] = {}
        self.pairs: list[QuotePair] = []

    def open_one(self, start: int, mark: str, paragraph: int) -> None:
        pair = QuotePair(start, mark, paragraph, depth=len(self.stack))
        self.stack.append(pair)
        self.by_family.setdefault(pair.family, []).append(pair)
        self.pairs.append(pair)

    def innermost(self, family: str) -> QuotePair | None:
        same = self.by_family.get(family)
        return same[-1] if same else None

    def close_one(self, pair: QuotePair, offset: int | None, mark: str = "") -> None:
        """Close ``pair`` at ``offset`` (None: leave it unclosed and stop waiting for it).
        Quotations opened inside it and still open stay unclosed."""
        while self.stack:
            top = self.stack.pop()
            self.by_family[top.family].pop()
            if top is pair:
                break
        pair.close, pair.close_mark = offset, mark

    def drop_all(self) -> None:
        self.stack.clear()
        self.by_family.clear()

    def closes(self, text: str, match: re.Match) -> QuotePair | None:
        """The open quotation this mark closes, if it closes one."""
        mark = match.group()
        family = FAMILIES[mark]
        pair = self.innermost(family)
        if pair is None:
            return None
        if family in ("doubled", "guillemet"):
            return pair if mark != pair.open_mark else None
        return pair if _role(text, match.start(), match.end()) != "open" else None

    def opens(self, text: str, match: re.Match) -> bool:
        """Whether a mark that closes nothing opens a quotation."""
        mark = match.group()
        family = FAMILIES[mark]
        if family == "doubled":
            return True
        if mark == _GUILLEMET_OPEN:
            return True
        if mark == _GUILLEMET_CLOSE:  # a reversed »…« pair, or a stray »
            return self.innermost(family) is None and _role(text, match.start(), match.end()) == "open"
        return _role(text, match.start(), match.end()) != "close"


def find_pairs(text: str) -> list[QuotePair]:
    """Every pair of quotation marks in ``text``, in the order the quotations open."""
    paragraphs = paragraphs_frame(text)
    para_starts = paragraphs["start"].tolist()
    para_numbers = paragraphs["paragraph"].tolist()
    pairing = _Pairing()
    current = None
    for match in _MARK.finditer(text):
        index = bisect.bisect_right(para_starts, match.start()) - 1
        paragraph = para_numbers[index] if index >= 0 else 1
        if paragraph != current:
            if pairing.stack and not _spans_into(pairing, text, match, paragraph, current):
                pairing.drop_all()
            current = paragraph
        pair = pairing.closes(text, match)
        if pair is not None:
            pairing.close_one(pair, match.start(), match.group())
        elif pairing.opens(text, match):
            if FAMILIES[match.group()] == "doubled" and pairing.innermost("doubled") is not None:
                pairing.close_one(pairing.innermost("doubled"), None)  # "’’ … ’’": the first never closed
            pairing.open_one(match.start(), match.group(), paragraph)
    return pairing.pairs


def _spans_into(pairing: _Pairing, text: str, match: re.Match, paragraph: int, previous: int | None) -> bool:
    """Whether the one open quotation continues into this paragraph: the paragraph is the
    next one and its first mark can only close that quotation."""
    if len(pairing.stack) != 1 or previous is None or paragraph != previous + 1:
        return False
    pair = pairing.stack[0]
    mark = match.group()
    if FAMILIES[mark] != pair.family or mark == pair.open_mark and pair.family in ("doubled", "guillemet"):
        return False
    return pair.family in ("doubled", "guillemet") or _role(text, match.start(), match.end()) == "close"
