"""Read `.txt` files, `.jsonl` files, folders and standard input into Article records.

A line or file that cannot be read becomes a `Rejected` record with the reason; the rest goes on.
"""

from __future__ import annotations

import gzip
import json
import logging
import zlib
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from io import BufferedReader
from pathlib import Path
from typing import TextIO

from tacitus.errors import IngestError
from tacitus.ingest.checks import MAX_DOCUMENT_BYTES, check_size, decode_text, find_byline, find_dateline
from tacitus.ingest.feeds import FEED_SUFFIXES, parse_feed, read_feed_url
from tacitus.ingest.fetch import Fetcher
from tacitus.ingest.html import read_html_file
from tacitus.ingest.warc import WARC_SUFFIXES, read_warc
from tacitus.records import Article, Rejected

logger = logging.getLogger(__name__)
STDIN = "-"
URL_PREFIXES = ("http://", "https://")
# Longest suffixes first: ".warc.gz" before ".gz".
_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("warc", WARC_SUFFIXES),
    ("jsonl.gz", (".jsonl.gz",)),
    ("txt", (".txt", ".txt.gz")),
    ("jsonl", (".jsonl",)),
    ("html", (".html", ".htm")),
    ("feed", FEED_SUFFIXES),
)
SUFFIXES = tuple(suffix for _, suffixes in _KINDS for suffix in suffixes)
_MAGIC = ((b"warc/", "warc"), (b"<!doctype html", "html"), (b"<html", "html"), (b"<rss", "feed"),
          (b"<feed", "feed"), (b"<?xml", "feed"), (b"{", "jsonl"))
_GZIP_ERRORS = (OSError, EOFError, zlib.error)
# The contract's "date", then the names other corpora give the publication date.
DATE_KEYS = ("date", "published", "publish_date", "published_at", "date_published", "pubdate")


def parse_date(value: object) -> date | None:
    """A `YYYY-MM-DD` date (a full ISO timestamp is cut to its date); IngestError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise IngestError(f"date must be a string YYYY-MM-DD, not {type(value).__name__}")
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError as err:
        raise IngestError(f"invalid date {value!r} (expected YYYY-MM-DD)") from err


def _first_present(record: Mapping[str, object], keys: Iterable[str]) -> object:
    """The value of the first of `keys` the record has (and not empty)."""
    return next((record[key] for key in keys if record.get(key) not in (None, "")), None)


def _optional_str(record: Mapping[str, object], key: str) -> str | None:
    value = record.get(key)
    return None if value is None else str(value)


def article_from_mapping(record: Mapping[str, object], *, fallback_id: str,
                         default_date: date | None = None) -> Article | Rejected:
    """An Article from a JSON object in the contract's shape, or a Rejected record saying what is wrong."""
    raw_id = record.get("id", record.get("doc_id"))
    doc_id = fallback_id if raw_id is None or raw_id == "" else str(raw_id)
    text = record.get("text")
    if not isinstance(text, str):
        return Rejected(doc_id=doc_id, stage="ingest", reason="missing or non-string 'text'")
    try:
        published = parse_date(_first_present(record, DATE_KEYS)) or default_date
    except IngestError as err:
        return Rejected(doc_id=doc_id, stage="ingest", reason=str(err))
    return Article(article_id=doc_id, text=text, title=_optional_str(record, "title"), published=published,
                   url=_optional_str(record, "url"), outlet=_optional_str(record, "outlet"),
                   lang=_optional_str(record, "lang"))


def read_jsonl_lines(lines: Iterable[str], *, name: str, default_date: date | None,
                     first_number: int = 1) -> Iterator[Article | Rejected]:
    """Documents from JSONL lines; `name` prefixes the ids of bad lines."""
    for number, line in enumerate(lines, start=first_number):
        if not line.strip():
            continue
        fallback = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejected(doc_id=fallback, stage="ingest", reason=f"line {number}: invalid JSON ({err.msg})")
            continue
        if not isinstance(record, dict):
            yield Rejected(doc_id=fallback, stage="ingest", reason=f"line {number}: not a JSON object")
            continue
        yield article_from_mapping(record, fallback_id=fallback, default_date=default_date)


def _kind(path: Path) -> str | None:
    """The reader for a path, from its suffix(es); None when the suffix is not one we read."""
    name = path.name.lower()
    for kind, suffixes in _KINDS:
        if name.endswith(suffixes):
            return kind
    return None


def _sniff(path: Path) -> str:
    """The reader for a file whose suffix says nothing, from its first bytes."""
    try:
        with path.open("rb") as stream:
            head = stream.read(512)
    except OSError:
        return "txt"
    if head.startswith(b"\x1f\x8b"):
        return "warc" if b"WARC/" in _gunzip_head(path) else "jsonl.gz"
    stripped = head.lstrip().lower()
    for prefix, kind in _MAGIC:
        if stripped.startswith(prefix):
            return kind
    return "txt"


def _gunzip_head(path: Path) -> bytes:
    try:
        with gzip.open(path, "rb") as stream:
            return stream.read(16)
    except (OSError, EOFError, zlib.error):
        return b""


def _open_bytes(path: Path) -> gzip.GzipFile | BufferedReader:
    return gzip.GzipFile(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _read_text_file(path: Path, *, max_bytes: int) -> str:
    if not path.name.lower().endswith(".gz"):
        check_size(path.stat().st_size, max_bytes=max_bytes)
    try:
        with _open_bytes(path) as stream:
            data = stream.read(max_bytes + 1)
    except _GZIP_ERRORS as err:
        raise IngestError(f"truncated or corrupt gzip ({type(err).__name__}: {err})") from err
    return decode_text(data, max_bytes=max_bytes)


def _jsonl_line(raw: bytes, number: int, *, name: str, max_bytes: int,
                default_date: date | None) -> Article | Rejected | None:
    fallback = f"{name}:{number}"
    if len(raw) > max_bytes:
        return Rejected(doc_id=fallback, stage="ingest", reason=f"line {number}: document too large "
                        f"({len(raw)} bytes; the limit is {max_bytes})")
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as err:
        return Rejected(doc_id=fallback, stage="ingest", reason=f"line {number}: not UTF-8 ({err.reason})")
    records = list(read_jsonl_lines([line], name=name, default_date=default_date, first_number=number))
    return records[0] if records else None


def read_jsonl_file(path: Path, *, default_date: date | None = None,
                    max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Article | Rejected]:
    """Documents of a `.jsonl` or `.jsonl.gz` file, streamed line by line (a truncated gzip ends in a Rejected)."""
    name = _stem(path)
    number = 0
    try:
        with _open_bytes(path) as stream:
            head = stream.read(8192)
        if b"\x00" in head:
            yield Rejected(doc_id=name, stage="ingest", reason=f"{path}: binary content (NUL bytes)")
            return
        with _open_bytes(path) as stream:
            for number, raw in enumerate(stream, start=1):
                record = _jsonl_line(raw, number, name=name, max_bytes=max_bytes, default_date=default_date)
                if record is not None:
                    yield record
    except _GZIP_ERRORS as err:
        yield Rejected(doc_id=f"{name}:{number + 1}", stage="ingest",
                       reason=f"{path}: truncated or corrupt gzip after line {number} ({type(err).__name__}: {err})")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".jsonl", ".txt", ".html", ".htm"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name or path.name


def read_file(path: Path, *, default_date: date | None = None, max_bytes: int = MAX_DOCUMENT_BYTES,
              fetcher: Fetcher | None = None) -> Iterator[Article | Rejected]:
    """Documents in one file of any format we read, chosen by suffix (or by content when the suffix is unknown)."""
    kind = _kind(path) or _sniff(path)
    if kind in ("jsonl", "jsonl.gz"):
        yield from read_jsonl_file(path, default_date=default_date, max_bytes=max_bytes)
    elif kind == "html":
        yield read_html_file(path, default_date=default_date, max_bytes=max_bytes)
    elif kind == "warc":
        yield from read_warc(path, default_date=default_date, max_bytes=max_bytes)
    elif kind == "feed":
        yield from _read_feed_file(path, default_date=default_date, max_bytes=max_bytes, fetcher=fetcher)
    else:
        try:
            text = _read_text_file(path, max_bytes=max_bytes)
        except (OSError, IngestError) as err:
            yield Rejected(doc_id=_stem(path), stage="ingest", reason=f"{path}: {err}")
            return
        yield Article(article_id=_stem(path), text=text, published=default_date,
                      byline=find_byline(text), dateline=find_dateline(text))


def _read_feed_file(path: Path, *, default_date: date | None, max_bytes: int,
                    fetcher: Fetcher | None) -> Iterator[Article | Rejected]:
    try:
        check_size(path.stat().st_size, max_bytes=max_bytes)
        data = path.read_bytes()
    except (OSError, IngestError) as err:
        yield Rejected(doc_id=path.stem, stage="ingest", reason=f"{path}: {err}")
        return
    yield from parse_feed(data, name=path.stem, default_date=default_date, fetcher=fetcher, max_bytes=max_bytes)


def _folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and _kind(p) is not None)


def read_stdin(stream: TextIO, *, default_date: date | None = None) -> Iterator[Article | Rejected]:
    """JSONL when the input starts with `{`, else one plain-text document with id `stdin`."""
    text = stream.read()
    if text.lstrip().startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), name="stdin", default_date=default_date)
    else:
        yield Article(article_id="stdin", text=text, published=default_date)


def read_inputs(inputs: Iterable[str], *, stdin: TextIO | None = None, default_date: date | None = None,
                max_bytes: int = MAX_DOCUMENT_BYTES, fetcher: Fetcher | None = None,
                fetch_items: bool = False) -> Iterator[Article | Rejected]:
    """Documents from files, folders (recursively, every format we read), feed URLs and `-` (standard input).

    `fetcher` is needed for feed URLs; with `fetch_items` it also fetches each feed item's page.
    """
    item_fetcher = fetcher if fetch_items else None
    for item in inputs:
        if item == STDIN:
            if stdin is None:
                raise IngestError("'-' given but no standard input available")
            yield from read_stdin(stdin, default_date=default_date)
        elif item.startswith(URL_PREFIXES):
            if fetcher is None:
                raise IngestError(f"{item}: reading a URL needs a fetcher (an HTTP client)")
            yield from read_feed_url(item, fetcher, fetch_items=fetch_items, default_date=default_date)
        else:
            yield from _read_path(Path(item), default_date=default_date, max_bytes=max_bytes, fetcher=item_fetcher)


def _read_path(path: Path, *, default_date: date | None, max_bytes: int,
               fetcher: Fetcher | None) -> Iterator[Article | Rejected]:
    if path.is_dir():
        files = _folder_files(path)
        if not files:
            logger.warning("%s: no files in a format tacitus reads", path)
        for file in files:
            yield from read_file(file, default_date=default_date, max_bytes=max_bytes, fetcher=fetcher)
    elif path.is_file():
        yield from read_file(path, default_date=default_date, max_bytes=max_bytes, fetcher=fetcher)
    else:
        raise IngestError(f"{path}: no such file or folder")


def count_documents(inputs: Iterable[str]) -> int | None:
    """How many documents `read_inputs` will give, when cheap to know (for an ETA); None for feeds, WARC, URLs."""
    total = 0
    for item in inputs:
        path = Path(item)
        files = _folder_files(path) if path.is_dir() else [path]
        for file in files:
            kind = _kind(file) or ("url" if item.startswith(URL_PREFIXES) or item == STDIN else _sniff(file))
            if kind in ("txt", "html"):
                total += 1
            elif kind in ("jsonl", "jsonl.gz"):
                try:
                    with _open_bytes(file) as stream:
                        total += sum(1 for line in stream if line.strip())
                except _GZIP_ERRORS:
                    return None
            else:
                return None
    return total
