"""Quotations and speakers: the reference article (read from the text) and one sentence
per construction, written for these tests, with the speaker read by hand."""

from __future__ import annotations

import sys

import pytest

import analysis
from analysis.extract.quotes import ATTRIBUTIONS, KINDS, QUOTATION_COLUMNS, SPEAKER_COLUMNS, quoted_speakers

STOCK = "يورغن شتوك"


@pytest.fixture(scope="module")
def quotes(article):
    return analysis.quotations(article)


def speaker_of(text: str, index: int = 0) -> tuple[str, str]:
    row = analysis.quotations(text).iloc[index]
    return row["speaker"], row["attribution"]


def test_four_quotations_in_the_article(article, quotes):
    assert list(quotes.columns) == QUOTATION_COLUMNS
    assert len(quotes) == 4
    assert set(quotes["open_mark"]) == {"\u2019\u2019"} and set(quotes["close_mark"]) == {"\u2018\u2018"}
    assert quotes["closed"].all()
    for row in quotes.itertuples():
        assert article.text[row.start : row.end] == row.text
        assert article.text[row.start - 2 : row.start] == "\u2019\u2019"
    assert set(quotes["kind"]) <= set(KINDS) and set(quotes["attribution"]) <= set(ATTRIBUTIONS)


def test_speakers_in_the_article(quotes):
    # Paragraphs 5, 6, 7 (the title is 1): وذكر الأمين العام شتوك / وأضاف: / واختتم الأمين العام قائلا:
    assert quotes["paragraph"].tolist() == [5, 6, 7, 10]
    assert quotes["speaker"].tolist() == [STOCK, STOCK, STOCK, ""]
    assert quotes["speaker_as_written"].tolist() == ["الأمين العام شتوك", "", "الأمين العام", ""]
    assert quotes["attribution"].tolist() == ["before", "continued", "title", "none"]
    assert quotes["text"].iloc[0].startswith("تبادل المعلومات عبر الإنتربول")
    assert quotes["text"].iloc[3] == "لإضعاف تنظيم الدولة الإسلامية ودحره"  # the coalition's aim


def test_an_existing_token_table_is_used_not_remade(article, tokens, quotes):
    assert analysis.quotations(article, tokens=tokens).equals(quotes)
    with pytest.raises(ValueError, match="token table"):
        analysis.quotations(article, tokens=tokens[["start", "end"]])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # speaker before, colon
        ("قال وزير الخارجية أحمد علي: «سنواصل العمل».", "أحمد علي"),
        # speaker before, no colon and no particle
        ("وشددت الوزيرة سارة خالد «لن نقبل بهذا الاتفاق».", "سارة خالد"),
        # إن / أن
        ('وقال المتحدث باسم الجيش يحيى سالم إن "العملية انتهت".', "يحيى سالم"),
        ("وأكدت الوزيرة سارة خالد أن “الوضع مستقر”.", "سارة خالد"),
        # title + name + circumstance
        ('قال الأمين العام للمنظمة كريم منصور في البيان "نرحب بالقرار".', "كريم منصور"),
        ("وقال رئيس الوزراء سمير حداد لوكالة فرانس برس إن «الاتفاق قريب».", "سمير حداد"),
        ("قالت المديرة التنفيذية ليلى حسن في مؤتمر صحفي: «بدأنا التنفيذ».", "ليلى حسن"),
        ("وقال الوزير خالد يوسف خلال زيارته للمدينة إن «العمل مستمر».", "خالد يوسف"),
        # verb forms with clitics
        ("فقالت الطبيبة منى سالم: «الحالة مستقرة».", "منى سالم"),
        ("وأكد النواب المعارضون أن «القانون مرفوض من أساسه».", "النواب المعارضون"),
        # unnamed sources keep where they are from
        ("وقال مصدر مسؤول في وزارة المالية إن «الرواتب ستصرف غدا».", "مصدر مسؤول في وزارة المالية"),
        # a title, where it serves, then the name between commas
        ("وقال القيادي في الحزب الوطني، سامي عادل، إن «الانتخابات ستجري في موعدها».", "سامي عادل"),
        # titles in a chain
        ("وقال العقيد أركان حرب خالد يوسف إن «الوضع الأمني مستقر تماما».", "خالد يوسف"),
        # relayed speech
        ("ونقلت وكالة رويترز عن مصدر مطلع قوله إن «المفاوضات وصلت إلى طريق مسدود».", "مصدر مطلع"),
    ],
)
def test_speaker_before_the_quote(text, speaker):
    assert speaker_of(text) == (speaker, "before")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«الوضع صعب»، قال الرئيس الفرنسي إيمانويل ماكرون للصحفيين.", "إيمانويل ماكرون"),
        ("«لن نتراجع»، بحسب رئيس الوزراء محمد شياع السوداني.", "محمد شياع السوداني"),
        ("«سنعود أقوى في الموسم المقبل»، وفق ما قال المدرب سامي عادل.", "سامي عادل"),
        ("«الأسعار سترتفع»، وفقا لوزير الاقتصاد ناصر فهمي.", "ناصر فهمي"),
    ],
)
def test_speaker_after_the_quote(text, speaker):
    assert speaker_of(text) == (speaker, "after")


def test_news_outlet_after_a_quote_is_a_source_not_the_speaker():
    text = "وقالت الوزيرة سارة خالد: «نرحب بالخطوة». وأضافت: «سنعمل معا»، وفقا لوكالة الأنباء الرسمية."
    assert speaker_of(text, 1) == ("سارة خالد", "continued")


def test_in_his_words_continues_the_last_man():
    text = "وتحدث الوزير خالد يوسف عن الخطة أمام النواب.\n«إنها ناجحة جدا»، على حد تعبيره."
    assert speaker_of(text) == ("خالد يوسف", "continued")


def test_bare_verb_continues_the_speaker_of_its_gender():
    text = ("قالت الوزيرة سارة خالد: «الاتفاق جاهز».\n"
            "وقال الرئيس أحمد علي إن الحكومة ستدرس النص.\n"
            "وأضافت: «ننتظر التوقيع».")
    table = analysis.quotations(text)
    assert table["speaker"].tolist() == ["سارة خالد", "سارة خالد"]  # not the man named just before
    assert table["attribution"].tolist() == ["before", "continued"]
    assert table["speaker_as_written"].tolist() == ["الوزيرة سارة خالد", ""]


def test_bare_verb_with_nobody_of_its_gender_abstains():
    text = "وقال الوزير أحمد علي إن «الخطة جاهزة».\nوتابعت: «سنبدأ غدا»."
    assert speaker_of(text, 1) == ("", "none")


def test_titles_and_surnames_resolve_to_the_full_name():
    text = ("قال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي: «لن نتراجع».\n"
            "وأضاف: «سنواصل العمل».\n"
            "ثم قال الرئيس إن «الأمر محسوم». وقال ماكرون أيضا: «انتهى النقاش».")
    table = analysis.quotations(text)
    assert table["speaker"].tolist() == ["إيمانويل ماكرون"] * 4
    assert table["speaker_as_written"].tolist() == ["الرئيس الفرنسي إيمانويل ماكرون", "", "الرئيس", "ماكرون"]
    assert table["attribution"].tolist() == ["before", "continued", "title", "before"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("يقود الفريق المدرب الإسباني لويس غارسيا منذ عامين.\nوقال المدرب الإسباني: «نحن جاهزون».", "لويس غارسيا"),
        ("وصلت المفوضة الأوروبية هيلين مارتن إلى بيروت أمس.\nوقالت المسؤولة الأوروبية: «جئنا للمساعدة».",
         "هيلين مارتن"),
        ("وقال مصدر أمني إن «الهجوم فشل».\nوأضاف المصدر ذاته أن «التحقيق مستمر منذ الصباح».", "مصدر أمني"),
        ("التقى وزير الخارجية أحمد علي نظيره التركي أمس.\nوقال الوزير: «اللقاء مثمر».", "أحمد علي"),
    ],
)
def test_description_refers_to_a_person_named_elsewhere(text, speaker):
    assert speaker_of(text, -1) == (speaker, "title")


def test_institution_speaks_through_its_statement():
    text = ('أعلنت وزارة الصحة في بيان "ارتفع عدد المصابين إلى عشرة".\n'
            "وقال البيان إن «الفرق الطبية تعمل بلا توقف».\n"
            "وجاء في البيان: «نطلب من المواطنين الحذر».")
    table = analysis.quotations(text)
    assert table["speaker"].tolist() == ["وزارة الصحة"] * 3
    assert table["attribution"].tolist() == ["before", "statement", "statement"]


@pytest.mark.parametrize("text", [
    "وقال البيان إن «الوضع هادئ تماما».",  # a statement nobody issued
    "وقال السيد: «شكرا لكم جميعا».",  # an honorific alone
    "«لن نتراجع» عبارة ترددت كثيرا في الشارع.",  # nothing attributes it
])
def test_abstains_rather_than_guesses(text):
    assert speaker_of(text) == ("", "none")


def test_nested_quotes_in_the_same_ascii_mark():
    table = analysis.quotations('وقال الوزير أحمد علي: "أسمع كثيرا عبارة "لا حل" لكنني متفائل".')
    assert table["text"].tolist() == ['أسمع كثيرا عبارة "لا حل" لكنني متفائل', "لا حل"]
    assert table["speaker"].tolist() == ["أحمد علي", ""]


@pytest.mark.parametrize(("text", "marks"), [
    ("قالت الوزيرة سارة خالد: ”العمل مستمر“.", ("”", "“")),  # reversed pair
    ("قالت الوزيرة سارة خالد: ”العمل مستمر”.", ("”", "”")),  # ” opens and closes
    ("قالت الوزيرة سارة خالد: »العمل مستمر«.", ("»", "«")),  # reversed guillemets
])
def test_closing_marks_used_to_open(text, marks):
    table = analysis.quotations(text)
    assert table["text"].tolist() == ["العمل مستمر"]
    assert (table["open_mark"].item(), table["close_mark"].item()) == marks
    assert table["speaker"].item() == "سارة خالد"


def test_unclosed_quotation_ends_at_its_paragraph():
    text = "قال الوزير: «هذا نص بلا إغلاق.\nوقال المتحدث: «نص ثان»."
    table = analysis.quotations(text)
    assert table["text"].tolist() == ["هذا نص بلا إغلاق.", "نص ثان"]
    assert table["closed"].tolist() == [False, True]
    assert table["close_mark"].tolist() == ["", "»"]
    assert table["speaker"].tolist() == ["الوزير", "المتحدث"]


def test_quotation_cut_by_the_end_of_the_text():
    table = analysis.quotations("قال الوزير أحمد علي: «سنواصل العمل حتى")
    assert table["text"].tolist() == ["سنواصل العمل حتى"]
    assert table["close_mark"].item() == "" and table["speaker"].item() == "أحمد علي"


def test_quotation_spanning_paragraphs():
    spanning = analysis.quotations("قال الوزير أحمد علي: «الجملة الأولى.\nوالجملة الثانية».")
    assert spanning["text"].tolist() == ["الجملة الأولى.\nوالجملة الثانية"]
    assert spanning["closed"].item() and spanning["paragraph"].item() == 1
    reopened = analysis.quotations("قال الوزير أحمد علي: «الفقرة الأولى.\n«الفقرة الثانية».")
    assert reopened["speaker"].tolist() == ["أحمد علي", "أحمد علي"]
    assert reopened["attribution"].tolist() == ["before", "continued"]


@pytest.mark.parametrize(("text", "names"), [
    ('رفع المتظاهرون شعار "الشعب يريد" في ساحة «التحرير».', ["الشعب يريد", "التحرير"]),
    ("وبدأ الجيش عملية «درع الشمال» و«حارس الأسوار» في الشهر نفسه.", ["درع الشمال", "حارس الأسوار"]),
    ('وقالت في برنامج "Good Morning" إنها متفائلة.', ["Good Morning"]),
])
def test_quoted_names_have_no_speaker(text, names):
    table = analysis.quotations(text)
    assert table["text"].tolist() == names
    assert set(table["kind"]) == {"name"} and set(table["speaker"]) == {""}


def test_outlet_named_in_the_clause_is_a_name_and_the_speech_keeps_its_speaker():
    table = analysis.quotations("وصرّح وزير المالية محمد معيط لـ«الشرق الأوسط» بأن «العجز سينخفض العام المقبل».")
    assert table["kind"].tolist() == ["name", "speech"]
    assert table["speaker"].tolist() == ["", "محمد معيط"]


def test_fragment_inside_reported_speech_is_partial():
    table = analysis.quotations("ووصف الوزير أحمد علي ما حدث بأنه «كارثي».")
    assert table["kind"].item() == "partial" and table["speaker"].item() == "أحمد علي"


def test_quoted_speakers_counts_quotes_and_words():
    text = ("قال الوزير أحمد علي: «نحن هنا».\nوأضاف: «سنبقى حتى النهاية».\n"
            "وقالت الطبيبة منى سالم: «الحالة مستقرة».\nوشاهدنا فيلم «الرسالة».")
    table = quoted_speakers(analysis.quotations(text))
    assert list(table.columns) == SPEAKER_COLUMNS
    assert table.values.tolist() == [["أحمد علي", 2, 5], ["منى سالم", 1, 2]]
    with pytest.raises(ValueError, match="quotations"):
        quoted_speakers(table)


@pytest.mark.parametrize("text", ["", "نص بلا اقتباس.", "»", "«", '"', '""""""', "’’’’", "‘‘", "«««»»»", "\n\n«"])
def test_odd_input_gives_a_sensible_table(text):
    table = analysis.quotations(text)
    assert list(table.columns) == QUOTATION_COLUMNS
    for row in table.itertuples():
        assert text[row.start : row.end] == row.text


def _calls(text: str) -> int:
    """Python function calls made by quotations(text) (a measure of work, not of time)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        analysis.quotations(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("unit", [
    "قال الوزير: «نعم». ",  # ordinary quotations
    '"',  # only ASCII marks
    "«",  # openings never closed
    "» ",  # stray closings
    "\u2019\u2019",  # doubled marks that never close
    'وقالت "أ "ب" ج ',  # unbalanced nesting
])
def test_work_grows_linearly_with_the_text(unit):
    small, large = _calls(unit * 400), _calls(unit * 800)
    assert large < 2.5 * small  # twice the text: about twice the work, never four times


def test_ten_thousand_quotations_give_a_table():
    table = analysis.quotations("قال الوزير أحمد علي: «نعم».\n" * 10_000)
    assert len(table) == 10_000 and set(table["speaker"]) == {"أحمد علي"}


def test_printed_columns_are_columns_of_the_table(quotes):
    from analysis.extract.quotes import PRINTED_COLUMNS

    assert set(PRINTED_COLUMNS) <= set(quotes.columns) and PRINTED_COLUMNS[-1] == "text"


def test_unattributed_speech_right_after_a_speaker_continues_it():
    text = "قال الوزير أحمد علي إن الخطة جاهزة.\n«سنبدأ التنفيذ في الأسبوع المقبل»."
    assert speaker_of(text) == ("أحمد علي", "continued")


@pytest.mark.parametrize(("text", "speaker", "index"), [
    # relayed by an outlet: the words are the official's
    ("وأكدت الوكالة نقلا عن المتحدث باسم الوزارة، السفير خالد يوسف، أن «الزيارة ناجحة».", "خالد يوسف", 0),
    # a headline: title, colon, quotation; the body names her
    ("وزيرة الإعلام: «الحكومة صامتة أكثر مما يجب»\nقالت وزيرة الإعلام سارة خالد إن الحكومة صامتة.",
     "سارة خالد", 0),
    # a surname in quotes right after the verb is the subject, and a name
    ('قال النائب أحمد علي إن القانون جاهز.\nوأضاف "علي"، في تصريح للصحفيين: "سنصوت غدا على القانون".',
     "أحمد علي", 1),
    # the subject between كان and the verb
    ("وكان النائب أحمد علي اتهم الحكومة بأنها «تتجاهل مطالب الناس منذ سنوات».", "أحمد علي", 0),
])
def test_more_constructions(text, speaker, index):
    assert analysis.quotations(text).iloc[index]["speaker"] == speaker


def test_quoted_surname_after_a_verb_is_a_name():
    table = analysis.quotations('وأضاف "علي"، في تصريح للصحفيين: "سنصوت غدا على القانون".')
    assert table["kind"].tolist() == ["name", "speech"]


def test_quoted_complement_of_a_title_then_the_name():
    text = 'أعلن رئيس كتلة "الأمل" النائب محمد سالم، "أننا ندعم مرشحا توافقيا للرئاسة".'
    table = analysis.quotations(text)
    assert table["kind"].tolist() == ["name", "speech"]
    assert table["speaker"].tolist() == ["", "محمد سالم"]


def test_feminine_title_with_a_masculine_verb_keeps_the_title_gender():
    text = ("قالت المتحدثة باسم الحكومة، هالة سمير، إن الاجتماع انتهى.\n"
            "وقال الوزير أحمد علي إن الاتفاق قريب.\n"
            "وأضاف المتحدثة الرسمية أن «الحكومة ستعلن القرار غدا».")
    assert speaker_of(text, -1) == ("هالة سمير", "title")


def test_not_text_is_a_clear_error():
    with pytest.raises(TypeError, match="str or an Article, not int"):
        analysis.quotations(42)


def test_a_long_quotation_is_never_a_name_whatever_stands_before_it():
    text = 'وقالت الناشطة منى سالم في حديثها لـ"نريد أن نترك لأبنائنا بلدا أفضل من الذي عشنا فيه".'
    table = analysis.quotations(text)
    assert table["kind"].item() != "name" and table["speaker"].item() == "منى سالم"


def _distinct_speakers(count: int) -> str:
    """``count`` quotations, each by another minister with a made-up two-letter-pair name."""
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
    names = (letters[i % 26] + letters[i // 26 % 26] + letters[i // 676 % 26] + "ان" for i in range(count))
    return "".join(f"قال الوزير سامي {name}: «نعم». " for name in names)


def test_work_grows_linearly_with_many_speakers_sharing_a_first_name():
    small, large = _calls(_distinct_speakers(300)), _calls(_distinct_speakers(600))
    assert large < 2.5 * small


def test_description_of_the_last_speaker_named_without_a_title():
    text = ("قال لويس غارسيا بعد المباراة: «فزنا عن جدارة».\n"
            "وختم المدرب الإسباني بالقول: «سنعود أقوى في المباراة المقبلة».")
    assert speaker_of(text, -1) == ("لويس غارسيا", "title")


def test_the_next_sentence_speaker_is_not_the_one_before():
    text = "ترك المصور رسالة جاء نصها «إننا ننطلق الآن». وقال رئيس التحرير سامي عادل: «نحن قلقون جدا»."
    table = analysis.quotations(text)
    assert table["speaker"].tolist() == ["", "سامي عادل"]


def test_the_source_again_and_a_subject_before_its_verb():
    text = ("وكان مصدر مسؤول في وزارة المالية، قال إن «الرواتب ستصرف غدا».\n"
            "وقال المصدر لإذاعة «صوت المدينة» المحلية «لن يتم خصم أي مبلغ من الرواتب».")
    table = analysis.quotations(text)
    assert table["speaker"].tolist() == ["مصدر مسؤول في وزارة المالية", "", "مصدر مسؤول في وزارة المالية"]
    assert table["kind"].tolist()[1] == "name"


def test_a_newspaper_speaks_under_its_quoted_name():
    table = analysis.quotations('وذكرت صحيفة "نيويورك تايمز" أن "الاتفاق سيوقع الأسبوع المقبل".')
    assert table["kind"].tolist()[0] == "name"
    assert table["speaker"].tolist() == ["", "صحيفة نيويورك تايمز"]


def test_a_source_credit_line_is_no_speaker():
    assert speaker_of("المصدر: «النهار»")[0] == ""


def test_relative_clause_speaks_for_the_person_it_is_about():
    text = ("ورفضت الحكومة تصريحات الرئيس الأمريكي جون سميث التي وصف فيها أوروبا بأنها "
            "«قارة عجوز فقدت طريقها منذ زمن».")
    assert speaker_of(text) == ("جون سميث", "continued")


@pytest.mark.parametrize(("text", "terms"), [
    ("أعلنت وزارة الصحة تسجيل إصابات جديدة بـ«الحصبة» في المدينة.", ["الحصبة"]),
    ('تطورت الهتافات من "الخبز" إلى "ارحل" خلال أسبوعين.', ["الخبز", "ارحل"]),
])
def test_a_short_term_after_a_preposition_is_a_name(text, terms):
    table = analysis.quotations(text)
    assert table["text"].tolist() == terms
    assert set(table["kind"]) == {"name"} and set(table["speaker"]) == {""}


def test_a_term_after_a_verb_of_demanding_stays_the_speakers():
    row = analysis.quotations('طالب المحتجون بـ"رحيل الحكومة" أمام البرلمان.').iloc[0]
    assert row["kind"] != "name" and row["speaker"] == "المحتجون"


def test_a_count_after_a_preposition_is_no_name():
    table = analysis.quotations('وقال المدرب سامي نادر إنه اختار قائمة من "30 لاعبا".')
    assert table.iloc[0]["kind"] != "name"


def test_speech_after_a_quoted_name_is_no_list_of_names():
    text = "وقال الوزير سامي نادر بخصوص «الاتفاق»، «لن نوقع على شيء قبل أن نقرأه كاملا»."
    table = analysis.quotations(text)
    assert table["kind"].tolist() == ["name", "speech"]
    assert table.iloc[1]["speaker"] == "سامي نادر"


@pytest.mark.parametrize(("text", "speaker"), [
    ('لم يجد أبو خالد مأوى لعائلته بعد النزوح.\nيقول بحسرة: "لا خيمة لنا ولا بيت منذ شهور".', "أبو خالد"),
    ('عادت أم سالم إلى بيتها المهدم.\nوتقول: "لم يبق لنا شيء هنا".', "أم سالم"),
    # a man's verb: the woman the story is about did not say it
    ('عادت أم سالم إلى بيتها المهدم.\nويقول: "لم يبق لنا شيء هنا".', ""),
])
def test_a_bare_verb_with_no_speaker_before_takes_the_person_named_by_kunya(text, speaker):
    assert speaker_of(text)[0] == speaker


@pytest.mark.parametrize("text", [
    'أما شقيقته منى فتقول إن "الحياة هنا صعبة جدا على الجميع".',  # أما puts the subject first
    'وقالت زوجته منى: "لن نغادر بيتنا مهما حدث".',  # a kinship noun, then the name
])
def test_subject_before_its_verb_after_amma_and_a_kinship_noun(text):
    assert speaker_of(text)[0] == "منى"


HEADLINE = 'حداد: "لن نغلق القناة هذا العام"\n'


def test_a_title_never_named_is_the_headlines_speaker():
    text = HEADLINE + 'وقال وزير الإعلام: "القناة باقية حتى نهاية العام".'
    assert speaker_of(text, 1) == ("حداد", "title")


def test_the_headlines_speaker_is_not_given_once_someone_else_spoke():
    text = HEADLINE + ('قالت النائبة سلمى نادر إن القناة ستغلق.\n'
                       'وقال وزير الإعلام: "القناة باقية حتى نهاية العام".')
    assert speaker_of(text, 1)[0] == "وزير الإعلام"


def test_a_term_after_fi_in_the_clauses_circumstance_is_a_name():
    text = ('وقال المتحدث باسم الشرطة سامي نادر، في "مؤتمر الأمن السنوي" اليوم، إن '
            '"الجرائم تراجعت بشكل كبير هذا العام".')
    table = analysis.quotations(text)
    assert table["kind"].tolist() == ["name", "speech"]
    assert table["speaker"].tolist() == ["", "سامي نادر"]


def test_a_term_after_fi_inside_the_reported_words_stays_the_speakers():
    row = analysis.quotations('وقالت سلمى نادر إنها تقضي نهارها في "الخيمة"، بينما ينام أولادها عند أقاربهم.').iloc[0]
    assert (row["kind"], row["speaker"]) == ("partial", "سلمى نادر")


def test_three_quoted_words_after_a_preposition_are_a_name():
    table = analysis.quotations('غيرت الحكومة اسم العملية من "درع الشمال الأولى" إلى "القبضة الحديدية".')
    assert table["kind"].tolist() == ["name", "name"] and set(table["speaker"]) == {""}


@pytest.mark.parametrize("text", [
    'وتأسفت الناشطة سلمى نادر "لغياب أي حل حتى اليوم رغم كل الوعود".',  # تأسف reports her words
    'وأبدت سلمى نادر استياءها "من تأخر الحكومة في الرد على المطالب".',
    'وقالت الطالبة الجامعية سلمى نادر: "نريد حكومة تعمل من أجل الناس".',  # adjectives before the name
])
def test_more_reporting_verbs_and_described_names(text):
    assert speaker_of(text)[0] == "سلمى نادر"


def test_an_outlet_after_a_lam_written_apart_is_a_name():
    table = analysis.quotations('وقالت سلمى نادر في حديثها لـ "الصحيفة اليومية"، إن "الوضع لم يعد يحتمل أي تأخير".')
    assert table["kind"].tolist() == ["name", "speech"]
    assert table["speaker"].tolist() == ["", "سلمى نادر"]


def test_a_bare_title_is_the_one_who_spoke_not_one_only_mentioned():
    text = ('تحدث مدرب المنتخب سامر نادر بعد المباراة، معادلا رقم المدرب الأسطوري خالد يوسف.\n'
            'وقال المدرب: "كنا نعلم أنها مباراة صعبة".')
    assert speaker_of(text)[0] == "سامر نادر"


def test_name_particles_stay_with_the_name_after_a_construct_title():
    text = 'قال مدرب منتخب إسبانيا لويس دي لا فوينتي إن "الفوز جاء بعد صبر طويل".'
    assert speaker_of(text)[0] == "لويس دي لا فوينتي"


def test_a_surname_that_looks_like_wa_plus_a_word_before_a_title():
    text = ('قالت الدكتورة سلمى والي، وزيرة الصحة، إن المستشفيات جاهزة.\n'
            'وتابعت سلمى: "لدينا ما يكفي من الأسرة لكل المرضى".')
    assert speaker_of(text)[0] == "سلمى والي"


@pytest.mark.parametrize(("text", "speaker"), [
    ('ردت وزارة الصحة على الانتقادات، وأكدت أنها "تعمل ليلا ونهارا لخدمة المرضى".', "وزارة الصحة"),
    ('وادعى النائب سامر نادر أن "الحكومة تخفي الأرقام الحقيقية عن الناس".', "سامر نادر"),
])
def test_answering_and_claiming_verbs_report_speech(text, speaker):
    assert speaker_of(text)[0] == speaker


def test_considering_verb_continues_the_speaker():
    text = 'وكان النائب سامر نادر اتهم الحكومة بالتقصير، فيما عد ذلك "خطأ كبيرا لا يغتفر".'
    assert speaker_of(text)[0] == "سامر نادر"


def test_one_quoted_word_in_construct_with_the_next_is_the_writers_word():
    # "حكومة" heads "حكومة الوحدة": the writer's scare quotes, nobody's words
    frame = analysis.quotations('وقالت الصحيفة إن "حكومة" الوحدة لم تجتمع منذ شهر، ووصف النائب سامر خليل الخطوة بـ"العاجزة" أمس.')
    assert frame["kind"].tolist() == ["name", "partial"]
    assert frame["speaker"].tolist() == ["", "سامر خليل"]


def test_a_quotation_after_bi_is_a_fragment():
    row = analysis.quotations('ووصفت النائبة هالة سعيد الموازنة الجديدة بـ"المخيبة للآمال والظالمة".').iloc[0]
    assert (row["kind"], row["speaker"]) == ("partial", "هالة سعيد")


def test_an_unclosed_quotation_goes_on_past_a_paragraph_of_facts():
    text = ("وقالت الشركة في بيان: «لم نتلق أي إنذار قبل الحادث ولم يبلغنا أحد بالخطر.\n"
            "وكان المصنع قد أغلق أبوابه أمس، وأكدت الشرطة أن التحقيق مستمر.\n"
            "«سنتعاون مع المحققين حتى تظهر الحقيقة كاملة».")
    rows = analysis.quotations(text)
    assert rows["speaker"].tolist() == ["الشركة", "الشركة"]
    assert rows["attribution"].tolist()[1] == "continued"


def test_a_name_after_a_word_of_kinship_is_the_full_name():
    text = "تعيش عائلة سمير يوسف في خيمة منذ الشتاء. ويقول يوسف: «لا نملك شيئا هنا منذ شهور طويلة»."
    assert speaker_of(text)[0] == "سمير يوسف"


def test_a_quotation_opening_with_a_tense_particle_is_no_name():
    frame = analysis.quotations('وأعلن النادي قراره "لن نبيع أي لاعب هذا الصيف". ونظم النادي أمس حملة "لا للعنف" في الملعب.')
    assert frame["kind"].tolist() == ["speech", "name"]
    assert frame["speaker"].tolist() == ["النادي", ""]


def test_a_definite_speaker_takes_no_surname_from_elsewhere():
    # "محمد" may take the surname written after it elsewhere; "النادي حملة" is no name
    text = 'وأطلق النادي حملة جديدة أمس. وقال النادي: "لن نبيع أي لاعب هذا الصيف".'
    assert speaker_of(text)[0] == "النادي"


def test_a_word_quoted_after_a_noun_for_a_person_is_a_name():
    text = ('وأضافت الوزيرة، خلال اتصال هاتفي ببرنامج مسائي، أنه تم فتح ملف كامل عن الطفل "كريم" شهيد الأحداث. '
            'وقالت الفتاة "شكرا" للحاضرين.')
    frame = analysis.quotations(text)
    assert frame["kind"].tolist()[0] == "name"
    assert frame["speaker"].tolist() == ["", "الفتاة"]  # a verb before the noun makes her the speaker


def test_a_speech_resumes_after_paragraphs_of_her_story():
    text = ("قالت أم سالم:\n«خرجنا من البيت في الليل ولم نحمل شيئا معنا».\n"
            "مشينا ثلاثة أيام حتى وصلنا إلى الحدود.\n"
            "«هنا على الأقل ينام الأطفال بلا خوف من القصف».")
    rows = analysis.quotations(text)
    assert rows["speaker"].tolist() == ["أم سالم", "أم سالم"]
    text = text.replace("مشينا ثلاثة أيام", "وقال زوجها إنهم مشوا ثلاثة أيام")  # another speaker between: abstain
    assert analysis.quotations(text)["speaker"].tolist()[1] != "أم سالم"
