"""Corpus-linguistics tables from a token table: n-grams, keyword in context, collocations,
keyness, dispersion and summary statistics. Tidy tables in, tidy tables out.

All functions take the table :func:`analysis.tokenize` returns (or several of them
concatenated with a ``document`` column, for :func:`tf_idf`) and never modify it.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pandas as pd

from analysis.stats.counting import check_by as _check_by
from analysis.stats.counting import sorted_with_shares
from analysis.text.normalization import normalize
from analysis.text.stemming import light_stem

NGRAM_COLUMNS = ["ngram", "n", "share"]
KWIC_COLUMNS = ["before", "keyword", "after", "paragraph", "start"]
COLLOCATION_COLUMNS = ["word", "collocate", "n", "word_n", "collocate_n", "pmi", "log_likelihood"]
KEYNESS_COLUMNS = ["word", "n", "reference_n", "expected", "log_likelihood", "log_ratio"]
TF_IDF_COLUMNS = ["document", "word", "n", "tf", "idf", "tf_idf"]
DISPERSION_COLUMNS = ["word", "token", "paragraph", "sentence", "start", "position"]
SUMMARY_COLUMNS = ["statistic", "value"]

def _words(tokens: pd.DataFrame, drop_stopwords: bool, function: str) -> pd.DataFrame:
    """The word tokens, without stopwords when asked."""
    words = tokens[tokens["kind"] == "word"]
    if drop_stopwords:
        if "is_stop" not in tokens.columns:
            raise ValueError(f"{function}: drop_stopwords needs an is_stop column (use analysis.tokenize)")
        words = words[~words["is_stop"]]
    return words


def ngrams(tokens: pd.DataFrame, n: int = 2, *, by: str = "norm", drop_stopwords: bool = False) -> pd.DataFrame:
    """Count runs of ``n`` consecutive words within a sentence: ``ngram`` (space-joined), ``n``, ``share``.

    Punctuation and numbers break a run (``الإنتربول ، داعش`` is no bigram). With
    ``drop_stopwords``, stopwords are removed first, so the words around them join up.
    """
    if not isinstance(n, int) or n < 1:
        raise ValueError(f"ngrams(n={n!r}): n must be a whole number >= 1")
    _check_by(tokens, by, "ngrams")
    kept = tokens if not drop_stopwords else tokens[~tokens["is_stop"]]
    counts: Counter[str] = Counter()
    run: list[str] = []
    sentence = None
    for kind, value, sent in zip(kept["kind"], kept[by], kept["sentence"]):
        if kind != "word" or sent != sentence:
            run = []
            sentence = sent
            if kind != "word":
                continue
        run.append(value)
        if len(run) >= n:
            counts[" ".join(run[-n:])] += 1
    frame = pd.DataFrame(list(counts.items()), columns=["ngram", "n"]).astype({"ngram": "str", "n": "int64"})
    return sorted_with_shares(frame, "ngram")[NGRAM_COLUMNS]


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


def _log_likelihood(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """Sum over cells of 2·O·ln(O/E), with 0·ln 0 = 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(observed > 0, observed * np.log(observed / expected), 0.0)
    return 2 * terms.sum(axis=0)


def collocations(tokens: pd.DataFrame, *, window: int = 5, by: str = "stem", min_count: int = 2,
                 drop_stopwords: bool = True, word: str | None = None) -> pd.DataFrame:
    """Words that occur near each other more than chance: PMI and log-likelihood (Dunning).

    Every pair of words at most ``window`` words apart in the same paragraph counts as
    one co-occurrence, in both directions. From the pair counts, ``pmi`` is
    log2(O·N / (R·C)) and ``log_likelihood`` is Dunning's G² over the 2x2 table of
    pairs. Pairs seen fewer than ``min_count`` times are left out. ``word`` keeps only
    the pairs of that word (matched like :func:`kwic`). Columns: ``word``, ``collocate``,
    ``n``, ``word_n`` and ``collocate_n`` (pair totals), ``pmi``, ``log_likelihood``;
    sorted by log-likelihood, strongest first.
    """
    _check_by(tokens, by, "collocations")
    if window < 1 or min_count < 1:
        raise ValueError("collocations: window and min_count must be >= 1")
    words = _words(tokens, drop_stopwords, "collocations")
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
    frame["log_likelihood"] = _log_likelihood(observed, expected)
    frame = frame[frame["n"] >= min_count]
    if word is not None:
        norm, stem = _query_forms(word)
        frame = frame[frame["word"].isin({norm, stem})]
    frame = frame.sort_values(["log_likelihood", "word", "collocate"], ascending=[False, True, True],
                              kind="stable", ignore_index=True)
    return frame[COLLOCATION_COLUMNS]


def keyness(counts: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """Log-likelihood keyness of one word list against a reference word list.

    Both tables have ``word`` and ``n`` columns (as :func:`analysis.count_words` gives).
    ``log_likelihood`` is Rayson and Garside's G² for each word; ``log_ratio`` is the
    binary log of the ratio of relative frequencies (positive: more frequent in
    ``counts`` than in ``reference``; a word absent from one side counts as 0.5 there).
    Sorted by log-likelihood, key words first.
    """
    for name, table in (("counts", counts), ("reference", reference)):
        missing = {"word", "n"} - set(table.columns)
        if missing:
            raise ValueError(f"keyness: the {name} table has no column(s) {sorted(missing)}")
    merged = pd.merge(counts[["word", "n"]], reference[["word", "n"]].rename(columns={"n": "reference_n"}),
                      on="word", how="outer").fillna({"n": 0, "reference_n": 0})
    a, b = merged["n"].to_numpy(float), merged["reference_n"].to_numpy(float)
    c, d = a.sum(), b.sum()
    if c == 0 or d == 0:
        raise ValueError("keyness: both word lists need at least one counted word")
    expected_a = c * (a + b) / (c + d)
    expected_b = d * (a + b) / (c + d)
    merged["expected"] = expected_a
    merged["log_likelihood"] = _log_likelihood(np.vstack([a, b]), np.vstack([expected_a, expected_b]))
    merged["log_ratio"] = np.log2((np.maximum(a, 0.5) / c) / (np.maximum(b, 0.5) / d))
    merged = merged.astype({"n": "int64", "reference_n": "int64"})
    merged = merged.sort_values(["log_likelihood", "word"], ascending=[False, True], kind="stable", ignore_index=True)
    return merged[KEYNESS_COLUMNS]


def tf_idf(tokens: pd.DataFrame, *, by: str = "stem", drop_stopwords: bool = True) -> pd.DataFrame:
    """tf-idf of each word in each document (tidytext's ``bind_tf_idf``).

    ``tokens`` holds several token tables with a ``document`` column. ``tf`` is the
    word's share of its document's counted words; ``idf`` is ln(documents / documents
    containing the word). Sorted by document, then tf-idf (highest first).
    """
    if "document" not in tokens.columns:
        raise ValueError("tf_idf: the token table needs a document column (concatenate "
                         "tokenize() tables with document=...)")
    _check_by(tokens, by, "tf_idf")
    words = _words(tokens, drop_stopwords, "tf_idf")
    counts = words.groupby(["document", by], sort=False).size().rename("n").reset_index().rename(columns={by: "word"})
    counts["tf"] = counts["n"] / counts.groupby("document")["n"].transform("sum")
    documents = tokens["document"].nunique()
    counts["idf"] = np.log(documents / counts.groupby("word")["document"].transform("nunique"))
    counts["tf_idf"] = counts["tf"] * counts["idf"]
    counts = counts.sort_values(["document", "tf_idf", "word"], ascending=[True, False, True],
                                kind="stable", ignore_index=True)
    return counts[TF_IDF_COLUMNS]


def dispersion(tokens: pd.DataFrame, words: list[str] | str) -> pd.DataFrame:
    """Where each of ``words`` falls in the text: one row per occurrence.

    ``position`` is the occurrence's place in the text from 0 (first character) to 1
    (last); matching is on the normalized form or the stem, as in :func:`kwic`.
    Columns: ``word`` (as asked), ``token`` (as written), ``paragraph``, ``sentence``,
    ``start``, ``position``.
    """
    if isinstance(words, str):
        words = [words]
    length = max(int(tokens["end"].max()), 1) if len(tokens) else 1
    frames = []
    for word in words:
        norm, stem = _query_forms(word)
        hits = tokens[(tokens["norm"] == norm) | (tokens["stem"] == stem) | (tokens["stem"] == norm)]
        frames.append(pd.DataFrame({"word": word, "token": hits["token"], "paragraph": hits["paragraph"],
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
