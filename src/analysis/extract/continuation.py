"""Who speaks a quotation no clause attributes: the speech it continues.

A quotation opening a paragraph after an unclosed one, or a few paragraphs after the last
speech with no reporting verb between, goes on with that speaker; "أما رسالته فهي: «...»"
gives the words to the last speaker of the pronoun's gender; a long quotation in a
speaker's paragraph is that speaker's. Used by :mod:`analysis.extract.quotes`.
"""

from __future__ import annotations

import bisect

from analysis.extract.quote_marks import QuotePair
from analysis.extract.speakers import Found, Speakers

_CLAUSE_WORDS = 8  # how far back a pronoun before the colon is looked for
_OWNERS = (("\u0647\u0627", "f"), ("\u0647", "m"))  # ـها hers, ـه his (ـة is no pronoun)
_RESUME_PARAGRAPHS = 3  # a closed speech resumed after this many paragraphs of the speaker's story
_OPEN_QUOTE_PARAGRAPHS = 2  # an unclosed quotation goes on in a quotation this many paragraphs on


def nearby_speaker(speakers: Speakers, pair: QuotePair, paragraphs: int) -> Found | None:
    """A quotation no clause attributes, in the paragraph of a speaker (or, opening a
    sentence, the one after it): that speaker goes on ("قال الوزير إن ... .⏎«...»")."""
    speaker = speakers.continued(pair.start, "", paragraphs=paragraphs)
    return Found(speaker, "", "continued") if speaker else None


def continues(previous: tuple[QuotePair, Found, str], pair: QuotePair) -> Found | None:
    """A quotation opening one of the two paragraphs after an unclosed one continues the
    same speech (the English habit: each paragraph of a long quotation opens with a mark,
    only the last one closes, and a paragraph of plain facts may stand between)."""
    last, found, _ = previous
    if last.close is None and 0 < pair.paragraph - last.paragraph <= _OPEN_QUOTE_PARAGRAPHS and found.speaker:
        return Found(found.speaker, "", "continued")
    return None


def their_words(speakers: Speakers, pair: QuotePair) -> Found | None:
    """"أما رسالته فهي: «...»": a colon after a clause with a noun of his (ـه) or hers (ـها),
    no verb: the words of the last speaker of that gender, this paragraph or the one before
    (else the last person of that gender named); nobody when none agrees."""
    i = bisect.bisect_right(speakers.end, pair.start) - 1
    if i < 1 or speakers.norm[i] != ":":
        return None
    for k in range(i - 1, max(-1, i - _CLAUSE_WORDS), -1):
        if speakers.sentence[k] != speakers.sentence[i] or speakers.kind[k] != "word" or speakers.inside[k]:
            return None
        gender = next((g for end, g in _OWNERS if speakers.token[k].endswith(end) and len(speakers.token[k]) > len(end) + 2), "")
        if gender:
            speaker = speakers.continued(pair.start, gender, paragraphs=1) or speakers.book.recent_named(pair.start, gender)
            return Found(speaker, "", "continued" if speaker else "none")  # hers is no man's: abstain
    return None


def _offset(event: tuple) -> int:
    return event[0]


def resumes(speakers: Speakers, previous: tuple[QuotePair, Found, str], pair: QuotePair) -> Found | None:
    """A quotation opening a paragraph a few paragraphs after the last speech, with no
    reporting verb in between (the speaker's story told on without marks): the same
    speaker goes on."""
    last, found, kind = previous
    if kind != "speech" or not found.speaker or not 0 < pair.paragraph - last.paragraph <= _RESUME_PARAGRAPHS:
        return None
    between = bisect.bisect_left(speakers.events, pair.start, key=_offset) - \
        bisect.bisect_right(speakers.events, last.start, key=_offset)
    return Found(found.speaker, "", "continued") if between <= 0 else None
