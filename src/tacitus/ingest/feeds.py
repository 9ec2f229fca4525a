"""RSS/Atom feeds (files or URLs) to Articles with feedparser; an item's page is fetched only on request."""

from __future__ import annotations

import calendar
import logging
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import feedparser
import lxml.html
from lxml.etree import ParserError

from tacitus.errors import IngestError
from tacitus.ingest.checks import MAX_DOCUMENT_BYTES, check_size, find_byline, find_dateline
from tacitus.ingest.fetch import Fetcher
from tacitus.ingest.html import article_from_html
from tacitus.records import Article, Rejected

logger = logging.getLogger(__name__)
FEED_SUFFIXES = (".rss", ".atom", ".xml")


def _plain_text(html: str) -> str:
    if "<" not in html:
        return html.strip()
    try:
        return str(lxml.html.fragment_fromstring(html, create_parent="div").text_content()).strip()
    except (ParserError, ValueError):
        return html.strip()


def _entry_date(entry: Any) -> date | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).date()


def _entry_text(entry: Any) -> str:
    content = entry.get("content") or []
    raw = content[0].get("value", "") if content else entry.get("summary", "")
    return _plain_text(str(raw or ""))


def _entry_article(entry: Any, *, doc_id: str, outlet: str | None, default_date: date | None) -> Article:
    text = _entry_text(entry)
    return Article(article_id=doc_id, text=text, title=entry.get("title") or None,
                   published=_entry_date(entry) or default_date, url=entry.get("link") or None,
                   outlet=outlet, byline=entry.get("author") or find_byline(text), dateline=find_dateline(text))


def parse_feed(data: bytes, *, name: str, default_date: date | None = None, fetcher: Fetcher | None = None,
               max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Article | Rejected]:
    """One Article per feed item (its summary, or its fetched page when `fetcher` is given)."""
    try:
        check_size(len(data), max_bytes=max_bytes)
    except IngestError as err:
        yield Rejected(doc_id=name, stage="ingest", reason=f"feed: {err}")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        reason = f"malformed feed ({problem})" if feed.get("bozo") else "feed has no items"
        yield Rejected(doc_id=name, stage="ingest", reason=reason)
        return
    outlet = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, start=1):
        doc_id = str(entry.get("id") or entry.get("link") or f"{name}:{number}")
        article = _entry_article(entry, doc_id=doc_id, outlet=outlet, default_date=default_date)
        if fetcher is not None and article.url:
            yield _fetched(article, fetcher, default_date=default_date)
        elif not article.text:
            yield Rejected(doc_id=doc_id, stage="ingest", reason="feed item has no text (use --fetch for its page)")
        else:
            yield article


def _fetched(article: Article, fetcher: Fetcher, *, default_date: date | None) -> Article | Rejected:
    url = article.url or ""
    try:
        page = fetcher.get(url)
    except IngestError as err:
        return Rejected(doc_id=article.article_id, stage="ingest", reason=f"fetch failed: {err}")
    return article_from_html(page, doc_id=article.article_id, url=url, default_date=default_date,
                             max_bytes=fetcher.max_bytes, fallback=article)


def read_feed_url(url: str, fetcher: Fetcher, *, fetch_items: bool = False,
                  default_date: date | None = None) -> Iterator[Article | Rejected]:
    """Items of the feed at `url`; their pages are fetched too when `fetch_items` is true."""
    try:
        data = fetcher.get(url)
    except IngestError as err:
        yield Rejected(doc_id=url, stage="ingest", reason=f"feed fetch failed: {err}")
        return
    yield from parse_feed(data, name=url, default_date=default_date, fetcher=fetcher if fetch_items else None,
                          max_bytes=fetcher.max_bytes)
