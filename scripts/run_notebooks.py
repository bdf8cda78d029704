"""Execute every notebook in notebooks/ headless, in order, from the notebooks/ folder.

By default the executed copies are discarded: the notebooks' job here is to write
figures/ and data/processed/. With --store-outputs the outputs are written back into
the .ipynb files, as after a clean Restart & Run All (commit them afterwards).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store-outputs", action="store_true", help="write outputs back into the notebooks")
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all, in order)")
    args = parser.parse_args()
    notebooks = args.notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    for path in notebooks:
        print(f"running {path.name}", flush=True)
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(
            notebook, timeout=600, kernel_name="python3", record_timing=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        try:
            client.execute()
        except CellExecutionError as error:
            print(f"{path}: a cell failed:\n{error}", file=sys.stderr)
            return 1
        if args.store_outputs:
            nbformat.write(notebook, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
