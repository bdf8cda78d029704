"""Arabic news text analysis: tidy token tables, word counts and correct Arabic charts.

The public names below are imported lazily, on first use, so that ``import analysis``
stays cheap: a command that only counts words never imports matplotlib.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# Public name -> module that defines it.
_EXPORTS = {
    "Article": "analysis.reading",
    "ArticleError": "analysis.reading",
    "load_article": "analysis.reading",
    "paragraphs_frame": "analysis.reading",
    "normalize": "analysis.normalization",
    "tokenize": "analysis.tokens",
    "gaps": "analysis.tokens",
    "rebuild_text": "analysis.tokens",
    "count_words": "analysis.counting",
    "counts_side_by_side": "analysis.counting",
    "default_stopwords": "analysis.stopwords",
    "stopword_set": "analysis.stopwords",
    "mark_stopwords": "analysis.stopwords",
    "light_stem": "analysis.stemming",
    "ngrams": "analysis.wordstats",
    "kwic": "analysis.wordstats",
    "collocations": "analysis.wordstats",
    "keyness": "analysis.wordstats",
    "tf_idf": "analysis.wordstats",
    "dispersion": "analysis.wordstats",
    "summary_statistics": "analysis.wordstats",
    "rtl_table": "analysis.tables",
    "quoted_figures": "analysis.figures",
    "find_dateline": "analysis.figures",
    "dated_events": "analysis.figures",
    "figure_labels": "analysis.figures",
    "quotations": "analysis.quotes",
    "count_corpus": "analysis.corpus",
    "iter_documents": "analysis.corpus",
    "CorpusReport": "analysis.corpus",
    "CorpusError": "analysis.corpus",
    "repair_visual_order": "analysis.repair",
    "looks_visual_order": "analysis.repair",
    "read_table": "analysis.writing",
    "display_text": "analysis.shaping",
    "bar_chart": "analysis.charts",
    "dispersion_chart": "analysis.charts",
    "figures_chart": "analysis.charts",
    "ngram_chart": "analysis.charts",
    "word_cloud": "analysis.charts",
    "arabic_text": "analysis.charts",
    "timeline_chart": "analysis.charts",
    "save_figure": "analysis.charts",
    "write_table": "analysis.writing",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value  # later look-ups skip this function
        return value
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
