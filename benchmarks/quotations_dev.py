"""Score quotation attribution on a folder of labelled real news texts.

    PYTHONPATH=src .venv/bin/python benchmarks/quotations_dev.py /work/devset/quotes [--errors] [--files odd|even]

``--files odd`` scores only the odd-numbered files (q01, q03 ...), ``--files even`` the
even-numbered ones: tune rules on one half and check them on the other, so a rule that
only fits the texts it was written from shows.

The folder holds ``texts/qNN.txt`` (third-party news, never committed) and ``labels.tsv``
(columns ``file quote_prefix kind speaker speaker_as_written note``). The committed copy,
``benchmarks/quotations-dev-labels.tsv``, holds no quoted words: each quotation is located
by ``quote_start``, ``quote_length`` and ``prefix_sha1`` in the text instead (written with
``--write-committed-labels``; score with ``--labels benchmarks/quotations-dev-labels.tsv``);
the URLs are in ``benchmarks/quotations-dev-urls.tsv``.
A label's quotation starts at the ``k``-th occurrence of its prefix in the text (``occ=k``
in the note, else the first), after any quote mark the prefix carries.

Printed scores:

- found: labelled quotations matched by an extracted row (one that starts there, or
  failing that the innermost one that contains the prefix at that place);
- speaker right: labels whose matched row has the labelled speaker (compared after
  folding spelling: hamza, ة/ه, ى/ي, diacritics, marks); a name (or a label with no
  speaker) is right when the row's speaker is empty; unmatched labels count as wrong;
- names given a speaker: share of ``kind=name`` labels whose row got a speaker;
- precision: extracted rows that match a label / all extracted rows;
- speaker precision: rows with a right non-empty speaker / rows with a non-empty speaker;
- speaker right (lenient): as speaker right, but a speaker also counts when one name's
  words run inside the other's ("وزارة التنمية الاجتماعية" / "... الفلسطينية", "هيلر" /
  "أور هيلر") - the labels' "fullest form" is itself a judgement; reported beside, not instead.

Works with any version of ``analysis.quotations`` that returns text, start, end, speaker.
"""

from __future__ import annotations

import argparse
import hashlib
import csv
import re
import sys
from pathlib import Path

import pandas as pd

import analysis

_MARKS = "\"\u201c\u201d\u00ab\u00bb\u2018\u2019"  # " “ ” « » ‘ ’
_OCCURRENCE = re.compile(r"occ=(\d+)")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_FOLD = str.maketrans({"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                       "\u0629": "\u0647", "\u0649": "\u064a", "\u0624": "\u0648", "\u0626": "\u064a"})
_NOT_LETTER = re.compile(r"[^\w\s]")


def fold(name: str) -> str:
    """A speaker's name compared without spelling variants, marks or punctuation."""
    name = _DIACRITICS.sub("", str(name)).translate(_FOLD)
    return " ".join(_NOT_LETTER.sub(" ", name).split())


def close_enough(got: str, wanted: str) -> bool:
    """One folded name's words run contiguously inside the other's."""
    a, b = fold(got).split(), fold(wanted).split()
    if not a or not b:
        return a == b
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def label_offset(text: str, prefix: str, note: str) -> tuple[int, str] | None:
    """(offset of the quoted text, prefix without marks) for one label, None if absent."""
    occurrence = int(m.group(1)) if (m := _OCCURRENCE.search(str(note))) else 1
    position = -1
    for _ in range(occurrence):
        position = text.find(prefix, position + 1)
        if position < 0:
            return None
    return _without_marks(position, prefix)


def _without_marks(position: int, prefix: str) -> tuple[int, str]:
    stripped = prefix.lstrip(_MARKS)
    return position + len(prefix) - len(stripped), stripped.rstrip(_MARKS)


def prefix_digest(prefix: str) -> str:
    """The first 12 hex digits of the SHA-1 of a label's prefix: the committed labels
    carry this instead of the quoted words (third-party text is not ours to commit)."""
    return hashlib.sha1(prefix.encode("utf-8")).hexdigest()[:12]


def located(text: str, label) -> tuple[int, str] | None:
    """Where one label's quotation starts in ``text``: from its words (``quote_prefix``,
    the local labels) or from its offset, length and digest (``quote_start``,
    ``quote_length``, ``prefix_sha1``, the committed labels); None if the text there is
    not the labelled one (a different copy of the page)."""
    if hasattr(label, "quote_prefix"):
        return label_offset(text, label.quote_prefix, label.note)
    start, length = int(label.quote_start), int(label.quote_length)
    prefix = text[start : start + length]
    if prefix_digest(prefix) != label.prefix_sha1:
        return None
    return _without_marks(start, prefix)


def committed_labels(folder: Path) -> pd.DataFrame:
    """The labels of ``folder`` with each quotation's words replaced by its offset, length
    and digest (what ``benchmarks/quotations-dev-labels.tsv`` holds); attribution phrases
    as written are left out for the same reason."""
    labels = read_labels(folder / "labels.tsv")
    rows = []
    for label in labels.itertuples(index=False):
        text = (folder / "texts" / f"{label.file}.txt").read_text(encoding="utf-8")
        occurrence = int(m.group(1)) if (m := _OCCURRENCE.search(str(label.note))) else 1
        position = -1
        for _ in range(occurrence):
            position = text.find(label.quote_prefix, position + 1)
        if position < 0:
            raise ValueError(f"{label.file}: the prefix of a label is not in the text")
        rows.append((label.file, position, len(label.quote_prefix), prefix_digest(label.quote_prefix),
                     label.kind, label.speaker, label.note))
    return pd.DataFrame(rows, columns=["file", "quote_start", "quote_length", "prefix_sha1", "kind", "speaker", "note"])


def read_labels(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE)


def match_file(text: str, labels: pd.DataFrame, rows: pd.DataFrame) -> list[int | None]:
    """For each label, the index of the extracted row it matches (each row used once)."""
    used: set[int] = set()
    matches: list[int | None] = []
    for label in labels.itertuples():
        found = located(text, label)
        match = None
        if found is not None:
            offset, prefix = found
            free = rows[~rows.index.isin(used)]
            exact = free[free["start"] == offset]
            covering = free[(free["start"] <= offset) & (free["end"] >= offset + len(prefix))]
            covering = covering[[prefix in t for t in covering["text"]]]
            pool = exact if len(exact) else covering
            if len(pool):
                match = int((pool["end"] - pool["start"]).idxmin())
                used.add(match)
        matches.append(match)
    return matches


_FILE_NUMBER = re.compile(r"(\d+)$")


def in_half(file: str, half: str) -> bool:
    """Whether ``file`` ("q07") belongs to ``half``: "odd", "even" or "all"."""
    if half == "all":
        return True
    number = _FILE_NUMBER.search(file)
    if number is None:
        raise ValueError(f"file name {file!r} ends in no number, so it is neither odd nor even")
    return (int(number.group(1)) % 2 == 1) == (half == "odd")


def score(folder: Path, show_errors: bool = False, files: str = "all",
          labels_path: Path | None = None) -> dict[str, float]:
    labels = read_labels(labels_path or folder / "labels.tsv")
    labels = labels[[in_half(file, files) for file in labels["file"]]]
    totals = {"labels": 0, "found": 0, "speaker_right": 0, "lenient": 0, "names": 0, "names_with_speaker": 0,
              "rows": 0, "rows_matched": 0, "rows_with_speaker": 0, "rows_speaker_right": 0}
    for file, group in labels.groupby("file", sort=True):
        text = (folder / "texts" / f"{file}.txt").read_text(encoding="utf-8")
        rows = analysis.quotations(text).reset_index(drop=True)
        matches = match_file(text, group, rows)
        right_rows: set[int] = set()
        for label, match in zip(group.itertuples(), matches):
            totals["labels"] += 1
            is_name = label.kind == "name"
            totals["names"] += is_name
            if match is None:
                if show_errors:
                    print(f"{file}\tMISSED\t{getattr(label, 'quote_prefix', label.quote_start)}\t{label.note}")
                continue
            totals["found"] += 1
            got = rows.at[match, "speaker"]
            wanted = "" if is_name else label.speaker
            totals["names_with_speaker"] += bool(is_name and got)
            totals["lenient"] += close_enough(got, wanted)
            if fold(got) == fold(wanted):
                totals["speaker_right"] += 1
                right_rows.add(match)
            elif show_errors:
                how = rows.at[match, "attribution"] if "attribution" in rows else ""
                print(f"{file}\t{label.kind}\t{str(getattr(label, 'quote_prefix', label.quote_start))[:30]}\twanted={wanted}\tgot={got}\t{how}\t{label.note}")
        totals["rows"] += len(rows)
        totals["rows_matched"] += len({m for m in matches if m is not None})
        with_speaker = rows.index[rows["speaker"] != ""]
        totals["rows_with_speaker"] += len(with_speaker)
        totals["rows_speaker_right"] += len(set(with_speaker) & right_rows)
        if show_errors:
            for index in set(rows.index) - {m for m in matches if m is not None}:
                print(f"{file}\tEXTRA\t{rows.at[index, 'text'][:30]}\tspeaker={rows.at[index, 'speaker']}")
    return {
        "labels": totals["labels"],
        "found": totals["found"] / totals["labels"],
        "speaker right": totals["speaker_right"] / totals["labels"],
        "names given a speaker": totals["names_with_speaker"] / max(1, totals["names"]),
        "precision": totals["rows_matched"] / max(1, totals["rows"]),
        "speaker precision": totals["rows_speaker_right"] / max(1, totals["rows_with_speaker"]),
        "speaker right (lenient)": totals["lenient"] / totals["labels"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with texts/ and labels.tsv")
    parser.add_argument("--errors", action="store_true", help="print every miss and wrong speaker")
    parser.add_argument("--files", choices=("all", "odd", "even"), default="all",
                        help="score only the odd- or even-numbered files (default: all)")
    parser.add_argument("--labels", type=Path, default=None,
                        help="a labels file other than FOLDER/labels.tsv, e.g. the committed "
                             "benchmarks/quotations-dev-labels.tsv (offsets and digests, no quoted words)")
    parser.add_argument("--write-committed-labels", type=Path, default=None, metavar="PATH",
                        help="write FOLDER's labels as the committed form (offsets, digests) to PATH and stop")
    args = parser.parse_args(argv)
    if args.write_committed_labels:
        committed_labels(args.folder).to_csv(args.write_committed_labels, sep="\t", index=False)
        return 0
    for name, value in score(args.folder, args.errors, args.files, args.labels).items():
        print(f"{name}\t{value:.3f}" if isinstance(value, float) else f"{name}\t{value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
