"""Read `.txt` files, `.jsonl` files, folders and standard input into Article records.

A line or file that cannot be read becomes a `Rejected` record with the reason; the rest goes on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from tacitus.errors import IngestError
from tacitus.records import Article, Rejected

logger = logging.getLogger(__name__)
SUFFIXES = (".txt", ".jsonl")
STDIN = "-"


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
        published = parse_date(record.get("date")) or default_date
    except IngestError as err:
        return Rejected(doc_id=doc_id, stage="ingest", reason=str(err))
    return Article(article_id=doc_id, text=text, title=_optional_str(record, "title"), published=published,
                   url=_optional_str(record, "url"), outlet=_optional_str(record, "outlet"),
                   lang=_optional_str(record, "lang"))


def read_jsonl_lines(lines: Iterable[str], *, name: str, default_date: date | None) -> Iterator[Article | Rejected]:
    """Documents from JSONL lines; `name` prefixes the ids of bad lines."""
    for number, line in enumerate(lines, start=1):
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


def _read_text_file(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise IngestError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise IngestError(f"not UTF-8 text ({err.reason} at byte {err.start})") from err


def read_file(path: Path, *, default_date: date | None = None) -> Iterator[Article | Rejected]:
    """Documents in one `.txt` (one document, id = stem) or `.jsonl` file (one per line)."""
    try:
        text = _read_text_file(path)
    except (OSError, IngestError) as err:
        yield Rejected(doc_id=path.stem, stage="ingest", reason=f"{path}: {err}")
        return
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl_lines(text.splitlines(), name=path.stem, default_date=default_date)
    else:
        yield Article(article_id=path.stem, text=text, published=default_date)


def _folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_stdin(stream: TextIO, *, default_date: date | None = None) -> Iterator[Article | Rejected]:
    """JSONL when the input starts with `{`, else one plain-text document with id `stdin`."""
    text = stream.read()
    if text.lstrip().startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), name="stdin", default_date=default_date)
    else:
        yield Article(article_id="stdin", text=text, published=default_date)


def read_inputs(inputs: Iterable[str], *, stdin: TextIO | None = None,
                default_date: date | None = None) -> Iterator[Article | Rejected]:
    """Documents from files, folders (recursively, .txt and .jsonl) and `-` (standard input)."""
    for item in inputs:
        if item == STDIN:
            if stdin is None:
                raise IngestError("'-' given but no standard input available")
            yield from read_stdin(stdin, default_date=default_date)
            continue
        path = Path(item)
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                logger.warning("%s: no .txt or .jsonl files", path)
            for file in files:
                yield from read_file(file, default_date=default_date)
        elif path.is_file():
            yield from read_file(path, default_date=default_date)
        else:
            raise IngestError(f"{item}: no such file or folder")
