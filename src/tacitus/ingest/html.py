"""HTML pages to Articles with trafilatura: main text, title, author (byline), date, site name (outlet), URL."""

from __future__ import annotations

import logging
import warnings
from datetime import date
from pathlib import Path
from typing import Any

import trafilatura

from tacitus.errors import IngestError
from tacitus.ingest.checks import MAX_DOCUMENT_BYTES, check_size, find_byline, find_dateline
from tacitus.records import Article, Rejected

logger = logging.getLogger(__name__)


def _extract(html: bytes | str, url: str | None) -> dict[str, Any] | None:
    with warnings.catch_warnings():
        # lxml element truth-testing inside trafilatura; not ours to fix, and not the user's concern.
        warnings.simplefilter("ignore", FutureWarning)
        try:
            document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        except (ValueError, TypeError, LookupError) as err:  # lxml/charset failures on broken markup
            raise IngestError(f"malformed HTML ({type(err).__name__}: {err})") from err
    if document is None:
        return None
    data = document if isinstance(document, dict) else document.as_dict()
    return dict(data)


def _date(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_from_html(html: bytes | str, *, doc_id: str, url: str | None = None,
                      default_date: date | None = None, max_bytes: int = MAX_DOCUMENT_BYTES,
                      fallback: Article | None = None) -> Article | Rejected:
    """An Article from one HTML page, or a Rejected record saying why there is none.

    `fallback` (e.g. a feed item) supplies the fields the page does not give.
    """
    size = len(html.encode("utf-8", "replace") if isinstance(html, str) else html)
    try:
        check_size(size, max_bytes=max_bytes)
        if isinstance(html, bytes) and b"\x00" in html[:8192]:
            raise IngestError("binary content (NUL bytes), not HTML")
        data = _extract(html, url)
    except IngestError as err:
        return Rejected(doc_id=doc_id, stage="ingest", reason=str(err))
    text = (data or {}).get("text") or ""
    if data is None or not str(text).strip():
        return Rejected(doc_id=doc_id, stage="ingest", reason="no article text found in the HTML")
    return _article(data, str(text), doc_id=doc_id, url=url, default_date=default_date, fallback=fallback)


def _article(data: dict[str, Any], text: str, *, doc_id: str, url: str | None, default_date: date | None,
             fallback: Article | None) -> Article:
    def pick(key: str, backup: str | None) -> str | None:
        value = data.get(key)
        return str(value) if value else backup

    base = fallback or Article(article_id=doc_id, text="")
    return Article(
        article_id=doc_id, text=text,
        title=pick("title", base.title),
        published=_date(data.get("date")) or base.published or default_date,
        url=pick("url", url or base.url),
        # A feed's title names the outlet better than a page's site name, which may be just its host.
        outlet=base.outlet or pick("sitename", None) or pick("hostname", None),
        lang=pick("language", base.lang),
        byline=pick("author", base.byline) or find_byline(text),
        dateline=find_dateline(text),
    )


def read_html_file(path: Path, *, default_date: date | None = None,
                   max_bytes: int = MAX_DOCUMENT_BYTES) -> Article | Rejected:
    """One `.html`/`.htm` file as one Article (id = the file's stem)."""
    try:
        size = path.stat().st_size
        check_size(size, max_bytes=max_bytes)
        data = path.read_bytes()
    except (OSError, IngestError) as err:
        return Rejected(doc_id=path.stem, stage="ingest", reason=f"{path}: {err}")
    return article_from_html(data, doc_id=path.stem, default_date=default_date, max_bytes=max_bytes)
