"""The dateline: where and when a story was filed (``واشنطن، ٢٢ يوليو، ٢٠١٦ -``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

import pandas as pd

from analysis.extract.dates import find_dateline
from analysis.files.articles import Article, paragraphs_frame
from analysis.text import chars
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
# A dash between digits ("16-3-2026") is part of a numeric date, not this dash.
_DATELINE_DASH = re.compile(
    rf"\s[\u2013\u2014-]\s|(?<![{chars.DIGITS}])\s?[\u2013\u2014-]\s?(?=[^\s{chars.DIGITS}])"
)
# News agencies named in brackets after the place: "القاهرة (رويترز) -".
_AGENCIES = re.compile(
    r"\s*\((?:رويترز|أ ف ب|ا ف ب|أ\.ف\.ب|د ب أ|الأناضول|سانا|واس|وام|قنا|كونا|بترا|شينخوا|يونا|"
    r"AFP|Reuters|AP|DPA)\)\s*$"
)


_DIGIT = re.compile(f"[{chars.DIGITS}]")


def _without_date(place: str) -> str:
    """The place alone when the date follows it before the dash: "المدينة، 12 آذار/مارس
    2024" and "القاهرة، الأحد 12 آذار" -> the city (cut before the first digit, and
    before a comma ahead of it)."""
    digit = _DIGIT.search(place)
    if digit is None:
        return place
    head = place[: digit.start()]
    for comma in ("\u060c", ","):  # ، and ,
        head = head.split(comma)[0]
    return head.strip()


def dateline_place(paragraphs: pd.DataFrame) -> str:
    """The place a story was filed from: the words before the dash that opens one of
    its first three paragraphs, without a news agency in brackets; "" if none.

    A clause cut by a dash ("قال مسؤول إن الوضع - كما يبدو") is no place: the words
    before the dash must hold no stopword. A date between the place and the dash
    ("المدينة، 12 آذار/مارس 2024 –") is not part of the place.
    """
    for text in paragraphs["text"].head(3).iloc[1:]:
        match = _DATELINE_DASH.search(text[:120])
        if not match:
            continue
        place = _without_date(_AGENCIES.sub("", text[: match.start()]).strip())
        words = re.findall(r"\w+", normalize(place))  # folded first: a shadda would split "عمّان"
        if 0 < len(words) <= 10 and not any(w in default_stopwords() for w in words):
            return place
    return ""
