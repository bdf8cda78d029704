"""The people and institutions an article names, so a quotation's speaker can be given at
its fullest: "شتوك" -> "يورغن شتوك", "الأمين العام" -> the name that followed that title,
"المدرب الإسباني" -> the coach named earlier, "الوزارة" -> "وزارة الصحة الفلسطينية".

Plain Python, no pandas: the speaker scanner feeds it every title + name it reads, in
reading order, with where it stood and the gender its verb or title shows.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from analysis.text.normalization import normalize

# How many earlier mentions a description may look back through.
_LOOKBACK = 40
# How many of the names sharing a word are compared (the latest): bounded work per look-up.
_CANDIDATES = 200


# Titles that name the same post: a football coach is "المدرب" or "المدير الفني".
_SAME_POST = {normalize("مدير فني"): normalize("مدرب"), normalize("مديرة فنية"): normalize("مدربة")}


def title_key(title: str) -> str:
    """A normalized title without its article, so "المحافظ" and "محافظ المدينة" meet
    (and "المدير الفني" meets "المدرب")."""
    key = title[2:] if title.startswith("\u0627\u0644") else title  # ال
    words = [word[2:] if word.startswith("\u0627\u0644") else word for word in key.split()[:2]]
    post = _SAME_POST.get(" ".join(words))
    return post + key[len(" ".join(key.split()[:2])):] if post else key


def title_gender(title: str) -> str:
    """"f" when the title's head is feminine (ends with ة), "m" otherwise, "" without one."""
    if not title:
        return ""
    head = title.split()[0]
    return "f" if head.endswith("\u0629") else "m"  # ة


def agrees(first: str, second: str) -> bool:
    """Two genders ("m", "f", "pl" or "" for unknown) can be the same speaker."""
    return not first or not second or first == second


@dataclass
class Mention:
    offset: int
    name: str  # as written: a person's or institution's name, or the title itself when nameless
    gender: str
    title: str  # normalized
    named: bool  # a name followed the title
    spoke: bool = False  # the subject of a reporting verb, not only mentioned


@dataclass
class NameBook:
    """Every title + name met, by position; full names indexed by their words."""

    mentions: list[Mention] = field(default_factory=list)
    _offsets: list[int] = field(default_factory=list)
    _names_by_word: dict[str, list[str]] = field(default_factory=dict)
    _known: set[tuple[str, str]] = field(default_factory=set)

    def learn(self, offset: int, title: str, name: str, gender: str, written: str = "", *, spoke: bool = False) -> None:
        """Record that ``name`` (or, without one, ``written``) appeared at ``offset`` with
        ``title``; ``spoke``: as the subject of a reporting verb."""
        if name:
            for word in set(normalize(name).split()):
                if (word, name) not in self._known:
                    self._known.add((word, name))
                    self._names_by_word.setdefault(word, []).append(name)
        if name or written:
            self.mentions.append(Mention(offset, name or written, gender, title, bool(name), spoke))
            self._offsets.append(offset)

    def fullest(self, name: str) -> str:
        """The longest name the article gives that holds every word of ``name``."""
        words = normalize(name).split()
        if not words:
            return name
        candidates = self._names_by_word.get(words[0], [])[-_CANDIDATES:]
        fuller = [known for known in candidates if set(words) <= set(normalize(known).split())]
        return max(fuller, key=lambda known: len(known.split()), default=name)

    def by_title(self, title: str, offset: int, gender: str, *, nameless: bool = False) -> str:
        """The name given with ``title`` (or a title that starts the same way: "الرئيس"
        meets "الرئيس الفرنسي"), nearest before ``offset``, else the first one after; one
        who spoke beats one only mentioned ("وقال المدرب" is the coach who has been
        speaking, not the famous coach his record equals). With ``nameless``, a title seen
        without a name counts too ("مصدر أمني")."""
        key = title_key(title).split()
        for after in (False, True):  # anything before beats anything after
            for length in range(len(key), 0, -1):
                wanted = key[:length]
                for spoke in (True, False):
                    found = self._nearest(offset, lambda m: title_key(m.title).split()[:length] == wanted
                                          and (m.named or nameless) and agrees(m.gender, gender)
                                          and (m.spoke or not spoke), after=after)
                    if found:
                        return self.fullest(found.name) if found.named else found.name
        return ""

    def recent_person(self, offset: int, gender: str, since: int = 0) -> str:
        """The person named with a title last before ``offset`` (and from ``since`` on)
        whose gender is ``gender``."""
        found = self._nearest(offset, lambda m: m.named and m.title and m.gender == gender and m.offset >= since)
        return self.fullest(found.name) if found else ""

    def recent_named(self, offset: int, gender: str) -> str:
        """The person named last before ``offset`` whose gender is ``gender``, with or
        without a title ("أبو عرب" in "لم يجد أبو عرب ..."): who a story's first bare
        "يقول:" is about."""
        found = self._nearest(offset, lambda m: m.named and m.gender == gender)
        return self.fullest(found.name) if found else ""

    def _nearest(self, offset: int, wanted, after: bool = False) -> Mention | None:
        """The mention nearest before ``offset`` that is ``wanted`` (with ``after``: the
        first one from ``offset`` on)."""
        index = bisect.bisect_left(self._offsets, offset)
        if after:
            return next((m for m in self.mentions[index : index + _LOOKBACK] if wanted(m)), None)
        return next((m for m in reversed(self.mentions[max(0, index - _LOOKBACK) : index]) if wanted(m)), None)
