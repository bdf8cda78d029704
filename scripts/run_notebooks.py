"""Execute every notebook in notebooks/ headless, in order, from the notebooks/ folder.

By default the executed copies are discarded: the notebooks' job here is to write
figures/ and data/processed/. With --store-outputs the outputs are written back into
the .ipynb files, as after a clean Restart & Run All (commit them afterwards).

With --article PATH (`make analyse ARTICLE=PATH`) the notebooks run on that article
instead of the reference: as papermill does, a cell tagged `injected-parameters` setting
`article_path` is added after each notebook's `parameters` cell, and the executed
notebooks are written, with the figures and tables the notebooks save, to the article's
own folder (`outputs/<article name>/`, see analysis.paths.article_outputs); the
committed notebooks, figures/ and data/processed/ are left alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
INJECTED_TAG = "injected-parameters"


def inject_parameters(notebook, values: dict) -> None:
    """Add a cell tagged `injected-parameters` that sets ``values`` right after the cell
    tagged `parameters` (papermill's convention); fails if the notebook has none."""
    for index, cell in enumerate(notebook.cells):
        if "parameters" in cell.metadata.get("tags", []):
            source = "# Injected by scripts/run_notebooks.py --article\n" + "".join(
                f"{name} = {value!r}\n" for name, value in values.items())
            injected = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
            notebook.cells.insert(index + 1, injected)
            return
    raise ValueError("the notebook has no cell tagged 'parameters' to inject the article into")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store-outputs", action="store_true", help="write outputs back into the notebooks")
    parser.add_argument("--article", type=Path, help="run the notebooks on this article (a UTF-8 text file)")
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all, in order)")
    args = parser.parse_args()
    if args.article is not None and args.store_outputs:
        parser.error("--store-outputs writes into the committed notebooks; it cannot go with --article")
    notebooks = args.notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    executed = None
    if args.article is not None:
        if not args.article.is_file():
            print(f"{args.article}: no such article file", file=sys.stderr)
            return 1
        from analysis.paths import article_outputs

        executed = article_outputs(args.article).notebooks
        executed.mkdir(parents=True, exist_ok=True)
    for path in notebooks:
        print(f"running {path.name}", flush=True)
        notebook = nbformat.read(path, as_version=4)
        if args.article is not None:
            inject_parameters(notebook, {"article_path": str(args.article.resolve())})
        client = NotebookClient(
            notebook, timeout=600, kernel_name="python3", record_timing=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        try:
            client.execute()
        except CellExecutionError as error:
            print(f"{path}: a cell failed:\n{error}", file=sys.stderr)
            return 1
        finally:
            if executed is not None:  # also a failed run, so the user can see where it stopped
                nbformat.write(notebook, executed / path.name)
        if args.store_outputs:
            nbformat.write(notebook, path)
    if executed is not None:
        print(f"executed notebooks in {executed}; figures and tables beside them", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
