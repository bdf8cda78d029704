"""Score quoted_figures() on a folder of labelled news texts (the development set).

    PYTHONPATH=src python benchmarks/figures_dev.py --texts /work/devset/figures/texts \
        --labels benchmarks/figures-dev-labels.tsv [--misses] [--files odd|even]

The texts are third-party articles and live outside the repository (``fNN.txt``); the
labels (``benchmarks/figures-dev-labels.tsv``) and the URL list are committed. A label
row names its figure by ``file``, ``surface`` and ``occurrence`` (the n-th time that
surface appears in the text), and gives what a reader sees: ``value`` (a number),
``date`` (ISO), ``low``/``high`` (numbers for kind ``range``, ISO dates for
``date_range``), ``kind``, ``qualifier`` and ``noun``.

Matching: a label's span is the n-th occurrence of its surface; it matches the extracted
row whose ``start``-``end`` overlaps it most (no overlap: the label was missed).

Metrics (each a fraction; "figure labels" are the labels whose kind is not ``other``):

- value right: figure labels whose matched row has the labelled value: the number (equal
  to 1e-6), the ISO date, or both range ends (``low``/``high`` or
  ``date_low``/``date_high``); a label with none of them (``آلاف``) needs a row with no
  number. A missed label is wrong.
- kind right: all labels; a figure label needs a matched row of its kind; an ``other``
  label (page furniture, names, times, scores) is right when no row matches it or the
  matched row is ``other``.
- qualifier right: figure labels whose matched row's qualifier equals the labelled one
  after normalization (either part of a "A + B" label counts); both empty is right.
- noun right (lenient): figure labels whose matched row's noun has the same first word as
  the labelled noun, normalized, without a proclitic or the article; both empty is right.
- precision: extracted rows of a kind other than ``other`` that overlap a figure label,
  over all extracted rows of a kind other than ``other``.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import pandas as pd

import analysis
from analysis.text import clitics
from analysis.text.normalization import normalize


def label_spans(text: str, labels: pd.DataFrame) -> list[tuple[int, int] | None]:
    """The character span of each label: the n-th occurrence of its surface."""
    spans = []
    for surface, occurrence in zip(labels["surface"], labels["occurrence"]):
        position = -1
        for _ in range(int(occurrence or 1)):
            position = text.find(surface, position + 1)
            if position < 0:
                break
        spans.append((position, position + len(surface)) if position >= 0 else None)
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _number(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


def _same_number(label: str, found: float) -> bool:
    wanted = _number(label)
    return wanted is not None and not math.isnan(found) and abs(wanted - found) < 1e-6


def value_right(label, row) -> bool:
    if label.kind == "date_range":
        return (label.low, label.high) == (row.date_low, row.date_high)
    if label.low or label.high:
        return _same_number(label.low, row.low) and _same_number(label.high, row.high)
    if label.date:
        return label.date == row.date
    if label.value:
        return _same_number(label.value, row.value)
    return math.isnan(row.value) and not row.date


def _bare(word: str) -> str:
    """A word normalized, without a proclitic run and the article."""
    word = normalize(word).strip("\u060c,.:«»()\"")
    for run in ("",) + clitics.PROCLITIC_RUNS:
        if word.startswith(run + clitics.ARTICLE) and len(word) > len(run) + 3:
            return word[len(run) + 2:]
    if word.startswith("لل") and len(word) > 4:
        return word[2:]
    for run in clitics.PROCLITIC_RUNS:
        if word.startswith(run) and len(word) > len(run) + 2:
            return word[len(run):]
    return word


def noun_right(label: str, found: str) -> bool:
    if not label.strip() or not found.strip():
        return not label.strip() and not found.strip()
    return _bare(label.split()[0]) == _bare(found.split()[0])


def qualifier_right(label: str, found: str) -> bool:
    parts = {normalize(p.strip()) for p in label.split("+")} if label.strip() else {""}
    return normalize(found.strip()) in parts


def _tidy(rows: pd.DataFrame) -> pd.DataFrame:
    """The figures table in today's columns; the table of releases before the tidy one
    (one ``value`` column of numbers, ISO strings and pairs) is converted, so this
    script also scores the baseline."""
    if "date" in rows.columns:
        return rows
    rows = rows.copy()
    old = rows["value"].tolist()
    pairs = [v if isinstance(v, tuple) else (None, None) for v in old]
    rows["date"] = [v if isinstance(v, str) else "" for v in old]
    rows["date_low"] = [str(a) if isinstance(a, str) else "" for a, _ in pairs]
    rows["date_high"] = [str(b) if isinstance(b, str) else "" for _, b in pairs]
    rows["low"] = [float(a) if isinstance(a, (int, float)) else math.nan for a, _ in pairs]
    rows["high"] = [float(b) if isinstance(b, (int, float)) else math.nan for _, b in pairs]
    rows["value"] = [float(v) if isinstance(v, (int, float)) else math.nan for v in old]
    rows.loc[rows["date_low"] != "", "kind"] = "date_range"
    return rows


def score(texts: Path, labels: pd.DataFrame, misses: bool = False) -> dict[str, float]:
    counts = dict.fromkeys(["figures", "labels", "value", "kind", "qualifier", "noun", "rows", "rows_right"], 0)
    for name, group in labels.groupby("file", sort=True):
        text = (texts / f"{name}.txt").read_text(encoding="utf-8")
        rows = _tidy(analysis.quoted_figures(text))
        spans = label_spans(text, group)
        taken = set()
        for label, span in zip(group.itertuples(), spans):
            is_figure = label.kind != "other"
            best = None
            if span is not None:
                overlaps = [(_overlap(span, (r.start, r.end)), k) for k, r in enumerate(rows.itertuples())]
                overlaps = [o for o in overlaps if o[0] > 0]
                best = max(overlaps)[1] if overlaps else None
            row = rows.iloc[best] if best is not None else None
            if row is not None and is_figure:
                taken.add(best)
            checks = {
                "kind": (row is None or row.kind == "other") if not is_figure else row is not None and row.kind == label.kind,
                "value": is_figure and row is not None and value_right(label, row),
                "qualifier": is_figure and row is not None and qualifier_right(label.qualifier, row.qualifier),
                "noun": is_figure and row is not None and noun_right(label.noun, row.noun),
            }
            counts["labels"] += 1
            counts["figures"] += is_figure
            for key, ok in checks.items():
                counts[key] += ok
            if misses and not all(ok for key, ok in checks.items() if is_figure or key == "kind"):
                wrong = [key for key, ok in checks.items() if not ok and (is_figure or key == "kind")]
                got = "missed" if row is None else (f"{row.surface!r} v={row.value} d={row.date or row.date_low} "
                                                     f"{row.kind} q={row.qualifier!r} n={row.noun!r}")
                print(f"{name} {label.surface!r} [{label.kind} v={label.value or label.date or label.low}"
                      f" q={label.qualifier!r} n={label.noun!r}] {'/'.join(wrong)}: {got}")
        figures = rows[rows["kind"] != "other"]
        counts["rows"] += len(figures)
        counts["rows_right"] += sum(1 for k in figures.index if k in taken)
        if misses:
            for k in figures.index:
                if k not in taken:
                    r = rows.loc[k]
                    print(f"{name} EXTRA {r.surface!r} {r.kind} v={r.value} d={r.date} n={r.noun!r}")
    result = {key: counts[key] / counts["figures"] for key in ("value", "qualifier", "noun")}
    result["kind"] = counts["kind"] / counts["labels"]
    result["precision"] = counts["rows_right"] / counts["rows"] if counts["rows"] else 1.0
    result.update(labels=counts["labels"], figure_labels=counts["figures"], rows=counts["rows"])
    return result


def keep_file(name: str, which: str) -> bool:
    """Whether file ``name`` (``fNN``) belongs to the half ``which`` (all, odd or even)."""
    if which == "all":
        return True
    digits = "".join(ch for ch in name if ch.isdigit())
    if not digits:
        raise ValueError(f"file name {name!r} has no number, so it is neither odd nor even")
    return (int(digits) % 2 == 1) == (which == "odd")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=Path("/work/devset/figures/texts"))
    parser.add_argument("--labels", type=Path, default=Path(__file__).with_name("figures-dev-labels.tsv"))
    parser.add_argument("--misses", action="store_true", help="print every label scored wrong and every extra row")
    parser.add_argument("--files", choices=("all", "odd", "even"), default="all",
                        help="score only odd- or even-numbered files (fNN): tune on one half, check on the other")
    args = parser.parse_args()
    labels = pd.read_csv(args.labels, sep="\t", dtype=str, keep_default_na=False)
    labels = labels[[keep_file(name, args.files) for name in labels["file"]]]
    result = score(args.texts, labels, args.misses)
    print(f"{len(labels['file'].unique())} texts, {result['labels']} labels ({result['figure_labels']} figures), "
          f"{result['rows']} extracted figure rows")
    for key in ("value", "kind", "qualifier", "noun", "precision"):
        print(f"{key + ' right' if key != 'precision' else key:16s} {result[key]:.3f}")


if __name__ == "__main__":
    main()
