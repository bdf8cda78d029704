"""Where corpus counting spends its time: CPU seconds per stage, per 100 MB.

    .venv/bin/python benchmarks/corpus_profile.py [--mb 100]

Runs the stages of ``count_corpus`` one after the other on the benchmark corpus of
``corpus_benchmark.py`` (the same folder of .txt files and JSON Lines file), in a child
process with polars on one thread (``POLARS_MAX_THREADS=1``), so that each stage's CPU
time is its own and stages do not overlap. The real run overlaps them: a thread reads
ahead while one batch per core is counted. The stages:

* read: reading and decoding the documents, in batches (``Reader.batches``);
* pieces: cutting the texts at spaces, numbering the pieces and counting each
  (document, piece) pair, then each pair's forms looked up (``surface_ids``, without
  the next stage);
* words of new pieces: the compiled tokenizer on each piece not seen before
  (``WordForms.learn_pieces``);
* fold/stem: folding and stemming each new form once (``WordForms.learn``);
* count: the batch's counts by word number, with stems chosen by each document's own
  vocabulary and stopwords dropped (``count_pairs`` once the forms are learnt);
* merge: the batches' counts added up by word number, and the table made at the end
  (``CountTotals``).

The figures are CPU seconds scaled to 100 MB of text, and the share of the total.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

STAGES = ("read", "pieces", "words of new pieces", "fold/stem", "count", "merge")


def profile(source: str, by: str) -> dict[str, float]:
    """CPU seconds per stage for counting ``source`` ``by`` norm or stem."""
    from analysis.corpus.engines import CountTotals, Options, WordForms, count_pairs, surface_ids
    from analysis.corpus.sources import CorpusReport, Reader

    options = Options.make(by, drop_stopwords=by == "stem")
    forms, total, spent = WordForms(options), CountTotals(), dict.fromkeys(STAGES, 0.0)

    def timed(stage, work, *args):
        start = time.process_time()
        result = work(*args)
        spent[stage] += time.process_time() - start
        return result

    batches = timed("read", lambda: list(Reader(CorpusReport()).batches(source)))
    learn_pieces = forms.learn_pieces
    forms.learn_pieces = lambda numbers: timed("words of new pieces", learn_pieces, numbers)
    for batch in batches:
        pairs = timed("pieces", surface_ids, batch.texts, forms)
        timed("fold/stem", forms.learn, pairs["id"])
        counts = timed("count", count_pairs, pairs, options, forms)
        timed("merge", total.add, counts)
    timed("merge", total.frame)
    spent["pieces"] -= spent["words of new pieces"]  # surface_ids learns the new pieces
    return spent


def child(source: str, by: str, megabytes: float) -> None:
    spent = profile(source, by)
    scale, whole = 100 / megabytes, sum(spent.values())
    cells = "  ".join(f"{stage} {seconds * scale:5.2f} ({seconds / whole:4.0%})" for stage, seconds in spent.items())
    print(f"{Path(source).name:22} by {by:4}  {cells}  total {whole * scale:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=100, help="corpus size in megabytes (default 100)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        source, by, megabytes = args.child
        child(source, by, float(megabytes))
        return
    from corpus_benchmark import build_corpus

    folder, jsonl = build_corpus(args.mb)
    print(f"CPU seconds per 100 MB by stage, one thread (POLARS_MAX_THREADS=1), corpus {args.mb} MB:")
    for source in (folder, jsonl):
        for by in ("norm", "stem"):
            subprocess.run([sys.executable, __file__, "--child", str(source), by, str(args.mb)], check=True,
                           env={**os.environ, "POLARS_MAX_THREADS": "1"})


if __name__ == "__main__":
    main()
