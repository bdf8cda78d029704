"""Corpus counting's peak memory as the vocabulary grows, not only the corpus.

    .venv/bin/python benchmarks/vocabulary_memory.py [--mb 100] [--words 2000000]

``corpus_benchmark.py`` draws its documents from one book, so its vocabulary stops
growing early (tens of thousands of distinct words). News is not like that: every new
name, number and spelling is a new word. This builds a JSON Lines corpus of --mb
megabytes whose words are drawn, Zipf-distributed, from --words random Arabic letter
strings with the clitics news puts in front of them (و ال بال لل ...), so that the
number of distinct words grows the whole way, then runs our `count` command on it by
norm and by stem and prints each run's time, peak memory and distinct words.

The counter numbers every distinct piece of text and every distinct word it meets, so
its memory grows with them: this shows by how much.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_benchmark import BENCH, run  # noqa: E402

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويةىءأإآ"
CLITICS = ["", "", "", "و", "ال", "وال", "ب", "بال", "ل", "لل", "ف"]


def build(megabytes: int, words: int) -> Path:
    import numpy as np

    path = BENCH / f"vocabulary-{megabytes}mb-{words}.jsonl"
    if path.exists():
        return path
    rng = np.random.default_rng(7)
    lengths = rng.integers(3, 9, words)
    codes = iter(rng.integers(0, len(LETTERS), int(lengths.sum())).tolist())
    vocabulary = ["".join(LETTERS[next(codes)] for _ in range(length)) for length in lengths.tolist()]
    partial = path.with_suffix(".partial")
    written = 0
    with partial.open("w", encoding="utf-8") as out:
        while written < megabytes * 1_000_000:
            drawn = np.minimum(rng.zipf(1.15, 16_000), words) - 1
            clitics = rng.integers(0, len(CLITICS), len(drawn))
            text = " ".join(CLITICS[c] + vocabulary[w] for c, w in zip(clitics.tolist(), drawn.tolist()))
            line = json.dumps({"text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
    partial.rename(path)  # a half-built corpus is never taken for a whole one
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=100, help="corpus size in megabytes (default 100)")
    parser.add_argument("--words", type=int, default=2_000_000, help="words to draw from (default 2,000,000)")
    args = parser.parse_args()
    BENCH.mkdir(parents=True, exist_ok=True)
    corpus = build(args.mb, args.words)
    import polars as pl

    with tempfile.TemporaryDirectory() as scratch:
        for name, options in (("by norm", []), ("by stem, stopwords dropped", ["--by", "stem", "--drop-stopwords"])):
            out = f"{scratch}/out.parquet"
            seconds, _, peak = run([sys.executable, "-m", "analysis", "count", str(corpus), "--out", out,
                                    "--no-progress", *options])
            print(f"{corpus.name} {name:28} {seconds:6.2f} s  peak {peak:5.0f} MiB  "
                  f"{pl.read_parquet(out).height:9,} distinct words")


if __name__ == "__main__":
    main()
