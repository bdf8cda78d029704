"""Text baked for display (presentation forms, visual order): detected, folded, repaired."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis import paths


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def baked(text: str) -> str:
    """What the classic reshape + bidi recipe, or a PDF, makes of logical text: each
    line in joined presentation forms and in visual order."""
    return "\n".join(analysis.display_text(line, mode="reshape") if line else "" for line in text.split("\n"))


def test_baked_text_is_detected_and_repaired(tmp_path):
    reference = analysis.load_article(paths.REFERENCE_ARTICLE)
    visual = baked(reference.text)
    assert analysis.looks_visual_order(visual) and not analysis.looks_visual_order(reference.text)
    path = write(tmp_path, "pdf.txt", visual.encode("utf-8"))
    with pytest.warns(UserWarning, match="pdf.txt: the Arabic looks like visual \\(reversed\\) order"):
        analysis.load_article(path)
    repaired = analysis.repair_visual_order(visual)
    expected = analysis.count_words(analysis.tokenize(reference.text))
    pd.testing.assert_frame_equal(analysis.count_words(analysis.tokenize(repaired)), expected)
    # The figures survive too: "7 500", the dates, the qualifiers.
    figures = analysis.quoted_figures(repaired, dateline="2016-07-22")
    assert (figures["value"] == 7500).any() and "أكثر من" in set(figures["qualifier"])


def test_presentation_forms_in_logical_order_are_folded_when_counting(tmp_path):
    forms = analysis.normalize  # presentation forms fold by default
    shaped = "".join(reversed(analysis.display_text("الإنتربول", mode="reshape")))  # forms, logical order
    assert forms(shaped) == "الانتربول"
    path = write(tmp_path, "forms.txt", f"{shaped} {shaped} ينضم\n".encode("utf-8"))
    with pytest.warns(UserWarning, match="presentation forms"):
        article = analysis.load_article(path)
    counts = analysis.count_words(analysis.tokenize(article)).set_index("word")["n"]
    assert counts["الانتربول"] == 2
