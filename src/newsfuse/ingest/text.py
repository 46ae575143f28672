"""Turn raw bytes into text, refusing what is not text."""

from __future__ import annotations

import chardet
import charset_normalizer


class IngestError(ValueError):
    """An input that cannot be used; the message names what is wrong with it."""


# Control characters other than tab, newline, carriage return and form feed do not occur in text.
_CONTROL = "".join(chr(c) for c in range(32) if c not in (9, 10, 12, 13))
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_FEED_START = (b"<?xml", b"<rss", b"<feed", b"<rdf:RDF")


def looks_like_feed(data: bytes) -> bool:
    """Whether these bytes start like an RSS, Atom or RDF feed (or other XML)."""
    return data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip().startswith(_FEED_START)


def _refuse_control_characters(sample: str) -> None:
    if sum(sample.count(c) for c in _CONTROL) > len(sample) * 0.01:
        raise IngestError("binary data, not text (it contains control characters)")


def _checked(text: str) -> str:
    if not text.strip():
        raise IngestError("empty")
    return text


def decode(data: bytes, max_bytes: int | None = None) -> str:
    """Decode ``data`` as text: UTF-16 when a byte-order mark says so, else UTF-8 first,
    otherwise the encoding chardet detects (UTF-16 without a mark, Western before Central
    European), with charset-normalizer as a second opinion.

    Raises :class:`IngestError` for empty, oversized or binary data.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise IngestError(
            f"too large: {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit"
        )
    if not data.strip():
        raise IngestError("empty")
    if data.startswith(_UTF16_BOMS):
        # UTF-16 is full of NUL bytes, so the byte tests below only apply once it is decoded.
        return _decoded_utf16(data, "utf-16")  # the BOM picks the byte order and is dropped
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:65536]
    if b"\x00" in sample:
        # UTF-16 without a mark, or text with a stray NUL (a JSONL line then fails on its own),
        # or binary data: chardet tells them apart.
        detected = (chardet.detect(sample)["encoding"] or "").lower()
        if detected.startswith(("utf-16", "utf-32")):
            return _decoded_utf16(data, detected)
        if not detected:
            raise IngestError("binary data, not text (it contains NUL bytes)")
    _refuse_control_characters(sample.decode("latin-1"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # chardet tells Latin-1 French from cp1250 Polish where charset-normalizer, on short texts,
    # reads "très" as cp1250 "trčs"; charset-normalizer decides when chardet has no answer.
    detected = chardet.detect(data[: 1 << 20])["encoding"]
    if detected:
        try:
            return _checked(data.decode(detected))
        except (UnicodeDecodeError, LookupError):
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise IngestError("not text in any encoding we recognise")
    return _checked(str(best))


def _decoded_utf16(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise IngestError(f"not text: it looks like {encoding} but does not decode") from None
    _refuse_control_characters(text[:32768])
    return _checked(text)
