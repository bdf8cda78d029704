"""Hostile sizes: does the work grow linearly with the input?

    .venv/bin/python benchmarks/limits_benchmark.py [--mb 1 2 4]

For each shape of input (one single long line, many tiny paragraphs, a text that is all
diacritics, one that is all digits) and each size, times reading the file, tokenizing,
and extracting figures and quotations, in a fresh process each (so memory is measured
per run), and prints seconds per MB and the growth from the smallest size: a linear
step grows as the size does (x2, x4), a quadratic one as its square.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SHAPES = {
    "one long line": lambda n: (ROOT / "data/raw/interpol-joins-global-coalition-2016-07-22.ar.txt")
    .read_text("utf-8").replace("\n", " ") * (n // 2300 + 1),
    "many paragraphs": lambda n: "عنوان\n" + "قال إن 7 500 مقاتل عادوا في 21 تموز/يوليو.\n" * (n // 44 + 1),
    "all diacritics": lambda n: "ب" + "\u064e\u0651" * (n // 2),
    "all digits": lambda n: "عدد " + "1234567890" * (n // 10),
}

STEP = r"""
import json, sys, time, resource, warnings
warnings.simplefilter("ignore")
import analysis
timings = {}
start = time.perf_counter(); article = analysis.load_article(sys.argv[1]); timings["load"] = time.perf_counter() - start
start = time.perf_counter(); tokens = analysis.tokenize(article); timings["tokenize"] = time.perf_counter() - start
start = time.perf_counter(); analysis.quoted_figures(article); timings["figures"] = time.perf_counter() - start
start = time.perf_counter(); analysis.quotations(article); timings["quotations"] = time.perf_counter() - start
timings["peak MiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(timings))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, nargs="+", default=[0.5, 1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        for shape, make in SHAPES.items():
            print(f"\n{shape}")
            print(f"{'MB':>6} {'load s':>8} {'tokenize s':>11} {'figures s':>10} {'quotes s':>9} {'peak MiB':>9}  growth")
            first = None
            for megabytes in args.mb:
                text = make(int(megabytes * 1_000_000 / 2))  # Arabic letters are two bytes in UTF-8
                path = Path(scratch) / "input.txt"
                path.write_text(text, encoding="utf-8")
                size = os.path.getsize(path) / 1e6
                output = subprocess.run([sys.executable, "-c", STEP, str(path)], capture_output=True, text=True,
                                        check=True).stdout
                t = json.loads(output)
                total = t["load"] + t["tokenize"] + t["figures"] + t["quotations"]
                first = first or (size, total)
                growth = f"size x{size / first[0]:.1f}, time x{total / first[1]:.1f}"
                print(f"{size:6.1f} {t['load']:8.2f} {t['tokenize']:11.2f} {t['figures']:10.2f} "
                      f"{t['quotations']:9.2f} {t['peak MiB']:9.0f}  {growth}")


if __name__ == "__main__":
    main()
