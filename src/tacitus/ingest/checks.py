"""Checks shared by every reader: size cap, binary content, UTF-8, and wire-story fields (dateline)."""

from __future__ import annotations

import re

from tacitus.errors import IngestError
from tacitus.when.dateline import find_dateline as dateline_at_top

MAX_DOCUMENT_BYTES = 10_000_000
"""Largest single document read (bytes); a bigger one becomes a Rejected record, never a crash."""

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
    found = dateline_at_top(text, None)
    return text[found.place.start : found.end].rstrip(" \t\n-:\u2013\u2014") if found is not None else None


def find_byline(text: str) -> str | None:
    """A "By Jane Roe" line near the top of a story, or None."""
    match = _BYLINE.search(text[:_HEAD_CHARS])
    return match.group("byline").strip() if match else None
