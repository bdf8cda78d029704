"""Arabic stopwords, matched after the same folding as the tokens and after clitics.

Source: the Arabic list of stopwords-iso (480 entries; MIT licence), shipped by the
``stopwordsiso`` package (https://github.com/stopwords-iso/stopwords-iso), plus our
additions, kept as data with the reason for each in
``analysis/text/wordlists/stopword_additions.tsv`` (compound prepositions such as
``بشأن``, the second word of function phrases such as ``على الرغم من``, and the article
written apart, ``ال``). Entries are normalized with :func:`analysis.normalize` when
loaded, so ``إلى`` and ``الى`` both match the one entry, and entries that fold to nothing
(a lone tatweel) are dropped. Which tokens count as stopwords (clitics around a
stopword, fragments) is decided by :func:`analysis.text.stemming.is_stopword`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from analysis.text import wordlists
from analysis.text.normalization import normalize

if TYPE_CHECKING:
    import pandas as pd

SOURCE = ("stopwords-iso, Arabic list (MIT licence), via the stopwordsiso package, "
          "plus analysis/text/wordlists/stopword_additions.tsv")
#: The word list (package data) holding our additions and why each is there.
ADDITIONS = "stopword_additions"


@functools.lru_cache(maxsize=1)
def default_stopwords() -> frozenset[str]:
    """The stopwords-iso Arabic list and our additions, normalized."""
    import stopwordsiso

    return _normalized(stopwordsiso.stopwords("ar")) | wordlists.words(ADDITIONS)


def _normalized(words: Iterable[str]) -> frozenset[str]:
    if isinstance(words, str):
        raise TypeError("give stopwords as a collection of words, not one string")
    return frozenset(folded for word in words if (folded := normalize(str(word)).strip()))


def stopword_set(add: Iterable[str] = (), remove: Iterable[str] = (), replace: Iterable[str] | None = None) -> frozenset[str]:
    """A stopword set: the default list (or ``replace``), plus ``add``, minus ``remove``.

    All words are normalized first, so the set matches the ``norm`` and ``stem`` columns.
    """
    base = _normalized(replace) if replace is not None else default_stopwords()
    return (base | _normalized(add)) - _normalized(remove)


def mark_stopwords(tokens: pd.DataFrame, stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """A copy of ``tokens`` whose ``is_stop`` says whether each word is a stopword.

    A word is a stopword when its ``norm`` is in ``stopwords`` (normalized first;
    default: :func:`default_stopwords`), when it is a stopword with only clitics in
    front (``وفي``, ``والتي``, ``وبشأن``), or when it is a fragment (one letter, or the
    article alone); see :func:`analysis.text.stemming.is_stopword`. A stem that lost the
    article does not count: ``العام`` (the general) is not the stopword ``عام``.
    """
    import pandas as pd

    from analysis.text.stemming import is_stopword

    words = default_stopwords() if stopwords is None else _normalized(stopwords)
    is_word = tokens["kind"] == "word"
    stems = tokens["stem"] if "stem" in tokens.columns else tokens["norm"]
    pairs = set(zip(tokens.loc[is_word, "token"], stems[is_word]))
    flags = {pair: is_stopword(pair[0], pair[1], words) for pair in pairs}
    is_stop = [kind == "word" and flags[(token, stem)]
               for kind, token, stem in zip(tokens["kind"], tokens["token"], stems)]
    return tokens.assign(is_stop=pd.Series(is_stop, index=tokens.index, dtype="bool"))
