"""Word lists shipped as package data (``analysis/text/wordlists/NAME.tsv``), read once.

Each file is UTF-8 text: lines starting with ``#`` say where the list comes from or why
it holds what it holds; the first other line is the header naming the columns; every
further line is one entry, its fields separated by tabs. Keeping the lists as data lets
a reader see and extend them without reading code.
"""

from __future__ import annotations

import functools
from importlib import resources

from analysis.text.normalization import normalize


@functools.cache
def read_rows(name: str) -> tuple[dict[str, str], ...]:
    """The entries of word list ``name`` as dicts keyed by the header's column names."""
    try:
        raw = resources.files("analysis.text").joinpath("wordlists", f"{name}.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"no word list named {name!r} in analysis/text/wordlists/") from None
    lines = [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(header):
            raise ValueError(f"word list {name!r}: entry {number} has {len(fields)} fields, the header {len(header)}")
        rows.append(dict(zip(header, fields)))
    return tuple(rows)


@functools.cache
def words(name: str, column: str = "word") -> frozenset[str]:
    """The normalized words of one column of word list ``name``."""
    return frozenset(normalize(row[column]) for row in read_rows(name))


@functools.cache
def mapping(name: str, key: str = "word", value: str = "value") -> dict[str, str]:
    """``{normalized key: value as written}`` from two columns of word list ``name``."""
    return {normalize(row[key]): row[value] for row in read_rows(name)}
