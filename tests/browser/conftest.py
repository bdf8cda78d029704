"""The browser test's fixtures: a fresh, untrusted copy of the notebooks, JupyterLab on
it (from this environment, on 127.0.0.1 with a token) and headless Chromium.

Collected only with ``ANALYSIS_BROWSER_TEST=1`` (``make browser-test`` sets it), so the
unit run (``pytest tests``) stays fast. ``ANALYSIS_BROWSER_ROOT`` names the project tree
whose notebooks are checked (default: this repository); ``CHROMIUM`` the browser
(default ``/usr/bin/chromium``). Without Chromium the test is skipped, except in CI
(``CI=true``), where it fails.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
#: Screenshots for a person to look at.
SHOTS = REPO / "build" / "browser"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
# JupyterLab settings for the test: every cell in the page (no windowing, so every table
# can be measured) and no news or update checks (no network).
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                        "checkForUpdates": False},
}

if not os.environ.get("ANALYSIS_BROWSER_TEST"):
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture(scope="session")
def project_root() -> Path:
    root = Path(os.environ.get("ANALYSIS_BROWSER_ROOT") or REPO).resolve()
    if not (root / "notebooks").is_dir() or not (root / "src" / "analysis").is_dir():
        pytest.fail(f"{root}: not a project tree (no notebooks/ or src/analysis/); set ANALYSIS_BROWSER_ROOT")
    return root


@pytest.fixture(scope="session")
def chromium() -> str:
    path = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        message = f"no Chromium at {path}: install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " - CI must run the browser test")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def shots() -> Path:
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    return SHOTS


@pytest.fixture(scope="session")
def workspace(project_root, tmp_path_factory) -> Path:
    """A fresh copy of the notebooks as they are in the project tree (stored outputs
    included); JupyterLab's own folders start empty, so nothing in it is trusted."""
    work = tmp_path_factory.mktemp("lab")
    shutil.copytree(project_root / "notebooks", work / "tree" / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for name, values in LAB_SETTINGS.items():
        target = work / "settings" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values), encoding="utf-8")
    return work


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def lab(workspace, project_root):
    """A running JupyterLab on the copy: ``(base_url, token)``."""
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(project_root / "src"), os.environ.get("PYTHONPATH")])),
           # the notebooks read the inputs of the tree under test (the copy is outside it);
           # Run All writes figures and tables: never into that tree
           "ANALYSIS_ROOT": str(project_root), "ANALYSIS_OUTPUT_DIR": str(workspace / "outputs"),
           "JUPYTER_CONFIG_DIR": str(workspace / "config"), "JUPYTER_DATA_DIR": str(workspace / "data"),
           "JUPYTER_RUNTIME_DIR": str(workspace / "runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(workspace / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(workspace / "workspaces")}
    jupyter = Path(sys.executable).parent / "jupyter"
    log = (workspace / "lab.log").open("w")
    process = subprocess.Popen(
        [str(jupyter), "lab", "--allow-root", "--no-browser", "--ip", "127.0.0.1", "--port", str(port),
         f"--ServerApp.token={token}", "--ServerApp.open_browser=False"],
        cwd=workspace / "tree", env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start; its log:\n{(workspace / 'lab.log').read_text()}")
                time.sleep(0.5)
        yield base, token
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A page that may load only local addresses (no CDN, no news)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1800})
    page = context.new_page()
    local = ("http://127.0.0.1", "file://", "data:", "blob:", "ws://127.0.0.1")
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(local) else route.abort())
    yield page
    context.close()
