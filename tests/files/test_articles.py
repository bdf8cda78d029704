from __future__ import annotations

import pytest

import analysis
from analysis import ArticleError


def test_title_is_the_first_line(article):
    assert article.title == "الإنتربول ينضم إلى التحالف العالمي لمكافحة تنظيم الدولة الإسلامية في العراق والشام"
    assert article.text.startswith(article.title + "\n")


def test_ten_non_empty_paragraphs_with_offsets_into_the_text(article):
    paragraphs = article.paragraphs
    assert list(paragraphs.columns) == ["paragraph", "start", "end", "text"]
    assert list(paragraphs["paragraph"]) == list(range(1, 11))
    for row in paragraphs.itertuples():
        assert article.text[row.start : row.end] == row.text
    assert paragraphs.at[1, "text"] == "٢٢ يوليو، ٢٠١٦"
    assert paragraphs.at[9, "text"].startswith("والتحالف العالمي الذي أُنشئ")
    assert paragraphs.at[9, "text"].endswith("والكشف عن طبيعته الحقيقية.")


def test_text_is_kept_whole(article):
    assert len(article.text) == 2360
    assert "7\u00a0500" in article.text


def test_windows_line_endings_give_the_same_paragraphs(tmp_path, article):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(article.text.replace("\n", "\r\n").encode("utf-8"))
    again = analysis.load_article(crlf)
    assert list(again.paragraphs["text"]) == list(article.paragraphs["text"])
    assert again.text == article.text.replace("\n", "\r\n")  # nothing dropped


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "عنوان\n\nنص".encode("utf-8"))
    article = analysis.load_article(path)
    assert article.title == "عنوان"
    assert article.encoding == "utf-8-sig"


def test_missing_file_names_the_file(tmp_path):
    path = tmp_path / "nothing-here.txt"
    with pytest.raises(FileNotFoundError, match="nothing-here.txt: no such file"):
        analysis.load_article(path)


def test_directory_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError, match="is a folder"):
        analysis.load_article(tmp_path)


def test_windows_1256_bytes_are_refused_with_offset_and_advice(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("الإنتربول".encode("cp1256"))
    with pytest.raises(ArticleError, match=r"legacy.txt: not valid UTF-8 \(byte 0x.. at offset 0.*encoding=.cp1256.*re-save it as UTF-8"):
        analysis.load_article(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleError, match="image.png: looks like a PNG image"):
        analysis.load_article(path)


@pytest.mark.parametrize("content", ["", "  \n\n \t\n"])
def test_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match="empty.txt: the file is empty"):
        analysis.load_article(path)


def test_text_without_arabic_is_refused(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("INTERPOL joins the Global Coalition\n\n22 July 2016", encoding="utf-8")
    with pytest.raises(ArticleError, match="english.txt: contains no Arabic letters"):
        analysis.load_article(path)
