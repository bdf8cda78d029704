"""Quotations no clause attributes, continuing a speech: sentences written for these tests."""

from __future__ import annotations

import analysis


def test_a_colon_after_his_noun_gives_the_words_to_the_last_man():
    text = ("وقال سمير خالد إن خيمته لا تقي من المطر.\n"
            "أما أمنيته فهي بسيطة: «أن نعود إلى بيوتنا قبل الشتاء القادم».")
    row = analysis.quotations(text).iloc[0]
    assert (row["speaker"], row["attribution"]) == ("سمير خالد", "continued")


def test_her_noun_does_not_give_the_words_to_a_man():
    text = ("وقال سمير خالد إن خيمته لا تقي من المطر.\n"
            "أما أمنيتها فهي بسيطة: «أن نعود إلى بيوتنا قبل الشتاء القادم».")
    assert analysis.quotations(text).iloc[0]["speaker"] != "سمير خالد"

