from __future__ import annotations

import pandas as pd
import pytest

import analysis

COLUMNS = ["paragraph", "sentence", "start", "end", "token", "norm", "stem", "is_stop", "kind"]


def test_columns(tokens):
    assert list(tokens.columns) == COLUMNS


def test_every_token_slices_back_to_the_text(article, tokens):
    for row in tokens.itertuples():
        assert article.text[row.start : row.end] == row.token
    assert tokens["start"].is_monotonic_increasing
    assert (tokens["end"].shift(-1).fillna(len(article.text)) >= tokens["end"]).all()


def test_gaps_between_tokens_are_only_white_space(article, tokens):
    ends = [0, *tokens["end"]]
    starts = [*tokens["start"], len(article.text)]
    for gap_start, gap_end in zip(ends, starts):
        assert article.text[gap_start:gap_end].strip() == ""


def test_interpol_appears_seven_times_as_written(tokens):
    assert (tokens["token"] == "الإنتربول").sum() == 7


def test_grouped_thousands_with_no_break_space_is_one_number(tokens):
    row = tokens[tokens["token"] == "7\u00a0500"]
    assert len(row) == 1
    assert row["kind"].item() == "number"
    assert row["paragraph"].item() == 8


def test_numbers_in_the_article(tokens):
    numbers = tokens.loc[tokens["kind"] == "number", "norm"].tolist()
    assert numbers == ["22", "2016", "21", "7\u00a0500", "60", "2014", "67"]


def test_dateline_digits_are_normalized(tokens):
    dateline = tokens[tokens["paragraph"] == 2]
    assert dateline["token"].tolist() == ["٢٢", "يوليو", "،", "٢٠١٦"]
    assert dateline["norm"].tolist() == ["22", "يوليو", "،", "2016"]
    assert dateline["kind"].tolist() == ["number", "word", "punct", "number"]


def test_sentences(tokens):
    # Read from the article: title 1, dateline 1, then 1+2+2+1+2+2+1+2 sentences.
    assert tokens["sentence"].max() == 15
    per_paragraph = tokens.groupby("paragraph")["sentence"].nunique().tolist()
    assert per_paragraph == [1, 1, 1, 2, 2, 1, 2, 2, 1, 2]
    # The closing quote marks after a full stop stay in the sentence they close.
    closing = tokens[(tokens["paragraph"] == 7) & (tokens["token"] == "\u2018\u2018")]
    assert len(closing) == 1
    last = tokens[tokens["sentence"] == closing["sentence"].iloc[0]]
    assert last["token"].iloc[0] == "وفي"


def test_repeated_marks_are_one_token(tokens):
    # The article opens quotations with two U+2019 and closes them with two U+2018.
    assert (tokens["token"] == "\u2019\u2019").sum() == 4
    assert (tokens["token"] == "\u2018\u2018").sum() == 4
    frame = analysis.tokenize("انتهى... حقا؟!")
    assert frame["token"].tolist() == ["انتهى", "...", "حقا", "؟", "!"]


def test_text_without_arabic_warns_but_is_tokenized():
    with pytest.warns(UserWarning, match="no Arabic letters"):
        frame = analysis.tokenize("INTERPOL joins the coalition.")
    assert frame["token"].tolist() == ["INTERPOL", "joins", "the", "coalition", "."]
    assert frame["stem"].tolist() == frame["norm"].tolist()


def test_word_and_punctuation_kinds():
    frame = analysis.tokenize("قال: «نعم»، 50% من $10 😀")
    assert frame["token"].tolist() == ["قال", ":", "«", "نعم", "»", "،", "50", "%", "من", "$", "10", "😀"]
    assert frame["kind"].tolist() == ["word", "punct", "punct", "word", "punct", "punct", "number", "punct",
                                      "word", "symbol", "number", "symbol"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("أكثر من 7,500 مقاتل", ["7,500"]),
        ("نحو ١٬٢٥٠٬٠٠٠ دولار", ["١٬٢٥٠٬٠٠٠"]),
        ("بلغ 1.5 مليون و٣٫٥ بالمئة", ["1.5", "٣٫٥"]),
        ("أيلول/سبتمبر 2014 يضم 67 جهة", ["2014", "67"]),
        ("بين 24 و27", ["24", "27"]),
        ("7 5000", ["7", "5000"]),  # not a thousands group: four digits follow
    ],
)
def test_number_tokens(text, numbers):
    frame = analysis.tokenize(text)
    assert frame.loc[frame["kind"] == "number", "token"].tolist() == numbers


def test_diacritics_and_tatweel_stay_inside_the_word():
    frame = analysis.tokenize("ستحفّز الـعـالـم")
    assert frame["token"].tolist() == ["ستحفّز", "الـعـالـم"]
    assert frame["norm"].tolist() == ["ستحفز", "العالم"]


def test_decimal_and_abbreviation_do_not_end_a_sentence():
    frame = analysis.tokenize("قال د. أحمد إن النمو 1.2 في المئة. وأضاف")
    assert frame["sentence"].tolist() == [1] * 10 + [2]


def test_question_mark_and_semicolon_end_sentences():
    frame = analysis.tokenize("هل انتهى؟ نعم؛ انتهى")
    assert frame.groupby("sentence")["token"].apply(" ".join).tolist() == ["هل انتهى ؟", "نعم ؛", "انتهى"]


def test_empty_text_gives_an_empty_table_with_the_columns():
    frame = analysis.tokenize("")
    assert frame.empty
    assert list(frame.columns) == COLUMNS
    assert frame["start"].dtype == "int64"


def test_tokenize_rejects_non_text():
    with pytest.raises(TypeError):
        analysis.tokenize(pd.Series(["نص"]))


# "الإنتربول ينضم" in presentation forms (the glyphs a reshaper writes), logical order:
# ﺍ ﻹ ﻧ ﺘ ﺮ ﺑ ﻮ ﻝ and ﻳ ﻨ ﻀ ﻢ.
DISPLAY_FORMS = "\ufe8d\ufef9\ufee7\ufe98\ufeae\ufe91\ufeee\ufedd \ufef3\ufee8\ufec0\ufee2"


def test_text_in_display_forms_warns_what_happened_not_no_letters():
    with pytest.warns(UserWarning, match="stored in Arabic presentation forms") as caught:
        frame = analysis.tokenize(DISPLAY_FORMS)
    message = str(caught[0].message)
    assert "folded back to letters" in message and "counts are unaffected" in message
    assert "no Arabic letters" not in message
    assert frame["norm"].tolist() == ["الانتربول", "ينضم"]
    plain = analysis.count_words(analysis.tokenize("الإنتربول ينضم"))
    assert analysis.count_words(frame)[["word", "n"]].equals(plain[["word", "n"]])


def test_a_few_display_forms_among_letters_fold_silently(recwarn):
    analysis.tokenize("قال \ufe8d\ufef9\ufee7\ufe98\ufeae\ufe91\ufeee\ufedd")
    assert not recwarn.list


def test_tokenize_documents_gives_one_table_with_a_document_column():
    table = analysis.tokenize_documents({"أ": "قال الوزير.", "ب": "والتي ذهبت\nثم عادت"})
    assert list(table.columns) == ["document", *analysis.tokenize("").columns]
    assert table["document"].tolist() == ["أ"] * 3 + ["ب"] * 4
    second = table[table["document"] == "ب"]
    assert second["paragraph"].tolist() == [1, 1, 2, 2]  # numbering starts again per document
    assert second["start"].iloc[0] == 0


def test_tokenize_documents_takes_texts_pairs_and_articles(article):
    assert set(analysis.tokenize_documents(["قال", "ذهب"])["document"]) == {"1", "2"}
    assert set(analysis.tokenize_documents([("x", "قال")])["document"]) == {"x"}
    from_article = analysis.tokenize_documents([article])
    assert set(from_article["document"]) == {article.path.name}
    assert len(from_article) == len(analysis.tokenize(article))


def test_tokenize_documents_stems_each_document_on_its_own_evidence():
    # لداعش loses its ل only where داعش itself is written.
    table = analysis.tokenize_documents({"a": "داعش لداعش", "b": "لداعش"})
    assert table["stem"].tolist() == ["داعش", "داعش", "لداعش"]


def test_tokenize_documents_refuses_bad_input():
    with pytest.raises(ValueError, match="two documents are named 'x'"):
        analysis.tokenize_documents([("x", "قال"), ("x", "ذهب")])
    with pytest.raises(TypeError, match="for one text use tokenize"):
        analysis.tokenize_documents("قال")
    with pytest.raises(TypeError, match="document 1 is a int"):
        analysis.tokenize_documents([3])
    empty = analysis.tokenize_documents({})
    assert empty.empty and list(empty.columns)[0] == "document"


def test_text_is_rebuilt_exactly_from_tokens_and_gaps(article, tokens):
    gaps = analysis.gaps(article.text, tokens)
    assert analysis.rebuild_text(tokens, gaps) == article.text
    assert gaps["text"].str.strip().eq("").all()
