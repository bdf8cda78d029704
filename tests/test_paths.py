"""Where inputs are found and outputs written: in a checkout, from an installed copy of
the package, and for an article other than the reference."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths

SHOW = ("from analysis import paths; "
        "print(paths.CHECKOUT); print(paths.ROOT); print(paths.REFERENCE_ARTICLE); print(paths.FIGURES); "
        "print(paths.article_outputs('elsewhere/my-article.txt').tables)")


def _show(cwd: Path, pythonpath: Path, **env) -> list[str]:
    """Run SHOW in a fresh interpreter with only ``pythonpath`` on the path and ``env``."""
    clean = {k: v for k, v in os.environ.items() if k not in ("ANALYSIS_OUTPUT_DIR", "ANALYSIS_ROOT", "PYTHONPATH")}
    clean.update(PYTHONPATH=str(pythonpath), **env)
    result = subprocess.run([sys.executable, "-c", SHOW], cwd=cwd, env=clean, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_in_a_checkout_everything_is_under_the_checkout(tmp_path):
    root = paths.PACKAGE.parents[1]
    checkout, project_root, reference, figures, tables = _show(tmp_path, root / "src")
    assert Path(checkout) == Path(project_root) == root  # not the folder the command runs in
    assert Path(reference) == root / "data" / "raw" / paths.REFERENCE_ARTICLE.name
    assert Path(figures) == root / "figures"
    assert Path(tables) == root / "outputs" / "my-article" / "tables"


def test_an_installed_copy_writes_under_the_current_folder_and_reads_its_packaged_reference(tmp_path):
    site = tmp_path / "site-packages"
    shutil.copytree(paths.PACKAGE, site / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    work = tmp_path / "work"
    work.mkdir()
    checkout, project_root, reference, figures, tables = _show(work, site)
    assert checkout == "None"
    assert Path(project_root) == work
    assert Path(reference) == site / "analysis" / "reference" / paths.REFERENCE_ARTICLE.name
    assert Path(figures) == work / "figures"
    assert Path(tables) == work / "outputs" / "my-article" / "tables"


def test_run_inside_another_clone_the_outputs_go_to_that_clone(tmp_path):
    clone = tmp_path / "other clone"
    (clone / "notebooks").mkdir(parents=True)
    (clone / "pyproject.toml").write_text('[project]\nname = "arabic-news-analysis"\n', encoding="utf-8")
    checkout, project_root, _, figures, _ = _show(clone / "notebooks", paths.PACKAGE.parent)  # package: this checkout
    assert Path(checkout) == Path(project_root) == clone
    assert Path(figures) == clone / "figures"


def test_an_unrelated_project_is_no_checkout_of_ours(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "something-else"\n', encoding="utf-8")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "pyproject.toml").write_text("[project\n", encoding="utf-8")
    assert paths.enclosing_checkout(tmp_path / "broken") is None
    assert paths.enclosing_checkout(paths.PACKAGE) == paths.PACKAGE.parents[1]


def test_analysis_output_dir_redirects_every_output(tmp_path):
    root = paths.PACKAGE.parents[1]
    _, _, reference, figures, tables = _show(tmp_path, root / "src", ANALYSIS_OUTPUT_DIR=str(tmp_path / "out"))
    assert Path(reference).parent == root / "data" / "raw"  # inputs stay where they are
    assert Path(figures) == tmp_path / "out" / "figures"
    assert Path(tables) == tmp_path / "out" / "outputs" / "my-article" / "tables"


def test_the_packaged_reference_is_byte_for_byte_the_raw_one():
    raw = paths.PACKAGE.parents[1] / "data" / "raw" / paths.PACKAGED_REFERENCE.name
    assert paths.PACKAGED_REFERENCE.read_bytes() == raw.read_bytes(), (
        "src/analysis/reference/ must be a copy of data/raw/'s reference article: cp data/raw/... src/analysis/reference/")


def test_checkout_root_needs_src_and_a_pyproject(tmp_path):
    package = tmp_path / "src" / "analysis"
    package.mkdir(parents=True)
    assert paths.checkout_root(package) is None  # no pyproject.toml
    (tmp_path / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    assert paths.checkout_root(package) == tmp_path
    installed = tmp_path / "lib" / "python3.11" / "site-packages" / "analysis"
    installed.mkdir(parents=True)
    assert paths.checkout_root(installed) is None


def test_another_article_gets_a_folder_of_its_own():
    where = paths.article_outputs("some/where/خبر-اليوم.txt")
    assert where.figures == paths.OUTPUTS / "خبر-اليوم" / "figures"
    assert where.tables == paths.OUTPUTS / "خبر-اليوم" / "tables"
    assert where.notebooks == paths.OUTPUTS / "خبر-اليوم" / "notebooks"
    assert paths.FIGURES not in where.figures.parents and where.figures != paths.FIGURES


def test_the_reference_writes_the_committed_folders_but_never_over_the_notebooks():
    for reference in (paths.REFERENCE_ARTICLE, paths.PACKAGED_REFERENCE):
        where = paths.article_outputs(reference)
        assert (where.figures, where.tables) == (paths.FIGURES, paths.PROCESSED)
        assert where.notebooks.parent.parent == paths.OUTPUTS


def test_a_copy_of_the_reference_elsewhere_is_another_article(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(paths.REFERENCE_ARTICLE.read_bytes())
    assert not paths.is_reference(copy)
    assert paths.article_outputs(copy).figures == paths.OUTPUTS / "copy" / "figures"


@pytest.mark.parametrize("name", [".txt", "   .txt", "folder/.hidden"])
def test_a_file_name_that_cannot_name_a_folder_is_refused(name):
    with pytest.raises(ValueError, match="output folder"):
        paths.article_name(name)
