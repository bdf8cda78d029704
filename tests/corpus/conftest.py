"""Texts shared by the corpus tests (fixtures: the tests import no helper module)."""

from __future__ import annotations

import pytest

from analysis import paths
from analysis.corpus.sources import iter_documents

CORPUS = paths.RAW / "corpus"
# Texts that stress the tokenizer: diacritics, tatweel, controls inside and around words,
# presentation forms, Persian letters and digits, Latin, emoji, numbers with separators.
HARD_TEXTS = [
    "الإنتربولُ ينضمّ\u200c إلى الـتحالف \u200fداعش\u200f ﻻ ﺍﻹﻧﺘﺮﺑﻮﻝ",
    "گزارش ۱۴۰۵ INTERPOL-24/7 😀 ٢٠١٦ 7\u00a0500 _under_score x²",
    "\u200b\u200b لا شيء هنا \u0670\u064b",
    "قال النبي ﷺ: ﷽ \ufdf2",  # ligatures that fold to several words
    # clitics whose stripping needs the document's own evidence: لداعش is stemmed only
    # beside داعش, وفي is the stopword في, والي keeps its و, بالتحالف loses its article
    "لداعش داعش وفي والي بالتحالف وللتحالف فالتحالف كبير لكبير",
    # stopwords behind clitics (والتي, بالتي, والذين), a two-letter one after ف (فهم),
    # fragments (a lone letter, the article alone), and words that are none (وهمي)
    "قال والذي والتي والذين بالتي فهم وهمي ث ال كتب a لهم",
]


@pytest.fixture(scope="session")
def corpus_dir():
    return CORPUS


@pytest.fixture(scope="session")
def corpus_texts():
    return [document.text for document in iter_documents(CORPUS)] + [paths.REFERENCE_ARTICLE.read_text("utf-8")]


@pytest.fixture(scope="session")
def hard_texts():
    return HARD_TEXTS
