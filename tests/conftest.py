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


# Hypothesis: a fixed seed and a bounded number of examples in CI; a long profile for
# local searches (HYPOTHESIS_PROFILE=long).
import os  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=150, derandomize=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
