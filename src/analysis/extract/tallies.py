"""Counts written without a number word or digits: a dual that counts two ("سجل هدفين",
"على مدار الشوطين"), a win by a number of goals ("فاز بثلاثية"); and ordinals that
are part of a league name ("دوري الدرجة الأولى"), which are not ranks."""

from __future__ import annotations

from analysis.extract.scanning import Figure, FigureWalker
from analysis.text import wordlists
from analysis.text.normalization import normalize
from analysis.text.numerals import DUAL_ENDINGS, TEH, TEH_MARBUTA, dual_singular

LEAGUE_HEADS = wordlists.words("league_heads")
WIN_MARGINS = {normalize(w): int(v) for w, v in wordlists.mapping("win_margins", "word", "value").items()}


def _duals(singulars) -> frozenset[str]:
    """Every dual of the singular nouns, normalized, bare and with the article."""
    forms = set()
    for singular in singulars:
        stem = normalize(singular)
        stem = stem[:-1] + TEH if stem.endswith(TEH_MARBUTA) else stem
        for ending in DUAL_ENDINGS:
            forms |= {stem + ending, "ال" + stem + ending}
    return frozenset(forms)


COUNTED_DUALS = _duals(wordlists.words("counted_duals"))
_QUOTES = "\u00ab\u00bb\"'"  # « » " '


def dual_count(walker: FigureWalker, i: int) -> Figure | None:
    """"سجل هدفين" -> 2, noun هدف; "على مدار الشوطين" -> 2, noun الشوط (the singular
    the dual counts). A glued و/ب/ل stays outside the surface."""
    if not walker.is_word(i):
        return None
    word = walker.norm[i].strip(_QUOTES)
    split = walker.clitic_split(i, COUNTED_DUALS) if word not in COUNTED_DUALS else ("", word)
    if split is None:
        return None
    clitic = split[0]
    start = walker.offset_after_letters(i, len(clitic)) if clitic else None
    written = walker.text[start if start is not None else walker.start[i] : walker.end[i]].strip(_QUOTES)
    return Figure(i, i, 2, "count", start=start, noun_text=dual_singular(written), note="a dual counts two")


def win_margin(walker: FigureWalker, i: int) -> Figure | None:
    """"فاز بثلاثية نظيفة": a win by three goals, 3 with no noun (the surface keeps ب,
    as number words keep their clitics)."""
    word = walker.word(i)
    if word[:1] != "ب" or word[1:] not in WIN_MARGINS:
        return None
    return Figure(i, i, WIN_MARGINS[word[1:]], "count", note="a win by this many goals")


def in_league_name(walker: FigureWalker, figure: Figure) -> bool:
    """The ordinal names a division: "دوري الدرجة الأولى", "دوري الأولى"."""
    before = walker.word(figure.first - 1)
    if before in LEAGUE_HEADS:
        return True
    return before == "الدرجة" and walker.word(figure.first - 2) in LEAGUE_HEADS
