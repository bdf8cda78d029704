"""The Dask engine: equal to the local count on a local cluster, on a JSON Lines file
cut in byte ranges, and from the command line on a running scheduler with fsspec URLs."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.corpus.counting import count_corpus
from analysis.corpus.sources import CorpusError, CorpusReport


def test_dask_engine_on_a_local_cluster(corpus_texts, corpus_dir):
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        table = count_corpus(corpus_texts, engine="dask", dask_client=client, by="stem")
        folder = count_corpus(corpus_dir, engine="dask", dask_client=client, by="stem", drop_stopwords=True)
    pd.testing.assert_frame_equal(table, count_corpus(corpus_texts, by="stem"))
    pd.testing.assert_frame_equal(folder, count_corpus(corpus_dir, by="stem", drop_stopwords=True))


def test_dask_reads_byte_ranges_of_a_json_lines_file(tmp_path, corpus_texts):
    from dask.distributed import Client, LocalCluster

    texts = corpus_texts * 3
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
    assert report.skipped[0][0] == f"c.jsonl:{len(texts) + 2}"  # named by line, like the local reader
    pd.testing.assert_frame_equal(table, count_corpus(texts))


def test_an_address_without_a_scheduler_is_a_clear_error(monkeypatch):
    from analysis.corpus import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "2s")
    with pytest.raises(CorpusError, match="tcp://127.0.0.1:9: no Dask scheduler answers there"):
        count_corpus(["نص"], engine="dask", dask_client="tcp://127.0.0.1:9")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def running_cluster():
    """A scheduler and two workers as separate processes on 127.0.0.1 (stopped after)."""
    from dask.distributed import Client

    address = f"tcp://127.0.0.1:{_free_port()}"
    source = str(Path(analysis.__file__).parents[1])  # the workers import this checkout's package
    env = dict(os.environ, PYTHONPATH=source + os.pathsep + os.environ.get("PYTHONPATH", ""))
    processes = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                   "--port", address.rsplit(":", 1)[1], "--no-dashboard"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(2):
            processes.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                               "--nthreads", "1", "--no-dashboard"], env=env,
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 60
        while True:  # the scheduler takes a moment to listen
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def test_the_command_line_counts_on_a_running_scheduler_with_file_urls(tmp_path, corpus_dir, running_cluster):
    shutil.copytree(corpus_dir, tmp_path / "news")
    texts = [d.text for d in analysis.iter_documents(tmp_path / "news")]
    with (tmp_path / "news.jsonl").open("w", encoding="utf-8") as out:
        for text in texts:
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    expected = count_corpus(tmp_path / "news", by="stem")
    for source in ((tmp_path / "news").as_uri(), (tmp_path / "news.jsonl").as_uri()):
        out = tmp_path / "counts.csv"
        result = subprocess.run([sys.executable, "-m", "analysis", "count", source, "--out", str(out), "--by", "stem",
                                 "--scheduler", running_cluster], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert f"{len(texts)} documents read, 0 not read" in result.stderr
        table = pd.read_csv(out, keep_default_na=False)
        pd.testing.assert_frame_equal(table[["word", "n", "documents"]], expected[["word", "n", "documents"]])
