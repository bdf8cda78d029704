"""Decoding bytes into text: Unicode and legacy Arabic encodings, replaced bytes, binary
files, line endings, bad options - each with an error that names the file."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis import ArticleError, paths
from analysis.files.decoding import likely_encoding


TEXT = "الإنتربول ينضم إلى التحالف\n\nوقال الأمين العام إن أكثر من 7 500 مقاتل..."


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path



@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with its byte-order mark
    ],
)
def test_unicode_files_read_the_same(tmp_path, data, encoding):
    article = analysis.load_article(write(tmp_path, "a.txt", data))
    assert article.text == TEXT and article.encoding == encoding


@pytest.mark.parametrize(("codec", "name"), [("cp1256", "cp1256"), ("iso8859_6", "iso-8859-6")])
def test_legacy_arabic_encodings(tmp_path, codec, name):
    text = "الانتربول ينضم الى التحالف العالمي لمكافحة داعش"  # in both character sets
    path = write(tmp_path, "legacy.txt", text.encode(codec))
    with pytest.raises(ArticleError, match=r"legacy.txt: not valid UTF-8 \(byte 0x.. at offset 0.*looks like"):
        analysis.load_article(path)
    assert analysis.load_article(path, encoding=name).text == text
    with pytest.warns(UserWarning, match="read as .* \\(detected\\)"):
        assert analysis.load_article(path, encoding="auto").text == text


def test_windows_1256_specific_letters_are_detected():
    assert likely_encoding("الإنتربول يؤكد أن التعاون ضروري".encode("cp1256")) == "cp1256"
    assert likely_encoding("plain ascii text".encode("cp1256")) is None
    assert likely_encoding(bytes(range(128, 256))) is None


def test_undecodable_bytes_can_be_replaced_and_counted(tmp_path):
    head = "الإنتربول ".encode("utf-8")  # 19 bytes: nine two-byte letters and a space
    path = write(tmp_path, "broken.txt", head + b"\xff\xfe" + TEXT.encode("utf-8")[len(head):])
    with pytest.raises(ArticleError, match="broken.txt: not valid UTF-8 \\(byte 0xff at offset 19"):
        analysis.load_article(path)
    with pytest.warns(UserWarning, match=r"broken.txt: 2 undecodable bytes replaced with U\+FFFD \(the first at byte offset 19\)"):
        article = analysis.load_article(path, errors="replace")
    assert article.text.count("\ufffd") == 2


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.7\n...", "a PDF document"), (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff\xe0", "a JPEG"),
     (b"PK\x03\x04docx", "a ZIP archive"), (b"abc\x00\x00def", "a binary file")],
)
def test_binary_files_are_refused_by_name(tmp_path, data, kind):
    with pytest.raises(ArticleError, match=f"file.txt: looks like {kind}"):
        analysis.load_article(write(tmp_path, "file.txt", data))


def test_line_endings_give_the_same_paragraphs(tmp_path):
    reference = analysis.load_article(paths.REFERENCE_ARTICLE)
    for ending in ("\r\n", "\r"):
        path = write(tmp_path, "e.txt", reference.text.replace("\n", ending).encode("utf-8"))
        article = analysis.load_article(path)
        assert article.paragraphs["text"].tolist() == reference.paragraphs["text"].tolist()
        counts = analysis.count_words(analysis.tokenize(article))
        pd.testing.assert_frame_equal(counts, analysis.count_words(analysis.tokenize(reference)))


def test_unknown_encoding_or_errors_value():
    with pytest.raises(ValueError, match="encoding='latin9': allowed values are"):
        analysis.load_article(paths.REFERENCE_ARTICLE, encoding="latin9")
    with pytest.raises(ValueError, match="errors='ignore': allowed values are"):
        analysis.load_article(paths.REFERENCE_ARTICLE, errors="ignore")
