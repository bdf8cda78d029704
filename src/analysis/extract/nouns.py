"""What a number counts and how sure the text is of it: the qualifier before or after
(``أكثر من``, ``على الأقل``), the counted noun (after the number, after ``من``, before a
definite number word, or named before it: ``عدد القتلى 25``), and the kind this gives
the figure (percent, money, duration, age, year, count)."""

from __future__ import annotations

from analysis.extract.quantities import QuantityScanner
from analysis.extract.scanning import (
    AGE_CUES, CURRENCIES, CURRENCY_SIGNS, DEATH_VERBS, DEMONSTRATIVES, MONTHS, PERCENT_SIGNS, PERCENT_WORDS,
    AMOUNT_VERBS, CHANGE_NOUNS, POST_QUALIFIERS, QUALIFIERS, RATE_WORDS, TIME_UNITS, TOTAL_CUES, YEAR_CUES, Figure,
)


class NounScanner(QuantityScanner):
    """Finds the qualifier and the counted noun of a number and decides its kind."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.last_percent: Figure | None = None  # the percentage read last, for "13.7% و3.9%"

    # ---- qualifiers ------------------------------------------------------------------
    def qualifier_before(self, figure: Figure) -> None:
        i = figure.first
        if self._degree_before(figure):  # "لما دون الـ°20": the qualifier is before "الـ°"
            i -= 1 + (self.word(i - 2) == "ال" and self.glued(i - 1))
        if i == 0 or not (self.spaced(i) or self.glued(i) and self.is_word(i - 1) and self.is_digits(i)):
            return  # "حوالي9": a qualifier may be glued to the digits
        found = self.phrase_at(i - 1, QUALIFIERS, backwards=True)
        if found and not any(self.used[k] for k in range(found[0], found[1] + 1)):
            first, last, _, clitic = found
            start = self.offset_after_letters(first, len(clitic)) if clitic else self.start[first]
            figure.qualifier = (start, self.end[last])
            phrase = " ".join(self.norm[k] for k in range(first, last + 1))
            figure.approx = QUALIFIERS.get(phrase) or QUALIFIERS[phrase[len(clitic):]]

    def qualifier_after(self, figure: Figure, after: int) -> None:
        if figure.qualifier is not None or after >= self.n or not self.spaced(after):
            return
        found = self.phrase_at(after, POST_QUALIFIERS)
        if found and found[3] == "":
            first, last, _, _ = found
            figure.qualifier = (self.start[first], self.end[last])
            figure.approx = POST_QUALIFIERS[" ".join(self.norm[k] for k in range(first, last + 1))]

    def _degree_before(self, figure: Figure) -> bool:
        """"°20": a degree sign glued before the digits (copied right to left)."""
        first = figure.first
        return first > 0 and self.token[first - 1] == DEGREE and self.glued(first) and self.is_digits(first)

    # ---- nouns -------------------------------------------------------------------------
    def _looks_like_verb(self, i: int) -> bool:
        """Present tense (يـ) or past plural (ـوا) verbs: "يتبادلها", "قتلوا"."""
        word = self.norm[i]
        if word in TIME_UNITS or word in CURRENCIES or word in MONTHS:
            return False
        return (word.startswith("ي") and not word.endswith(("ة", "ات", "ين", "ون"))) or word.endswith("وا")

    def noun_after(self, figure: Figure, k: int) -> int:
        """Find the counted noun from token k; store its span; return the index after it."""
        if k >= self.n or not self.same_sentence(figure.last, k) or not (self.spaced(k) or self._glued_noun(figure, k)):
            return k
        if self.norm[k] == "من" and self.word(k + 1) == "اصل":
            return figure.last + 1  # "12 مليونا من أصل 21": "out of" leads the next figure
        if self.norm[k] == "من" and self.spaced(k + 1):  # "7 500 من المقاتلين"
            k += 1
        head = k
        if self.word(k) in DEMONSTRATIVES and self.spaced(k + 1):
            k += 1  # "ثلاثة من هذه الخطوط"
        if not self.noun_word(k) or self._looks_like_verb(k):
            return figure.last + 1
        definite = self.norm[k].startswith("ال")
        last = k
        limit = 3 if definite else 2
        while last - k + 1 < limit and self.spaced(last + 1) and self.noun_word(last + 1):
            if not self._continues_noun(k, last + 1, definite):
                break
            last += 1
        figure.noun = (self.start[head], self.end[last])
        return last + 1

    def _glued_noun(self, figure: Figure, k: int) -> bool:
        """"1000قتيل": a noun glued to the digits by a lost space (not "و17", where the
        conjunction leads the next figure, nor a month: "28يناير")."""
        return self.glued(k) and self.is_digits(figure.last) and self.noun_word(k) and len(self.norm[k]) > 2 \
            and self.norm[k][:1] != "و" and not self._looks_like_verb(k) and self.norm[k] not in MONTHS

    def _continues_noun(self, head: int, nxt: int, definite: bool) -> bool:
        """The word at ``nxt`` belongs to the noun phrase that ``head`` starts."""
        word = self.norm[nxt]
        if self.is_stop[nxt] or self._looks_like_verb(nxt) or definite != word.startswith("ال"):
            return False
        # "مدرسة لإيواء", "دينار لدعم", "شخصا وأصيب": a preposition or a conjunction
        # starts a new phrase; a nisba adjective ("جهة لبنانية", "جنيه مصري") continues.
        nisba = word.endswith(("ي", "ية", "يين", "يون", "يات"))
        if not definite and (word[:1] in "وف" and not nisba or word[:1] in "يتن" and not word.endswith(("ة", "ات"))):
            return False
        if not definite and word[:1] in "لب" and not nisba:
            return False
        return not (self.norm[head] in TIME_UNITS and not nisba)

    def _count_noun_before(self, figure: Figure) -> None:
        """"عدد القتلى 25", "إجمالي الشهداء 226", "عدد القتلى من المدنيين بلغ 928": the
        noun named before the figure, up to eleven words back; not past another
        figure's digits."""
        for k in range(figure.first - 1, max(figure.first - 12, -1), -1):
            if not self.same_sentence(k, figure.first) or self.used[k] and self.is_digits(k):
                return  # another number's words ("ليومي الاقتراع") may stand between
            if self.clitic_split(k, TOTAL_CUES) and self.noun_word(k + 1):  # "وإجمالي الإصابات"
                figure.noun = (self.start[k + 1], self.end[k + 1])
                return
            if self.norm[k] in _COUNT_OF_IT and k == figure.first - 1:
                self._noun_its_count_refers_to(figure, k)
                return

    def _noun_its_count_refers_to(self, figure: Figure, k: int) -> None:
        """"في مراكز إيواء بلغ عددها 622": the noun "عددها" (their number) points back
        to, past the verb and a relative pronoun: up to three words of one definiteness
        (a noun with its adjectives or its construct)."""
        j = k - 1 - bool(self.clitic_split(k - 1, AMOUNT_VERBS))
        j -= self.word(j) in _RELATIVES
        if j < 0 or not self.same_sentence(j, k) or not self.noun_word(j) or self._looks_like_verb(j):
            return
        first, definite = j, self.norm[j].startswith("ال")
        while j - first < 2 and self.spaced(first) and self.noun_word(first - 1) and not self._looks_like_verb(first - 1) \
                and self.norm[first - 1].startswith("ال") == definite and self.norm[first - 1][:1] not in "وفبل":
            first -= 1  # "مراكز صحية جديدة": the noun with its adjectives
        figure.noun = (self.start[first], self.end[j])

    def rate_noun(self, figure: Figure) -> None:
        """What a percentage measures, named before it: "نسبة المشاركة 55%", "بلغ معدل
        البطالة 9.1 في المائة", "ارتفع الناتج المحلي الإجمالي بنسبة 9.6%" (the definite
        noun before "بنسبة")."""
        k = figure.first - 1
        if figure.qualifier is not None:
            k = next((j for j in range(k, -1, -1) if self.end[j] <= figure.qualifier[0]), -1)
        if self._coordinated_rate(figure, k):
            return
        for j in range(k, max(k - 6, -1), -1):
            if not self.same_sentence(j, figure.first) or self.used[j]:
                break
            if self.norm[j] in RATE_WORDS:
                if self.norm[j] in _RATE_HEADS and self.noun_word(j + 1) and j + 1 < figure.first:
                    figure.noun = (self.start[j], self.end[j + 1])
                elif self.norm[j] in _RATE_HEADS and j == k and j > 0 and self.noun_word(j - 1):
                    figure.noun = (self.start[j], self.end[j])  # "متجاوزا معدل 2.9%": the rate itself
                elif self.norm[j].endswith(("ه", "ها")) and self.word(j - 1)[:1] == "ب" and self.noun_word(j - 1):
                    figure.noun = (self.offset_after_letters(j - 1, 1), self.end[j - 1])  # "بزيادة نسبتها 7.2%"
                elif not self._subject_of_change(figure, j):
                    self._subject_before(figure, j)
                return
        word = self.word(k)
        if self._rate_named_earlier(figure, k):
            return
        if self.clitic_split(k, AMOUNT_VERBS):
            self._subject_before(figure, k)  # "البطالة بلغت 16.7 في المائة"
        elif word.startswith("ب") and not word.startswith("بال") and self.noun_word(k) and self.spaced(k + 1):
            figure.noun = (self.offset_after_letters(k, 1), self.end[k])  # "بنمو 8.4%": growth
        else:
            self._subject_before(figure, k + 1)

    def _coordinated_rate(self, figure: Figure, k: int) -> bool:
        """"13.7 في المائة في المدن و3.9 في المائة في البوادي": a percentage joined by و
        to the one just before it measures the same thing, so it takes that noun."""
        previous = self.last_percent
        if self.word(k) != "و" or previous is None or previous.noun is None \
                or not self.same_sentence(previous.last, figure.first) or figure.first - previous.last > 10:
            return False
        figure.noun, figure.noun_text = previous.noun, previous.noun_text
        return True

    def _rate_named_earlier(self, figure: Figure, k: int) -> bool:
        """"نسبة المشاركة في الانتخابات التي جرت اليوم بلغت 55%", "واستقر معدل البطالة
        في السنة الفارطة، حسب بيانات ...، في حدود 9.1 في المائة": the rate the clause
        opens with, named further back than the words just before the number."""
        if self.word(k)[:1] == "ب" and not self.clitic_split(k, AMOUNT_VERBS):
            return False  # "بنمو 8.4%": the noun just before says what grew
        for j in range(k, max(k - 16, -1), -1):
            if not self.same_sentence(j, figure.first):
                return False
            if self.norm[j] in _RATE_HEADS and self.spaced(j + 1) and self.noun_word(j + 1) \
                    and self.norm[j + 1].startswith("ال"):
                figure.noun = (self.start[j], self.end[j + 1])
                return True
        return False

    def _subject_of_change(self, figure: Figure, j: int) -> bool:
        """What rose or fell by a percentage, found through the word of change before
        "بنسبة" at j: the definite words after it ("زادت الأنشطة غير النفطية في الدولة
        بنسبة 3.7%", "ارتفاع النمو الاقتصادي في الربع الأول بنسبة 2.1%") or, when none
        follow, the ones before it ("الاقتصاد الأميركي ينخفض في الربع الأول بنسبة 0.3%",
        "الأنشطة النفطية التي قفزت بنسبة 20.4%")."""
        for c in range(j - 1, max(j - 13, -1), -1):
            if not self.same_sentence(c, j) or self.token[c] in PERCENT_SIGNS:
                return False
            if self.is_word(c) and (self.clitic_split(c, AMOUNT_VERBS) or self.clitic_split(c, CHANGE_NOUNS)):
                break
        else:
            return False
        construct = self.noun_word(c + 1) and self._definite_word(c + 2) and not self._looks_like_verb(c + 1)
        if self._definite_word(c + 1) or construct:  # "نما اقتصاد المملكة": a construct
            last = c + 1 + construct
            while self._definite_word(last + 1) and last + 1 < j:
                last += 1
            figure.noun = (self.start[c + 1], self.end[last])
            return True
        before = c - (self.word(c - 1) in _RELATIVES)
        if not self._definite_word(before - 1):
            return False
        self._subject_before(figure, before)
        return figure.noun is not None

    def _amount_verb(self, k: int) -> bool:
        """A verb of amount, also with an object pronoun: "بلغت", "وسجلت", "سجلتها"."""
        word = self.norm[k]
        bare = next((word[: -len(p)] for p in ("ها", "هم", "ه") if word.endswith(p)), word)
        return bool(self.clitic_split(k, AMOUNT_VERBS)) or bare in AMOUNT_VERBS

    def _definite_word(self, k: int) -> bool:
        """Token k is a definite noun not taken by a figure, maybe after a proclitic
        ("بالأنشطة")."""
        if not (0 <= k < self.n and self.noun_word(k) and (k == 0 or self.spaced(k))):
            return False
        word = self.norm[k]
        return word.startswith("ال") or word[:1] in "وبلفك" and word[1:3] == "ال"

    def _subject_before(self, figure: Figure, j: int) -> None:
        """The run of definite words nearest before token j, from its first word, with
        the indefinite noun that heads it in construct ("اقتصاد المملكة", "حجم الناتج")."""
        k = j - 1
        while k >= 0 and self.same_sentence(k, j) and k > j - 5 and not self.norm[k].startswith("ال"):
            k -= 1
        if k < 0 or not self.same_sentence(k, j) or not self.noun_word(k) or not self.norm[k].startswith("ال"):
            return
        last = k
        while k - 1 >= 0 and self.spaced(k) and self.norm[k - 1].startswith("ال") and self.noun_word(k - 1):
            k -= 1
        head = k - 1
        if self.spaced(k) and self._definite_word(head) and not self.norm[head].startswith("ال"):
            # "مدفوعا بالأنشطة النفطية التي قفزت": the run opens after the preposition
            figure.noun = (self.offset_after_letters(head, 1), self.end[last])
            return
        # "ارتفاع الناتج المحلي بنسبة 2.4%": what rose is الناتج, not the rise.
        if self.spaced(k) and self.noun_word(head) and not self._amount_verb(head) \
                and self.norm[head] not in CHANGE_NOUNS \
                and not self._looks_like_verb(head) and self.norm[head][:1] not in "وفبل":
            k = head
        figure.noun = (self.start[k], self.end[last])

    def genitive_noun(self, figure: Figure) -> int:
        """The one noun an indefinite amount governs: "آلاف السجلات" -> السجلات; also
        after من: "العشرات من العاملين" -> العاملين."""
        k = figure.last + 1
        if self.word(k) == "من" and self.spaced(k) and self.spaced(k + 1) and self.same_sentence(k, k + 1) \
                and self.noun_word(k + 1) and self.norm[k + 1].startswith("ال"):
            k += 1
        if self.spaced(k) and self.same_sentence(figure.last, k) and self.noun_word(k) \
                and not (self.norm[k][:1] in "بلك" and not self.norm[k].startswith("ال")):
            figure.noun = (self.start[k], self.end[k])  # not "العشرات بجروح": a preposition
            return k + 1
        return k

    # ---- classification ----------------------------------------------------------------
    def classify(self, figure: Figure) -> int:
        """Decide kind, extend the surface with percent and currency marks, find the noun.
        Returns the index after everything the figure consumed."""
        after = figure.last + 1
        found = self.phrase_at(after, PERCENT_WORDS) if self.spaced(after) else None
        if after < self.n and self.token[after] in PERCENT_SIGNS and (self.glued(after) or self.spaced(after)):
            found = (after, after)
        if found:
            figure.kind, figure.last = "percent", found[1]
            if self._partitive(found[1] + 1):
                end = self.noun_after(figure, found[1] + 1)
            else:
                self.rate_noun(figure)
                end = found[1] + 1
            self.last_percent = figure
            return end
        if self.word(after) == "نقطة" and self.word(after + 1) in {"مئوية", "مئويه"}:  # percentage points
            figure.kind, figure.noun = "percent", (self.start[after], self.end[after + 1])
            return after + 2
        if figure.first > 0 and self.token[figure.first - 1] in CURRENCY_SIGNS and self.glued(figure.first):
            figure.kind, figure.noun = "money", (self.start[figure.first - 1], self.end[figure.first - 1])
            figure.first -= 1
            return after
        if after < self.n and self.token[after] in CURRENCY_SIGNS:
            figure.kind, figure.noun = "money", (self.start[after], self.end[after])
            figure.last = after
            return after + 1
        if self._degree_before(figure) or after < self.n and self.token[after] == DEGREE and self.glued(after):
            sign = figure.first - 1 if self._degree_before(figure) else after  # "20°", "°20": degrees
            figure.noun = (self.start[sign], self.end[sign])
            return after + (sign == after)
        if self.token[after : after + 1] == [")"] and self.glued(after) and self.token[figure.first - 1] == "(":
            after += 1  # "(10.898.327) ناخب": the noun after the closing bracket
        year = self.year_at(figure.first) if figure.first == figure.last and figure.start is None else None
        previous = {self.norm[figure.first - 1], self.stem[figure.first - 1]} if self.is_word(figure.first - 1) else set()
        before = self.noun_before(figure.first) if figure.definite else None
        end = after if before else self.noun_after(figure, after)
        figure.noun = before or figure.noun
        head = self._noun_head(figure)
        if head in CURRENCIES:
            figure.kind = "money"
        elif head in TIME_UNITS and figure.kind == "count":
            figure.kind = "age" if self._age_context(figure) else "duration"
        elif year is not None and figure.qualifier is None and (previous & YEAR_CUES or figure.noun is None):
            figure.kind, figure.noun = "year", None
            end = after
        if figure.noun is None and figure.kind == "count":
            self._count_noun_before(figure)
        return end

    def _partitive(self, k: int) -> bool:
        return k < self.n and self.norm[k] == "من" and self.spaced(k)

    def _noun_head(self, figure: Figure) -> str:
        """The noun's first word, normalized, without the article ("الأشهر" -> "اشهر")."""
        if figure.noun is None:
            return ""
        for k in range(self.n):
            if self.start[k] <= figure.noun[0] < self.end[k]:
                word = self.norm[k]
                return self.stem[k] if word.startswith(("ال", "لل")) and self.stem[k] in TIME_UNITS | CURRENCIES else word
        return ""

    def _age_context(self, figure: Figure) -> bool:
        for k in range(figure.first - 1, max(figure.first - 5, -1), -1):
            if not self.same_sentence(k, figure.first):
                break
            if self.norm[k] in AGE_CUES:
                return True
        # "توفي الأحد عن 85 عاما": the age at death
        if self.word(figure.first - 1) == "عن":
            k = figure.first - 1
            while k >= 0 and self.sentence[k] == self.sentence[figure.first]:
                word = self.norm[k]
                if word in DEATH_VERBS or (word[:1] in "وف" and word[1:] in DEATH_VERBS):
                    return True
                k -= 1
        # "يورغن شتوك (45 عاما)"
        return figure.first > 0 and self.token[figure.first - 1] == "(" and self.glued(figure.first)


# The words that name a rate before its noun: "نسبة المشاركة", "معدل البطالة".
_RATE_HEADS = frozenset({"نسبة", "النسبة", "معدل", "المعدل"})
DEGREE = "\u00b0"  # °
# "عددها", "عددهم": the number of a noun named before.
_COUNT_OF_IT = frozenset({"عدده", "عددها", "عددهم", "عددهن"})
# Relative pronouns between a subject and its verb: "الأنشطة التي قفزت".
_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين"})
