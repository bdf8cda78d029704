"""Pieces and forms: numbered once per run, what each stands for worked out once."""

from __future__ import annotations

from collections import Counter

import polars as pl

from analysis.corpus.engines import Options, surface_ids
from analysis.corpus.forms import LONGEST_PIECE, Numbering, WordForms


def form_counts(texts: list[str], forms: WordForms) -> list[Counter]:
    """surface_ids of a batch, as one Counter of written words per text."""
    pairs = surface_ids(pl.Series(texts, dtype=pl.String), forms)
    words = pairs["id"].cast(pl.UInt32).cat.to(forms.dtype, strict=False).cast(pl.String).to_list()
    counts = [Counter() for _ in texts]
    for doc, word, n in zip(pairs["doc"].to_list(), words, pairs["n"].to_list()):
        counts[doc][word] += n
    return counts


def test_a_piece_holds_no_word_one_or_several():
    # pieces: "قال:داعش" (two words), "داعش،" (one), "(2016)" (none), "داعش" (one)
    forms = WordForms(Options.make())
    counts = form_counts(["قال:داعش داعش، (2016) داعش"], forms)
    assert counts == [Counter({"داعش": 3, "قال": 1})]
    pieces = forms.pieces.table
    assert pieces.height == 4
    assert pieces["several"].sum() == 1 and pieces["id"].null_count() == 2  # the pair, and (2016)
    assert forms.several.height == 2  # قال and داعش, listed for the piece that holds both


def test_a_form_met_in_several_pieces_of_a_document_is_counted_once_per_occurrence():
    forms = WordForms(Options.make())
    counts = form_counts(["داعش داعش. «داعش» داعش", "داعش"], forms)
    assert counts == [Counter({"داعش": 4}), Counter({"داعش": 1})]


def test_a_long_run_without_spaces_is_searched_where_it_stands():
    glued = "،".join(["كلمة"] * 40)  # 40 words, no space: longer than LONGEST_PIECE bytes
    assert len(glued.encode("utf-8")) > LONGEST_PIECE
    forms = WordForms(Options.make())
    counts = form_counts([f"قبل {glued} بعد"], forms)
    assert counts == [Counter({"كلمة": 40, "قبل": 1, "بعد": 1})]
    assert forms.pieces.table.height == 2  # قبل and بعد: the long run is not numbered


def test_pieces_learnt_in_one_batch_serve_the_next():
    forms = WordForms(Options.make())
    form_counts(["قال الوزير: نعم"], forms)
    known = forms.pieces.table.height
    second = form_counts(["الوزير: نعم قال، لا"], forms)
    assert second == [Counter({"قال": 1, "الوزير": 1, "نعم": 1, "لا": 1})]
    assert forms.pieces.table.height == known + 2  # "قال،" and "لا" are new pieces


def test_a_number_taken_before_its_value_is_written_is_a_hole_filled_later():
    # polars numbers values as it meets them, from any thread; a thread may learn a
    # number whose value another thread has not written yet. Here: learn up to a
    # number no value has.
    lengths = Numbering({"length": pl.UInt32}, lambda numbers, values: values.str.len_chars().to_frame("length"))
    first = pl.Series(["ا", "بب"]).cast(lengths.dtype).to_physical()
    assert not lengths.knows(first)
    lengths.learn(pl.Series([first.max() + 2], dtype=pl.UInt32))  # two numbers beyond the known ones
    assert lengths.table["length"].to_list() == [1, 2, 0, 0] and not lengths.knows(first)
    later = pl.Series(["ججج", "دددد"]).cast(lengths.dtype).to_physical()
    assert later.to_list() == [2, 3]
    lengths.learn(later)
    assert lengths.table["length"].to_list() == [1, 2, 3, 4]
    assert lengths.knows(later)


def test_threads_learning_at_once_each_work_out_their_own_range():
    # Several threads meet new values at the same time: each works out the numbers it
    # claimed, no number is worked out twice, and every table row stands for its value.
    import threading

    worked: list[int] = []
    lengths = Numbering({"length": pl.UInt32},
                        lambda numbers, values: worked.extend(numbers.to_list()) or
                        values.str.len_chars().to_frame("length"))
    batches = [[f"{'ب' * (k % 7 + 1)}{k}" for k in range(start, start + 300)] for start in range(0, 3000, 150)]
    start = threading.Barrier(len(batches))

    def learn(words):
        numbers = pl.Series(words).cast(lengths.dtype).to_physical()
        start.wait()
        table = lengths.learn(numbers)
        assert table.height > numbers.max()

    threads = [threading.Thread(target=learn, args=(words,)) for words in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    values = pl.Series(range(lengths.table.height), dtype=pl.UInt32).cat.to(lengths.dtype).cast(pl.String)
    assert lengths.table["length"].to_list() == values.str.len_chars().to_list()
    assert sorted(worked) == list(range(lengths.table.height))  # each number once
    assert lengths.table.height == 3150  # the distinct words of all batches


def _learning_in_threads(numbering, *batches, started=None) -> list[BaseException]:
    """Each batch of numbers learnt in a thread of its own, in order: each thread starts
    once ``started`` (if given) is set by the one before. The errors they raised. Daemon
    threads, joined with a timeout: a thread that hangs fails the test instead of
    holding the test process."""
    import threading

    errors: list[BaseException] = []

    def learn(numbers):
        try:
            numbering.learn(numbers)
        except BaseException as error:  # noqa: BLE001 - kept for the assertion
            errors.append(error)

    threads = [threading.Thread(target=learn, args=(numbers,), daemon=True) for numbers in batches]
    for thread in threads:
        thread.start()
        if started is not None:
            assert started.wait(5)
    for thread in threads:
        thread.join(5)
    assert not any(thread.is_alive() for thread in threads), "a thread is still waiting"
    return errors


def test_a_thread_waiting_on_a_range_that_failed_raises_instead_of_waiting_forever():
    import threading

    claimed, release = threading.Event(), threading.Event()

    def failing(numbers, values):
        claimed.set()
        release.wait(5)  # the second thread starts waiting for this range meanwhile
        raise ValueError("cannot work these out")

    broken = Numbering({"length": pl.UInt32}, failing)
    first = pl.Series(["ا", "بب"]).cast(broken.dtype).to_physical()
    threading.Timer(0.3, release.set).start()
    errors = _learning_in_threads(broken, first, first.head(1), started=claimed)
    assert sorted(type(error).__name__ for error in errors) == ["RuntimeError", "ValueError"]


def test_a_commit_that_fails_does_not_leave_others_waiting():
    import threading

    claimed, release = threading.Event(), threading.Event()

    def work_out(numbers, values):
        claimed.set()
        release.wait(5)
        return values.str.len_chars().to_frame("length")

    def failing(frame):
        raise MemoryError("no room")

    broken = Numbering({"length": pl.UInt32}, work_out, failing)
    first = pl.Series(["ا", "بب", "ججج"]).cast(broken.dtype).to_physical()
    threading.Timer(0.3, release.set).start()
    errors = _learning_in_threads(broken, first, first.head(1), started=claimed)
    assert sorted(type(error).__name__ for error in errors) == ["MemoryError", "RuntimeError"]
    assert broken.table.is_empty()  # nothing half-committed


def test_a_hole_is_not_known_until_its_row_is_filled():
    # While a thread fills a hole, a reader without the lock must not take the empty row
    # for the worked-out one.
    import threading

    filling, release = threading.Event(), threading.Event()

    def commit(frame):
        if frame["length"].to_list() == [3, 4]:  # the holes' values, now written
            filling.set()
            release.wait(5)
        return frame

    lengths = Numbering({"length": pl.UInt32}, lambda numbers, values: values.str.len_chars().to_frame("length"),
                        commit)
    first = pl.Series(["ا", "بب"]).cast(lengths.dtype).to_physical()
    lengths.learn(pl.Series([first.max() + 2], dtype=pl.UInt32))  # numbers 2 and 3: holes
    later = pl.Series(["ججج", "دددد"]).cast(lengths.dtype).to_physical()
    filler = threading.Thread(target=lengths.learn, args=(later,), daemon=True)
    filler.start()
    assert filling.wait(5)
    assert not lengths.knows(later)  # the fill is under way: rows 2 and 3 are still empty
    release.set()
    filler.join(5)
    assert lengths.knows(later) and lengths.table["length"].to_list() == [1, 2, 3, 4]
