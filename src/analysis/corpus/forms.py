"""What each distinct piece of text and each distinct word form stands for, worked out once per run.

A corpus repeats the same spellings millions of times, so the counter numbers them (a
polars categorical type of the run's own: numbers, not strings, are then grouped and
looked up) and works out what each stands for once (:class:`WordForms`):

* a *piece* is a run of text between two spaces (``قال:``, ``(2016)``, ``الله``).
  Splitting at spaces costs a fraction of a regex search, and no word holds a space, so
  the words of a text are the words of its pieces: the compiled tokenizer runs on each
  distinct piece once, not on every token. A piece holds no word, one, or several.
* a *form* is a word as written (``الإنتربولُ``): its folded form and, for stems, what
  its stem depends on (see :func:`analysis.text.stemming.stem_choices`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from analysis.text import chars
from analysis.text.patterns import WORD_PATTERN
from analysis.text.stemming import norm_word, stem_choices, stem_key, strip_article


def _rust_escape(text: str) -> str:
    return "".join(f"\\x{{{ord(c):04X}}}" for c in text)


#: WORD_PATTERN for the Rust regex engine of polars: Python's [^\W\d_] is the Unicode
#: letters plus the non-decimal numbers (Nl, No).
_LETTER = rf"[\p{{L}}\p{{Nl}}\p{{No}}{_rust_escape(chars.DIACRITICS + chars.TATWEEL)}]"
RUST_WORD_PATTERN = f"{_LETTER}+(?:[{_rust_escape(chars.INVISIBLE_CONTROLS)}]+{_LETTER}+)*"
#: Pieces longer than this (bytes) are searched for words where they stand instead of
#: being numbered: a text without spaces must not become one entry of the numbering.
LONGEST_PIECE = 96
_WORD = re.compile(WORD_PATTERN)


class Numbering:
    """Rows worked out once per value of a categorical numbering of the run's own: row
    ``i`` of ``table`` stands for value ``i`` (polars numbers values 0, 1, 2... in the
    order it meets them). ``work_out(numbers, values)`` gives the rows of new values.

    polars numbers values from any thread: one may have taken a number and not yet
    written its value when another thread learns. Such a number is a hole, worked out
    as the empty text (which holds nothing) and filled in when a batch holding it comes."""

    def __init__(self, schema: dict, work_out: Callable):
        import polars as pl

        self.dtype = pl.Categorical(pl.Categories.random())
        # polars keeps a numbering only while some column uses it: without this one, each
        # batch could start a new numbering from 0.
        self._anchor = pl.Series("value", [], dtype=self.dtype)
        self.table = pl.DataFrame(schema=schema)
        self._work_out = work_out
        self._holes: set[int] = set()

    def __len__(self) -> int:
        return self.table.height

    def numbers(self, column: str):
        """An expression: the numbers of the values of a String ``column``."""
        import polars as pl

        return pl.col(column).cast(self.dtype).to_physical()

    def knows(self, numbers) -> bool:
        """Whether every value of ``numbers`` is worked out already: then ``table`` may
        be read without the lock (a new table replaces the old one, never changes it)."""
        return not self._holes and (not numbers.len() or numbers.max() < self.table.height)

    def learn(self, numbers):
        """``table``, with every value numbered up to the highest of ``numbers`` worked
        out, and the holes among ``numbers`` filled. The caller holds the lock."""
        import polars as pl

        if numbers.len() and (top := numbers.max()) >= self.table.height:
            self._learn_rows(pl.arange(self.table.height, top + 1, dtype=pl.UInt32, eager=True), append=True)
        if self._holes and (filled := numbers.filter(numbers.is_in(sorted(self._holes))).unique()).len():
            self._learn_rows(filled, append=False)
        return self.table

    def _learn_rows(self, numbers, append: bool) -> None:
        import polars as pl

        numbers = numbers.cast(pl.UInt32).rename("number")
        values = numbers.cat.to(self.dtype, strict=False).cast(pl.String)
        written = values.is_not_null()
        self._holes.update(numbers.filter(~written).to_list())
        if self._holes:
            self._holes.difference_update(numbers.filter(written).to_list())
        frame = self._work_out(numbers, values.fill_null(""))
        if append:
            self.table = pl.concat([self.table, frame], rechunk=True)
        else:
            self.table = self.table.with_columns(
                self.table[name].clone().scatter(numbers, frame[name]) for name in self.table.columns)


class WordForms:
    """The pieces and forms of a run, and what they stand for (see the module docstring).

    ``pieces.table`` holds, per piece, ``id`` (its form, when it holds exactly one) and
    ``several`` (whether it holds more than one, listed in ``several`` as ``pid``, ``id``).
    ``forms.table`` holds, per form, ``norm_id`` (its folded form) and, when stems are
    needed, ``article`` (the form without its article, or null), ``fallback`` and
    ``norm_is_stop``; ``pending`` holds ``id``, ``rank``, ``rest`` (see ``stem_choices``).
    Every normalized word (a folded form, a form without its article, a stem) is numbered
    by its place in ``norms``; ``stops`` tells which of them are stopwords. Numbers all,
    so that polars joins and groups numbers. Safe from several threads (``lock``)."""

    def __init__(self, options):
        import polars as pl

        self.options = options
        schema = {"norm_id": pl.UInt32}
        if options.needs_stems:
            schema |= {"article": pl.UInt32, "fallback": pl.UInt32, "norm_is_stop": pl.Boolean}
        self.forms = Numbering(schema, self._work_out_forms)
        self.pieces = Numbering({"id": pl.UInt32, "several": pl.Boolean}, self._work_out_pieces)
        self.several = pl.DataFrame(schema={"pid": pl.UInt32, "id": pl.UInt32})
        self.pending_schema = {"id": pl.UInt32, "rank": pl.Int32, "rest": pl.UInt32}
        self.pending = pl.DataFrame(schema=self.pending_schema)
        self.norms = pl.Series("word", [], dtype=pl.String)
        self.stops = pl.Series("stop", [], dtype=pl.Boolean)
        self._norm_ids: dict[str, int] = {}
        self._keys: dict[str, tuple] = {}
        self.lock = threading.Lock()

    def __len__(self) -> int:
        """How many distinct forms have been learnt."""
        return len(self.forms)

    @property
    def dtype(self):
        """The categorical type numbering the forms."""
        return self.forms.dtype

    # Each table is replaced, never changed, and the tables a row refers to are extended
    # before the row is added: a thread that reads the pieces or forms table first, then
    # the others, without the lock, finds everything its rows refer to.

    def learn_pieces(self, numbers) -> tuple:
        """The pieces table and ``several``, with the pieces of ``numbers`` learnt."""
        if not self.pieces.knows(numbers):
            with self.lock:
                self.pieces.learn(numbers)
        return self.pieces.table, self.several

    def learn(self, ids) -> tuple:
        """The tables (``forms.table``, ``pending``, ``norms``, ``stops``), with the forms
        of ``ids`` learnt."""
        if not self.forms.knows(ids):
            with self.lock:
                self.forms.learn(ids)
        return self.forms.table, self.pending, self.norms, self.stops

    def _work_out_pieces(self, numbers, values):
        """Each piece's form when it holds one word; several words go to ``several``.
        A batch brings few new pieces once a run has started: Python's regex (the
        tokenizer's own pattern) on those costs less than a dozen polars calls."""
        import polars as pl

        words = [_WORD.findall(piece) for piece in values.to_list()]
        found = pl.Series("token", [word for piece in words for word in piece], dtype=pl.String)
        ids = iter(found.cast(self.forms.dtype).to_physical().to_list())
        single, several, listed = [], [], []
        for number, piece in zip(numbers.to_list(), words):
            piece_ids = [next(ids) for _ in piece]
            single.append(piece_ids[0] if len(piece_ids) == 1 else None)
            several.append(len(piece_ids) > 1)
            if len(piece_ids) > 1:
                listed.extend((number, form) for form in piece_ids)
        if listed:
            rows = pl.DataFrame(listed, schema=self.several.schema, orient="row")
            self.several = pl.concat([self.several, rows], rechunk=True)
        return pl.DataFrame({"id": single, "several": several}, schema=self.pieces.table.schema)

    def _work_out_forms(self, numbers, values):
        import polars as pl

        rows, pending, norms_known = [], [], len(self._norm_ids)
        for number, token in zip(numbers.to_list(), values.to_list()):
            row, rests = self._form(token)
            rows.append(row)
            pending.extend((number, rank, rest) for rank, rest in enumerate(rests))
        if pending:
            columns = {name: [row[k] for row in pending] for k, name in enumerate(self.pending_schema)}
            self.pending = pl.concat([self.pending, pl.DataFrame(columns, schema=self.pending_schema)], rechunk=True)
        if len(self._norm_ids) > norms_known:
            self._add_norms(list(self._norm_ids)[norms_known:])
        schema = self.forms.table.schema
        return pl.DataFrame({name: [row[k] for row in rows] for k, name in enumerate(schema)}, schema=schema)

    def _form(self, token: str) -> tuple[tuple, tuple[int, ...]]:
        """A form's row and its pending remainders. Forms that differ only in what the
        stemmer ignores (diacritics, tatweel) share a key, worked out once."""
        key = stem_key(token)
        if (known := self._keys.get(key)) is None:
            known = self._keys[key] = self._work_out_key(key)
        return known

    def _work_out_key(self, key: str) -> tuple[tuple, tuple[int, ...]]:
        norm = norm_word(key)
        norm_id = self._number(norm)
        if not self.options.needs_stems:
            return (norm_id,), ()
        rests, fallback = stem_choices(key, self.options.stopwords, self.options.lexicon)
        article = strip_article(key)
        row = (norm_id, None if article is None else self._number(article), self._number(fallback),
               norm in self.options.stopwords)
        return row, tuple(self._number(rest) for rest in rests)

    def _number(self, word: str) -> int:
        return self._norm_ids.setdefault(word, len(self._norm_ids))

    def _add_norms(self, words: list[str]) -> None:
        import polars as pl

        self.norms = pl.concat([self.norms, pl.Series("word", words, dtype=pl.String)], rechunk=True)
        self.stops = pl.concat([self.stops, pl.Series("stop", [w in self.options.stopwords for w in words])],
                               rechunk=True)
