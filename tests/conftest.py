from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # test helpers (pixels.py)

import analysis  # noqa: E402
from analysis import paths  # noqa: E402


@pytest.fixture(scope="session")
def article():
    return analysis.load_article(paths.REFERENCE_ARTICLE)


@pytest.fixture(scope="session")
def tokens(article):
    return analysis.tokenize(article)
