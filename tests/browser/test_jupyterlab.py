"""What a reader sees in JupyterLab (and in an HTML export), measured in headless Chromium.

On a fresh copy of the notebooks as committed (untrusted, so JupyterLab sanitizes the
stored outputs): every table cell holding Arabic is right to left and right-aligned,
before and after Run All; in every KWIC table the words before the keyword stand to its
right; no cell shows an error or stderr; the explorer's widgets render and respond. The
same on ``jupyter nbconvert --to html``. Screenshots go to ``build/browser/``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from analysis.text import chars

ROOT = Path(os.environ.get("ANALYSIS_BROWSER_ROOT") or Path(__file__).resolve().parents[2])  # as in conftest
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
EXPLORER = "05-explore.ipynb"
RUN_TIMEOUT_MS = 240_000
#: The notebook on show in JupyterLab (other tabs of the restored workspace are hidden).
LAB = ".jp-NotebookPanel:not(.lm-mod-hidden)"
#: The whole page of an HTML export.
EXPORT = "body"

# Every table cell with an Arabic letter: its computed direction and alignment.
ARABIC_CELLS_JS = """([scope, letters]) => {
  const arabic = new RegExp('[' + letters + ']');
  const cells = [...document.querySelector(scope).querySelectorAll('.jp-OutputArea-output table td, .jp-OutputArea-output table th')]
    .filter(c => arabic.test(c.textContent));
  // Reading order: the first word of a one-line cell stands right of its last word
  // (null when the cell has one word, several text nodes, or wraps between the two).
  const twoLines = c => parseFloat(getComputedStyle(c).fontSize) * 1.8;  // taller than one line
  const firstIsRight = c => {
    const node = c.firstChild, text = node && node.nodeType === 3 ? node.textContent : '';
    const words = text.trim().split(/\\s+/);
    if (c.childNodes.length !== 1 || words.length < 2) return null;
    const box = (start, word) => { const r = document.createRange(); r.setStart(node, start);
                                   r.setEnd(node, start + word.length); return r.getBoundingClientRect(); };
    const first = box(text.indexOf(words[0]), words[0]);
    const last = box(text.lastIndexOf(words[words.length - 1]), words[words.length - 1]);
    // a word broken over two lines (a narrow column breaks "تموز/يوليو" after the slash)
    // has a box spanning both lines: no measure of order
    if (first.height > twoLines(c) || last.height > twoLines(c)) return null;
    if (Math.abs(first.top - last.top) > 2) return null;
    return first.left >= last.right - 0.5;
  };
  return cells.map(c => {
    const s = getComputedStyle(c);
    return {text: c.textContent.trim().slice(0, 40), direction: s.direction, align: s.textAlign,
            firstIsRight: firstIsRight(c)};
  });
}"""
# Every body row of every table headed before | keyword | after: the three cells' boxes.
KWIC_ROWS_JS = """(scope) => {
  const rows = [];
  for (const table of document.querySelector(scope).querySelectorAll('.jp-OutputArea-output table')) {
    const head = [...table.querySelectorAll('thead tr:last-child th')].map(th => th.textContent.trim());
    const [b, k, a] = ['before', 'keyword', 'after'].map(name => head.indexOf(name));
    if (b < 0 || k < 0 || a < 0) continue;
    for (const tr of table.querySelectorAll('tbody tr')) {
      const box = i => tr.children[i].getBoundingClientRect();
      rows.push({keyword: tr.children[k].textContent.trim(), before: [box(b).left, box(b).right],
                 word: [box(k).left, box(k).right], after: [box(a).left, box(a).right]});
    }
  }
  return rows;
}"""
# Outputs rendered as stderr (JupyterLab and nbconvert render tracebacks that way too).
STDERR_JS = """(scope) => [...document.querySelector(scope).querySelectorAll(
  '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], .jp-OutputArea-output .jp-RenderedText[data-mime-type="application/vnd.jupyter.stderr"]')]
  .map(e => e.textContent.slice(0, 300))"""
# The text of the explorer's KWIC table (the one headed "keyword"), "" if none.
EXPLORER_KWIC_JS = """() => {
  const table = [...document.querySelectorAll('.analysis-explorer table')]
    .find(t => [...t.querySelectorAll('th')].some(th => th.textContent.trim() === 'keyword'));
  return table ? table.innerText : '';
}"""
# Run All finished: every code cell shows an execution count ("[3]:"), none "[*]:".
ALL_RUN_JS = """(scope) => {
  const prompts = [...document.querySelector(scope).querySelectorAll('.jp-CodeCell .jp-InputPrompt')].map(p => p.textContent.trim());
  return prompts.length > 0 && prompts.every(p => /^\\[\\d+\\]:$/.test(p));
}"""


def _check_tables(page, where: str, scope: str = LAB) -> int:
    """Assert every Arabic table cell is right to left and right-aligned, with its first
    word on the right, and that no output is stderr; returns how many Arabic cells were
    measured."""
    cells = page.evaluate(ARABIC_CELLS_JS, [scope, chars.ARABIC_LETTERS])
    wrong = [c for c in cells if (c["direction"], c["align"]) != ("rtl", "right")]
    assert not wrong, f"{where}: {len(wrong)} of {len(cells)} Arabic cells not rtl/right, e.g. {wrong[:3]}"
    # e.g. "60 بلدا عن طريق" must show 60 on the right, where an Arabic reader starts
    backwards = [c for c in cells if c["firstIsRight"] is False]
    assert not backwards, f"{where}: {len(backwards)} Arabic cells read in the wrong order, e.g. {backwards[:3]}"
    assert page.evaluate(STDERR_JS, scope) == [], f"{where}: an output shows an error or stderr"
    return len(cells)


def _check_kwic(page, where: str, scope: str = LAB) -> int:
    """Assert that in every KWIC row the preceding words stand right of the keyword and
    the following words left of it; returns the number of rows."""
    rows = page.evaluate(KWIC_ROWS_JS, scope)
    for row in rows:
        assert row["before"][0] >= row["word"][1] - 0.5, f"{where}: before is not right of {row['keyword']}: {row}"
        assert row["after"][1] <= row["word"][0] + 0.5, f"{where}: after is not left of {row['keyword']}: {row}"
    return len(rows)


def _shot_tables(page, path: Path, scope: str = LAB) -> None:
    """Screenshots of the first table holding Arabic (or of the page if none) and of
    the first KWIC table, if any (``NAME-kwic.png`` beside ``NAME.png``)."""
    tables = page.locator(f"{scope} .jp-OutputArea-output table", has_text="ا")
    if tables.count():
        tables.first.scroll_into_view_if_needed()
        tables.first.screenshot(path=str(path))
    else:
        page.screenshot(path=str(path))
    kwic = page.locator(f"{scope} .jp-OutputArea-output table", has=page.locator("th", has_text="keyword"))
    if kwic.count():
        kwic.first.scroll_into_view_if_needed()
        kwic.first.screenshot(path=str(path.with_name(f"{path.stem}-kwic.png")))


def _stored_tables(name: str) -> int:
    """How many HTML tables the notebook's stored outputs hold."""
    notebook = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    return sum(output.get("data", {}).get("text/html", "").count("<table")
               for cell in notebook.cells for output in cell.get("outputs", []))


def _open(page, lab, name: str) -> None:
    """Open the notebook and wait until its stored tables are on the page."""
    base, token = lab
    # a workspace of its own, so no tab of an earlier notebook is restored beside it
    page.goto(f"{base}/lab/workspaces/{Path(name).stem}/tree/notebooks/{name}?reset&token={token}")
    page.wait_for_selector(f"{LAB} .jp-Cell", timeout=60_000)
    page.wait_for_function("([scope, n]) => document.querySelector(scope).querySelectorAll("
                           "'.jp-OutputArea-output table').length >= n", arg=[LAB, _stored_tables(name)],
                           timeout=60_000)
    page.wait_for_timeout(500)


def _run_all(page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    page.wait_for_timeout(1000)
    page.wait_for_function(ALL_RUN_JS, arg=LAB, timeout=RUN_TIMEOUT_MS)
    page.wait_for_timeout(1000)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_in_jupyterlab(page, lab, shots, name):
    stem = Path(name).stem
    _open(page, lab, name)
    # Stored outputs of an untrusted notebook are sanitized: ids become data-jupyter-id
    # (widget views are not sanitized: only the HTML outputs count here)
    assert page.locator(".jp-NotebookPanel").count() == 1
    html_tables = f"{LAB} .jp-OutputArea-output[data-mime-type='text/html'] table"
    tables = page.locator(html_tables).count()
    if tables:
        assert page.locator(f"{html_tables}[id]").count() == 0 < page.locator(f"{html_tables}[data-jupyter-id]").count(), \
            f"{name}: the stored outputs were not sanitized - is the notebook trusted?"
    stored = _check_tables(page, f"{name} as stored")
    kwic_stored = _check_kwic(page, f"{name} as stored")
    _shot_tables(page, shots / f"{stem}-stored.png")

    _run_all(page)
    run = _check_tables(page, f"{name} after Run All")
    kwic_run = _check_kwic(page, f"{name} after Run All")
    _shot_tables(page, shots / f"{stem}-run.png")
    print(f"{name}: {stored} Arabic cells stored, {run} after Run All; KWIC rows {kwic_stored}/{kwic_run}")
    assert run > 0, f"{name}: no table cell holding Arabic after Run All"
    if name == "02-word-statistics.ipynb":
        assert kwic_run > 0, "no KWIC table found in notebook 02"
    if name == EXPLORER:
        _check_explorer(page, shots)


def _check_explorer(page, shots: Path) -> None:
    """The explorer renders; typing a word or clicking one changes the KWIC."""
    explorer = page.locator(f"{LAB} .analysis-explorer")
    explorer.wait_for(timeout=30_000)
    word = explorer.locator("input[type='text']").first
    assert word.evaluate("e => getComputedStyle(e).direction") == "rtl"
    kwic = explorer.locator("table", has=page.locator("th", has_text="keyword"))

    def kwic_text():
        return kwic.first.inner_text() if kwic.count() else ""

    before = kwic_text()
    chart = explorer.locator("img").first
    old_chart = chart.get_attribute("src")
    typed = "داعش" if "داعش" not in before else "الحدود"
    word.fill(typed)
    word.press("Enter")
    page.wait_for_function(f"([w, old]) => {{ const t = ({EXPLORER_KWIC_JS})(); return t.includes(w) && t !== old; }}",
                           arg=[typed, before], timeout=30_000)
    assert typed in kwic_text() and kwic_text() != before
    # the dispersion chart is redrawn for the new word
    page.wait_for_function("([img, old]) => img.src !== old && img.complete && img.naturalWidth > 0",
                           arg=[chart.element_handle(), old_chart], timeout=30_000)
    _check_tables(page, "explorer after typing")
    assert _check_kwic(page, "explorer after typing") > 0
    explorer.screenshot(path=str(shots / "05-explorer-typed.png"))

    button = explorer.locator(".widget-toggle-button").nth(1)
    clicked = button.inner_text().strip()
    shown = kwic_text()
    button.click()
    page.wait_for_function("([w, old]) => document.querySelector('.analysis-explorer input[type=text]').value === w",
                           arg=[clicked, shown], timeout=30_000)
    page.wait_for_timeout(1500)
    assert kwic_text() != shown
    _check_tables(page, "explorer after a click")
    explorer.screenshot(path=str(shots / "05-explorer-clicked.png"))


@pytest.fixture(scope="session")
def exported(project_root, tmp_path_factory) -> Path:
    """The notebooks as committed, exported with ``jupyter nbconvert --to html``."""
    out = tmp_path_factory.mktemp("html")
    jupyter = Path(sys.executable).parent / "jupyter"
    notebooks = [str(project_root / "notebooks" / n) for n in NOTEBOOKS]
    result = subprocess.run([str(jupyter), "nbconvert", "--to", "html", "--output-dir", str(out), *notebooks],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_html_export(page, exported, shots, name):
    stem = Path(name).stem
    page.goto((exported / f"{stem}.html").as_uri(), wait_until="domcontentloaded")
    page.wait_for_timeout(500)
    cells = _check_tables(page, f"{name} exported", EXPORT)
    rows = _check_kwic(page, f"{name} exported", EXPORT)
    _shot_tables(page, shots / f"{stem}-export.png", EXPORT)
    print(f"{name} exported: {cells} Arabic cells, {rows} KWIC rows")
