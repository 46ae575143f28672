"""Turn raw bytes into text, refusing what is not text."""

from __future__ import annotations

import charset_normalizer


class IngestError(ValueError):
    """An input that cannot be used; the message names what is wrong with it."""


# Control characters other than tab, newline, carriage return and form feed do not occur in text.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def decode(data: bytes, max_bytes: int | None = None) -> str:
    """Decode ``data`` as text: UTF-8 first, otherwise the encoding charset-normalizer detects.

    Raises :class:`IngestError` for empty, oversized or binary data.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise IngestError(
            f"too large: {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit"
        )
    if not data.strip():
        raise IngestError("empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:65536]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise IngestError("binary data, not text (it contains NUL bytes)")
    if sum(sample.count(bytes([c])) for c in _CONTROL) > len(sample) * 0.01:
        raise IngestError("binary data, not text (it contains control characters)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise IngestError("not text in any encoding we recognise")
    text = str(best)
    if not text.strip():
        raise IngestError("empty")
    return text
