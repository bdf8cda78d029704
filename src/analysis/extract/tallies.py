"""Counts written without a number word or digits: a dual that counts two ("سجل هدفين",
"على مدار الشوطين"), a win by a number of goals ("فاز بثلاثية"), a decade word
("الأربعينيات"); and ordinals that are part of a league name ("دوري الدرجة الأولى"),
which are not ranks."""

from __future__ import annotations

from analysis.extract.scanning import ORDINAL_PHRASES, Figure, FigureWalker
from analysis.text import wordlists
from analysis.text.normalization import normalize
from analysis.text.numerals import DUAL_ENDINGS, TENS, TEH, TEH_MARBUTA, dual_singular

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
_UNITS = {normalize(w) for w, n in wordlists.mapping("time_units", "word", "number").items() if n == "singular"}
# Duals in construct lose their ن: "ليومي الاقتراع" (for the two days of the vote).
CONSTRUCT_DUALS = frozenset(
    (w[:-1] + TEH if w.endswith(TEH_MARBUTA) else w) + "\u064a"  # ي
    for w in _UNITS | {normalize(x) for x in wordlists.words("counted_duals")})
_QUOTES = "\u00ab\u00bb\"'"  # « » " '


def dual_count(walker: FigureWalker, i: int) -> Figure | None:
    """"سجل هدفين" -> 2, noun هدف; "على مدار الشوطين" -> 2, noun الشوط (the singular
    the dual counts). Like a number word, the surface keeps a glued و/ب/ل."""
    if not walker.is_word(i):
        return None
    word = walker.norm[i].strip(_QUOTES)
    split = walker.clitic_split(i, COUNTED_DUALS) if word not in COUNTED_DUALS else ("", word)
    if split is None:
        return None
    after_clitic = walker.offset_after_letters(i, len(split[0]))
    written = walker.text[after_clitic : walker.end[i]].strip(_QUOTES)
    return Figure(i, i, 2, "count", noun_text=dual_singular(written), note="a dual counts two")


def construct_dual(walker: FigureWalker, i: int) -> Figure | None:
    """"ليومي الاقتراع" -> 2, noun الاقتراع: a dual in construct (its ن dropped) before
    the definite noun it governs. The adjectives "يومي", "شهري" (daily, monthly) follow
    their noun, so a definite noun after the word tells the dual."""
    split = walker.clitic_split(i, CONSTRUCT_DUALS) if walker.is_word(i) else None
    nxt = i + 1
    if split is None or not (walker.spaced(nxt) and walker.noun_word(nxt) and walker.word(nxt).startswith("ال")) \
            or walker.word(nxt) in ORDINAL_PHRASES:
        return None  # "يومي الأول": my first day
    return Figure(i, i, 2, "count", noun=(walker.start[nxt], walker.end[nxt]),
                  note="a dual in construct counts two")


def win_margin(walker: FigureWalker, i: int) -> Figure | None:
    """"فاز بثلاثية نظيفة": a win by three goals, 3 with no noun (the surface keeps ب,
    as number words keep their clitics)."""
    word = walker.word(i)
    if word[:1] != "ب" or word[1:] not in WIN_MARGINS:
        return None
    return Figure(i, i, WIN_MARGINS[word[1:]], "count", note="a win by this many goals")


# "الأربعينيات", "خمسينات": a ten in its ين form with the plural ending يات or ات.
DECADES = {prefix + ten + ending: value for ten, value in TENS.items() if ten.endswith("ين")
           for prefix in ("", "ال") for ending in ("يات", "ات")}


def decade(walker: FigureWalker, i: int) -> Figure | None:
    """"تنخفض الحرارة عن نطاق الأربعينيات": the forties, a range 40..49 (also the
    decade of a century: "ثمانينيات القرن الماضي" gives 80..89)."""
    split = walker.clitic_split(i, DECADES) if walker.is_word(i) else None
    if split is None:
        return None
    low = DECADES[split[1]]
    return Figure(i, i, None, "range", low=low, high=low + 9, note="a decade word")


def in_league_name(walker: FigureWalker, figure: Figure) -> bool:
    """The ordinal names a division: "دوري الدرجة الأولى", "دوري الأولى"."""
    before = walker.word(figure.first - 1)
    if before in LEAGUE_HEADS:
        return True
    return before == "الدرجة" and walker.word(figure.first - 2) in LEAGUE_HEADS
