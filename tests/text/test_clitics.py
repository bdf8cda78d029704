"""The one proclitic table."""

from __future__ import annotations

from analysis.text import clitics


def test_runs_are_the_conjunction_preposition_pairs_then_single_letters():
    assert clitics.PROCLITIC_RUNS[:6] == ("وب", "وك", "ول", "فب", "فك", "فل")
    assert set(clitics.PROCLITIC_RUNS[6:]) == set("وفبكل")
    assert clitics.ARTICLE == "ال"


def test_split_proclitic_finds_the_longest_run_before_a_known_word():
    numbers = {"ثلاثة", "خمسة"}
    assert clitics.split_proclitic("لثلاثة", numbers) == ("ل", "ثلاثة")
    assert clitics.split_proclitic("وبخمسة", numbers) == ("وب", "خمسة")
    assert clitics.split_proclitic("خمسة", numbers) == ("", "خمسة")
    assert clitics.split_proclitic("كتاب", numbers) is None
    # a run that leaves no known word is no split: "وثلاث" is not in the table
    assert clitics.split_proclitic("وثلاث", numbers) is None
