"""The analysis of one article, as one recipe with two front ends: notebooks 01-03 show
its steps one by one, ``python -m analysis report`` (:mod:`analysis.report`) runs them in
one go. Both take their options and chart titles from here, so they produce the same
tables and the same charts (a test runs both on one article and compares the files).

Chart titles name the article they describe (its own title), never the reference text.
"""

from __future__ import annotations

import pandas as pd

from analysis.extract.figures import dated_events, quoted_figures
from analysis.extract.quotes import quotations
from analysis.files.articles import Article
from analysis.stats.counting import count_words
from analysis.stats.wordstats import collocations, ngrams, summary_statistics
from analysis.tokens.tokenizer import tokenize

#: Bars in the word-frequency chart (notebook 01's ``top``).
TOP_WORDS = 20
#: Bars in the stem-frequency chart (notebook 02's ``top``).
TOP_STEMS = 15
#: Bars in the bigram chart.
TOP_NGRAMS = 10
#: Words in the word cloud.
CLOUD_WORDS = 60
#: The most frequent stems placed on the dispersion chart.
DISPERSION_WORDS = 5
#: Collocations: pairs at most this many words apart, seen at least ``COLLOCATION_MIN_COUNT`` times.
COLLOCATION_WINDOW = 5
COLLOCATION_MIN_COUNT = 2

#: What each chart shows, by the chart's file name; :func:`chart_title` adds the article's title.
HEADINGS = {
    "word-frequencies": "الكلمات الأكثر تكرارا",
    "stem-frequencies": "الكلمات الأكثر تكرارا دون كلمات الوقف والسوابق",
    "bigrams": "أكثر الثنائيات تكرارا",
    "dispersion": "أين تقع الكلمات في النص",
    "quoted-figures": "الأرقام التي يذكرها النص",
    "timeline": "الأحداث المؤرخة في النص",
    "quoted-speakers": "من يُقتبس كلامه",
    "corpus-keyness": "ما يميز المقالة عن بقية المقالات وما يميزها",
}
#: A chart title (heading, dash, article title) is cut to about this many characters so
#: that it fits on one line above a chart whose labels take part of its width; the
#: article's title keeps at least ``TITLE_MIN_CHARACTERS`` of them.
TITLE_CHARACTERS = 64
TITLE_MIN_CHARACTERS = 20
# One line only: matplotlib < 3.11 draws through the bidi reordering, which does not keep
# line breaks in place, so a two-line title would come out scrambled there.
_SEPARATOR = " \u2014 "  # an em dash between the heading and the article's title


def chart_title(name: str, article: Article) -> str:
    """The title of chart ``name`` (a key of :data:`HEADINGS`) for ``article``: what the
    chart shows, a dash, then the article's own title (shortened with "…" when long)."""
    if name not in HEADINGS:
        raise ValueError(f"chart_title: no chart named {name!r}; the charts are {sorted(HEADINGS)}")
    if not isinstance(article, Article):
        raise TypeError(f"chart_title() takes an Article (analysis.load_article), not {type(article).__name__}")
    from analysis.plot.charts import elide  # charts import matplotlib: only when a title is wanted

    heading = HEADINGS[name]
    room = max(TITLE_MIN_CHARACTERS, TITLE_CHARACTERS - len(heading) - len(_SEPARATOR))
    return heading + _SEPARATOR + elide(" ".join(article.title.split()), room)


def dispersion_words(stems: pd.DataFrame, n: int = DISPERSION_WORDS) -> list[str]:
    """The words to place on the dispersion chart: the ``n`` most frequent of a stem
    count (:func:`analysis.count_words` with ``by="stem"``), so they come from the article."""
    if "word" not in stems.columns:
        raise ValueError(f"dispersion_words: no column 'word' in the table; it has {list(stems.columns)}")
    return stems["word"].head(n).tolist()


def article_tables(article: Article, tokens: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The tables of notebooks 01-03 for ``article``, by file stem. The token table is
    built once (or taken from ``tokens``) and shared by every statistic and extractor."""
    if tokens is None:
        tokens = tokenize(article)
    figures = quoted_figures(article, tokens=tokens)
    return {
        "tokens": tokens,
        "word-frequencies": count_words(tokens),
        "stem-frequencies": count_words(tokens, by="stem", drop_stopwords=True),
        "bigrams": ngrams(tokens, size=2, by="stem", drop_stopwords=True),
        "collocations": collocations(tokens, window=COLLOCATION_WINDOW, min_count=COLLOCATION_MIN_COUNT),
        "summary-statistics": summary_statistics(tokens),
        "quoted-figures": figures,
        "dated-events": dated_events(article, figures, tokens=tokens),
        "quotations": quotations(article, tokens=tokens),
    }


def article_charts(tables: dict[str, pd.DataFrame], article: Article) -> dict:
    """The charts of notebooks 01-03 (matplotlib Axes), drawn from :func:`article_tables`'
    tables and titled for ``article``, by file stem."""
    from analysis.plot import charts
    from analysis.plot.speakers import speakers_chart
    from analysis.stats.wordstats import dispersion

    stems = tables["stem-frequencies"]
    spread = dispersion(tables["tokens"], dispersion_words(stems))
    return {
        "word-frequencies": charts.bar_chart(tables["word-frequencies"], top=TOP_WORDS,
                                             title=chart_title("word-frequencies", article)),
        "stem-frequencies": charts.bar_chart(stems, top=TOP_STEMS, title=chart_title("stem-frequencies", article)),
        "bigrams": charts.ngram_chart(tables["bigrams"], top=TOP_NGRAMS, title=chart_title("bigrams", article)),
        "dispersion": charts.dispersion_chart(spread, title=chart_title("dispersion", article)),
        "word-cloud": charts.word_cloud_chart(stems, top=CLOUD_WORDS),
        "quoted-figures": charts.figures_chart(tables["quoted-figures"], title=chart_title("quoted-figures", article)),
        "timeline": charts.timeline_chart(tables["dated-events"], title=chart_title("timeline", article)),
        "quoted-speakers": speakers_chart(tables["quotations"], title=chart_title("quoted-speakers", article)),
    }
