"""Turning a file's bytes into text, or a clear error naming the file.

UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read as
they are. The two legacy Arabic encodings, Windows-1256 and ISO-8859-6, are read when
asked for (``encoding="cp1256"``) or, with ``encoding="auto"``, when the bytes are not
UTF-8 and decode to Arabic text with confidence. Bytes that cannot be decoded raise an
error naming the file, the byte offset and the likely encoding, or, with
``errors="replace"``, become U+FFFD and are counted in a warning. Binary files (PDF,
images, archives, anything with NUL bytes) are refused.
"""

from __future__ import annotations

import codecs
import warnings
from pathlib import Path

from analysis.text import chars
from analysis.text.patterns import ARABIC_LETTER

ENCODINGS = ("utf-8", "auto", "utf-16", "cp1256", "iso-8859-6")
ERRORS = ("strict", "replace")
_ALIASES = {"windows-1256": "cp1256", "utf8": "utf-8", "iso8859-6": "iso-8859-6", "iso8859_6": "iso-8859-6"}
LEGACY = {"cp1256": "Windows-1256", "iso-8859-6": "ISO-8859-6"}

# File signatures of common binary formats.
_SIGNATURES = [
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx document)"),
    (b"\x1f\x8b", "a gzip archive"), (b"PAR1", "a Parquet file (use it as a corpus table)"),
]


class ArticleError(ValueError):
    """A file that cannot be read as an Arabic article; the message names the file."""


def likely_encoding(data: bytes) -> str | None:
    """The legacy Arabic encoding these bytes most likely use, or None when neither
    decodes them to mostly Arabic letters (at least 80% of the non-ASCII characters)."""
    best, best_share = None, 0.0
    for encoding in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        non_ascii = [c for c in text if ord(c) > 127]
        if not non_ascii:
            continue
        share = sum(1 for c in non_ascii if ARABIC_LETTER.match(c) or c in chars.DIACRITICS) / len(non_ascii)
        if share > best_share + 0.01:  # ties go to Windows-1256, the more common one
            best, best_share = encoding, share
    return best if best_share >= 0.8 else None


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "a binary file (it contains NUL bytes)"
    return None


class _Replacements:
    """A decoding error handler that replaces with U+FFFD and counts what it replaced."""

    def __init__(self):
        self.count = 0
        self.first = None

    def __call__(self, error: UnicodeDecodeError):
        self.count += error.end - error.start
        self.first = error.start if self.first is None else self.first
        return "\ufffd", error.end


def decode_text(path: Path, data: bytes, encoding: str = "utf-8", errors: str = "strict") -> tuple[str, str]:
    """(text, encoding used) for the bytes of the file ``path``; see the module docstring."""
    encoding = _ALIASES.get(encoding.lower(), encoding.lower())
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding={encoding!r}: allowed values are {ENCODINGS}")
    if errors not in ERRORS:
        raise ValueError(f"errors={errors!r}: allowed values are {ERRORS}")
    kind = _binary_kind(data)
    if kind:
        raise ArticleError(f"{path}: looks like {kind}, not text. Give the path of a plain-text (.txt) "
                           "article; extract the text first if it is a document.")
    if data.startswith(codecs.BOM_UTF8) and encoding in {"utf-8", "auto"}:
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and encoding in {"utf-8", "auto", "utf-16"}:
        encoding = "utf-16"
    if encoding == "auto":
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            guess = likely_encoding(data)
            if guess is None:
                raise _undecodable(path, data, error, "utf-8") from None
            warnings.warn(f"{path}: not UTF-8; read as {LEGACY[guess]} (detected). Re-save it as UTF-8 to "
                          "silence this warning.", UserWarning, stacklevel=3)
            encoding = guess
    if errors == "replace":
        handler = _Replacements()
        text = codecs.decode(data, encoding, errors=_register(handler))
        if handler.count:
            warnings.warn(f"{path}: {handler.count} undecodable bytes replaced with U+FFFD (the first at byte "
                          f"offset {handler.first}); counts that include them are unreliable.",
                          UserWarning, stacklevel=3)
        return text, encoding
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        raise _undecodable(path, data, error, encoding) from None


_HANDLER_NAME = "analysis-count-and-replace"


def _register(handler: _Replacements) -> str:
    codecs.register_error(_HANDLER_NAME, handler)
    return _HANDLER_NAME


def _undecodable(path: Path, data: bytes, error: UnicodeDecodeError, encoding: str) -> ArticleError:
    guess = likely_encoding(data)
    label = "UTF-8" if encoding.startswith("utf-8") else LEGACY.get(encoding, encoding)
    advice = (f"It looks like {LEGACY[guess]}: read it with encoding={guess!r} (command line: --encoding {guess}) "
              f"or re-save it as UTF-8, e.g. `iconv -f {LEGACY[guess].upper()} -t UTF-8 {path.name}`."
              if guess else "Re-save the file as UTF-8, or read it with errors='replace' to see what is there.")
    return ArticleError(f"{path}: not valid {label} (byte 0x{data[error.start]:02x} at offset {error.start} "
                        f"cannot be decoded: {error.reason}). {advice}")
