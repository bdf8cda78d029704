"""Corpus sources: one reader per format, bad records named one way, the format rule."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from analysis.corpus.counting import count_corpus
from analysis.corpus.sources import (CorpusError, CorpusReport, Reader, iter_documents, record_name,
                                     source_format)


def test_the_format_rule(tmp_path):
    assert source_format(tmp_path) == "folder"
    assert source_format(str(tmp_path / "news" / "*.txt")) == "glob"
    assert [source_format(f"c{s}") for s in (".txt", ".CSV", ".parquet", ".jsonl", ".ndjson")] == [
        "txt", "csv", "parquet", "jsonl", "jsonl"]
    assert source_format("corpus.data", "jsonl") == "jsonl"
    with pytest.raises(CorpusError, match=r"corpus.xml: no such folder, and .xml is not a corpus format"):
        source_format("corpus.xml")


def test_record_names():
    assert record_name("c.jsonl", line=7) == "c.jsonl:7"
    assert record_name("c.csv", record="a-17") == "c.csv[a-17]"


def test_bad_documents_are_reported_and_skipped(tmp_path, corpus_dir):
    shutil.copy(corpus_dir / "2016-07-25-floods.ar.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "legacy.txt").write_bytes("الإنتربول ينضم".encode("cp1256"))
    report = CorpusReport()
    with pytest.warns(UserWarning, match="1 documents read, 3 not read"):
        table = count_corpus(tmp_path, report=report)
    assert report.read == 1 and not table.empty
    reasons = dict(report.skipped)
    assert set(reasons) == {str(tmp_path / n) for n in ("empty.txt", "image.txt", "legacy.txt")}
    assert "empty" in reasons[str(tmp_path / "empty.txt")]
    assert "looks like a PNG image" in reasons[str(tmp_path / "image.txt")]
    assert "not valid UTF-8" in reasons[str(tmp_path / "legacy.txt")]
    with pytest.raises(CorpusError, match="empty.txt: the document is empty"):  # the first, by name
        count_corpus(tmp_path, on_error="raise")


def test_table_without_the_column_and_truncated_parquet(tmp_path):
    pd.DataFrame({"content": ["نص"]}).to_csv(tmp_path / "c.csv", index=False)
    for engine in ("polars", "python"):
        with pytest.raises(CorpusError, match=r"c.csv: no column 'text'.*--text-column"):
            count_corpus(tmp_path / "c.csv", engine=engine)
    import polars as pl

    pl.DataFrame({"text": ["نص عربي"] * 100}).write_parquet(tmp_path / "whole.parquet")
    (tmp_path / "cut.parquet").write_bytes((tmp_path / "whole.parquet").read_bytes()[:300])
    for engine in ("polars", "python"):
        with pytest.raises(CorpusError, match=r"cut.parquet: cannot be read as a parquet table.*complete"):
            count_corpus(tmp_path / "cut.parquet", engine=engine)


def test_table_rows_are_named_by_id_or_number(tmp_path):
    pd.DataFrame({"id": ["a", "b", "c"], "text": ["نص أول", "", "نص ثالث"]}).to_csv(tmp_path / "c.csv", index=False)
    for id_column, name in ((None, "c.csv[2]"), ("id", "c.csv[b]")):
        report = CorpusReport()
        documents = list(iter_documents(tmp_path / "c.csv", id_column=id_column, report=report))
        assert [d.text for d in documents] == ["نص أول", "نص ثالث"]
        assert report.skipped == [(name, "the document is empty")]


def test_malformed_json_line_is_named(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "نص أول"}\n{"text": "نص\n{"text": "نص ثالث"}\n{"text": 5}\n', encoding="utf-8")
    report = CorpusReport()
    with pytest.warns(UserWarning):
        table = count_corpus(path, report=report)
    assert report.read == 2
    assert [name for name, _ in report.skipped] == ["c.jsonl:2", "c.jsonl:4"]
    assert "not valid JSON" in report.skipped[0][1] and "not a string" in report.skipped[1][1]
    assert table.set_index("word").loc["نص", "n"] == 2
    with pytest.raises(CorpusError, match="c.jsonl:2: not valid JSON"):
        count_corpus(path, on_error="raise")


def test_empty_records_are_named_by_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "نص أول"}\n\n{"text": ""}\n{"text": "نص ثالث"}\n{"text": null}\n', encoding="utf-8")
    report = CorpusReport()
    with pytest.warns(UserWarning, match="2 documents read, 2 not read"):
        count_corpus(path, report=report)
    assert [name for name, _ in report.skipped] == ["c.jsonl:3", "c.jsonl:5"]


def test_json_lines_byte_ranges_cover_every_record_once_and_name_lines(tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"text": f"نص {i}" if i % 10 else ""}, ensure_ascii=False) + "\n" for i in range(50)]
    path.write_text("".join(lines), encoding="utf-8")
    size = path.stat().st_size
    expected = [f"نص {i}" for i in range(50) if i % 10]
    for parts in (1, 2, 3, 7, 50, 200):
        bounds = [size * k // parts for k in range(parts + 1)]
        report = CorpusReport()
        reader = Reader(report, batch_bytes=64)  # several chunks per range as well
        found = [t for k in range(parts) for b in reader.jsonl(str(path), bounds[k], bounds[k + 1])
                 for t in b.texts.to_list()]
        assert found == expected, parts
        # the empty records are lines 1, 11, 21, 31 and 41, whichever range reads them
        assert [name for name, _ in report.skipped] == [f"c.jsonl:{n}" for n in (1, 11, 21, 31, 41)], parts


def test_a_file_url_reads_like_the_path(tmp_path, corpus_dir):
    shutil.copytree(corpus_dir, tmp_path / "news")
    by_path = [d.text for d in iter_documents(tmp_path / "news")]
    by_url = [d.text for d in iter_documents((tmp_path / "news").as_uri())]
    assert by_url == by_path and by_path
