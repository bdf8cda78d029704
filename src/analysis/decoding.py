"""Turning a file's bytes into text, or a clear error naming the file."""

from __future__ import annotations

from pathlib import Path


class ArticleError(ValueError):
    """A file that cannot be read as an Arabic article; the message names the file."""


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without a byte-order mark), or raise ``ArticleError``."""
    if b"\x00" in data[:8192]:
        raise ArticleError(
            f"{path}: looks like a binary file (it contains NUL bytes), not text. "
            "Give the path of a plain-text (.txt) article saved as UTF-8."
        )
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start} "
            f"cannot be decoded: {exc.reason}). Re-save the file as UTF-8, for example "
            f"`iconv -f WINDOWS-1256 -t UTF-8 {path.name}` for a legacy Arabic file."
        ) from None


