"""The figures an Arabic news article quotes: every number and date, with its value,
kind, qualifier ("أكثر من", "حوالى") and counted noun, as one tidy table.

The scanner works on the token table, so every row's ``start``/``end`` slice back to
its ``surface`` in the original text. Recognizers run left to right at each token, in
this order: identifiers and numeric dates (``I-24/7``, ``970x90``, ``2178 (2014)``,
``03/04/2021``), date ranges and dates (:mod:`analysis.extract.dates`), numeric ranges
and numbers with their qualifier, noun and kind (:mod:`analysis.extract.quantities`,
:mod:`analysis.extract.nouns`), then indefinite amounts (``آلاف``), spans of one
(``لمدة عام``), ordinals (``الـ 83``, ``المرتبة الثانية``) and years relative to the
dateline (``العام المقبل``).
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from analysis.extract.dates import find_dateline
from analysis.extract.nouns import NounScanner
from analysis.extract.scanning import DATE_LEADS, KINDS, Figure  # noqa: F401  (KINDS is public here)
from analysis.extract.tallies import construct_dual, decade, dual_count, in_league_name, win_margin
from analysis.files.articles import Article
from analysis.tokens.tokenizer import TOKEN_COLUMNS, tokenize

FIGURE_COLUMNS = ["surface", "start", "end", "value", "date", "low", "high", "date_low", "date_high", "kind",
                  "qualifier", "approx", "noun", "phrase", "paragraph", "sentence", "note"]
_TYPES = {"surface": "str", "start": "int64", "end": "int64", "value": "float64", "date": "str", "low": "float64",
          "high": "float64", "date_low": "str", "date_high": "str", "kind": "str", "qualifier": "str",
          "approx": "str", "noun": "str", "phrase": "str", "paragraph": "int64", "sentence": "int64", "note": "str"}


class _Scanner(NounScanner):
    def _dated(self, i: int) -> Figure | None:
        return self.identifier(i) or self.date_range(i) or self.date(i) or self.edition(i)

    def _counted(self, i: int) -> tuple[Figure, int] | None:
        """A number or range at i with its qualifier, kind and noun; and where it ends."""
        figure = self.range_(i) or self.number(i)
        if figure is None:
            return None
        if figure.kind == "date_range":  # "بين 1931 و1933": years, nothing counted
            return figure, figure.last + 1
        figure.definite = self.is_word(i) and self.definite_number(self.norm[i]) is not None
        self.qualifier_before(figure)
        end = self.classify(figure)
        self.qualifier_after(figure, end)
        return figure, end

    def _other(self, i: int) -> tuple[Figure, int] | None:
        figure = self.indefinite(i) or self.span_of_time(i)
        if figure is not None:
            self.qualifier_before(figure)
            return figure, self.genitive_noun(figure) if figure.kind == "count" else figure.last + 1
        figure = dual_count(self, i) or construct_dual(self, i) or win_margin(self, i) or decade(self, i)
        if figure is not None:
            return figure, figure.last + 1 + (figure.noun is not None)
        figure = self.ordinal(i) or self.relative_year(i)
        if figure is not None and figure.kind == "ordinal" and in_league_name(self, figure):
            figure.kind, figure.value, figure.note = "other", None, "part of a league name"
        return (figure, figure.last + 1) if figure is not None else None

    def run(self) -> list[Figure]:
        figures = []
        i = 0
        while i < self.n:
            if self.used[i] or self.kind[i] not in {"word", "number"}:
                i += 1
                continue
            figure = self._dated(i)
            found = (figure, figure.last + 1) if figure is not None else self._counted(i) or self._other(i)
            if found is None:
                i += 1
                continue
            figure, end = found
            for k in range(figure.first, min(end, self.n)):
                self.used[k] = True
            figures.append(figure)
            i = max(end, figure.last + 1)
        return figures


def quoted_figures(text_or_article: str | Article, *, tokens: pd.DataFrame | None = None,
                   dateline: dt.date | str | None = None) -> pd.DataFrame:
    """Every figure the text quotes, one row each, in reading order.

    Columns (fixed types, no column mixes types):

    - ``surface`` (exactly ``text[start:end]``), ``start``, ``end``;
    - ``value`` (float): the number; NaN for dates, ranges, indefinite amounts (``آلاف``)
      and identifiers;
    - ``date`` (str): a date as ISO text, ``YYYY-MM-DD``, ``YYYY-MM``, ``--MM-DD`` or
      ``--MM`` when neither the text nor its dateline gives the year; "" otherwise;
    - ``low``, ``high`` (float): the ends of a numeric range (kind ``range``), NaN otherwise;
    - ``date_low``, ``date_high`` (str): the ends of a date range (kind ``date_range``),
      ISO text as ``date``; "" otherwise;
    - ``kind`` (one of :data:`KINDS`), ``qualifier`` (as written, e.g. ``أكثر من``) and
      ``approx`` (``over``, ``about``, ``under``, ``at_least`` or "");
    - ``noun`` (the counted noun phrase as written), ``phrase`` (the whole expression as
      written, from qualifier to noun: "أكثر من 7 500 من المقاتلين الإرهابيين الأجانب");
    - ``paragraph``, ``sentence`` and ``note`` (what was inferred: a year from the
      dateline, a decimal comma, reversed digit groups, why a number is ``other``).

    Dates without a year take it from ``dateline`` (default: the article's own date, see
    :func:`analysis.extract.dates.find_dateline`). ``tokens``: the token table of this
    text (:func:`analysis.tokenize`), when the caller has one, so it is not built again.
    """
    text = text_or_article.text if isinstance(text_or_article, Article) else text_or_article
    if not isinstance(text, str):
        raise TypeError(f"quoted_figures() takes a str or an Article, not {type(text_or_article).__name__}")
    if isinstance(dateline, str):
        dateline = dt.date.fromisoformat(dateline)
    tokens = tokenize(text, warn=False) if tokens is None else _checked(tokens, text)
    if dateline is None:
        dateline = find_dateline(text, tokens=tokens)
    scanner = _Scanner(text, tokens, dateline)
    rows = [_row(text, scanner, figure) for figure in scanner.run()]
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS).astype(_TYPES)
    return frame.sort_values("start", kind="stable", ignore_index=True)


def _checked(tokens: pd.DataFrame, text: str) -> pd.DataFrame:
    """``tokens`` with a fresh index, after checking it is a token table of ``text``."""
    missing = [c for c in TOKEN_COLUMNS if c not in tokens.columns]
    if missing:
        raise ValueError(f"quoted_figures(): the token table has no column {missing[0]!r}")
    tokens = tokens.reset_index(drop=True)
    for row in (tokens.head(1).itertuples(), tokens.tail(1).itertuples()):
        for token in row:
            if text[token.start : token.end] != token.token:
                raise ValueError("quoted_figures(): the token table is not this text's: "
                                 f"text[{token.start}:{token.end}] is not {token.token!r}")
    return tokens


def _row(text: str, scanner: _Scanner, figure: Figure) -> tuple:
    start = figure.start if figure.start is not None else scanner.start[figure.first]
    end = scanner.end[figure.last]
    qualifier = text[figure.qualifier[0] : figure.qualifier[1]] if figure.qualifier else ""
    noun = figure.noun_text or (text[figure.noun[0] : figure.noun[1]] if figure.noun else "")
    spans = [(start, end)] + [span for span in (figure.qualifier, figure.noun) if span]
    phrase = text[min(a for a, _ in spans) : max(b for _, b in spans)]
    return (text[start:end], start, end, _float(figure.value), figure.date, _float(figure.low), _float(figure.high),
            figure.date_low, figure.date_high, figure.kind, qualifier, figure.approx, noun, phrase,
            scanner.paragraph[figure.first], scanner.sentence[figure.first], figure.note)


def _float(value) -> float:
    return math.nan if value is None else float(value)


EVENT_COLUMNS = ["date", "surface", "event", "paragraph", "start"]


def dated_events(text: str | Article, figures: pd.DataFrame | None = None, *, context_words: int = 6,
                 tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """The dated events of a text: one row per figure of kind ``date`` whose ``date`` has
    a year, with ``event``, the words that lead up to the date in its sentence (at most
    ``context_words``, without a closing "في"), as written. The dateline (a date alone in
    its paragraph) is the release itself: its event is "نشر الخبر". Sorted by date.
    ``tokens``: the text's token table, when the caller has one.
    """
    source = text.text if isinstance(text, Article) else text
    tokens = tokenize(source, warn=False) if tokens is None else _checked(tokens, source)
    if figures is None:
        figures = quoted_figures(source, tokens=tokens)
    rows = []
    for figure in figures[figures["kind"] == "date"].itertuples():
        if not figure.date or figure.date.startswith("-"):
            continue
        before = tokens[(tokens["sentence"] == figure.sentence) & (tokens["end"] <= figure.start)
                        & (tokens["kind"] == "word")]
        while len(before) and before["norm"].iloc[-1] in DATE_LEADS:
            before = before.iloc[:-1]
        before = before.tail(context_words)
        if len(before):
            event = source[before["start"].iloc[0] : before["end"].iloc[-1]]
        else:
            event = "نشر الخبر" if figure.paragraph <= 3 else ""
        rows.append((figure.date, figure.surface, event, figure.paragraph, figure.start))
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS).astype(
        {"date": "str", "surface": "str", "event": "str", "paragraph": "int64", "start": "int64"})
    return frame.sort_values(["date", "start"], kind="stable", ignore_index=True)


def figure_labels(figures: pd.DataFrame, kinds: tuple[str, ...] = ("count",)) -> pd.DataFrame:
    """The figures with a number, as chart rows: ``label`` (the phrase as written:
    "أكثر من 7 500 من المقاتلين الإرهابيين الأجانب"), ``value``, ``kind`` and ``mentions``
    (a figure quoted again with the same phrase and value is one row); largest first."""
    chosen = figures[figures["kind"].isin(kinds) & figures["value"].notna()]
    frame = pd.DataFrame({"label": chosen["phrase"].tolist(), "value": chosen["value"].astype(float).tolist(),
                          "kind": chosen["kind"].tolist()})
    frame = frame.groupby(["label", "value", "kind"], as_index=False, sort=False).size()
    frame = frame.rename(columns={"size": "mentions"}).astype({"mentions": "int64"})
    return frame.sort_values("value", ascending=False, kind="stable", ignore_index=True)


def figure_sentences(figures: pd.DataFrame, text_or_article: str | Article, *,
                     tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """``figures`` with one more column, ``context``: the sentence each figure stands in,
    as written (from the sentence's first token to its last), so a reader sees the figure
    where the text quotes it."""
    text = text_or_article.text if isinstance(text_or_article, Article) else text_or_article
    tokens = tokenize(text, warn=False) if tokens is None else _checked(tokens, text)
    spans = tokens.groupby("sentence").agg(first=("start", "min"), last=("end", "max"))
    context = [text[spans.at[s, "first"] : spans.at[s, "last"]] if s in spans.index else "" for s in figures["sentence"]]
    return figures.assign(context=pd.Series(context, index=figures.index, dtype="str"))
