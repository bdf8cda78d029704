"""Corpus reading and counting: equal to the per-document sum, every engine, bad input."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

import analysis
from analysis import paths
from analysis.corpus.counting import (CorpusError, CorpusReport, _surface_counts_polars, count_corpus, iter_documents)

CORPUS = paths.RAW / "corpus"
# Texts that stress the tokenizer: diacritics, tatweel, controls inside and around words,
# presentation forms, Persian letters and digits, Latin, emoji, numbers with separators.
HARD_TEXTS = [
    "الإنتربولُ ينضمّ\u200c إلى الـتحالف \u200fداعش\u200f ﻻ ﺍﻹﻧﺘﺮﺑﻮﻝ",
    "گزارش ۱۴۰۵ INTERPOL-24/7 😀 ٢٠١٦ 7\u00a0500 _under_score x²",
    "\u200b\u200b لا شيء هنا \u0670\u064b",
    "قال النبي ﷺ: ﷽ \ufdf2",  # ligatures that fold to several words
]


def per_document_sum(texts, by="norm", drop_stopwords=False):
    """What count_corpus must equal: count_words on each document, summed."""
    tables = [analysis.count_words(analysis.tokenize(t), by=by, drop_stopwords=drop_stopwords) for t in texts]
    merged = pd.concat(tables)
    n = merged.groupby("word")["n"].sum()
    documents = merged.groupby("word")["n"].size()
    return n, documents


def corpus_texts():
    return [document.text for document in iter_documents(CORPUS)] + [paths.REFERENCE_ARTICLE.read_text("utf-8")]


@pytest.mark.parametrize("by", ["norm", "stem"])
@pytest.mark.parametrize("drop_stopwords", [False, True])
@pytest.mark.parametrize("engine", ["polars", "python"])
def test_count_corpus_equals_the_per_document_sum(by, drop_stopwords, engine):
    texts = corpus_texts() + HARD_TEXTS
    table = count_corpus(texts, by=by, drop_stopwords=drop_stopwords, engine=engine)
    n, documents = per_document_sum(texts, by, drop_stopwords)
    assert list(table.columns) == ["word", "n", "share", "documents"]
    assert table.set_index("word")["n"].sort_index().to_dict() == n.sort_index().to_dict()
    assert table.set_index("word")["documents"].sort_index().to_dict() == documents.sort_index().to_dict()
    assert table["n"].is_monotonic_decreasing


def test_polars_tokens_are_exactly_tokenize_words():
    texts = corpus_texts() + HARD_TEXTS
    found = dict(_surface_counts_polars(texts))
    for index, text in enumerate(texts):
        tokens = analysis.tokenize(text)
        expected = tokens.loc[tokens["kind"] == "word", "token"].value_counts().to_dict()
        assert dict(found.get(index, {})) == expected, text[:40]


def test_documents_counts_what_a_reader_expects():
    table = count_corpus(["الإنتربول في واشنطن", "الانتربول والإنتربول", "داعش"]).set_index("word")
    assert table.loc["الانتربول", "n"] == 2 and table.loc["الانتربول", "documents"] == 2
    assert table.loc["داعش", "documents"] == 1


def test_folder_glob_and_table_sources_agree(tmp_path):
    texts = [d.text for d in iter_documents(CORPUS)]
    folder = count_corpus(CORPUS)
    glob = count_corpus(str(CORPUS / "2016-08-*.txt"))
    assert glob["n"].sum() < folder["n"].sum()
    pd.DataFrame({"id": range(len(texts)), "body": texts}).to_csv(tmp_path / "c.csv", index=False)
    with (tmp_path / "c.jsonl").open("w", encoding="utf-8") as out:
        for number, text in enumerate(texts):
            out.write(json.dumps({"id": number, "body": text}, ensure_ascii=False) + "\n")
    import polars as pl

    pl.DataFrame({"body": texts}).write_parquet(tmp_path / "c.parquet")
    for name in ("c.csv", "c.jsonl", "c.parquet"):
        for engine in ("polars", "python"):
            table = count_corpus(tmp_path / name, text_column="body", engine=engine)
            pd.testing.assert_frame_equal(table, folder)


def test_bad_documents_are_reported_and_skipped(tmp_path):
    shutil.copy(CORPUS / "2016-07-25-floods.ar.txt", tmp_path / "good.txt")
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


def test_malformed_json_line_is_named(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "نص أول"}\n{"text": "نص\n{"text": "نص ثالث"}\n', encoding="utf-8")
    report = CorpusReport()
    with pytest.warns(UserWarning):
        table = count_corpus(path, report=report)
    assert report.read == 2
    assert report.skipped[0][0] == "c.jsonl:2" and "not valid JSON" in report.skipped[0][1]
    assert table.set_index("word").loc["نص", "n"] == 2


def test_missing_source_and_bad_options(tmp_path):
    with pytest.raises(CorpusError, match="nowhere: no such file"):
        count_corpus(str(tmp_path / "nowhere"))
    with pytest.raises(ValueError, match=r"by='lemma': allowed values are \('norm', 'stem'\)"):
        count_corpus(["نص"], by="lemma")
    with pytest.raises(ValueError, match="engine='spark'"):
        count_corpus(["نص"], engine="spark")


def test_dask_engine_on_a_local_cluster():
    from dask.distributed import Client, LocalCluster

    texts = corpus_texts()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        table = count_corpus(texts, engine="dask", dask_client=client, by="stem")
    pd.testing.assert_frame_equal(table, count_corpus(texts, by="stem"))


def test_dask_reads_byte_ranges_of_a_json_lines_file(tmp_path):
    from dask.distributed import Client, LocalCluster

    texts = corpus_texts() * 3
    path = tmp_path / "c.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for text in texts:
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
        out.write("\n{broken\n")
    report = CorpusReport()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client, pytest.warns(UserWarning, match="1 not read"):
        table = count_corpus(path, engine="dask", dask_client=client, report=report)
    assert report.read == len(texts)
    pd.testing.assert_frame_equal(table, count_corpus(texts))


def test_json_lines_byte_ranges_cover_every_record_once(tmp_path):
    from analysis.corpus.counting import _jsonl_range_texts

    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"text": f"نص {i}"}, ensure_ascii=False) + "\n" for i in range(50)),
                    encoding="utf-8")
    size = path.stat().st_size
    for parts in (1, 2, 3, 7, 50, 200):
        bounds = [size * k // parts for k in range(parts + 1)]
        found = [t for k in range(parts) for t in _jsonl_range_texts(path, bounds[k], bounds[k + 1], "text")[0]]
        assert found == [f"نص {i}" for i in range(50)], parts


def test_empty_records_are_named_by_line_in_the_fast_reader(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "نص أول"}\n\n{"text": ""}\n{"text": "نص ثالث"}\n{"text": null}\n', encoding="utf-8")
    report = CorpusReport()
    with pytest.warns(UserWarning, match="2 documents read, 2 not read"):
        count_corpus(path, report=report)
    assert [name for name, _ in report.skipped] == ["c.jsonl:3", "c.jsonl:5"]
