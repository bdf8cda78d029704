"""The one table of Arabic proclitics: the letters that attach to the front of a word
(conjunctions و ف, prepositions ب ك ل, the article ال), and the runs of them a word can
carry. The stemmer, the figure scanner and the quotation scanner all read it."""

from __future__ import annotations

# Conjunctions: و (and), ف (so).
CONJUNCTIONS = "\u0648\u0641"
# Prepositions written joined: ب (by, with), ك (like), ل (for, to).
PREPOSITIONS = "\u0628\u0643\u0644"
# The definite article: ال
ARTICLE = "\u0627\u0644"
# Lam, which doubles with the article: لل (for the).
LAM = "\u0644"

#: Proclitic runs without the article, longest first: وب وك ول فب فك فل, then و ف ب ك ل.
PROCLITIC_RUNS = tuple(sorted(
    [c + p for c in CONJUNCTIONS for p in PREPOSITIONS] + list(CONJUNCTIONS + PREPOSITIONS),
    key=len,
    reverse=True,
))


def split_proclitic(word: str, table) -> tuple[str, str] | None:
    """``(clitic, rest)`` when ``word`` (normalized) is in ``table`` as it is (clitic "")
    or after one proclitic run; None otherwise."""
    if word in table:
        return "", word
    for clitic in PROCLITIC_RUNS:
        if word.startswith(clitic) and word[len(clitic):] in table:
            return clitic, word[len(clitic):]
    return None
