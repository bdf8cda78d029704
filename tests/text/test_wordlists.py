from __future__ import annotations

import pytest

from analysis.text import wordlists


def test_reporting_verbs_are_read_and_normalized():
    verbs = wordlists.words("reporting_verbs")
    assert "قال" in verbs and "قالت" in verbs
    assert "اضاف" in verbs  # أضاف, hamza on alef folded like the tokens' norm
    assert "أضاف" not in verbs


def test_an_unknown_list_is_a_clear_error():
    with pytest.raises(ValueError, match="no word list named 'nope'"):
        wordlists.read_rows("nope")
