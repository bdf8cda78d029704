"""Arabic news text analysis: tidy token tables, word counts and correct Arabic charts.

The public names below are imported lazily, on first use, so that ``import analysis``
stays cheap: a command that only counts words never imports matplotlib.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# Public name -> module that defines it.
_EXPORTS = {
    "Article": "analysis.files.articles",
    "ArticleError": "analysis.files.articles",
    "load_article": "analysis.files.articles",
    "paragraphs_frame": "analysis.files.articles",
    "normalize": "analysis.text.normalization",
    "tokenize": "analysis.tokens.tokenizer",
    "tokenize_documents": "analysis.tokens.tokenizer",
    "gaps": "analysis.tokens.tokenizer",
    "rebuild_text": "analysis.tokens.tokenizer",
    "count_words": "analysis.stats.counting",
    "counts_side_by_side": "analysis.stats.counting",
    "default_stopwords": "analysis.text.stopwords",
    "stopword_set": "analysis.text.stopwords",
    "mark_stopwords": "analysis.text.stopwords",
    "light_stem": "analysis.text.stemming",
    "ngrams": "analysis.stats.wordstats",
    "kwic": "analysis.stats.wordstats",
    "collocations": "analysis.stats.wordstats",
    "keyness": "analysis.stats.keyness",
    "tf_idf": "analysis.stats.wordstats",
    "dispersion": "analysis.stats.wordstats",
    "summary_statistics": "analysis.stats.wordstats",
    "rtl_table": "analysis.plot.rtl_tables",
    "explorer": "analysis.plot.explorer",
    "Explorer": "analysis.plot.explorer",
    "explore_article": "analysis.plot.explorer",
    "figures_in_sentences": "analysis.plot.explorer",
    "quotes_by_speaker": "analysis.plot.explorer",
    "quoted_figures": "analysis.extract.figures",
    "find_dateline": "analysis.extract.dateline",
    "dateline": "analysis.extract.dateline",
    "Dateline": "analysis.extract.dateline",
    "dated_events": "analysis.extract.figures",
    "figure_labels": "analysis.extract.figures",
    "figure_sentences": "analysis.extract.figures",
    "quotations": "analysis.extract.quotes",
    "quoted_speakers": "analysis.extract.quotes",
    "count_corpus": "analysis.corpus.counting",
    "iter_documents": "analysis.corpus.sources",
    "CorpusReport": "analysis.corpus.sources",
    "CorpusError": "analysis.corpus.sources",
    "repair_visual_order": "analysis.files.repair",
    "looks_visual_order": "analysis.files.repair",
    "read_table": "analysis.files.tables",
    "display_text": "analysis.plot.shaping",
    "bar_chart": "analysis.plot.charts",
    "dispersion_chart": "analysis.plot.charts",
    "figures_chart": "analysis.plot.charts",
    "ngram_chart": "analysis.plot.charts",
    "word_cloud_chart": "analysis.plot.charts",
    "fix_arabic_labels": "analysis.plot.charts",
    "keyness_chart": "analysis.plot.charts",
    "timeline_chart": "analysis.plot.charts",
    "speakers_chart": "analysis.plot.speakers",
    "save_figure": "analysis.plot.charts",
    "write_table": "analysis.files.tables",
    "chart_title": "analysis.recipe",
    "dispersion_words": "analysis.recipe",
    "article_outputs": "analysis.paths",
}

# Old public name -> new name: kept for one release, with a DeprecationWarning on use.
_DEPRECATED = {
    "word_cloud": "word_cloud_chart",
    "arabic_text": "fix_arabic_labels",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _DEPRECATED:
        import warnings

        warnings.warn(f"analysis.{name} is deprecated and will be removed in the next release; "
                      f"use analysis.{_DEPRECATED[name]}", DeprecationWarning, stacklevel=2)
        return __getattr__(_DEPRECATED[name])  # not cached: every use warns
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value  # later look-ups skip this function
        return value
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
