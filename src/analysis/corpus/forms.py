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

import threading
from collections.abc import Callable

from analysis.text import chars
from analysis.text.normalization import folding_table
from analysis.corpus.stems import STEM_COLUMNS, stem_choices_frame, word_list
from analysis.text.stemming import STEM_KEY_OPTIONS


def _rust_escape(text: str) -> str:
    return "".join(f"\\x{{{ord(c):04X}}}" for c in text)


#: WORD_PATTERN for the Rust regex engine of polars: Python's [^\W\d_] is the Unicode
#: letters plus the non-decimal numbers (Nl, No).
_LETTER = rf"[\p{{L}}\p{{Nl}}\p{{No}}{_rust_escape(chars.DIACRITICS + chars.TATWEEL)}]"
RUST_WORD_PATTERN = f"{_LETTER}+(?:[{_rust_escape(chars.INVISIBLE_CONTROLS)}]+{_LETTER}+)*"
#: Pieces longer than this (bytes) are searched for words where they stand instead of
#: being numbered: a text without spaces must not become one entry of the numbering.
LONGEST_PIECE = 96


class Numbering:
    """Rows worked out once per value of a categorical numbering of the run's own: row
    ``i`` of ``table`` stands for value ``i`` (polars numbers values 0, 1, 2... in the
    order it meets them).

    New values are worked out in two steps: ``work_out(numbers, values)`` reads only its
    arguments, so threads run it at the same time, each on the range of numbers it
    claimed; ``commit(worked_out)`` gives the rows and may change what the caller shares,
    so it runs under the lock, one range after the other in order of numbers.

    polars numbers values from any thread: one may have taken a number and not yet
    written its value when another thread learns. Such a number is a hole, worked out
    as the empty text (which holds nothing) and filled in when a batch holding it comes."""

    def __init__(self, schema: dict, work_out: Callable, commit: Callable = lambda worked_out: worked_out):
        import polars as pl

        self.dtype = pl.Categorical(pl.Categories.random())
        # polars keeps a numbering only while some column uses it: without this one, each
        # batch could start a new numbering from 0.
        self._anchor = pl.Series("value", [], dtype=self.dtype)
        # the table and its holes, replaced together: a reader without the lock sees both
        # from the same moment
        self._state: tuple = (pl.DataFrame(schema=schema), frozenset())
        self._work_out, self._commit = work_out, commit
        self._claimed = 0  # numbers below this are worked out, or being worked out by a thread
        self._changed = threading.Condition()
        self._failed: BaseException | None = None

    @property
    def table(self):
        """Row ``i`` stands for value ``i``."""
        return self._state[0]

    def __len__(self) -> int:
        return self.table.height

    def numbers(self, column: str):
        """An expression: the numbers of the values of a String ``column``."""
        import polars as pl

        return pl.col(column).cast(self.dtype).to_physical()

    def knows(self, numbers) -> bool:
        """Whether every value of ``numbers`` is worked out already: then ``table`` may
        be read without the lock (a new table replaces the old one, never changes it,
        and changes no row that was worked out)."""
        table, holes = self._state
        return not holes and (not numbers.len() or numbers.max() < table.height)

    def learn(self, numbers):
        """``table``, with every value numbered up to the highest of ``numbers`` worked
        out, and the holes among ``numbers`` filled. Safe from several threads; if one
        fails, the others raise instead of waiting for it."""
        import polars as pl

        if not numbers.len():
            return self.table
        top = numbers.max()
        with self._changed:
            start, self._claimed = self._claimed, max(self._claimed, top + 1)
        try:
            if top >= start:  # this thread works out the numbers it claimed, outside the lock
                claimed = self._worked_out(pl.arange(start, top + 1, dtype=pl.UInt32, eager=True))
                with self._changed:
                    self._wait(lambda: self.table.height >= start)  # the ranges claimed before
                    self._add(*claimed, append=True)
            with self._changed:
                self._wait(lambda: self.table.height > top)  # ranges other threads claimed
                holes = self._state[1]
                if holes and (filled := numbers.filter(numbers.is_in(sorted(holes))).unique()).len():
                    self._add(*self._worked_out(filled), append=False)
                return self.table
        except BaseException as error:
            with self._changed:
                self._failed = self._failed or error
                self._changed.notify_all()
            raise

    def _wait(self, done: Callable[[], bool]) -> None:
        while not done():
            if self._failed is not None:
                raise RuntimeError("another thread failed to work out new values") from self._failed
            self._changed.wait()

    def _worked_out(self, numbers) -> tuple:
        import polars as pl

        values = numbers.rename("number").cat.to(self.dtype, strict=False).cast(pl.String)
        return numbers.rename("number"), values.is_not_null(), self._work_out(numbers, values.fill_null(""))

    def _add(self, numbers, written, worked_out, append: bool) -> None:
        """Under the lock: the rows of ``numbers`` committed to ``table``, and the holes
        among them recorded or cleared, in one step. A failed commit changes nothing."""
        import polars as pl

        frame = self._commit(worked_out)
        table, holes = self._state
        holes = (holes | set(numbers.filter(~written).to_list())) - set(numbers.filter(written).to_list())
        if append:
            table = pl.concat([table, frame], rechunk=True)
        else:
            table = table.with_columns(table[name].clone().scatter(numbers, frame[name]) for name in table.columns)
        self._state = (table, frozenset(holes))
        self._changed.notify_all()


class WordForms:
    """The pieces and forms of a run, and what they stand for (see the module docstring).

    ``pieces.table`` holds, per piece, ``id`` (its form, when it holds exactly one) and
    ``several`` (whether it holds more than one, listed in ``several`` as ``pid``, ``id``).
    ``forms.table`` holds, per form, ``norm_id`` (its folded form) and, when stems are
    needed, ``article`` (the form without its article, or null), ``fallback``, ``rest_1``,
    ``rest_2`` (its stem: the first remainder the document holds, else the fallback),
    ``always_stop`` and ``stop_rest`` (whether it is a stopword; see
    :func:`analysis.corpus.stems.stem_choices_frame`).
    Every normalized word (a folded form, a form without its article, a stem) is numbered
    by its place in ``norms``; ``stops`` tells which of them are stopwords and ``rests``
    which are some form's remainder. Numbers all, so that polars groups and looks up
    numbers. Safe from several threads (see :class:`Numbering`)."""

    def __init__(self, options):
        import polars as pl

        self.options = options
        schema = {"norm_id": pl.UInt32}
        if options.needs_stems:
            schema |= {"always_stop": pl.Boolean} | {name: pl.UInt32 for name in STEM_COLUMNS}
        self.forms = Numbering(schema, self._work_out_forms, self._commit_forms)
        self.pieces = Numbering({"id": pl.UInt32, "several": pl.Boolean}, self._work_out_pieces,
                                self._commit_pieces)
        self.several = pl.DataFrame(schema={"pid": pl.UInt32, "id": pl.UInt32})
        self.norms = pl.Series("word", [], dtype=pl.String)
        self.stops = pl.Series("stop", [], dtype=pl.Boolean)
        self.rests = pl.Series("rest", [], dtype=pl.Boolean)
        self._norm_dtype = pl.Categorical(pl.Categories.random())  # numbers the normalized words
        self._norm_anchor = pl.Series("word", [], dtype=self._norm_dtype)

    def __len__(self) -> int:
        """How many distinct forms have been learnt."""
        return len(self.forms)

    @property
    def dtype(self):
        """The categorical type numbering the forms."""
        return self.forms.dtype

    # Each table is replaced, never changed, and the tables a row refers to are extended
    # before the row is added: a thread that reads the pieces or forms table first, then
    # the others, without a lock, finds everything its rows refer to.

    def learn_pieces(self, numbers) -> tuple:
        """The pieces table and ``several``, with the pieces of ``numbers`` learnt."""
        if not self.pieces.knows(numbers):
            self.pieces.learn(numbers)
        return self.pieces.table, self.several

    def learn(self, ids) -> tuple:
        """The tables (``forms.table``, ``norms``, ``stops``, ``rests``), with the forms
        of ``ids`` learnt."""
        if not self.forms.knows(ids):
            self.forms.learn(ids)
        return self.forms.table, self.norms, self.stops, self.rests

    def _work_out_pieces(self, numbers, values):
        """``pid``, ``words`` (how many words the piece holds) and ``id`` (the number of
        each word's form, null when it holds none): a row per word, or per wordless piece."""
        import polars as pl

        return (pl.LazyFrame({"pid": numbers, "piece": values})
                .select("pid", pl.col("piece").str.extract_all(RUST_WORD_PATTERN).alias("token"))
                .with_columns(pl.col("token").list.len().alias("words")).explode("token", empty_as_null=True)
                .select("pid", "words", self.forms.numbers("token").alias("id")).collect(engine="in-memory"))

    def _commit_pieces(self, words):
        """Each piece's form when it holds one word; pieces of several words go to ``several``."""
        import polars as pl

        if (several := words.filter(pl.col("words") > 1)).height:
            self.several = pl.concat([self.several, several.select("pid", "id")], rechunk=True)
        return (words.filter(pl.col("pid").is_first_distinct())  # pieces in order, one row each
                .select(pl.when(pl.col("words") == 1).then("id").alias("id"), (pl.col("words") > 1).alias("several")))

    def _work_out_forms(self, numbers, values):
        """Each form's folded form and, for stems, its article, fallback and the
        remainders the document decides on (:func:`analysis.corpus.stems.stem_choices_frame`),
        as words: numbered when committed."""
        import polars as pl

        if not self.options.needs_stems:
            return pl.DataFrame({"norm": _fold(values, _FOLD)})
        return stem_choices_frame(_fold(values, _FOLD_KEY), self.options.stopwords, self.options.lexicon)

    def _commit_forms(self, words):
        """The rows of new forms: their words numbered, ``rests`` marked."""
        import polars as pl

        names = ["norm_id", *STEM_COLUMNS] if self.options.needs_stems else ["norm_id"]
        columns = dict(zip(names, self._numbered([words[name] for name in ["norm", *names[1:]]])))
        if not self.options.needs_stems:
            return pl.DataFrame(columns)
        named = pl.concat([columns["rest_1"], columns["rest_2"]]).drop_nulls()
        if named.len():
            self.rests = self.rests.clone().scatter(named, True)
        columns["always_stop"] = words["always_stop"]
        return pl.DataFrame(columns).select(self.forms.table.columns)

    def _numbered(self, columns: list) -> list:
        """The numbers of the normalized words of ``columns`` (String Series; null stays
        null), with ``norms``, ``stops`` and ``rests`` extended to every number given so far."""
        import polars as pl

        numbers = pl.concat(columns).cast(self._norm_dtype).to_physical()
        if (top := numbers.max()) is not None and top >= self.norms.len():
            new = pl.arange(self.norms.len(), top + 1, dtype=pl.UInt32, eager=True)
            new = new.cat.to(self._norm_dtype, strict=False).cast(pl.String).rename("word")
            self.norms = pl.concat([self.norms, new], rechunk=True)
            self.stops = pl.concat([self.stops, new.is_in(word_list(self.options.stopwords)).rename("stop")], rechunk=True)
            self.rests = pl.concat([self.rests, pl.repeat(False, new.len(), dtype=pl.Boolean, eager=True)],
                                   rechunk=True)
        height = columns[0].len()
        return [numbers.slice(start, height) for start in range(0, numbers.len(), height)] if height else columns


def _fold(values, table: dict[str, str]):
    """``normalize`` by polars: each character of ``table`` replaced, as one pass."""
    return values.str.replace_many(list(table), list(table.values()))


#: normalize() and stem_key(): the folds of a form, as characters to replace.
_FOLD = folding_table()
_FOLD_KEY = folding_table(**STEM_KEY_OPTIONS)
