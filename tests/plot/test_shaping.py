from __future__ import annotations

import re

import matplotlib
import pytest
from matplotlib import font_manager

from analysis import display_text
from analysis.text import chars
from analysis.plot.shaping import renderer_shapes_text, resolve_mode
from pixels import agreement, draw_with_matplotlib, draw_with_raqm

FONT = font_manager.findfont("DejaVu Sans")
PRESENTATION = re.compile(f"[{chars.PRESENTATION_LETTERS}]")
MPL_VERSION = tuple(int(p) for p in matplotlib.__version__.split(".")[:2])

LABELS = ["الإنتربول", "تحفّز", "داعش", "الأمين العام", "7 500 مقاتل", "أكثر من 7\u00a0500 من المقاتلين"]


def intended(label: str) -> str:
    """What a reader must see: digit groups kept together (a plain space in "7 500" is
    a word break to the bidi algorithm, which would show "500 7")."""
    return label.replace("7 500", "7\u00a0500")


def test_auto_mode_follows_the_running_matplotlib():
    # matplotlib 3.11 brought libraqm text layout; the probe must agree with that line.
    assert renderer_shapes_text() == (MPL_VERSION >= (3, 11))
    assert resolve_mode() == ("native" if MPL_VERSION >= (3, 11) else "reshape")


def test_native_mode_returns_the_string_unchanged():
    assert display_text("الإنتربول", mode="native") == "الإنتربول"


def test_reshape_mode_gives_joined_forms_in_visual_order():
    shaped = display_text("داعش", mode="reshape")
    assert PRESENTATION.search(shaped)
    assert len(shaped) == 4
    # Visual order: the word's last letter, shin, comes first (leftmost).
    assert shaped[0] in "\ufeb5\ufeb6"  # final or isolated shin


def test_already_reshaped_text_is_not_reshaped_again():
    shaped = display_text("الإنتربول", mode="reshape")
    assert display_text(shaped, mode="reshape") == shaped


def test_digit_groups_are_kept_together():
    assert display_text("7 500 مقاتل", mode="native") == "7\u00a0500 مقاتل"
    assert display_text("في 2014 100 شخص", mode="native") == "في 2014 100 شخص"  # not a group
    # Drawn raw, the plain space lets the groups swap: that must not match the reference.
    reference = draw_with_raqm("7\u00a0500 مقاتل", FONT)
    assert agreement(draw_with_raqm("7 500 مقاتل", FONT), reference) < 0.7


def test_text_without_arabic_is_unchanged():
    assert display_text("INTERPOL 2016", mode="reshape") == "INTERPOL 2016"


def test_environment_variable_sets_the_mode(monkeypatch):
    monkeypatch.setenv("ANALYSIS_TEXT_SHAPING", "reshape")
    assert display_text("داعش") == display_text("داعش", mode="reshape")
    monkeypatch.setenv("ANALYSIS_TEXT_SHAPING", "native")
    assert display_text("داعش") == "داعش"


def test_unknown_mode_names_the_allowed_values(monkeypatch):
    with pytest.raises(ValueError, match=r"mode is 'rtl'; allowed values are \('auto', 'native', 'reshape'\)"):
        display_text("داعش", mode="rtl")
    monkeypatch.setenv("ANALYSIS_TEXT_SHAPING", "bidi")
    with pytest.raises(ValueError, match="ANALYSIS_TEXT_SHAPING environment variable is 'bidi'"):
        display_text("داعش")


@pytest.mark.parametrize("label", LABELS)
def test_drawn_label_matches_the_raqm_reference(label):
    """What display_text hands matplotlib draws the same pixels as HarfBuzz+FriBidi via Pillow."""
    reference = draw_with_raqm(intended(label), FONT)
    score = agreement(draw_with_matplotlib(display_text(label), FONT), reference)
    assert score > 0.7, f"{label}: only {score:.2f} of the ink agrees with the raqm reference"


@pytest.mark.parametrize("label", LABELS)
def test_the_wrong_choice_fails_the_pixel_comparison(label):
    """The mode auto did not pick (the classic recipe on 3.11+, raw text before) draws wrong."""
    wrong = "reshape" if resolve_mode() == "native" else "native"
    reference = draw_with_raqm(intended(label), FONT)
    score = agreement(draw_with_matplotlib(display_text(label, mode=wrong), FONT), reference)
    assert score < 0.6, f"{label}: the {wrong} drawing scored {score:.2f}, too close to the reference"
