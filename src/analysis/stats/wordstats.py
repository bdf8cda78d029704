"""Corpus-linguistics tables from a token table: n-grams, keyword in context, collocations,
keyness, dispersion and summary statistics. Tidy tables in, tidy tables out.

All functions take the table :func:`analysis.tokenize` returns (or, for :func:`tf_idf`,
the one :func:`analysis.tokenize_documents` returns, with a ``document`` column) and never
modify it. Options come by keyword after the token table. Every count table carries the
key it counted (join on it) and the ``spelling`` a reader sees (label with it). Defaults
of ``by`` and ``drop_stopwords`` follow :mod:`analysis.stats.counting`: n-grams describe
the text (norm, stopwords kept); collocations and tf-idf score what it is about (stem,
stopwords dropped).
"""

from __future__ import annotations

import math
import warnings
from collections import Counter

import numpy as np
import pandas as pd

from analysis.deprecation import keyword_options
from analysis.stats.counting import check_by as _check_by
from analysis.stats.counting import (counted_words, reader_spellings, reader_tokens, require_columns,
                                     sorted_with_shares)
from analysis.stats.keyness import KEYNESS_COLUMNS, keyness, log_likelihood
from analysis.text.normalization import normalize
from analysis.text.stemming import light_stem

__all__ = ["ngrams", "kwic", "collocations", "keyness", "tf_idf", "dispersion", "summary_statistics",
           "KEYNESS_COLUMNS"]

NGRAM_COLUMNS = ["ngram", "spelling", "n", "share"]
KWIC_COLUMNS = ["before", "keyword", "after", "paragraph", "start"]
COLLOCATION_COLUMNS = ["word", "spelling", "collocate", "collocate_spelling", "n", "word_n", "collocate_n",
                       "pmi", "log_likelihood"]
TF_IDF_COLUMNS = ["document", "word", "spelling", "n", "tf", "idf", "tf_idf"]
DISPERSION_COLUMNS = ["word", "spelling", "token", "paragraph", "sentence", "start", "position"]
SUMMARY_COLUMNS = ["statistic", "value"]


@keyword_options("size", "by", "drop_stopwords")
def ngrams(tokens: pd.DataFrame, *, size: int = 2, by: str = "norm", drop_stopwords: bool = False,
           n: int | None = None) -> pd.DataFrame:
    """Count runs of ``size`` consecutive words within a sentence: ``ngram`` (the keys,
    space-joined), ``spelling`` (the run as the text writes it most often), ``n``
    (occurrences), ``share``.

    Punctuation and numbers break a run (``الإنتربول ، داعش`` is no bigram). With
    ``drop_stopwords``, stopwords are removed first, so the words around them join up.
    ``n=`` is the old name of ``size=`` (deprecated: ``n`` is the count column).
    """
    if n is not None:
        warnings.warn("ngrams: n= is deprecated, use size= (n is the count column)", DeprecationWarning,
                      stacklevel=3)
        size = n
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError(f"ngrams(size={size!r}): size must be a whole number >= 1")
    _check_by(tokens, by, "ngrams")
    require_columns(tokens, ["kind", "sentence", "token"], "ngrams")
    kept = tokens
    if drop_stopwords:
        require_columns(tokens, ["is_stop"], "ngrams(drop_stopwords=True)")
        kept = tokens[~tokens["is_stop"]]
    occurrences: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    sentence = None
    for kind, value, surface, sent in zip(kept["kind"], kept[by], reader_tokens(kept, by), kept["sentence"]):
        if kind != "word" or sent != sentence:
            run = []
            sentence = sent
            if kind != "word":
                continue
        run.append((value, surface))
        if len(run) >= size:
            occurrences.append((" ".join(v for v, _ in run[-size:]), " ".join(t for _, t in run[-size:])))
    found = pd.DataFrame(occurrences, columns=["ngram", "token"], dtype="str")
    frame = found["ngram"].value_counts(sort=False).rename_axis("ngram").reset_index(name="n")
    frame = sorted_with_shares(frame.astype({"ngram": "str", "n": "int64"}), "ngram")
    frame = frame.merge(reader_spellings(found, "ngram"), on="ngram", how="left")
    return frame.astype({"spelling": "str", "share": "float64"})[NGRAM_COLUMNS]


def _query_forms(word: str) -> tuple[str, str]:
    """The normalized form and the stem of a search word."""
    return normalize(word), light_stem(word)


def kwic(tokens: pd.DataFrame, word: str, window: int = 5) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``word``, with ``window`` tokens each side.

    Matches on the normalized form or the stem, so ``انتربول`` finds ``الإنتربول`` and
    ``للإنتربول``. Columns ``before`` (the words preceding the keyword in reading order),
    ``keyword`` (as written), ``after`` (the words following it), ``paragraph``,
    ``start``; the context stays within the keyword's paragraph. The columns are named
    for what they hold, not for a side (they were ``left`` and ``right``): shown
    right to left (:func:`analysis.rtl_table`, first column on the right), ``before``
    stands to the right of the keyword, as in an Arabic concordance.
    """
    if window < 0:
        raise ValueError(f"kwic(window={window!r}): window must be >= 0")
    norm, stem = _query_forms(word)
    hits = np.flatnonzero(((tokens["norm"] == norm) | (tokens["stem"] == stem) | (tokens["stem"] == norm)).to_numpy())
    surface = tokens["token"].to_numpy()
    paragraph = tokens["paragraph"].to_numpy()
    rows = []
    for i in hits:
        same = paragraph == paragraph[i]
        lo = max(i - window, int(np.argmax(same)))
        hi = min(i + window + 1, len(same) - int(np.argmax(same[::-1])))
        rows.append((" ".join(surface[lo:i]), surface[i], " ".join(surface[i + 1 : hi]),
                     int(paragraph[i]), int(tokens["start"].iat[i])))
    return pd.DataFrame(rows, columns=KWIC_COLUMNS).astype(
        {"before": "str", "keyword": "str", "after": "str", "paragraph": "int64", "start": "int64"})


@keyword_options("window", "by", "min_count", "drop_stopwords", "word")
def collocations(tokens: pd.DataFrame, *, window: int = 5, by: str = "stem", min_count: int = 2,
                 drop_stopwords: bool = True, word: str | None = None) -> pd.DataFrame:
    """Words that occur near each other more than chance: PMI and log-likelihood (Dunning).

    Every pair of words at most ``window`` words apart in the same paragraph counts as
    one co-occurrence. From the pair counts, ``pmi`` is log2(O·N / (R·C)) and
    ``log_likelihood`` is Dunning's G² over the 2x2 table of pairs; both are symmetric,
    so each pair is listed once, the more frequent word (then the first alphabetically)
    in ``word``. Pairs seen fewer than ``min_count`` times are left out. ``word=`` keeps
    only the pairs of that word (matched like :func:`kwic`), with it in ``word``.
    Columns: ``word``, ``spelling``, ``collocate``, ``collocate_spelling``, ``n``,
    ``word_n`` and ``collocate_n`` (pair totals), ``pmi``, ``log_likelihood``; sorted by
    log-likelihood, strongest first.
    """
    if window < 1 or min_count < 1:
        raise ValueError(f"collocations(window={window!r}, min_count={min_count!r}): both must be >= 1")
    words = counted_words(tokens, by, drop_stopwords, "collocations")
    require_columns(tokens, ["paragraph"], "collocations")
    pairs: Counter[tuple[str, str]] = Counter()
    for _, group in words.groupby("paragraph", sort=False):
        values = group[by].tolist()
        for i, node in enumerate(values):
            for other in values[i + 1 : i + 1 + window]:
                if other != node:
                    pairs[(node, other)] += 1
                    pairs[(other, node)] += 1
    if not pairs:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c in ("pmi", "log_likelihood") else
                                          "int64" if c.endswith("n") else "str") for c in COLLOCATION_COLUMNS})
    frame = pd.DataFrame([(a, b, n) for (a, b), n in pairs.items()], columns=["word", "collocate", "n"])
    total = frame["n"].sum()
    frame["word_n"] = frame.groupby("word")["n"].transform("sum")
    frame["collocate_n"] = frame.groupby("collocate")["n"].transform("sum")
    o11 = frame["n"].to_numpy(float)
    r1, c1 = frame["word_n"].to_numpy(float), frame["collocate_n"].to_numpy(float)
    observed = np.vstack([o11, r1 - o11, c1 - o11, total - r1 - c1 + o11])
    expected = np.vstack([r1 * c1, r1 * (total - c1), (total - r1) * c1, (total - r1) * (total - c1)]) / total
    frame["pmi"] = np.log2(o11 * total / (r1 * c1))
    frame["log_likelihood"] = log_likelihood(observed, expected)
    frame = frame[frame["n"] >= min_count]
    if word is not None:
        norm, stem = _query_forms(word)
        frame = frame[frame["word"].isin({norm, stem})]
    else:  # (a, b) and (b, a) carry the same numbers: keep one orientation
        frame = frame[(frame["word_n"] > frame["collocate_n"]) |
                      ((frame["word_n"] == frame["collocate_n"]) & (frame["word"] < frame["collocate"]))]
    spellings = reader_spellings(pd.DataFrame({"key": words[by], "token": reader_tokens(words, by)}), "key")
    spellings = spellings.set_index("key")["spelling"]
    frame = frame.assign(spelling=frame["word"].map(spellings), collocate_spelling=frame["collocate"].map(spellings))
    frame = frame.sort_values(["log_likelihood", "word", "collocate"], ascending=[False, True, True],
                              kind="stable", ignore_index=True)
    return frame.astype({"spelling": "str", "collocate_spelling": "str"})[COLLOCATION_COLUMNS]


@keyword_options("by", "drop_stopwords")
def tf_idf(tokens: pd.DataFrame, *, by: str = "stem", drop_stopwords: bool = True) -> pd.DataFrame:
    """tf-idf of each word in each document (tidytext's ``bind_tf_idf``).

    ``tokens`` holds several documents with a ``document`` column (as
    :func:`analysis.tokenize_documents` gives). ``tf`` is the word's share of its
    document's counted words; ``idf`` is ln(documents / documents containing the word);
    ``spelling`` is how that document writes the word most often. Sorted by document,
    then tf-idf (highest first).
    """
    require_columns(tokens, ["document"], "tf_idf")
    words = counted_words(tokens, by, drop_stopwords, "tf_idf")
    counts = words.groupby(["document", by], sort=False).size().rename("n").reset_index().rename(columns={by: "word"})
    counts["tf"] = counts["n"] / counts.groupby("document")["n"].transform("sum")
    documents = tokens["document"].nunique()
    counts["idf"] = np.log(documents / counts.groupby("word")["document"].transform("nunique"))
    counts["tf_idf"] = counts["tf"] * counts["idf"]
    spellings = reader_spellings(pd.DataFrame({"document": words["document"], "word": words[by],
                                               "token": reader_tokens(words, by)}), "word", groups=("document",))
    counts = counts.merge(spellings, on=["document", "word"], how="left")
    counts = counts.sort_values(["document", "tf_idf", "word"], ascending=[True, False, True],
                                kind="stable", ignore_index=True)
    return counts.astype({"spelling": "str"})[TF_IDF_COLUMNS]


def dispersion(tokens: pd.DataFrame, words: list[str] | str) -> pd.DataFrame:
    """Where each of ``words`` falls in the text: one row per occurrence.

    ``position`` is the occurrence's place in the text from 0 (first character) to 1
    (last); matching is on the normalized form or the stem, as in :func:`kwic`.
    Columns: ``word`` (as asked), ``spelling`` (how the text writes it most often: what
    :func:`analysis.dispersion_chart` labels with), ``token`` (as written), ``paragraph``,
    ``sentence``, ``start``, ``position``. One word may be given as a string.
    """
    require_columns(tokens, ["norm", "stem", "token", "paragraph", "sentence", "start", "end"], "dispersion")
    if isinstance(words, str):
        words = [words]
    length = max(int(tokens["end"].max()), 1) if len(tokens) else 1
    frames = []
    for word in words:
        norm, stem = _query_forms(word)
        hits = tokens[(tokens["norm"] == norm) | (tokens["stem"] == stem) | (tokens["stem"] == norm)]
        spelling = reader_spellings(pd.DataFrame({"key": word, "token": reader_tokens(hits, "stem")}), "key")["spelling"]
        frames.append(pd.DataFrame({"word": word, "spelling": spelling.iat[0] if len(spelling) else word,
                                    "token": hits["token"], "paragraph": hits["paragraph"],
                                    "sentence": hits["sentence"], "start": hits["start"],
                                    "position": hits["start"] / length}))
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in DISPERSION_COLUMNS})
    return pd.concat(frames, ignore_index=True)[DISPERSION_COLUMNS]


def summary_statistics(tokens: pd.DataFrame) -> pd.DataFrame:
    """Summary of a token table as ``statistic``/``value`` rows.

    Rows: paragraphs, sentences, tokens (all kinds), words, numbers, types (distinct
    normalized words), type_token_ratio (types / words), distinct_stems,
    mean_sentence_length (words per sentence), stopword_share.
    """
    require_columns(tokens, ["kind", "norm", "paragraph", "sentence"], "summary_statistics")
    words = tokens[tokens["kind"] == "word"]
    sentences = tokens["sentence"].nunique()
    n_words = len(words)
    types = words["norm"].nunique()
    values = {
        "paragraphs": tokens["paragraph"].nunique(),
        "sentences": sentences,
        "tokens": len(tokens),
        "words": n_words,
        "numbers": int((tokens["kind"] == "number").sum()),
        "types": types,
        "type_token_ratio": types / n_words if n_words else math.nan,
        "distinct_stems": words["stem"].nunique() if "stem" in words else math.nan,
        "mean_sentence_length": n_words / sentences if sentences else math.nan,
        "stopword_share": float(words["is_stop"].mean()) if "is_stop" in words and n_words else math.nan,
    }
    return pd.DataFrame({"statistic": list(values), "value": [float(v) for v in values.values()]})
