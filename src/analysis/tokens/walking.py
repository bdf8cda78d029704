"""Walking a token table by index: the text and its columns as plain lists, and the
small questions scanners ask of them (is this token glued to the last one, which
clitic does it carry, where does a phrase end). Shared by the figure and quotation
scanners."""

from __future__ import annotations

import pandas as pd

from analysis.text import chars, clitics
from analysis.tokens.tokenizer import TOKEN_COLUMNS

# Marks skipped when counting letters into a token: harakat and tatweel.
_SKIPPED_MARKS = frozenset(chars.DIACRITICS + chars.TATWEEL)


class TokenWalker:
    """A text and the columns of its token table as plain lists (``self.start``,
    ``self.norm``, ``self.is_stop`` ...), for scanners that walk the tokens by index."""

    def __init__(self, text: str, tokens: pd.DataFrame):
        self.text = text
        for column in TOKEN_COLUMNS:
            setattr(self, column, tokens[column].tolist())
        self.n = len(tokens)

    def glued(self, i: int) -> bool:
        """Token i follows token i-1 with nothing in between."""
        return 0 < i < self.n and self.start[i] == self.end[i - 1]

    def spaced(self, i: int) -> bool:
        """Token i follows token i-1 after white space only (no line break)."""
        if not 0 < i < self.n or self.paragraph[i] != self.paragraph[i - 1]:
            return False
        gap = self.text[self.end[i - 1] : self.start[i]]
        return gap.strip() == "" and len(gap) > 0

    def same_sentence(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.sentence[i] == self.sentence[j]

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.kind[i] == "word"

    def clitic_split(self, i: int, table) -> tuple[str, str] | None:
        """(clitic, rest) when token i is a clitic plus a word in ``table``."""
        return clitics.split_proclitic(self.norm[i], table)

    def offset_after_letters(self, i: int, letters: int) -> int:
        """Character offset in token i after its first ``letters`` letters (and their marks)."""
        surface = self.token[i]
        position = 0
        while letters and position < len(surface):
            position += 1
            while position < len(surface) and surface[position] in _SKIPPED_MARKS:
                position += 1
            letters -= 1
        return self.start[i] + position

    def phrase_at(self, i: int, phrases, backwards: bool = False):
        """The longest phrase (space-joined normalized words) ending (or starting) at token i."""
        best = None
        for phrase in phrases:
            words = phrase.split(" ")
            first = i - len(words) + 1 if backwards else i
            last = first + len(words) - 1
            if first < 0 or last >= self.n or not all(self.is_word(k) for k in range(first, last + 1)):
                continue
            if any(not self.spaced(k) for k in range(first + 1, last + 1)):
                continue
            found = [self.norm[k] for k in range(first, last + 1)]
            head = found[0]
            clitic = ""
            if head != words[0]:
                clitic = next((c for c in clitics.PROCLITIC_RUNS if len(c) == 1 and head == c + words[0]), None)
                if clitic is None:
                    continue
            if found[1:] == words[1:] and (best is None or len(words) > best[2]):
                best = (first, last, len(words), clitic)
        return best
