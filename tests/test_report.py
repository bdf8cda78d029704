"""`report` and the notebooks: one recipe, two front ends, and outputs that go where the
user works without touching the committed ones."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import analysis
from analysis import paths
from analysis.report import write_report

CHECKOUT = paths.checkout_root()
# An article written for this test (a library opens a branch), with a figure, a date and a quotation.
LIBRARY = ("المكتبة العامة تفتح فرعا جديدا في المدينة\n\n"
           "الرباط، ٣ مارس، ٢٠٢٥ - افتتحت المكتبة العامة فرعا جديدا يضم أكثر من 12 000 كتاب.\n\n"
           "وقالت مديرة المكتبة: «نريد أن تصل الكتب إلى كل حي في المدينة».\n\n"
           "وأضافت أن الفرع سيستقبل حوالى 300 زائر كل يوم، وأن المكتبة تخطط لافتتاح ثلاثة فروع أخرى في 2026.\n")
TABLES = {"tokens", "word-frequencies", "stem-frequencies", "bigrams", "collocations", "summary-statistics",
          "quoted-figures", "dated-events", "quotations"}
CHARTS = {"word-frequencies", "stem-frequencies", "bigrams", "dispersion", "word-cloud", "quoted-figures", "timeline"}


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("ANALYSIS_OUTPUT_DIR", "ANALYSIS_ROOT")}
    env.update(PYTHONPATH=str(paths.PACKAGE.parent), **extra)
    return env


def shown(text: str) -> str:
    """``text`` as the charts hand it to matplotlib: as is on matplotlib 3.11+, reshaped
    and reordered before (see analysis.plot.shaping)."""
    return analysis.display_text(text)


def _svg_texts(path: Path) -> list[str]:
    """The texts an SVG chart shows (matplotlib writes each as a comment beside its glyphs)."""
    return re.findall(r"<!-- (.*?) -->", path.read_text(encoding="utf-8"))


def test_another_article_is_written_to_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "OUTPUTS", tmp_path / "outputs")
    article_path = tmp_path / "library-branch.txt"
    article_path.write_text(LIBRARY, encoding="utf-8")
    written = write_report(analysis.load_article(article_path), with_charts=False)
    assert {p.stem for p in written} == TABLES
    assert {p.parent for p in written} == {tmp_path / "outputs" / "library-branch" / "tables"}


def test_report_without_an_article_analyses_the_reference(tmp_path):
    result = subprocess.run([sys.executable, "-m", "analysis", "report", "--no-charts"], cwd=tmp_path,
                            env=_env(ANALYSIS_OUTPUT_DIR=str(tmp_path / "out")), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert {p.stem for p in (tmp_path / "out" / "data" / "processed").iterdir()} == TABLES
    assert not (tmp_path / "out" / "outputs").exists()


def _git_status() -> str:
    return subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=CHECKOUT,
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(CHECKOUT is None or shutil.which("git") is None or not (CHECKOUT / ".git").exists(),
                    reason="needs the project's git checkout")
def test_notebooks_and_report_follow_one_recipe_and_leave_the_checkout_clean(tmp_path):
    """`make analyse` (scripts/run_notebooks.py --article) on an article of our own writes
    into the checkout's outputs/<name>/ only (git-ignored), and `report` gives the same
    tables and the same chart texts."""
    name = f"own-article-test-{os.getpid()}"
    article_path = tmp_path / f"{name}.txt"
    article_path.write_text(LIBRARY, encoding="utf-8")
    before = _git_status()
    own = CHECKOUT / "outputs" / name
    try:
        run = subprocess.run([sys.executable, str(CHECKOUT / "scripts" / "run_notebooks.py"), "--article",
                              str(article_path)], cwd=CHECKOUT, env=_env(), capture_output=True, text=True)
        assert run.returncode == 0, run.stderr[-3000:]
        assert _git_status() == before  # committed figures/, data/processed/ and notebooks untouched
        assert {p.name for p in (own / "notebooks").iterdir()} == {
            p.name for p in (CHECKOUT / "notebooks").glob("[0-9][0-9]-*.ipynb")}
        report = subprocess.run([sys.executable, "-m", "analysis", "report", str(article_path), "--out",
                                 str(tmp_path / "report")], cwd=tmp_path, env=_env(), capture_output=True, text=True)
        assert report.returncode == 0, report.stderr
        for table in TABLES:
            assert (tmp_path / "report" / f"{table}.csv").read_bytes() == (own / "tables" / f"{table}.csv").read_bytes(), table
        for chart in CHARTS:
            texts = _svg_texts(own / "figures" / f"{chart}.svg")
            assert texts == _svg_texts(tmp_path / "report" / f"{chart}.svg"), chart
            assert not any(shown("الإنتربول") in text or shown("البيان") in text for text in texts), chart
        titles = [t for chart in CHARTS | {"corpus-keyness"} for t in _svg_texts(own / "figures" / f"{chart}.svg")
                  if " \u2014 " in t]
        assert len(titles) == len(CHARTS - {"word-cloud"}) + 1  # every chart but the word cloud, and keyness (04)
        assert all(shown("المكتبة العامة") in title for title in titles), titles
    finally:
        shutil.rmtree(own, ignore_errors=True)
        if (CHECKOUT / "outputs").is_dir() and not any((CHECKOUT / "outputs").iterdir()):
            (CHECKOUT / "outputs").rmdir()
