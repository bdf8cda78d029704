"""Numbers in running text: digits (read by :mod:`analysis.text.numerals`) and number
words with clitics, the article and construct forms (``لثلاثة``, ``الخمسة``,
``ثلاثتهم``), scale words (``10 ملايين``), numeric ranges (``بين 3 و5 ملايين``),
indefinite amounts (``آلاف``), ordinals in digits or words (``الـ 83``, ``للمرة
الثالثة``, ``الحادي والعشرين``), a time noun that is a span of one or two (``لمدة عام``,
``منذ عامين``), and the things that look like numbers but are not quoted figures
(identifiers, codes, telephone numbers, times of day, scores)."""

from __future__ import annotations

from analysis.extract.dates import DateScanner, numeric_date
from analysis.extract.scanning import (
    DURATION_CUES, IDENTIFIER_CUES, LATIN, NUMBER_WORDS, ORDINAL_NOUNS, ORDINAL_PHRASES, ORDINAL_TENS, RANGE_JOINERS,
    SCORE_CUES, TIME_OF_DAY_CUES, TIME_UNIT_NUMBER, TWO_WORD_MONTH_HEADS, YEAR_CUES, Figure,
)
from analysis.text import chars, clitics
from analysis.text.numerals import INDEFINITE, SCALES, UNITS, as_number, dual_singular, scaled, word_value

# Definite number words that count ("الخمسة الكبار", "الأشهر الثلاثة"): three to ten.
# The definite one and two are other words: الاثنين (Monday), الأحد (Sunday, or "one of").
_DEFINITE_UNITS = frozenset(w for w, v in UNITS.items() if 3 <= v <= 10)
# Pronoun suffixes on a number word: "ثلاثتهم" (the three of them).
_PRONOUNS = ("هما", "هم", "هن", "ها")
# Words joining the two ends of a range: "إلى", "حتى", "وحتى", "وإلى".
_UNTIL = frozenset({"الى", "حتى", "وحتى", "والى"})
# Marks that end a run of glued tokens: "قال:" ends one, "10:30" does not.
_RUN_ENDS = {chars.ARABIC_COMMA, ",", ".", ")", "\u00bb", chars.ARABIC_SEMICOLON, "\u2018\u2018", '"',
             chars.ARABIC_QUESTION_MARK}  # ، , . ) » ؛ ‘‘ " ؟


class QuantityScanner(DateScanner):
    """Reads numbers, ranges, amounts and ordinals at a token index."""

    # ---- identifiers -------------------------------------------------------------------
    def glued_run(self, i: int) -> tuple[int, int]:
        """The run of tokens around i with nothing between them (no space)."""
        first = i
        while first > 0 and self.glued(first) and self.kind[first - 1] in {"number", "word", "punct", "symbol"} \
                and self.token[first - 1] not in {"(", "\u00ab", "\u2019\u2019", '"'} and self.norm[first - 1] != "و":
            first -= 1
        last = i
        while last + 1 < self.n and self.glued(last + 1):
            mark = self.token[last + 1]
            between_digits = self.glued(last + 2) and self.is_digits(last + 2)
            if mark in _RUN_ENDS and not (mark == "." and between_digits) or mark == ":" and not between_digits:
                break  # "قال:" and "2016." end the run; "10:30" and "12.03.2024" do not
            last += 1
        return first, last

    def identifier(self, i: int) -> Figure | None:
        """Digits that name or time something rather than count it: "I-24/7", "970x90",
        "2178 (2014)", "10:30", numeric dates "03/04/2021", codes that start with 0."""
        if not self.is_digits(i):
            return None
        first, last = self.glued_run(i)
        parts = list(range(first, last + 1))
        if any(self.kind[k] == "word" and LATIN.search(self.token[k]) for k in parts):
            return Figure(first, last, None, "other", note="identifier (digits with Latin letters)")
        numbers = [k for k in parts if self.kind[k] == "number"]
        joiners = {self.token[k] for k in parts if self.kind[k] != "number"}
        if len(numbers) == 3 and len(parts) == 5 and len(joiners) == 1 and joiners <= {"/", "-", "."}:
            found = numeric_date([self.norm[k] for k in numbers])
            if found is None:
                return Figure(first, last, None, "other", note="numbers joined by separators")
            return self._numeric_date_range(first, last, found) or \
                Figure(first, last, None, "date", date=found[0], note=found[1])
        if len(numbers) == 2 and len(parts) == 3 and joiners <= RANGE_JOINERS and all(len(self.norm[k]) <= 2 for k in numbers) \
                and int(self.norm[numbers[0]]) >= int(self.norm[numbers[1]]) and self.month_at(last + 1) is None:
            return Figure(first, last, None, "other", note="score")  # a range never falls; "15-12 آذار" is days
        if len(numbers) == 2 and len(parts) == 3 and joiners == {"."} and self.year_at(numbers[1]):
            day_month = self.norm[numbers[0]].split(".")  # "12.03.2024": the tokenizer read "12.03" as a number
            found = numeric_date(day_month + [self.norm[numbers[1]]]) if len(day_month) == 2 else None
            if found is not None:
                return Figure(first, last, None, "date", date=found[0], note=found[1])
        if len(numbers) == 2 and len(parts) == 3 and joiners == {"/"}:
            return Figure(first, last, None, "other", note="two numbers joined by a slash")
        if len(numbers) == 2 and len(parts) == 3 and joiners == {":"}:
            return Figure(first, last, None, "other", note="time of day or score")
        if i + 3 < self.n and self.token[i + 1] == "(" and self.year_at(i + 2) and self.token[i + 3] == ")":
            return Figure(i, i + 3, None, "other", note="resolution or document number")
        return self._named_number(i, first, last, parts)

    def _numeric_date_range(self, first: int, last: int, low: tuple[str, str]) -> Figure | None:
        """"24/10/2025 إلى 31/10/2025": two numeric dates joined by إلى, حتى or a dash."""
        k = last + 1
        if not (self.word(k) in _UNTIL or k < self.n and self.token[k] in RANGE_JOINERS) or not self.spaced(k + 1):
            return None
        high_first, high_last = self.glued_run(k + 1)
        numbers = [j for j in range(high_first, high_last + 1) if self.kind[j] == "number"]
        high = numeric_date([self.norm[j] for j in numbers]) if high_first == k + 1 and len(numbers) == 3 else None
        if high is None or high[0] < low[0]:
            return None
        return Figure(first, high_last, None, "date_range", date_low=low[0], date_high=high[0], note=low[1])

    def edition(self, i: int) -> Figure | None:
        """"الدورة 53", "دورته 53": a bare number after a noun of editions is an ordinal."""
        if not (self.is_digits(i) and self.norm[i].isdigit() and self.spaced(i)) or self.word(i - 1) not in ORDINAL_NOUNS:
            return None
        nxt = self.word(i + 1) if self.spaced(i + 1) and self.noun_word(i + 1) else ""
        if nxt and not nxt.startswith(("ل", "من")):
            return None  # "الدورة ... 300 دار نشر", "الجولة 3 أيام" count; "الدورة 53 لمعرض" does not
        return Figure(i, i, int(self.norm[i]), "ordinal", noun=self.noun_before(i))

    def _named_number(self, i: int, first: int, last: int, parts: list[int]) -> Figure | None:
        previous = self.word(i - 1)
        if previous == "ص" and self.glued(i):
            return Figure(i, last, None, "other", note="page number")  # "التفاصيل ص2"
        if previous in TIME_OF_DAY_CUES:
            return Figure(i, last, None, "other", note="time of day")
        if previous in SCORE_CUES and len(parts) == 3:
            return Figure(first, last, None, "other", note="score")
        if previous == "رقم" and self.word(i - 2).endswith(("ه", "ها", "هم")) and self.noun_word(i - 2) \
                and len(parts) == 1 and self.digits(i):  # "لقبه رقم 16": his 16th title, a rank
            return Figure(i, last, self.digits(i)[0], "ordinal", noun=(self.start[i - 2], self.end[i - 2]),
                          note="رقم after a possessive noun is a rank")
        if self.is_word(i - 1) and self.clitic_split(i - 1, IDENTIFIER_CUES):  # "القرار 2178", "بالرقم 112"
            last = i
            while (self.word(last + 1) == "و" or self.token[last + 1 : last + 2] in ([chars.ARABIC_COMMA], [","])) \
                    and self.is_digits(last + 2) and (self.glued(last + 2) or self.spaced(last + 2)):
                last += 2  # "الدقائق 13 و33 و64", "الدقائق 13، 33، 64": the list names them all
            return Figure(i, last, None, "other", note=f"number of a {self.token[i - 1]}")
        folded = self.norm[i]
        digits = "".join(folded.split())
        if digits[:1] == "0" and digits.isdigit() and len(digits) > 2 and not digits.startswith("000"):
            while self.is_digits(last + 1) and self.spaced(last + 1):
                last += 1  # "050 123 4567": the whole telephone number
            return Figure(i, last, None, "other", note="starts with 0 (a code or telephone number)")
        if folded.isdigit() and len(folded) > 12:
            return Figure(i, i, None, "other", note="too long for a quoted figure")
        cue = {previous, self.stem[i - 1]} if previous else set()
        if folded.isdigit() and 5 <= len(folded) <= 7 and folded[:2] in {"19", "20"} and cue & YEAR_CUES:
            return Figure(i, i, None, "other", note="looks like a mistyped year")
        # "7 5OO": digits, a space, then digits run into letters: one malformed number.
        nxt = last + 1
        if self.is_digits(nxt) and self.text[self.end[last] : self.start[nxt]] in {" ", "\u00a0"}:
            run_first, run_last = self.glued_run(nxt)
            if run_first == nxt and any(self.kind[k] == "word" and LATIN.search(self.token[k])
                                        for k in range(nxt, run_last + 1)):
                return Figure(i, run_last, None, "other", note="malformed number (letters among the digits)")
        return None

    # ---- numbers -----------------------------------------------------------------------
    def number(self, i: int) -> Figure | None:
        """Digits or number words at i, with a following scale word."""
        if self.is_digits(i):
            read = self.digits(i)
            if read is None:
                return None
            value, note = read
            last, start = i, None
        else:
            read = self._number_words(i)
            if read is None:
                return None
            value, last, start = read
            note = ""
        # A scale word after digits: "10 ملايين", "1,3 مليون", "4 آلاف".
        if self.is_digits(i) and self.spaced(last + 1) and self.word(last + 1) in SCALES:
            value = scaled(value, SCALES[self.word(last + 1)])
            last += 1
        # "35 ألفا و562", "3 ملايين و489 ألفاً و644": the rest below the scale, joined by و.
        scale = SCALES.get(self.word(last), 0)
        while scale:
            rest = self._conjoined_digits(last + 1)
            if rest is None or rest[0] >= scale:
                break
            value, last = as_number(value + rest[0]), rest[1]
            scale = rest[0] if SCALES.get(self.word(last)) else 0
        return Figure(i, last, as_number(value), "count", start=start, note=note)

    def _number_words(self, i: int) -> tuple[int | float, int, int | None] | None:
        """(value, last token, start offset or None) for number words at i, with a
        proclitic ("لثلاثة"), the article ("الخمسة") or a pronoun ("ثلاثتهم")."""
        if not self.is_word(i):
            return None
        split = self.clitic_split(i, NUMBER_WORDS)
        letters = len(split[0]) if split else 0
        if split is None:
            split = self.definite_number(self.norm[i])
            letters = len(split[0]) if split else 0
        if split is None:
            return None
        words, k = [split[1]], i + 1
        while k < min(i + 8, self.n) and self.is_word(k):  # the run of words only: "مليار و200" stops at 200
            words.append(self.norm[k])
            k += 1
        if letters or self.norm[i].startswith(clitics.ARTICLE):  # "الأربع والعشرين": the article on each part
            words = words[:1] + ["و" + w[3:] if w.startswith("وال") else w for w in words[1:]]
        read = word_value(words)
        if read is None:
            return None
        value, used = read
        return value, i + used - 1, self.offset_after_letters(i, letters) if letters else None

    @staticmethod
    def definite_number(word: str) -> tuple[str, str] | None:
        """(proclitic, number word) for a definite number word: "الخمسة", "والثلاثة" (the
        article stays in the figure's surface), "ثلاثتهم"; None for anything else."""
        for run in ("",) + clitics.PROCLITIC_RUNS:
            rest = word[len(run):]
            if word.startswith(run) and rest.startswith(clitics.ARTICLE) and rest[2:] in _DEFINITE_UNITS:
                return run, rest[2:]
        for pronoun in _PRONOUNS:
            stem = word[: -len(pronoun)]
            if word.endswith(pronoun) and stem.endswith("ت") and stem[:-1] + "ة" in _DEFINITE_UNITS:
                return "", stem[:-1] + "ة"
        return None

    def _conjoined_digits(self, k: int) -> tuple[int | float, int] | None:
        """(value, last index) for "و562" (و glued to digits), "و 562" or "و489 ألفاً" (with
        its scale word) at token k."""
        if self.word(k) == "و" and self.spaced(k) and (self.glued(k + 1) or self.spaced(k + 1)) and self.is_digits(k + 1):
            read = self.digits(k + 1)
            if read is None:
                return None
            if self.spaced(k + 2) and self.word(k + 2) in SCALES:
                return scaled(read[0], SCALES[self.word(k + 2)]), k + 2
            return read[0], k + 1
        return None

    def range_(self, i: int) -> Figure | None:
        """"من 3 إلى 10", "بين 24 و27", "18-26"."""
        if self.is_digits(i) and i + 2 < self.n and self.token[i + 1] in RANGE_JOINERS and self.is_digits(i + 2):
            low, high = self.digits(i), self.digits(i + 2)
            if self.word(i - 1) == "و" and self.is_digits(i - 2) and self.token[i - 3] in RANGE_JOINERS \
                    and self.is_digits(i - 4):  # "6-4 و5-7": a set lost in a list of scores
                return Figure(i, i + 2, None, "other", note="score in a list of scores")
            if low and high and low[0] < high[0] and self.same_sentence(i, i + 2):
                return self._years(i, i + 2) or Figure(i, i + 2, None, "range", low=low[0], high=high[0])
        opener = self.word(i)
        if opener == "ما" and self.word(i + 1) == "بين":
            opener, k = "بين", i + 2
        elif opener in {"من", "بين"}:
            k = i + 1
        elif self.is_digits(i) and (alone := self.number(i)) is not None and self.word(alone.last + 1) in _UNTIL:
            opener, k = "", i  # "30 إلى 33 درجة"
        else:
            return None
        low = self.number(k) if k < self.n else None
        if low is None or low.kind != "count" or not self.same_sentence(i, low.last + 1):
            return None
        joiner = low.last + 1
        joins = {"و", "الى"} if opener == "بين" else _UNTIL
        high = self.number(joiner + 1) if self.word(joiner) in joins else None
        if high is None or high.kind != "count" or not low.value < high.value:
            return None
        low_value = low.value
        # "بين 3 و5 ملايين": the scale after the second number applies to both.
        if high.last > high.first and self.word(high.last) in SCALES and low.last == low.first:
            low_value = scaled(low.value, SCALES[self.word(high.last)])
        return self._years(k, high.last, first=i) or Figure(i, high.last, None, "range", low=low_value, high=high.value)

    def _years(self, low: int, high: int, first: int | None = None) -> Figure | None:
        """"2006-2007", "بين 1931 و1933": two years with nothing counted after them are a
        range of dates."""
        years = self.year_at(low), self.year_at(high)
        if None in years or self.spaced(high + 1) and self.noun_word(high + 1) \
                and self.word(high + 1) not in TIME_UNIT_NUMBER:
            return None
        return Figure(low if first is None else first, high, None, "date_range", date_low=str(years[0]),
                      date_high=str(years[1]))

    # ---- amounts without a number, spans of one, ordinals -----------------------------------
    def indefinite(self, i: int) -> Figure | None:
        """"آلاف السجلات", "عشرات القتلى", "مئات الآلاف", "العشرات"."""
        split = self.clitic_split(i, INDEFINITE) if self.is_word(i) else None
        if split is None:
            return None
        last = i + (self.spaced(i + 1) and self.word(i + 1) in {"الالاف", "الملايين", "الالوف"})
        start = self.offset_after_letters(i, len(split[0])) if split[0] else None
        return Figure(i, last, None, "count", start=start, note="indefinite amount")

    def span_of_time(self, i: int) -> Figure | None:
        """A time noun with no digits: one after a duration cue ("لمدة عام", "منذ شهر",
        "بعد أقل من سنة") or before "واحد" ("يوما واحدا"), two as a dual after a cue or كل
        ("منذ عامين", "كل سنتين"); not "هذا العام" (definite) or "عام 2014" (a year)."""
        number = TIME_UNIT_NUMBER.get(self.word(i))
        if number and self.spaced(i + 1) and self.word(i + 1) in {"واحد", "واحدة", "واحدا"}:
            return Figure(i, i + 1, 1, "duration", noun=(self.start[i], self.end[i]), note="one, in words after its noun")
        if number not in {"singular", "dual"} or self.is_digits(i + 1) and self.spaced(i + 1) \
                or self.month_at(i) is not None or self.hijri_month_at(i + 1):
            return None  # "عام 2014" is a year, "شهر رمضان" and "شهر مارس" are months
        k = i - 1
        while k > i - 5 and self.is_word(k) and self.word(k) not in DURATION_CUES and self.word(k) in _QUALIFIER_WORDS:
            k -= 1
        cue = self.word(k)
        cue = cue[1:] if cue[:1] in "وف" and cue[1:] in DURATION_CUES else cue  # "وخلال اليومين"
        # "1000 قتيل في شهر": في before a time noun that ends its clause makes a span.
        clause_ends = not (self.word(i + 1) and self.same_sentence(i, i + 1))
        if cue not in DURATION_CUES and not (number == "dual" and self.word(i - 1) == "كل") \
                and not (cue == "في" and k == i - 1 and clause_ends):
            return None
        if number == "singular":
            return Figure(i, i, 1, "duration", noun=(self.start[i], self.end[i]), note="a time noun alone is a span of one")
        # "منذ عامين": the dual counts two of the singular unit, so the noun is "عام".
        return Figure(i, i, 2, "duration", noun=(self.start[i], self.end[i]), note="a dual time noun is a span of two",
                      noun_text=dual_singular(self.token[i]))

    def ordinal(self, i: int) -> Figure | None:
        """"الدورة الـ 83", "الـ83", "للمرة الثالثة", "أول مرة", "الحادي عشر", "القرن
        الحادي والعشرين" (the noun: the definite word before, or the word after a bare
        ordinal)."""
        if self.word(i) == "ال" and self.is_digits(i + 1) and (self.glued(i + 1) or self.spaced(i + 1)):
            value = self.digits(i + 1)
            noun = self.noun_before(i)
            if noun is None and self.spaced(i + 2) and self.noun_word(i + 2):
                return None  # "الـ 48 ساعة": the 48 hours, a count read at the digits
            if value:
                return Figure(i, i + 1, value[0], "ordinal", noun=noun)
        if not self.is_word(i) or self.word(i - 1) in TWO_WORD_MONTH_HEADS | TIME_OF_DAY_CUES | {"ربيع", "جمادى"}:
            return None
        clitic, word, last = self._ordinal_words(i)
        if word is None:
            return None
        start = self.offset_after_letters(i, len(clitic)) if clitic else None
        if word.startswith("ال"):
            if word == "الاول" and self.word(i - 1) == "امس":
                return None  # "أمس الأول": the day before yesterday
            noun = self.noun_before(i)
            if word in ORDINAL_TENS and noun is None:
                return None  # "العشرين" alone is a cardinal ("مجموعة العشرين"), not "the twentieth"
            return Figure(i, last, ORDINAL_PHRASES.get(word, ORDINAL_TENS.get(word)), "ordinal", start=start, noun=noun)
        if self.word(last + 1) in {"امس"}:  # "أول أمس": the day before yesterday
            return None
        noun = (self.start[last + 1], self.end[last + 1]) if self.spaced(last + 1) and self.is_word(last + 1) \
            and self.word(last + 1) not in NUMBER_WORDS else self.noun_before(i)  # "المصنف أول"
        return Figure(i, last, ORDINAL_PHRASES[word], "ordinal", start=start, noun=noun)

    def _ordinal_words(self, i: int) -> tuple[str, str | None, int]:
        """(clitic, ordinal phrase, last token) at i: one word or two ("الحادي عشر"),
        after a proclitic ("لأول", "وللثالثة": ل before the article drops its alef)."""
        phrases = ORDINAL_PHRASES.keys() | ORDINAL_TENS.keys()
        word = self.word(i)
        for clitic in ("",) + clitics.PROCLITIC_RUNS:
            if not word.startswith(clitic):
                continue
            rest = word[len(clitic):]
            if clitic.endswith(clitics.LAM) and rest.startswith(clitics.LAM):
                rest = "ا" + rest  # "للثالثة" is ل + الثالثة
            two = f"{rest} {self.word(i + 1)}"
            if self.spaced(i + 1) and two in phrases:
                return clitic, two, i + 1
            if rest in phrases:
                return clitic, rest, i
        return "", None, i


# Words a qualifier between a duration cue and its time noun is made of: "بعد أقل من سنة".
_QUALIFIER_WORDS = frozenset({"اقل", "اكثر", "من", "نحو", "حوالي", "حوالى", "قرابة", "ما", "يقرب", "يزيد", "على", "عن"})
