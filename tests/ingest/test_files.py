"""Reading .txt, .jsonl, folders and stdin into Article / Rejected records."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from tacitus.errors import IngestError
from tacitus.ingest.files import article_from_mapping, parse_date, read_file, read_inputs, read_stdin
from tacitus.records import Article, Rejected


def test_read_file_txt_is_one_document_named_by_stem(tmp_path: Path) -> None:
    path = tmp_path / "story1.txt"
    path.write_text("Police arrested ten protesters.", encoding="utf-8")
    [article] = read_file(path, default_date=date(2024, 1, 2))
    assert isinstance(article, Article)
    assert (article.article_id, article.text, article.published) == ("story1", path.read_text(), date(2024, 1, 2))


def test_read_file_jsonl_reads_fields_and_rejects_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        '{"id": "a1", "text": "One.", "date": "2024-02-03", "title": "T", "url": "http://x", "outlet": "W"}\n'
        "not json\n\n"
        '{"id": "a3", "text": 5}\n'
        '["a list"]\n'
        '{"id": "a5", "text": "Five.", "date": "yesterday"}\n',
        encoding="utf-8",
    )
    records = list(read_file(path))
    assert isinstance(records[0], Article)
    assert (records[0].title, records[0].url, records[0].outlet, records[0].published) == (
        "T", "http://x", "W", date(2024, 2, 3))
    rejected = [r for r in records[1:] if isinstance(r, Rejected)]
    assert len(rejected) == 4
    assert "invalid JSON" in rejected[0].reason
    assert rejected[0].doc_id == "docs:2"
    assert "text" in rejected[1].reason
    assert "not a JSON object" in rejected[2].reason
    assert "invalid date" in rejected[3].reason


def test_read_file_binary_and_bad_utf8_are_rejected(tmp_path: Path) -> None:
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    [r1] = read_file(binary)
    [r2] = read_file(latin)
    assert isinstance(r1, Rejected)
    assert "binary" in r1.reason
    assert isinstance(r2, Rejected)
    assert "UTF-8" in r2.reason


def test_read_inputs_walks_folders_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    ids = [r.article_id for r in read_inputs([str(tmp_path)]) if isinstance(r, Article)]
    assert ids == ["b", "a"]


def test_read_inputs_missing_path_is_an_error() -> None:
    with pytest.raises(IngestError, match="no such file"):
        list(read_inputs(["/nonexistent/tacitus/input.txt"]))


@pytest.mark.parametrize(
    ("text", "expected_ids"),
    [('{"id": "s1", "text": "x"}\n{"id": "s2", "text": "y"}\n', ["s1", "s2"]), ("Plain text story.", ["stdin"])],
)
def test_read_stdin_detects_jsonl_or_text(text: str, expected_ids: list[str]) -> None:
    ids = [r.article_id for r in read_stdin(io.StringIO(text)) if isinstance(r, Article)]
    assert ids == expected_ids


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-01-31", date(2024, 1, 31)), ("2024-01-31T10:00:00Z", date(2024, 1, 31)), (None, None), ("", None)],
)
def test_parse_date_accepts_iso(value: str | None, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31/01/2024", "soon", 20240131])
def test_parse_date_rejects_others(value: object) -> None:
    with pytest.raises(IngestError):
        parse_date(value)


@pytest.mark.parametrize("key", ["date", "published", "publish_date", "published_at", "date_published", "pubdate"])
def test_publication_date_under_the_names_corpora_give_it(key: str) -> None:
    article = article_from_mapping({"id": "a", "text": "Rebels attacked Goma.", key: "2024-05-04T10:00:00Z"},
                                   fallback_id="x")
    assert isinstance(article, Article)
    assert article.published == date(2024, 5, 4)


def test_the_contracts_date_wins_and_an_empty_one_is_skipped() -> None:
    both = article_from_mapping({"text": "t", "date": "2024-01-01", "published": "2023-01-01"}, fallback_id="x")
    empty = article_from_mapping({"text": "t", "date": "", "published": "2023-01-01"}, fallback_id="x")
    assert isinstance(both, Article)
    assert isinstance(empty, Article)
    assert (both.published, empty.published) == (date(2024, 1, 1), date(2023, 1, 1))
