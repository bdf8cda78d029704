"""Direct quotations in Arabic news text, what each one is, and who says it.

One row per pair of quotation marks (:mod:`analysis.extract.quote_marks` pairs them), with
its ``kind``:

- ``speech``: someone's words, introduced by a colon, إن/أن, a reporting verb, or
  attributed after the quote;
- ``partial``: a fragment inside reported speech ("وصف الوضع بأنه «كارثي»");
- ``name``: an outlet, operation, campaign, book, place or nickname ("قناة «الحدث»",
  "لـ«الشرق الأوسط»"), or a short quoted phrase no reporting clause touches. A name has
  no speaker.

The speaker (:mod:`analysis.extract.speakers`) is the fullest form of the name, title or
institution the article gives; ``attribution`` says how it was found, so a reader can
filter by confidence:

- ``before``: the subject of the reporting verb before the quote ("قال الوزير فلان: «...»");
- ``after``: a reporting verb or بحسب/وفقا after it ("«...»، قال فلان", "«...»، بحسب فلان");
- ``title``: a title or description resolved to the person or institution it stands for
  elsewhere in the article ("الأمين العام", "المسؤولة الأوروبية", "الوزارة");
- ``statement``: "قال البيان"/"وجاء في البيان" resolved to the institution that issued it;
- ``continued``: a verb with no subject ("وأضافت:"), "على حد تعبيره", or a quotation
  continuing the previous paragraph's, given the last speaker whose gender agrees;
- ``none``: nothing attributes it: ``speaker`` is empty. The scanner abstains rather
  than guesses.
"""

from __future__ import annotations

import bisect
import itertools
import re

import pandas as pd

from analysis.extract.quote_marks import QuotePair, find_pairs
from analysis.extract.name_words import AL, COMMAS, ENDERS
from analysis.extract.continuation import continues, nearby_speaker, resumes, their_words
from analysis.extract.speakers import Found, Speakers
from analysis.files.articles import Article, paragraphs_frame
from analysis.text import clitics, wordlists
from analysis.text.normalization import normalize
from analysis.text.patterns import ARABIC_LETTER
from analysis.tokens.tokenizer import TOKEN_COLUMNS, tokenize

QUOTATION_COLUMNS = ["text", "start", "end", "open_mark", "close_mark", "closed", "kind", "speaker",
                     "speaker_as_written", "attribution", "paragraph", "sentence"]
# The columns `python -m analysis quotes` prints: where, what kind, who, how sure, the words.
PRINTED_COLUMNS = ["paragraph", "sentence", "kind", "speaker", "speaker_as_written", "attribution", "text"]
KINDS = ("speech", "partial", "name")
ATTRIBUTIONS = ("before", "after", "title", "statement", "continued", "none")

NAME_INTRODUCERS = wordlists.words("name_introducers")
_PERSON_NOUNS = frozenset(normalize(w) for w in wordlists.words("person_nouns"))
_PERSON_NAME_WORDS = 2  # "الطفل "مينا"", "الشهيدة "سلمى خالد""
# Words right before a quotation that make it speech: إن، أن، بأن، قائلا ...
_SPEECH_OPENERS = frozenset(normalize(w) for w in [
    "إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بأنه", "بأنها", "قائلا", "قائلة", "قائلين", "مضيفا", "مضيفة",
    "مؤكدا", "مؤكدة", "وأن", "وإن", "قوله", "قولها"])
# What may stand between two quotations of one list: spaces, commas, و، أو.
_JOINERS = re.compile("[\\s\u060c,]*(?:\u0648|\u0623\u0648|\u0627\u0648)?[\\s\u060c,]*")
_LONGEST_NAME = 6  # a name (outlet, operation, title) is short: longer is speech, whatever stands before it
_FOREIGN_WORDS = 6  # a short quotation with no Arabic letter is a title ("Les Maternelles")
_SENTENCE_ENDS = frozenset(".:!?\u061f\u061b")  # . : ! ? ؟ ؛
_CLAUSE_WORDS = 8  # a verb this close before the mark, with no إن/أن between, introduces speech
_NAME_WORDS = 3  # a short quoted phrase that no reporting clause touches is a name
_LAM = "\u0644"
# A name never opens with a tense or negation particle or a pronoun of the one speaking:
# "أعلنت الحكومة قرارها «لن نتراجع عن الخطة»" quotes the decision's words.
_CLAUSE_OPENERS = frozenset(normalize(w) for w in ["لن", "لم", "لقد", "سوف", "قد", "نحن", "أنا", "إننا", "إنني", "إني"])
_BI = "\u0628"  # ب written apart or as بـ before the mark
# Prepositions a quoted term is the object of: "من «حرية» إلى «ارحل»", "بخصوص «المينورسو»",
# "إصابة جديدة بـ«كورونا»" (glued بـ). A word or two quoted there names the term.
_TERM_PREPOSITIONS = frozenset(normalize(w) for w in [
    "من", "إلى", "الى", "عن", "بخصوص", "حول", "ضد", "بشأن", "بـ", "ب", "وبـ"])
_TERM_WORDS = 3
# في before a quoted term names where it was said ("في “مؤتمر إيلات للصحافة” اليوم، إن",
# "مراسل الشؤون العسكرية في "القناة 13"، أور هيلر") when the term closes that phrase.
_IN = normalize("في")
# ... unless a verb of calling, describing or demanding governs it: "وصفه بـ«الخائن»",
# "المطالبة بـ"رحيل النظام"" are the speaker's words.
_CALLING = frozenset(normalize(w) for w in [
    "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "المطالبة", "مطالبا", "مطالبة", "مطالبين",
    "وصف", "وصفت", "وصفوا", "وصفه", "وصفها", "وصفهم", "وصفوه", "واصفا", "واصفة", "سمى", "سماه", "سمته",
    "اعتبر", "اعتبرت", "نعت", "نعته", "نعتت", "اتهم", "اتهمت", "اتهموا", "وصفته", "وصفتها"])
_POSSESSIVES = ("\u0647\u0627", "\u0647\u0645", "\u0647")  # ـها ـهم ـه: "بفيلمها", "برنامجه"  # ل glued to a quotation: "لـ«الشرق الأوسط»" names an outlet


def quotations(text_or_article: str | Article, *, tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every pair of quotation marks in the text, one row each, in the order they open.

    Columns: ``text`` (inside the marks, exactly ``text[start:end]``; an unclosed
    quotation runs to the end of its paragraph), ``start``, ``end``, ``open_mark``,
    ``close_mark`` (empty when unclosed), ``closed``, ``kind`` (speech, partial, name),
    ``speaker`` (fullest name, title or institution; empty when nobody is found),
    ``speaker_as_written`` (the attribution's words nearest the quote; empty for a bare
    "وأضاف:"), ``attribution`` (before, after, title, statement, continued, none: see
    the module's docstring), ``paragraph`` (from 1) and ``sentence`` (the token table's
    sentence number at the opening mark).

    ``tokens``: the token table :func:`analysis.tokenize` made of this same text, so it
    is not tokenized again. Bad input (stray or unbalanced marks, marks only, thousands of
    quotations) gives a table, in time linear in the text.
    """
    text = text_or_article.text if isinstance(text_or_article, Article) else text_or_article
    if not isinstance(text, str):
        raise TypeError(f"quotations() takes a str or an Article, not {type(text_or_article).__name__}")
    if tokens is None:
        tokens = tokenize(text, warn=False)
    elif not set(TOKEN_COLUMNS) <= set(tokens.columns):
        raise ValueError(f"quotations(): tokens must be a token table with columns {TOKEN_COLUMNS}")
    elif len(tokens) and int(tokens["end"].max()) > len(text):
        raise ValueError("quotations(): the token table was made from a different (longer) text")
    pairs = find_pairs(text)
    paragraph_ends = dict(zip(*paragraphs_frame(text)[["paragraph", "end"]].to_dict("list").values()))
    spans = [(pair.start + len(pair.open_mark), _inner_end(pair, paragraph_ends)) for pair in pairs]
    starts, ends = tokens["start"].tolist(), tokens["end"].tolist()
    speakers = Speakers(text, tokens, _inside(starts, ends, pairs, spans), _short_names(text, starts, pairs, spans))
    rows = []
    previous: tuple[QuotePair, Found, str] | None = None
    for pair, (inner_start, inner_end) in zip(pairs, spans):
        kind, found = _read(speakers, text, pair, inner_start, inner_end, previous)
        if pair.depth == 0:
            previous = (pair, found, kind)
        token = min(bisect.bisect_left(speakers.start, pair.start), speakers.n - 1)
        sentence = speakers.sentence[token] if speakers.n else 0
        rows.append((text[inner_start:inner_end], inner_start, inner_end, pair.open_mark, pair.close_mark,
                     pair.close is not None, kind, found.speaker, found.written, found.attribution,
                     pair.paragraph, sentence))
    frame = pd.DataFrame(rows, columns=QUOTATION_COLUMNS)
    return frame.astype({"text": "str", "start": "int64", "end": "int64", "open_mark": "str", "close_mark": "str",
                         "closed": "bool", "kind": "str", "speaker": "str", "speaker_as_written": "str",
                         "attribution": "str", "paragraph": "int64", "sentence": "int64"})


def _inner_end(pair: QuotePair, paragraph_ends: dict[int, int]) -> int:
    return pair.close if pair.close is not None else paragraph_ends.get(pair.paragraph, pair.start + len(pair.open_mark))


def _inside(starts: list[int], ends: list[int], pairs: list[QuotePair], spans: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it lies inside a quotation (one pass: +1 where a
    quotation's tokens start, -1 after they end, then a running sum)."""
    change = [0] * (len(starts) + 1)
    for pair, (inner_start, inner_end) in zip(pairs, spans):
        first = bisect.bisect_left(starts, inner_start)
        last = bisect.bisect_right(ends, inner_end)
        if first < last:
            change[first] += 1
            change[last] -= 1
    return [depth > 0 for depth in itertools.accumulate(change[:-1])]


def _short_names(text: str, starts: list[int], pairs: list[QuotePair],
                 spans: list[tuple[int, int]]) -> dict[int, tuple[str, int]]:
    """Closed quotations of a few words, by the token index of their opening mark, with
    their closing mark's token index: a title or an outlet followed by one is followed by a
    quoted name ("صحيفة «جيروزاليم بوست»")."""
    names = {}
    for pair, (inner_start, inner_end) in zip(pairs, spans):
        inner = text[inner_start:inner_end]
        if pair.close is not None and pair.depth == 0 and 0 < len(inner.split()) <= _NAME_WORDS + 1:
            names[bisect.bisect_left(starts, pair.start)] = (" ".join(inner.split()), bisect.bisect_left(starts, pair.close))
    return names


NONE = Found("", "", "none")


def _read(speakers: Speakers, text: str, pair: QuotePair, inner_start: int, inner_end: int,
          previous: tuple[QuotePair, Found, str] | None) -> tuple[str, Found]:
    """(kind, speaker found) for one quotation."""
    inner = text[inner_start:inner_end]
    words = len(inner.split())
    named = words <= _LONGEST_NAME and normalize(inner.split()[0] if words else "") not in _CLAUSE_OPENERS
    if (named and _names_a_thing(speakers, pair.start)) or _term_after_preposition(
            speakers, pair, words) or (
            words <= _FOREIGN_WORDS and not ARABIC_LETTER.search(inner)) or _heads_a_construct(speakers, pair, words) \
            or _names_a_person(speakers, pair, words):
        return "name", NONE  # "قناة «الحدث»", "برنامج "Les Maternelles"" (not "لـ"عدم تحرك ... مطالبنا"")
    listed = _listed_after(text, pair, previous)
    if listed is not None:
        return listed
    if pair.depth > 0:  # quoted inside a quotation: the speaker's words, not a new speaker
        return ("name" if words <= _NAME_WORDS else "partial"), NONE
    opens_paragraph = _opens_paragraph(speakers, pair.start)
    before = speakers.before(pair.start, may_cross=opens_paragraph)
    after = speakers.after(pair.close + len(pair.close_mark)) if pair.close is not None else None
    found = next((f for f in (before, after) if f is not None and f.speaker and f.attribution != "continued"), None)
    found = found or next((f for f in (before, after) if f is not None and f.speaker), None)
    if found is None and opens_paragraph and previous is not None:
        found = continues(previous, pair) or resumes(speakers, previous, pair)
    speech = _is_speech(speakers, pair, opens_paragraph, words) or (after is not None and after.speaker)
    if found is None and words > _NAME_WORDS:
        found = their_words(speakers, pair)
    if found is None and words > _NAME_WORDS:
        found = nearby_speaker(speakers, pair, 1 if _opens_sentence(speakers, pair.start) else 0)
    if found is None:
        reported = before is not None or after is not None
        return ("speech" if speech else "name" if words <= _NAME_WORDS and not reported else "partial"), NONE
    return ("speech" if speech else "partial"), found


def _names_a_person(speakers: Speakers, pair: QuotePair, words: int) -> bool:
    """A word or two quoted right after a noun for a person ("عن الطفل "مينا"", "النجم
    «الماتادور»") name that person - unless a verb before the noun makes it a speaker
    ("قال الطفل "شكرا"")."""
    i = bisect.bisect_right(speakers.end, pair.start) - 1
    if words > _PERSON_NAME_WORDS or pair.close is None or i < 0 or speakers.kind[i] != "word" \
            or speakers.norm[i] not in _PERSON_NOUNS:
        return False
    return i == 0 or speakers.verb_gender[i - 1] is None


def _heads_a_construct(speakers: Speakers, pair: QuotePair, words: int) -> bool:
    """One quoted word with the definite noun it is in construct with right after the
    closing mark, no comma between ("أن "جيش" الاحتلال أوصى"): a word of the writer's own
    sentence set off in quote marks, not somebody's words."""
    if words != 1 or pair.close is None:
        return False
    i = bisect.bisect_left(speakers.start, pair.close + len(pair.close_mark))
    return (i < speakers.n and speakers.kind[i] == "word" and speakers.start[i] == pair.close + len(pair.close_mark) + 1
            and speakers.norm[i].startswith(AL) and speakers.paragraph[i] == speakers.paragraph[i - 1])


def _listed_after(text: str, pair: QuotePair, previous: tuple[QuotePair, Found, str] | None):
    """A quotation joined to the one before by و، أو or a comma only ("«حرب غزة»، و«حرب
    التكوين»", "هتفوا: “...” و”...”") is more of the same: same kind, same speaker."""
    if previous is None or previous[0].close is None or pair.depth:
        return None
    last, found, kind = previous
    if kind == "name" and len(text[pair.start : pair.close or pair.start].split()) > _LONGEST_NAME:
        return None  # "بخصوص «المينورسو»، «جاء متناسبا مع ...»": a list of names holds no speech
    between = text[last.close + len(last.close_mark) : pair.start]
    if _JOINERS.fullmatch(between) is None:
        return None
    return kind, (Found(found.speaker, "", "continued") if found.speaker else NONE)


def _opens_sentence(speakers: Speakers, offset: int) -> bool:
    """Nothing but a colon stands between the last sentence's end and the mark."""
    i = bisect.bisect_right(speakers.end, offset) - 1
    return i < 0 or speakers.norm[i] in _SENTENCE_ENDS or speakers.sentence[i] != speakers.sentence[min(i + 1, speakers.n - 1)]


def _opens_paragraph(speakers: Speakers, offset: int) -> bool:
    i = bisect.bisect_left(speakers.start, offset)
    return i == 0 or (i < speakers.n and speakers.paragraph[i - 1] != speakers.paragraph[i])


def _names_a_thing(speakers: Speakers, offset: int) -> bool:
    """The word before the opening mark introduces a name (قناة، عملية، كتاب ...) or is a
    lone ل ("لـ«الشرق الأوسط»", "لـ "العربي الجديد""), or the quotation was read as a speaker's name."""
    i = bisect.bisect_right(speakers.end, offset) - 1
    if i + 1 in speakers.quoted_names:
        return True  # the quoted name of a speaker: "رئيس الحكومة “سعد الدين العثماني”"
    if i < 0 or speakers.kind[i] != "word" or speakers.paragraph[i] != speakers.paragraph[min(i + 1, speakers.n - 1)]:
        return False
    word = speakers.norm[i]
    if word in (_LAM, clitics.CONJUNCTIONS[0] + _LAM):
        return True  # glued or written apart: "لـ "العربي الجديد""
    # "قناة «الحدث»", "بفيلمها «وجدة»", "موقع التواصل الاجتماعي "فيس بوك"" (adjectives between)
    for k in range(i, max(-1, i - 3), -1):
        if k < i and not (speakers.kind[k] == "word" and speakers.norm[k + 1].startswith(AL)):
            break
        if _introduces(speakers.norm[k], speakers.stem[k]):
            return True
    return False


def _term_after_preposition(speakers: Speakers, pair: QuotePair, words: int) -> bool:
    """A few words quoted right after a preposition ("من "حرية حرية" إلى "ارحل"",
    "بـ«كورونا»"; after في only when a comma or a word ending the subject follows) are a
    term mentioned, not words spoken - unless a verb of calling, describing or demanding
    stands before in the clause ("وصفها بـ«الكارثية»", "لما سماه "الاختطاف"")."""
    offset = pair.start
    i = bisect.bisect_right(speakers.end, offset) - 1
    if words > _TERM_WORDS or i < 0 or speakers.kind[i] != "word":
        return False
    if speakers.norm[i] not in _TERM_PREPOSITIONS and not (speakers.norm[i] == _IN and _closes_phrase(speakers, pair)):
        return False
    first = bisect.bisect_left(speakers.start, offset + 1)  # the first token inside the marks
    if first < speakers.n and speakers.kind[first] == "number":
        return False  # "من "30 لاعبا"": a count, not a term
    if speakers.paragraph[i] != speakers.paragraph[min(i + 1, speakers.n - 1)]:
        return False
    calling = (k for k in range(i - 1, max(-1, i - _CLAUSE_WORDS), -1)
               if speakers.kind[k] == "word" and speakers.sentence[k] == speakers.sentence[i])
    return not any(speakers.norm[k] in _CALLING or speakers.norm[k][1:] in _CALLING for k in calling)


def _closes_phrase(speakers: Speakers, pair: QuotePair) -> bool:
    """A comma or a word that ends a subject (اليوم، إن، أمس ...) right after the closing
    mark, and the reporting verb nearer before than any إن/أن: the quotation sits in the
    clause's circumstance, not in the reported words ("فتقول إنها تقضي يومها في “التوكتوك”")."""
    if pair.close is None:
        return False
    k = bisect.bisect_left(speakers.start, pair.close + len(pair.close_mark))
    if not (k < speakers.n and (speakers.norm[k] in COMMAS or speakers.norm[k] in ENDERS)):
        return False
    i = bisect.bisect_right(speakers.end, pair.start) - 1
    for k in range(i, max(-1, i - 2 * _CLAUSE_WORDS), -1):
        if speakers.sentence[k] != speakers.sentence[i] or speakers.norm[k] in _SPEECH_OPENERS:
            return False
        if speakers.verb_gender[k] is not None:
            return True
    return False


def _introduces(word: str, stem: str) -> bool:
    bare = next((word[: -len(end)] for end in _POSSESSIVES if word.endswith(end) and len(word) > len(end) + 2), word)
    return any(clitics.split_proclitic(form, NAME_INTRODUCERS) is not None for form in (word, bare)) \
        or stem in NAME_INTRODUCERS


def _is_speech(speakers: Speakers, pair: QuotePair, opens_paragraph: bool, words: int) -> bool:
    """A colon, a reporting verb or its subject right before the mark, a quotation that
    opens its paragraph or sentence, or one of more than a few words after إن/أن (a word
    or two after بأنه is a fragment: "وصف الوضع بأنه «كارثي»")."""
    if opens_paragraph:
        return True
    i = bisect.bisect_right(speakers.end, pair.start) - 1
    if i < 0:
        return True
    if speakers.sentence[i] != speakers.sentence[min(i + 1, speakers.n - 1)] or speakers.norm[i] in ":\u060c,":
        return True
    if speakers.kind[i] == "word" and speakers.norm[i] in _SPEECH_OPENERS:
        return words > _NAME_WORDS
    if speakers.kind[i] == "word" and speakers.norm[i] in (_BI, clitics.CONJUNCTIONS[0] + _BI):
        return False  # "وصف الخطة بـ«الفاشلة»": the object of بـ is a fragment of the writer's sentence
    if speakers.kind[i] == "word" and speakers.verb_gender[i] is not None:
        return True
    # "وشددت المدلل «...»", "قال الوزير في مؤتمر صحفي «...»": the verb's clause runs up to
    # the mark; "أكدت أن الحكومة «لن تتراجع»" is a fragment (an opener stands between).
    for k in range(i, max(-1, i - _CLAUSE_WORDS), -1):
        if speakers.sentence[k] != speakers.sentence[i] or speakers.inside[k] or speakers.norm[k] in _SPEECH_OPENERS:
            return False
        if speakers.verb_gender[k] is not None:
            return True
    return False


SPEAKER_COLUMNS = ["speaker", "quotes", "words"]


def quoted_speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted and how much: one row per speaker of ``quotes`` (the table
    :func:`quotations` returns), with ``quotes`` (how many quotations) and ``words`` (how
    many words inside them), most words first. Names and unattributed quotations are left
    out; a quotation nested in another is not counted twice."""
    missing = [column for column in ("text", "speaker", "kind") if column not in quotes.columns]
    if missing:
        raise ValueError(f"quoted_speakers: the table has no column {missing[0]!r}; pass the table quotations() returns")
    spoken = quotes[(quotes["speaker"] != "") & (quotes["kind"] != "name")]
    table = pd.DataFrame({"speaker": spoken["speaker"], "words": spoken["text"].str.split().str.len()})
    table = table.groupby("speaker", sort=False).agg(quotes=("words", "size"), words=("words", "sum")).reset_index()
    table = table.sort_values(["words", "quotes"], ascending=False, kind="stable").reset_index(drop=True)
    return table.astype({"speaker": "str", "quotes": "int64", "words": "int64"})[SPEAKER_COLUMNS]
