"""RSS/Atom feeds from files and URLs; pages fetched only on request, through an injected client."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
import pytest

from tacitus.ingest.feeds import parse_feed
from tacitus.ingest.fetch import Fetcher
from tacitus.ingest.files import read_inputs
from tacitus.records import Article, Rejected

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Tacitus Wire</title>
<item><title>Clashes in Mali</title><link>https://wire.example/mali</link><guid>wire-mali</guid>
<author>desk@wire.example (Jane Roe)</author><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;BAMAKO (Tacitus Wire) - Rebels attacked an army base in northern Mali.&lt;/p&gt;
</description></item>
<item><title>No text</title><link>https://wire.example/empty</link><guid>wire-empty</guid></item>
</channel></rss>"""
PAGE = b"""<html><head><title>Mali attack</title></head><body><article><p>BAMAKO (Tacitus Wire) - Rebels attacked
an army base in northern Mali on Sunday, killing five soldiers, the defence ministry said. The government vowed
to punish the attackers.</p></article></body></html>"""


def _fetcher(pages: dict[str, bytes], seen: list[str], sleeps: list[float]) -> Fetcher:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        body = pages.get(str(request.url))
        return httpx.Response(200, content=body) if body is not None else httpx.Response(404)

    return Fetcher(httpx.Client(transport=httpx.MockTransport(handle)), delay=0.5, sleep=sleeps.append,
                   clock=lambda: 0.0)


def test_parse_feed_items_become_articles_without_fetching() -> None:
    records = list(parse_feed(RSS, name="wire"))
    article, empty = records
    assert isinstance(article, Article)
    assert (article.article_id, article.title, article.outlet, article.url, article.published) == (
        "wire-mali", "Clashes in Mali", "Tacitus Wire", "https://wire.example/mali", date(2024, 5, 6))
    assert article.text.startswith("BAMAKO")
    assert article.dateline == "BAMAKO (Tacitus Wire)"
    assert isinstance(empty, Rejected)
    assert "--fetch" in empty.reason


def test_feed_url_with_fetch_reads_pages_politely() -> None:
    seen: list[str] = []
    sleeps: list[float] = []
    fetcher = _fetcher({"https://wire.example/feed": RSS, "https://wire.example/mali": PAGE}, seen, sleeps)
    records = list(read_inputs(["https://wire.example/feed"], fetcher=fetcher, fetch_items=True))
    assert seen == ["https://wire.example/feed", "https://wire.example/mali", "https://wire.example/empty"]
    assert sleeps == [0.5, 0.5]
    article, missing = records
    assert isinstance(article, Article)
    assert "killing five soldiers" in article.text
    assert article.title == "Mali attack"
    assert article.outlet == "Tacitus Wire"
    assert isinstance(missing, Rejected)
    assert "HTTP 404" in missing.reason


def test_fetch_size_cap_rejects_big_pages() -> None:
    fetcher = _fetcher({"https://wire.example/feed": RSS, "https://wire.example/mali": PAGE * 50}, [], [])
    fetcher.max_bytes = 2_000
    records = list(read_inputs(["https://wire.example/feed"], fetcher=fetcher, fetch_items=True))
    assert isinstance(records[0], Rejected)
    assert "larger than" in records[0].reason


def test_feed_url_timeout_is_rejected_not_raised() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    fetcher = Fetcher(httpx.Client(transport=httpx.MockTransport(handle)), sleep=lambda _: None)
    [record] = read_inputs(["https://wire.example/feed"], fetcher=fetcher)
    assert isinstance(record, Rejected)
    assert "ConnectTimeout" in record.reason


@pytest.mark.parametrize("content", [b"<rss><channel><item><title>x", b"not a feed at all", b""])
def test_malformed_feed_files_are_rejected(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.rss"
    path.write_bytes(content)
    records = list(read_inputs([str(path)]))
    assert records
    assert all(isinstance(r, Rejected) for r in records)
