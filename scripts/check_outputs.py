"""Compare freshly generated outputs with the committed figures/ and data/processed/.

Usage: check_outputs.py FRESH_DIR, where FRESH_DIR holds figures/ and data/processed/ as
the notebooks just wrote them (ANALYSIS_OUTPUT_DIR). Exits 1 and names every file that
is missing, extra or different, with the command that refreshes them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("figures", "data/processed")


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")}


def main(fresh: Path) -> int:
    problems = []
    for sub in CHECKED:
        new, old = fresh / sub, ROOT / sub
        new_files, old_files = _files(new), _files(old)
        for name in sorted(new_files - old_files):
            problems.append(f"{sub}/{name}: produced by the notebooks but not committed")
        for name in sorted(old_files - new_files):
            problems.append(f"{sub}/{name}: committed but no notebook produces it any more")
        for name in sorted(new_files & old_files):
            if (new / name).read_bytes() != (old / name).read_bytes():
                problems.append(f"{sub}/{name}: differs from what the notebooks produce now")
    if problems:
        print("Committed outputs are out of date:", *problems, sep="\n  ", file=sys.stderr)
        print("Run `make figures` and commit figures/ and data/processed/.", file=sys.stderr)
        return 1
    print(f"figures/ and data/processed/ match what the notebooks produce ({fresh}).")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
