"""count_corpus: equal to count_words summed per document, every option, engine and source."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import analysis
from analysis.corpus.counting import count_corpus


def per_document_sum(texts, by="norm", drop_stopwords=False):
    """What count_corpus must equal: count_words on each document, summed."""
    tables = [analysis.count_words(analysis.tokenize(t), by=by, drop_stopwords=drop_stopwords) for t in texts]
    merged = pd.concat(tables)
    n = merged.groupby("word")["n"].sum()
    documents = merged.groupby("word")["n"].size()
    return n, documents


@pytest.mark.parametrize("by", ["norm", "stem"])
@pytest.mark.parametrize("drop_stopwords", [False, True])
@pytest.mark.parametrize("engine", ["polars", "python"])
def test_count_corpus_equals_the_per_document_sum(by, drop_stopwords, engine, corpus_texts, hard_texts):
    texts = corpus_texts + hard_texts
    table = count_corpus(texts, by=by, drop_stopwords=drop_stopwords, engine=engine)
    n, documents = per_document_sum(texts, by, drop_stopwords)
    assert list(table.columns) == ["word", "n", "share", "documents"]
    assert table.set_index("word")["n"].sort_index().to_dict() == n.sort_index().to_dict()
    assert table.set_index("word")["documents"].sort_index().to_dict() == documents.sort_index().to_dict()
    assert table["n"].is_monotonic_decreasing


def test_stems_use_each_documents_own_evidence():
    # لداعش loses its ل only in the document that also holds داعش
    table = count_corpus(["لداعش داعش", "لداعش"], by="stem").set_index("word")
    assert table.loc["داعش", "n"] == 2 and table.loc["داعش", "documents"] == 1
    assert table.loc["لداعش", "n"] == 1


def test_documents_counts_what_a_reader_expects():
    table = count_corpus(["الإنتربول في واشنطن", "الانتربول والإنتربول", "داعش"]).set_index("word")
    assert table.loc["الانتربول", "n"] == 2 and table.loc["الانتربول", "documents"] == 2
    assert table.loc["داعش", "documents"] == 1


def test_folder_glob_and_table_sources_agree(tmp_path, corpus_dir):
    texts = [d.text for d in analysis.iter_documents(corpus_dir)]
    folder = count_corpus(corpus_dir)
    glob = count_corpus(str(corpus_dir / "2016-08-*.txt"))
    assert glob["n"].sum() < folder["n"].sum()
    pd.DataFrame({"id": range(len(texts)), "body": texts}).to_csv(tmp_path / "c.csv", index=False)
    with (tmp_path / "c.jsonl").open("w", encoding="utf-8") as out:
        for number, text in enumerate(texts):
            out.write(json.dumps({"id": number, "body": text}, ensure_ascii=False) + "\n")
    import polars as pl

    pl.DataFrame({"body": texts}).write_parquet(tmp_path / "c.parquet")
    (tmp_path / "c.data").write_bytes((tmp_path / "c.jsonl").read_bytes())
    for name, format in (("c.csv", None), ("c.jsonl", None), ("c.parquet", None), ("c.data", "jsonl")):
        for engine in ("polars", "python"):
            table = count_corpus(tmp_path / name, text_column="body", engine=engine, format=format)
            pd.testing.assert_frame_equal(table, folder)


def test_a_tiny_batch_size_changes_nothing(corpus_texts, monkeypatch):
    from analysis.corpus import counting

    whole = count_corpus(corpus_texts, by="stem", drop_stopwords=True)
    monkeypatch.setattr(counting, "MERGE_EVERY", 2)
    monkeypatch.setattr(counting, "TEXTS_PER_BATCH", 2)
    pieces = count_corpus(iter(corpus_texts), by="stem", drop_stopwords=True)
    pd.testing.assert_frame_equal(pieces, whole)


def test_as_polars_gives_the_same_table(corpus_texts):
    table = count_corpus(corpus_texts, as_polars=True)
    assert table.columns == ["word", "n", "share", "documents"]
    pd.testing.assert_frame_equal(pd.DataFrame(table.to_dict(as_series=False)), count_corpus(corpus_texts))


def test_missing_source_and_bad_options(tmp_path):
    with pytest.raises(analysis.CorpusError, match="nowhere: no such folder.*Check the path"):
        count_corpus(str(tmp_path / "nowhere"))
    with pytest.raises(analysis.CorpusError, match="nowhere.txt: no such file"):
        count_corpus(str(tmp_path / "nowhere.txt"))
    with pytest.raises(ValueError, match=r"by='lemma': allowed values are \('norm', 'stem'\)"):
        count_corpus(["نص"], by="lemma")
    with pytest.raises(ValueError, match="engine='spark'"):
        count_corpus(["نص"], engine="spark")
    with pytest.raises(ValueError, match="format='xml'"):
        count_corpus(tmp_path, format="xml")
    with pytest.raises(TypeError, match="document 2 is a int"):
        count_corpus(["نص", 5])
