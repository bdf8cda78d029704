"""The dateline: where and when a story was filed (``واشنطن، ٢٢ يوليو، ٢٠١٦ -``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

import pandas as pd

from analysis.extract.dates import find_dateline
from analysis.files.articles import Article, paragraphs_frame
from analysis.text.normalization import normalize
from analysis.text.stopwords import default_stopwords


class Dateline(NamedTuple):
    """The article's date (or None) and the place it was filed from, as written (or "")."""

    date: dt.date | None
    place: str


def dateline(article: str | Article) -> Dateline:
    """The dateline of an article or a text: ``(date, place)``; see :func:`find_dateline`
    and :func:`dateline_place`."""
    text = article.text if isinstance(article, Article) else article
    paragraphs = article.paragraphs if isinstance(article, Article) else paragraphs_frame(text)
    return Dateline(find_dateline(text), dateline_place(paragraphs))


# The dash between a dateline and the story: "واشنطن دي سي (الولايات المتحدة الأمريكية) – انضم".
_DATELINE_DASH = re.compile(r"\s[\u2013\u2014-]\s|\s?[\u2013\u2014-]\s?(?=\S)")
# News agencies named in brackets after the place: "القاهرة (رويترز) -".
_AGENCIES = re.compile(
    r"\s*\((?:رويترز|أ ف ب|ا ف ب|أ\.ف\.ب|د ب أ|الأناضول|سانا|واس|وام|قنا|كونا|بترا|شينخوا|يونا|"
    r"AFP|Reuters|AP|DPA)\)\s*$"
)


def dateline_place(paragraphs: pd.DataFrame) -> str:
    """The place a story was filed from: the words before the dash that opens one of
    its first three paragraphs, without a news agency in brackets; "" if none.

    A clause cut by a dash ("قال مسؤول إن الوضع - كما يبدو") is no place: the words
    before the dash must hold no stopword.
    """
    for text in paragraphs["text"].head(3).iloc[1:]:
        match = _DATELINE_DASH.search(text[:120])
        if not match:
            continue
        place = _AGENCIES.sub("", text[: match.start()]).strip()
        words = re.findall(r"\w+", place)
        if 0 < len(words) <= 10 and not any(normalize(w) in default_stopwords() for w in words):
            return place
    return ""
