"""Checks shared by every reader: size cap, binary content, UTF-8, and wire-story fields (dateline)."""

from __future__ import annotations

import re

from tacitus.errors import IngestError

MAX_DOCUMENT_BYTES = 10_000_000
"""Largest single document read (bytes); a bigger one becomes a Rejected record, never a crash."""

# "NAIROBI, Kenya (Reuters) -", "NEW DELHI, May 6 —", "GAZA CITY:" at the start of a line near the top.
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'\- ]{1,40}(?:,\s[A-Z][A-Za-z.'\- ]{1,30}){0,2}(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
    r"(?:\s\([^)\n]{1,40}\))?)\s*(?:-{1,2}|—|–|:)\s",
    re.MULTILINE,
)
_BYLINE = re.compile(r"^By\s+(?P<byline>[A-Z][^\n]{2,80})$", re.MULTILINE)
_HEAD_CHARS = 400


def check_size(size: int, *, max_bytes: int) -> None:
    """IngestError when a document of `size` bytes is empty or over the cap."""
    if size == 0:
        raise IngestError("empty document")
    if size > max_bytes:
        raise IngestError(f"document too large ({size} bytes; the limit is {max_bytes})")


def decode_text(data: bytes, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """UTF-8 text of a document's bytes; IngestError for empty, oversized, binary or non-UTF-8 content."""
    check_size(len(data), max_bytes=max_bytes)
    if b"\x00" in data[:8192]:
        raise IngestError("binary content (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise IngestError(f"not UTF-8 text ({err.reason} at byte {err.start})") from err
    if not text.strip():
        raise IngestError("empty document (only whitespace)")
    return text


def find_dateline(text: str) -> str | None:
    """The wire dateline at the top of a story ("NAIROBI, Kenya (Reuters)"), or None."""
    match = _DATELINE.search(text[:_HEAD_CHARS])
    return match.group("dateline").strip() if match else None


def find_byline(text: str) -> str | None:
    """A "By Jane Roe" line near the top of a story, or None."""
    match = _BYLINE.search(text[:_HEAD_CHARS])
    return match.group("byline").strip() if match else None
