"""Everything the notebooks produce for one article, as one call: the tables and charts
that `python -m analysis report` writes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.stats.counting import count_words
from analysis.extract.figures import dated_events, quoted_figures
from analysis.extract.quotes import quotations
from analysis.files.articles import Article
from analysis.tokens.tokenizer import tokenize
from analysis.stats.wordstats import collocations, dispersion, ngrams, summary_statistics


def article_tables(article: Article) -> dict[str, pd.DataFrame]:
    """The tables of notebooks 01-03 for ``article``, by file stem."""
    tokens = tokenize(article)
    figures = quoted_figures(article)
    return {
        "tokens": tokens,
        "word-frequencies": count_words(tokens),
        "stem-frequencies": count_words(tokens, by="stem", drop_stopwords=True),
        "bigrams": ngrams(tokens, size=2, by="stem", drop_stopwords=True),
        "collocations": collocations(tokens, window=5, min_count=2),
        "summary-statistics": summary_statistics(tokens),
        "quoted-figures": figures,
        "dated-events": dated_events(article, figures),
        "quotations": quotations(article),
    }


def article_charts(tables: dict[str, pd.DataFrame], top: int = 20):
    """The charts of notebooks 01-03, drawn from :func:`article_tables`' tables, by file stem."""
    from analysis.plot import charts

    words = tables["stem-frequencies"]["word"].head(5).tolist()
    return {
        "word-frequencies": charts.bar_chart(tables["word-frequencies"], top=top, title="الكلمات الأكثر تكرارا"),
        "stem-frequencies": charts.bar_chart(tables["stem-frequencies"], top=top,
                                             title="الكلمات الأكثر تكرارا بعد حذف كلمات الوقف وتجريد السوابق"),
        "bigrams": charts.ngram_chart(tables["bigrams"], top=10, title="أكثر الثنائيات تكرارا"),
        "dispersion": charts.dispersion_chart(dispersion(tables["tokens"], words), title="أين تقع الكلمات في النص"),
        "word-cloud": charts.word_cloud_chart(tables["stem-frequencies"], top=60),
        "quoted-figures": charts.figures_chart(tables["quoted-figures"], title="الأرقام التي يذكرها النص"),
        "timeline": charts.timeline_chart(tables["dated-events"], title="الأحداث المؤرخة في النص"),
    }


def write_report(article: Article, out: str | Path, *, table_format: str = "csv", with_charts: bool = True) -> list[Path]:
    """Write every table (CSV or Parquet) and chart (PNG + SVG) for ``article`` to ``out``."""
    from analysis.files.tables import write_table

    out = Path(out)
    tables = article_tables(article)
    written = [write_table(table, out / f"{name}.{table_format}") for name, table in tables.items()]
    if with_charts:
        import matplotlib.pyplot as plt

        from analysis.plot.charts import save_figure

        for name, ax in article_charts(tables).items():
            written += save_figure(ax.figure, name, out)
            plt.close(ax.figure)
    return written
