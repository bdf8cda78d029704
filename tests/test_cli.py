"""The command line, as a script would use it: exit codes, stderr messages, files written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pandas as pd

from analysis import paths

ARTICLE = str(paths.REFERENCE_ARTICLE)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True)


def test_help_explains_commands_and_exit_codes():
    result = run("--help")
    assert result.returncode == 0
    for word in ("report", "count", "figures", "quotes", "Exit codes", "3  done, but some documents"):
        assert word in result.stdout
    assert run("count", "--help").returncode == 0


def test_count_writes_the_table(tmp_path):
    out = tmp_path / "counts.csv"
    result = run("count", str(paths.RAW / "corpus"), "--out", str(out), "--by", "stem", "--drop-stopwords")
    assert result.returncode == 0, result.stderr
    assert "5 documents read, 0 not read" in result.stderr
    table = pd.read_csv(out)
    assert list(table.columns) == ["word", "n", "share", "documents"]
    assert table["documents"].max() <= 5


def test_the_command_line_asks_polars_allocator_for_one_arena_before_polars_loads():
    # jemalloc reads its settings once, when polars loads (polars appends the user's
    # _RJEM_MALLOC_CONF to its own): asking later would do nothing.
    probe = ("import os, sys; from analysis import cli; {before}"
             "print(cli.share_one_allocator_arena(), os.environ.get('_RJEM_MALLOC_CONF'))")
    env = {key: value for key, value in os.environ.items() if key != "_RJEM_MALLOC_CONF"}

    def ask(before: str = "", **setting: str) -> str:
        code = probe.format(before=before)
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env=env | setting).stdout.split()

    assert ask() == ["True", "narenas:1"]
    assert ask(_RJEM_MALLOC_CONF="narenas:4") == ["True", "narenas:4"]  # the user's own choice stays
    # a parent process that loaded polars passes polars' settings down: they are kept
    assert ask(_RJEM_MALLOC_CONF="dirty_decay_ms:500") == ["True", "dirty_decay_ms:500,narenas:1"]
    asked, setting = ask("import polars; ")  # polars writes its own setting, with the user's appended
    assert asked == "False" and "narenas" not in setting


def test_count_reports_unreadable_documents_with_exit_code_3(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(paths.RAW / "corpus", corpus)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    result = run("count", str(corpus), "--out", str(tmp_path / "c.parquet"))
    assert result.returncode == 3
    assert "5 documents read, 1 not read" in result.stderr and "broken.txt" in result.stderr
    assert (tmp_path / "c.parquet").exists()
    stopped = run("count", str(corpus), "--out", str(tmp_path / "d.csv"), "--on-error", "stop")
    assert stopped.returncode == 1 and "broken.txt" in stopped.stderr
    assert not (tmp_path / "d.csv").exists()


def test_errors_name_the_file_and_use_exit_codes(tmp_path):
    missing = run("figures", str(tmp_path / "nothing.txt"))
    assert missing.returncode == 1
    assert "nothing.txt: no such file" in missing.stderr and missing.stdout == ""
    assert run("count", "--bogus").returncode == 2
    assert run("count", str(paths.RAW / "corpus"), "--out", str(tmp_path / "x.xlsx")).returncode == 1


def test_figures_and_quotes_print_tables():
    figures = run("figures", ARTICLE)
    assert figures.returncode == 0
    assert "7\u00a0500\t" in figures.stdout and "أكثر من\tover" in figures.stdout
    quotes = run("quotes", ARTICLE)
    assert quotes.stdout.count("يورغن شتوك") >= 3


def test_report_writes_what_the_notebooks_write(tmp_path):
    result = run("report", ARTICLE, "--out", str(tmp_path), "--no-charts")
    assert result.returncode == 0, result.stderr
    names = {p.name for p in tmp_path.iterdir()}
    committed = {p.name for p in paths.PROCESSED.glob("*.csv") if not p.name.startswith("corpus-")}
    assert committed <= names
    for name in committed:  # the same tables as the notebooks produced
        assert (tmp_path / name).read_bytes() == (paths.PROCESSED / name).read_bytes(), name


def test_counting_imports_neither_pandas_nor_matplotlib(tmp_path):
    code = ("import sys; from analysis.cli import main; "
            f"main(['count', {str(paths.RAW / 'corpus')!r}, '--out', {str(tmp_path / 'c.csv')!r}]); "
            "print('pandas' in sys.modules, 'matplotlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False False"
