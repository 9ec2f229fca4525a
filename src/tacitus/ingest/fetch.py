"""Polite HTTP fetching for feeds and their pages: an injected httpx.Client, a size cap, a delay between requests."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from tacitus.errors import IngestError
from tacitus.ingest.checks import MAX_DOCUMENT_BYTES

USER_AGENT = "tacitus/0.1 (+https://github.com/; political event coding)"
DEFAULT_TIMEOUT = 15.0
DEFAULT_DELAY = 1.0


def make_client(*, timeout: float = DEFAULT_TIMEOUT) -> httpx.Client:
    """An httpx.Client with a timeout, redirects followed and an honest User-Agent."""
    return httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})


@dataclass
class Fetcher:
    """Fetches URLs through `client`, at most `max_bytes` each, waiting `delay` seconds between requests."""

    client: httpx.Client
    max_bytes: int = MAX_DOCUMENT_BYTES
    delay: float = DEFAULT_DELAY
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _last: float | None = field(default=None, init=False)

    def get(self, url: str) -> bytes:
        """The body of `url`; IngestError on a network error, an HTTP error status or an oversized body."""
        self._wait()
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise IngestError(f"{url}: HTTP {response.status_code}")
                return self._read_capped(response, url)
        except httpx.HTTPError as err:
            raise IngestError(f"{url}: {type(err).__name__}: {err}") from err
        finally:
            self._last = self.clock()

    def _wait(self) -> None:
        if self._last is not None:
            remaining = self.delay - (self.clock() - self._last)
            if remaining > 0:
                self.sleep(remaining)

    def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise IngestError(f"{url}: response larger than {self.max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
