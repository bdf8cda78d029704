"""Text that was "baked" for display: letters in presentation forms, or in visual order.

A PDF, an old chart tool or a copy from a rendered page can give Arabic as presentation
forms (ﺍﻹﻧﺘﺮﺑﻮﻝ: joined glyph variants instead of letters), often in visual order
(each line reversed, as drawn left to right). Presentation forms are folded back to
letters by :func:`analysis.normalize` when counting; visual order is detected here and,
on request, repaired.
"""

from __future__ import annotations

import re
import unicodedata

from analysis.text import chars, clitics
from analysis.text.patterns import ARABIC_OR_FORM, PRESENTATION_FORM

_ARABIC_RUN = re.compile(f"{ARABIC_OR_FORM.pattern}+")
# Runs that keep their left-to-right order inside right-to-left text: digits (with
# their separators) and Latin words.
_LTR_INSIDE = re.escape(".,:/%-" + "\u00a0" + chars.DECIMAL_SEPARATORS + chars.THOUSANDS_SEPARATORS.strip())
_LTR_RUN = re.compile(f"[{chars.DIGITS}A-Za-z](?:[{chars.DIGITS}A-Za-z{_LTR_INSIDE}]*[{chars.DIGITS}A-Za-z%])?")
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
# Markers of logical order ("ال" opens words, في and من stand alone) and the same
# markers reversed, as visual order shows them.
_ARTICLE, _REVERSED_ARTICLE = clitics.ARTICLE, clitics.ARTICLE[::-1]
_COMMON = {"\u0641\u064a", "\u0645\u0646"}  # في من
_COMMON_REVERSED = {w[::-1] for w in _COMMON}


def presentation_form_share(text: str) -> float:
    """The share of Arabic letters written as presentation forms (0 to 1)."""
    letters = sum(len(run) for run in _ARABIC_RUN.findall(text))
    return len(PRESENTATION_FORM.findall(text)) / letters if letters else 0.0


def looks_visual_order(text: str) -> bool:
    """Whether Arabic in ``text`` is most likely in visual (reversed) order.

    With presentation forms, a reversed word starts (on the left) with a final form; a
    logical one with an initial form. Without them, reversed text has words ending in
    "لا" (a reversed article) and "يف", "نم" where logical text has "ال", "في", "من".
    """
    words = [run for run in _ARABIC_RUN.findall(text) if len(run) > 1]
    starts = [_form(word[0]) for word in words if PRESENTATION_FORM.match(word[0])]
    finals, initials = starts.count("FINAL"), starts.count("INITIAL")
    if finals + initials >= 5:
        return finals > 2 * initials
    logical = sum(w.startswith(_ARTICLE) for w in words) + sum(w in _COMMON for w in words)
    reversed_ = sum(w.endswith(_REVERSED_ARTICLE) for w in words) + sum(w in _COMMON_REVERSED for w in words)
    return reversed_ >= 5 and reversed_ > 2 * logical


def _form(char: str) -> str:
    name = unicodedata.name(char, "")
    for form in ("INITIAL", "MEDIAL", "FINAL", "ISOLATED"):
        if name.endswith(f"{form} FORM"):
            return form
    return ""


def repair_visual_order(text: str) -> str:
    """Text in visual order put back in logical order, line by line, with presentation
    forms folded back to letters: each line is reversed, then digit and Latin runs are
    turned back (they were drawn left to right) and mirrored brackets swapped back.
    Offsets into the repaired text do not point into the original: keep both."""
    from analysis.text.normalization import fold_presentation_forms

    lines = []
    for line in re.split(r"(\r\n|\r|\n)", text):
        if line in {"\r\n", "\r", "\n"}:
            lines.append(line)
            continue
        reversed_line = line[::-1].translate(_MIRRORED)
        lines.append(_LTR_RUN.sub(lambda m: m.group()[::-1], reversed_line))
    return fold_presentation_forms("".join(lines))
