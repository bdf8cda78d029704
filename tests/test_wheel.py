"""The package as a user installs it: a wheel (not editable) in a fresh environment, run
from an empty folder. It must find the reference article inside itself and write its
outputs into the folder it is run from, not into the Python installation."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from analysis import paths

CHECKOUT = paths.checkout_root()
# Not copied into the build: environments, outputs and caches.
_SKIP = shutil.ignore_patterns(".git", ".venv*", "build", "outputs", "__pycache__", "*.egg-info", ".hypothesis",
                               ".ipynb_checkpoints", "figures", "processed", "notebooks", "benchmarks")


def _run(*command, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{command}:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.mark.skipif(CHECKOUT is None, reason="builds the wheel from the project's checkout")
def test_an_installed_wheel_reports_on_the_reference_into_the_current_folder(tmp_path):
    # Build from a copy, so the build's own folders (build/, *.egg-info) stay out of the checkout.
    source = tmp_path / "source"
    shutil.copytree(CHECKOUT, source, ignore=_SKIP)
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", tmp_path / "dist", source, cwd=tmp_path)
    wheel = next((tmp_path / "dist").glob("arabic_news_analysis-*.whl"))

    # A fresh venv; the wheel is installed into it without dependencies, which it takes
    # from this environment's site-packages through a .pth line (added at the END of
    # sys.path, and .pth files inside it, such as an editable install's, are not read).
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", wheel, cwd=tmp_path)
    purelib = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path).stdout.strip())
    (purelib / "zz_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")

    work = tmp_path / "empty folder"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("ANALYSIS_OUTPUT_DIR", "ANALYSIS_ROOT", "PYTHONPATH")}
    where = _run(python, "-c", "import analysis, analysis.paths as p; print(analysis.__file__); "
                 "print(p.CHECKOUT); print(p.REFERENCE_ARTICLE)", cwd=work, env=env).stdout.splitlines()
    assert Path(where[0]).is_relative_to(purelib), f"imported {where[0]}, not the installed wheel"
    assert where[1] == "None"
    assert Path(where[2]) == purelib / "analysis" / "reference" / paths.REFERENCE_ARTICLE.name
    assert Path(where[2]).read_bytes() == paths.REFERENCE_ARTICLE.read_bytes()

    _run(python, "-m", "analysis", "report", cwd=work, env=env)
    tables = {p.name for p in (work / "data" / "processed").iterdir()}
    charts = {p.name for p in (work / "figures").iterdir()}
    assert {"tokens.csv", "quoted-figures.csv", "quotations.csv"} <= tables and len(tables) == 9
    assert {"word-frequencies.png", "word-frequencies.svg", "timeline.svg"} <= charts and len(charts) == 16  # 8 charts (the recipe's), PNG and SVG each
    for name in ("quoted-figures.csv", "quotations.csv", "word-frequencies.csv"):  # the same as committed
        assert (work / "data" / "processed" / name).read_bytes() == (CHECKOUT / "data" / "processed" / name).read_bytes()
    assert not any(purelib.glob("**/figures")) and not (purelib.parent / "data").exists()  # nothing in the install
