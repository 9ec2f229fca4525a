"""WARC / WARC.gz web archives (warcio): one Article per HTML response; a truncated archive ends in a Rejected."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from tacitus.errors import IngestError
from tacitus.ingest.checks import MAX_DOCUMENT_BYTES, check_size
from tacitus.ingest.html import article_from_html
from tacitus.records import Article, Rejected

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_READ_ERRORS = (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError)


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return bool(status.startswith("2") and content_type.startswith(HTML_TYPES))


def _record_article(record: Any, *, default_date: date | None, max_bytes: int) -> Article | Rejected:
    url = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("WARC-Record-ID")
    doc_id = str(url)
    body = record.content_stream().read(max_bytes + 1)
    if len(body) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
        # The record says it is longer than what the archive holds: the file was cut here.
        return Rejected(doc_id=doc_id, stage="ingest", reason="truncated WARC record (archive ends inside it)")
    try:
        check_size(len(body), max_bytes=max_bytes)
    except IngestError as err:
        return Rejected(doc_id=doc_id, stage="ingest", reason=f"WARC response: {err}")
    return article_from_html(body, doc_id=doc_id, url=str(url), default_date=default_date, max_bytes=max_bytes)


def read_warc(path: Path, *, default_date: date | None = None,
              max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Article | Rejected]:
    """Articles from the HTML responses of a WARC file (other records are skipped)."""
    count = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if not _is_html_response(record):
                    continue
                count += 1
                yield _record_article(record, default_date=default_date, max_bytes=max_bytes)
    except _READ_ERRORS as err:
        yield Rejected(doc_id=path.name, stage="ingest",
                       reason=f"truncated or malformed WARC after {count} HTML responses ({type(err).__name__}: {err})")
        return
    if count == 0:
        yield Rejected(doc_id=path.name, stage="ingest", reason="no HTML responses in the WARC file")
