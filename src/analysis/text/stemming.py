"""A light, rule-based Arabic stemmer: strips proclitics (and optionally pronoun suffixes).

It removes only what it can justify, because over-stripping corrupts counts silently:

* the article ال, with the conjunctions و ف and prepositions ب ك before it, and لل
  (ل + ال): ``والتحالف`` -> ``تحالف``, ``للإنتربول`` -> ``انتربول``, ``بالدليل`` -> ``دليل``.
  The rest must keep at least two letters; relative pronouns and ``الله`` are kept whole.
* a conjunction or preposition with no article (``لداعش``, ``وفي``) only when what is left
  is a word known from elsewhere: the same text, the stopword list, or a lexicon the
  caller gives. That is what keeps ``بلدا``, ``فرنسا`` and ``كبير`` whole: nothing says
  ``لدا`` or ``رنسا`` is a word. Frequent names and words whose remainder *is* a word
  (``لبنان``: ``بنان``) are listed and never stripped; ``والي`` keeps its و because what
  follows it starts like an article. What is left must keep three letters,
  or two when it is a stopword after و or ف (``وفي`` -> ``في``, but ``كان`` stays).
* with ``suffixes=True``, the pronoun suffixes ه ها هم هن هما كم كن نا ك ي, again only
  when the remainder (with ت turned back into ة: ``طبيعته`` -> ``طبيعة``) is a known word.

Stems are normalized like the ``norm`` column (alef variants folded and so on); the
rules read the hamza first, so ``آلاف`` and ``إلى`` never lose an "article".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from analysis.text import chars
from analysis.text.normalization import normalize, normalizer

from analysis.text.clitics import ARTICLE as _ARTICLE
from analysis.text.clitics import CONJUNCTIONS as _CONJUNCTIONS
from analysis.text.clitics import LAM as _LAM
from analysis.text.clitics import PREPOSITIONS as _PREPOSITIONS
from analysis.text.clitics import PROCLITIC_RUNS as _PREFIXES

#: (و|ف)?(ب|ك)?ال+rest, and (و|ف)?لل+rest; the rest keeps at least two letters.
WITH_ARTICLE = re.compile(
    f"^[{_CONJUNCTIONS}]?(?:[{_PREPOSITIONS.replace(_LAM, '')}]?{_ARTICLE}|{_LAM}{_LAM})"
    f"(?P<rest>[{chars.ARABIC_LETTERS}]{{2,}})$"
)
# Pronoun suffixes, longest first: هما كما هم هن كم كن نا ها ه ك ي
_SUFFIXES = ["\u0647\u0645\u0627", "\u0643\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0643\u0645",
             "\u0643\u0646", "\u0646\u0627", "\u0647\u0627", "\u0647", "\u0643", "\u064a"]
_TEH = "\u062a"

#: Words that begin with ال but carry no article: relative pronouns, الله, الآن.
ARTICLE_EXCEPTIONS = frozenset(
    normalize(w)
    for w in ["الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللائي",
              "الله", "الآن", "اللهم"]
)

#: Frequent news words and names that begin with a letter that could be a clitic, and
#: whose remainder is a word too (بنان, رنسا is not, but a misspelt text may hold it):
#: they are never stripped, whatever the evidence.
KEEP_WHOLE = frozenset(
    normalize(w)
    for w in ["لبنان", "ليبيا", "لندن", "لاهاي", "بيروت", "بغداد", "باريس", "بكين", "برلين", "بريطانيا",
              "بلجيكا", "بلغاريا", "فرنسا", "فلسطين", "فنزويلا", "فيتنام", "فنلندا", "كندا", "كوبا", "كوريا",
              "كينيا", "كابول", "واشنطن", "وارسو", "والي", "وزير", "وزارة", "وفد", "وطن", "ولاية", "فريق",
              "كبير", "بلد", "بلدا", "بيان", "لجنة", "لقاء", "بحث", "فترة", "كلمة", "بنك", "فيلم"]
)

#: The stem key folds every way except alef folding, which would hide the hamza that
#: tells أ from ال.
STEM_KEY_OPTIONS = {"alef": False}
_fold_except_alef = normalizer(**STEM_KEY_OPTIONS)


def stem_key(word: str) -> str:
    """The form of a surface word the stemmer reads: normalized except for alef.

    Every function here gives the same answer for two surface forms with the same key
    (``عِلْم`` and ``علم``): the same stem, article and stopword status. The corpus
    counter stems keys, which it folds itself (:mod:`analysis.corpus.stems`)."""
    return _fold_except_alef(word)


def _is_arabic_word(word: str) -> bool:
    return bool(word) and not word.strip(chars.ARABIC_LETTERS)  # nothing left: letters only


@functools.lru_cache(maxsize=1 << 19)
def norm_word(word: str) -> str:
    """``normalize(word)``, remembered: a corpus repeats the same few forms."""
    return normalize(word)


@functools.lru_cache(maxsize=1 << 19)
def strip_article(word: str) -> str | None:
    """The word without its article and the clitics before it, or None if it has none.

    ``word`` is a surface form; the result is normalized.
    """
    pre = stem_key(word)
    if normalize(pre) in ARTICLE_EXCEPTIONS:
        return None
    match = WITH_ARTICLE.fullmatch(pre)  # fullmatch: "$" alone would let a final newline through
    if not match:
        return None
    whole = normalize(pre)
    for prefix in (*_PREFIXES, ""):  # "والذي": keep the relative pronoun whole
        if whole.startswith(prefix) and whole[len(prefix):] in ARTICLE_EXCEPTIONS:
            return whole[len(prefix):]
    return normalize(match.group("rest"))


def light_stem(word: str, known: Iterable[str] | frozenset[str] = frozenset(),
               stopwords: frozenset[str] = frozenset(), suffixes: bool = False) -> str:
    """The light stem of one surface word, normalized.

    ``known`` holds normalized words that count as evidence that a stripped remainder
    is a word (see the module docstring); ``stopwords`` are normalized stopwords, which
    count as evidence too.
    """
    known = known if isinstance(known, (set, frozenset)) else frozenset(known)
    if not _is_arabic_word(norm_word(word)):
        return norm_word(word)
    _, stem = stem_choices(word, stopwords, known)  # every remainder in `known` is decided
    if suffixes:
        stem = _strip_suffix(stem, known)
    return stem


def stem_choices(word: str, stopwords: frozenset[str] = frozenset(),
                 known: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], str]:
    """How the light stem of ``word`` (no suffixes) depends on the words around it.

    Returns ``(pending, stem)``: the stem is the first of ``pending`` that the document's
    own vocabulary holds (as a normalized word or with its article stripped), else
    ``stem``. ``known`` and ``stopwords`` are evidence whatever the document (a lexicon),
    so their remainders are decided here. The corpus counter works this out once per
    distinct form, for a whole column at once (:mod:`analysis.corpus.stems`), then looks
    ``pending`` up in each document's vocabulary.
    """
    norm = norm_word(word)
    if not _is_arabic_word(norm) or norm in KEEP_WHOLE:
        return (), norm
    stem = strip_article(word)
    if stem is not None:
        return (), stem
    pending: list[str] = []
    for prefix, rest in _prefix_candidates(norm):
        if len(rest) >= 3:
            if rest in known or rest in stopwords:
                return tuple(pending), rest
            pending.append(rest)
        elif len(rest) == 2 and prefix in _CONJUNCTIONS and rest in stopwords:
            return tuple(pending), rest
    return tuple(pending), norm


#: The proclitic runs by length, longest first: a word starts with at most one of each length.
_PREFIX_SET = frozenset(_PREFIXES)
PREFIX_LENGTHS = sorted({len(prefix) for prefix in _PREFIXES}, reverse=True)


@functools.lru_cache(maxsize=1 << 19)
def _prefix_candidates(norm: str) -> tuple[tuple[str, str], ...]:
    """(prefix, rest) for each conjunction/preposition run ``norm`` starts with, longest
    first, leaving out a rest that starts like an article (``والي``)."""
    return tuple((norm[:size], norm[size:]) for size in PREFIX_LENGTHS
                 if len(norm) >= size and norm[:size] in _PREFIX_SET and not norm[size:].startswith(_ARTICLE))


def is_stopword(word: str, stem: str, stopwords: frozenset[str]) -> bool:
    """Whether a surface ``word`` with light stem ``stem`` is a stopword.

    It is when its normalized form is listed; when it is a fragment (one letter, or the
    article alone: ``ال 190``); when its stem is listed and came from stripping a
    conjunction or preposition (``وفي`` -> ``في``); or when a run of conjunctions and
    prepositions stands in front of a listed word (``والتي``, ``وبالتالي``). A stem that
    lost the article does not count: ``العام`` (the general) is not the stopword ``عام``.
    """
    norm = norm_word(word)
    if norm in stopwords or is_fragment(norm):
        return True
    if stem in stopwords and strip_article(word) is None:
        return True
    return norm not in KEEP_WHOLE and any(_clitics_before_stopword(norm, stem, stopwords))


def is_fragment(norm: str) -> bool:
    """A normalized word too short to be one: a single letter, or the article alone."""
    return len(norm) < FRAGMENT_LENGTH or norm == _ARTICLE


#: A normalized word shorter than this is a fragment.
FRAGMENT_LENGTH = 2


def _clitics_before_stopword(norm: str, stem: str, stopwords: frozenset[str]):
    """For each proclitic run ``norm`` starts with: whether a stopword follows it. A
    two-letter remainder counts only when the stemmer agreed (``فهم`` -> ``هم``)."""
    for prefix, rest in ((p, norm[len(p):]) for p in _PREFIXES if norm.startswith(p)):
        yield rest in stopwords and (len(rest) >= 3 or rest == stem)


def _strip_suffix(stem: str, known: frozenset[str]) -> str:
    for suffix in _SUFFIXES:
        rest = stem[: -len(suffix)]
        if not stem.endswith(suffix) or len(rest) < 3:
            continue
        candidates = [rest, rest[:-1] + chars.TEH_MARBUTA] if rest.endswith(_TEH) else [rest]
        for candidate in candidates:
            if candidate in known:
                return candidate
    return stem


def stem_words(words: Iterable[str], stopwords: frozenset[str] = frozenset(),
               lexicon: Iterable[str] = (), suffixes: bool = False) -> dict[str, str]:
    """Stems for a collection of surface words (a document's vocabulary), as a dict.

    The evidence for stripping a bare conjunction or preposition is the vocabulary
    itself (normalized, and with articles stripped), plus ``stopwords`` and ``lexicon``.
    Each distinct word is stemmed once.
    """
    distinct = set(words)
    known = {norm_word(w) for w in distinct}
    known |= {s for w in distinct if (s := strip_article(w))}
    known |= {normalize(w) for w in lexicon}
    known = frozenset(known)
    return {w: light_stem(w, known, stopwords, suffixes) for w in distinct}
