"""Keyness the way corpus linguists compute it (Rayson and Garside; AntConc; Hardie's
log ratio): which words one text uses more, or less, than a reference, and whether that
difference is more than chance after testing many words at once."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.stats.counting import require_columns

KEYNESS_COLUMNS = ["word", "spelling", "n", "reference_n", "expected", "log_likelihood", "log_ratio",
                   "p_value", "significant"]
CORRECTIONS = ("bonferroni", "none")


def log_likelihood(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """Sum over cells (rows) of 2·O·ln(O/E), with 0·ln 0 = 0: Dunning's G²."""
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(observed > 0, observed * np.log(observed / expected), 0.0)
    return 2 * terms.sum(axis=0)


def chi2_p_value(statistic: np.ndarray) -> np.ndarray:
    """The chance of a G² (chi-squared, one degree of freedom) at least this large: erfc(√(G²/2))."""
    return np.array([math.erfc(math.sqrt(abs(float(s)) / 2)) for s in statistic], dtype="float64")


def _checked(table: pd.DataFrame, name: str, min_count: int, alpha: float, correction: str) -> None:
    require_columns(table, ["word", "n"], "keyness", f"{name} table")
    if not (isinstance(min_count, int) and min_count >= 1):
        raise ValueError(f"keyness(min_count={min_count!r}): min_count must be a whole number >= 1")
    if not 0 < alpha < 1:
        raise ValueError(f"keyness(alpha={alpha!r}): alpha must be between 0 and 1")
    if correction not in CORRECTIONS:
        raise ValueError(f"keyness(correction={correction!r}): correction must be one of {list(CORRECTIONS)}")


def keyness(counts: pd.DataFrame, reference: pd.DataFrame, *, min_count: int = 3, alpha: float = 0.05,
            correction: str = "bonferroni") -> pd.DataFrame:
    """The keyness of each word of ``counts`` (the target) against ``reference``.

    Both tables have ``word`` and ``n`` (as :func:`analysis.count_words` gives; a
    ``spelling`` column is carried over for labels). Words seen fewer than ``min_count``
    times in the two together are not tested and not listed. Columns:

    * ``log_likelihood``: Rayson and Garside's G², signed: positive when the target uses
      the word more than the reference (relative to their sizes), negative when less.
    * ``log_ratio``: Hardie's effect size, log2 of the ratio of relative frequencies
      (1 = twice as frequent in the target); a zero count counts as 0.5.
    * ``p_value`` from G² (chi-squared, one degree of freedom), and ``significant``:
      ``p_value < alpha`` divided by the number of words tested (Bonferroni), or by 1
      with ``correction="none"``.

    The corpus sizes are all words of each table, tested or not. Sorted by
    ``log_likelihood``, the target's key words first and its under-used words last.
    """
    for name, table in (("counts", counts), ("reference", reference)):
        _checked(table, name, min_count, alpha, correction)
    merged = pd.merge(_with_spelling(counts), _with_spelling(reference).rename(
        columns={"n": "reference_n", "spelling": "reference_spelling"}), on="word", how="outer")
    merged = merged.fillna({"n": 0, "reference_n": 0}).astype({"n": "int64", "reference_n": "int64"})
    merged["spelling"] = merged["spelling"].fillna(merged["reference_spelling"]).astype("str")
    c, d = float(merged["n"].sum()), float(merged["reference_n"].sum())
    if c == 0 or d == 0:
        raise ValueError("keyness: both word lists need at least one counted word")
    merged = merged[merged["n"] + merged["reference_n"] >= min_count].reset_index(drop=True)
    a, b = merged["n"].to_numpy(float), merged["reference_n"].to_numpy(float)
    expected_a, expected_b = c * (a + b) / (c + d), d * (a + b) / (c + d)
    merged["expected"] = expected_a
    unsigned = log_likelihood(np.vstack([a, b]), np.vstack([expected_a, expected_b]))
    merged["log_likelihood"] = np.where(a / c < b / d, -unsigned, unsigned)
    merged["log_ratio"] = np.log2((np.maximum(a, 0.5) / c) / (np.maximum(b, 0.5) / d))
    merged["p_value"] = chi2_p_value(unsigned)
    tests = len(merged) if correction == "bonferroni" else 1
    merged["significant"] = merged["p_value"] < alpha / max(tests, 1)
    merged = merged.sort_values(["log_likelihood", "word"], ascending=[False, True], kind="stable", ignore_index=True)
    return merged.astype({"expected": "float64", "log_likelihood": "float64", "log_ratio": "float64",
                          "significant": "bool"})[KEYNESS_COLUMNS]


def _with_spelling(table: pd.DataFrame) -> pd.DataFrame:
    spelling = table["spelling"] if "spelling" in table.columns else table["word"]
    return pd.DataFrame({"word": table["word"], "n": table["n"], "spelling": spelling})
