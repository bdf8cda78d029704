"""The dispersion barcode and the word cloud: spellings as labels, empty input said plainly."""

from __future__ import annotations

import pandas as pd

import analysis

TEXT = "أكد الإنتربول أن الإنتربول يعمل مع للإنتربول شركاء. وقال داعش"


def test_dispersion_rows_are_labelled_as_the_text_writes_them(check_layout):
    tokens = analysis.tokenize(TEXT)
    ax = analysis.dispersion_chart(analysis.dispersion(tokens, ["انتربول", "داعش"]))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [analysis.display_text("الإنتربول"), analysis.display_text("داعش")]
    assert check_layout(ax) == []


def test_dispersion_of_words_not_in_the_text_is_an_empty_chart(check_layout):
    ax = analysis.dispersion_chart(analysis.dispersion(analysis.tokenize(TEXT), ["القاهرة"]))
    assert not ax.axison and not ax.collections
    assert check_layout(ax) == []


def test_word_cloud_with_nothing_to_draw_says_so():
    ax = analysis.word_cloud_chart(pd.DataFrame({"word": ["داعش"], "n": [0]}))
    assert not ax.images and not ax.axison
    assert [t.get_text() for t in ax.texts] == [analysis.display_text("لا توجد كلمات لعرضها")]


def test_word_cloud_uses_the_spelling_column():
    # Two keys written the same way add up to one word of the cloud.
    table = pd.DataFrame({"word": ["امين", "الامين"], "spelling": ["الأمين", "الأمين"], "n": [3, 1]})
    ax = analysis.word_cloud_chart(table)
    assert ax.images
