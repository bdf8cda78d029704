"""The stemmer's choices worked out by polars for a column agree with the Python stemmer."""

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.corpus.stems import stem_choices_frame
from analysis.text.stemming import is_stopword, stem_choices, stem_key, strip_article
from analysis.text.stopwords import default_stopwords

STOPS = frozenset(default_stopwords())
# Letters that clitics, the article and the exceptions are made of, hamza-carrying alefs,
# a letter outside the Arabic block and a mark the key drops.
_LETTERS = "اأإآلوفبكتمنسعدرهةيىءذ"
_EXTRA = "x\u064e"
_CLITICS = st.sampled_from(["", "و", "ف", "ب", "ك", "ل", "وب", "فل", "ال", "وال", "بال", "فلل", "لل"])


def _both(words, lexicon=frozenset()):
    """What polars and the Python stemmer say of each word: its article, pending
    remainders and fallback, and for each stem a document could give it (a pending
    remainder or the fallback) whether the word is then a stopword."""
    keys = [stem_key(word) for word in words]
    frame = stem_choices_frame(pl.Series(keys, dtype=pl.String), STOPS, lexicon)
    got, want = [], []
    for key, row in zip(keys, frame.iter_rows(named=True)):
        pending = tuple(rest for rest in (row["rest_1"], row["rest_2"]) if rest is not None)
        stems = (*pending, row["fallback"])
        stop = [row["always_stop"] or (stem in STOPS and row["article"] is None) for stem in stems]
        got.append((row["article"], pending, row["fallback"], stop))
        rests, fallback = stem_choices(key, STOPS, lexicon)
        want.append((strip_article(key), rests, fallback,
                     [is_stopword(key, stem, STOPS) for stem in (*rests, fallback)]))
    return got, want


@settings(max_examples=300)
@given(st.lists(st.tuples(_CLITICS, st.text(alphabet=_LETTERS + _EXTRA, max_size=7)), max_size=40),
       st.frozensets(st.text(alphabet=_LETTERS, min_size=2, max_size=5), max_size=5))
def test_polars_stems_and_stopwords_equal_the_python_stemmer(words, lexicon):
    got, want = _both([clitic + rest for clitic, rest in words], lexicon)
    assert got == want


@given(st.sampled_from(sorted(STOPS)), _CLITICS)
def test_stopwords_behind_clitics_agree(stopword, clitic):
    got, want = _both([clitic + stopword])
    assert got == want


def test_read_examples():
    words = ["والتحالف", "للإنتربول", "لداعش", "وفي", "كان", "الذي", "والذي", "أمن", "لبنان", "بلدا",
             "2016", ""]
    frame = stem_choices_frame(pl.Series([stem_key(w) for w in words]), STOPS, frozenset({"داعش"}))
    rows = dict(zip(words, frame.iter_rows(named=True)))
    assert rows["والتحالف"]["article"] == rows["والتحالف"]["fallback"] == "تحالف"
    assert rows["للإنتربول"]["fallback"] == "انتربول"
    assert rows["لداعش"]["fallback"] == "داعش"  # the lexicon knows the remainder
    assert rows["وفي"]["fallback"] == "في"  # a stopword after و
    assert rows["كان"]["fallback"] == "كان" and rows["كان"]["rest_2"] is None  # ك + ان: two letters, no stopword
    assert rows["الذي"]["article"] is None and rows["والذي"]["article"] == "الذي"  # a relative pronoun is no article
    assert rows["أمن"]["article"] is None and rows["أمن"]["norm"] == "امن"  # the hamza is no article
    assert rows["لبنان"]["fallback"] == "لبنان" and rows["لبنان"]["rest_2"] is None  # kept whole
    assert rows["بلدا"]["rest_2"] is None  # kept whole: لدا is not weighed
    assert rows["2016"]["fallback"] == "2016" and rows[""]["fallback"] == ""
    # a remainder no list vouches for waits on the document: وكتب is كتب only where the text has كتب
    waiting = stem_choices_frame(pl.Series(["وكتب"]), STOPS, frozenset()).row(0, named=True)
    assert (waiting["rest_1"], waiting["rest_2"], waiting["fallback"]) == (None, "كتب", "وكتب")
