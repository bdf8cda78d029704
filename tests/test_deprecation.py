from __future__ import annotations

import pytest

import analysis
from analysis.deprecation import deprecated_alias, keyword_options


@keyword_options("top", "title")
def chart(data, *, top=20, title=None):
    return data, top, title


def test_keyword_options_take_keywords_silently(recwarn):
    assert chart("t", top=5) == ("t", 5, None)
    assert not recwarn.list


def test_positional_options_still_work_for_a_release_with_a_warning():
    with pytest.warns(DeprecationWarning, match="pass top=, title= by keyword"):
        assert chart("t", 5, "عنوان") == ("t", 5, "عنوان")


def test_too_many_or_doubled_options_are_refused():
    with pytest.raises(TypeError, match="by keyword: top, title"):
        chart("t", 1, 2, 3)
    with pytest.raises(TypeError, match="two values for .top."):
        chart("t", 1, top=2)


def test_an_alias_warns_with_the_new_name_and_calls_it():
    old = deprecated_alias(chart, "old_chart")
    with pytest.warns(DeprecationWarning, match="old_chart is deprecated .* use chart"):
        assert old("t", top=3) == ("t", 3, None)
    assert old.__name__ == "old_chart"


@pytest.mark.parametrize(("old", "new"), [("word_cloud", "word_cloud_chart"), ("arabic_text", "fix_arabic_labels")])
def test_renamed_public_names_warn_and_give_the_new_function(old, new):
    with pytest.warns(DeprecationWarning, match=f"analysis.{old} is deprecated.*analysis.{new}"):
        function = getattr(analysis, old)
    assert function is getattr(analysis, new)
