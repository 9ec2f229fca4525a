"""Gzip inputs, folders of any mix, bad inputs of every kind, and junk thrown at every reader (hypothesis)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.ingest.files import read_inputs
from tacitus.records import Article, Rejected

STORY = "NAIROBI, Kenya (Tacitus Wire) - Police arrested ten protesters in Nairobi on Tuesday."
SUFFIXES = (".txt", ".txt.gz", ".jsonl", ".jsonl.gz", ".html", ".rss", ".xml", ".warc", ".warc.gz", ".dat")


def test_gzip_jsonl_and_txt(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"g{n}", "text": STORY, "date": "2024-03-14"}) for n in range(3)]
    (tmp_path / "docs.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    records = list(read_inputs([str(tmp_path)]))
    assert [r.article_id for r in records if isinstance(r, Article)] == ["g0", "g1", "g2", "story"]
    assert records[-1].dateline == "NAIROBI, Kenya (Tacitus Wire)"


def test_truncated_gzip_keeps_earlier_lines_then_rejects(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"g{n}", "text": f"{STORY} {n} " + "x" * 200}) for n in range(200)]
    data = gzip.compress("\n".join(lines).encode(), compresslevel=1)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = list(read_inputs([str(path)]))
    assert isinstance(records[-1], Rejected)
    assert "truncated" in records[-1].reason
    assert sum(isinstance(r, Article) for r in records) > 10


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
    ("latin.txt", "caf\xe9 au lait".encode("latin-1"), "UTF-8"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("big.txt", b"Police arrested protesters. " * 2000, "too large"),
    ("big.html", b"<html><body><p>" + b"Police arrested protesters. " * 2000 + b"</p></body></html>", "too large"),
    ("cut.txt.gz", gzip.compress(b"Police arrested ten protesters." * 100)[:40], "gzip"),
    ("bad.jsonl", b'{"id": "a", "text": "caf\xe9"}\n', "UTF-8"),
    ("big.jsonl", json.dumps({"id": "big", "text": "x" * 60_000}).encode(), "too large"),
])
def test_bad_inputs_become_rejected_with_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    records = list(read_inputs([str(path)], max_bytes=50_000))
    assert len(records) == 1
    assert isinstance(records[0], Rejected)
    assert reason in records[0].reason


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8", "replace"))),
       suffix=st.sampled_from(SUFFIXES), gzipped=st.booleans())
def test_junk_never_escapes_a_reader(tmp_path: Path, data: bytes, suffix: str, gzipped: bool) -> None:
    if gzipped and suffix.endswith(".gz"):
        data = gzip.compress(data)
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(data)
    records = list(read_inputs([str(path)]))
    assert all(isinstance(r, Article | Rejected) for r in records)
    assert all(r.text.strip() for r in records if isinstance(r, Article) and suffix not in (".jsonl", ".jsonl.gz"))
