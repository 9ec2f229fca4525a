"""The DuckDB store: idempotent batch writes, the content-hash skip, queries and exports."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from tacitus.output import event_to_dict
from tacitus.pipeline import Coder, DocumentResult
from tacitus.records import Article, Rejected
from tacitus.store.connection import connect
from tacitus.store.export import gdelt_columns, global_event_id, write_csv, write_gdelt, write_jsonl, write_parquet
from tacitus.store.queries import event_records, query_events, stats
from tacitus.store.rows import text_hash
from tacitus.store.writes import Outcome, stored_hashes, write_batch

ARTICLES = [
    Article(article_id="a1", text="Police arrested ten protesters in Nairobi. Iran condemned Israel.",
            published=date(2024, 1, 2), url="https://wire.example/a1", outlet="Tacitus Wire"),
    Article(article_id="a2", text="Rebels attacked an army base in northern Mali.", published=date(2024, 1, 3)),
]


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    return connect(":memory:")


@pytest.fixture(scope="module")
def results(coder: Coder) -> list[DocumentResult]:
    out = [r for r in coder.process_documents(ARTICLES) if isinstance(r, DocumentResult)]
    assert len(out) == 2
    return out


def _all(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[object, ...]]:
    return con.sql(f"SELECT * FROM {table} ORDER BY ALL").fetchall()


def test_write_batch_is_idempotent(con: duckdb.DuckDBPyConnection, results: list[DocumentResult]) -> None:
    outcomes = [Outcome(r) for r in results] + [Outcome(Rejected(doc_id="bad:1", stage="ingest", reason="junk"))]
    write_batch(con, outcomes)
    first = {table: _all(con, table) for table in ("documents", "events", "actors", "rejected")}
    write_batch(con, outcomes)
    assert {table: _all(con, table) for table in first} == first
    assert len(first["events"]) >= 3
    assert len(first["rejected"]) == 1


def test_rewriting_a_document_replaces_its_rows(con: duckdb.DuckDBPyConnection,
                                                results: list[DocumentResult]) -> None:
    write_batch(con, [Outcome(r) for r in results])
    shorter = DocumentResult(article=results[0].article, events=results[0].events[:1])
    write_batch(con, [Outcome(shorter)])
    assert con.sql("SELECT count(*) FROM events WHERE doc_id = 'a1'").fetchall() == [(1,)]


def test_stored_hashes_finds_stored_content(con: duckdb.DuckDBPyConnection, results: list[DocumentResult]) -> None:
    write_batch(con, [Outcome(results[0])])
    assert stored_hashes(con, [text_hash(ARTICLES[0].text), text_hash("other")]) == {text_hash(ARTICLES[0].text)}


def test_code_rejection_stores_document_status(con: duckdb.DuckDBPyConnection) -> None:
    article = Article(article_id="e1", text=" ")
    write_batch(con, [Outcome(Rejected(doc_id="e1", stage="ingest", reason="empty text"), article=article)])
    assert con.sql("SELECT id, status FROM documents").fetchall() == [("e1", "rejected")]


def test_jsonl_export_round_trips_the_contract(con: duckdb.DuckDBPyConnection,
                                               results: list[DocumentResult]) -> None:
    write_batch(con, [Outcome(r) for r in results])
    exported = {r["event_id"]: r for r in event_records(query_events(con))}
    for event in (e for r in results for e in r.events):
        record = exported[event.event_id]
        expected = event_to_dict(event)
        assert {k: record[k] for k in expected} == json.loads(json.dumps(expected))


def test_query_filters(con: duckdb.DuckDBPyConnection, results: list[DocumentResult]) -> None:
    write_batch(con, [Outcome(r) for r in results])
    assert query_events(con, since=date(2024, 1, 3)).column("doc_id").to_pylist() == ["a2"] * len(results[1].events)
    assert set(query_events(con, type="COERCE").column("cameo_root").to_pylist()) == {"17"}
    assert set(query_events(con, country="IRN").column("actor1_country").to_pylist()) == {"IRN"}
    counts = stats(con)
    assert set(counts) >= {"day", "type", "country", "dyad"}


def test_gdelt_export_has_61_columns_in_order(con: duckdb.DuckDBPyConnection, results: list[DocumentResult],
                                              tmp_path: Path) -> None:
    write_batch(con, [Outcome(r) for r in results])
    columns = gdelt_columns()
    assert (len(columns), columns[0], columns[-1]) == (61, "GLOBALEVENTID", "SOURCEURL")
    stream = io.StringIO()
    count = write_gdelt(query_events(con, since=date(2024, 1, 2), until=date(2024, 1, 2)), stream)
    rows = [line.split("\t") for line in stream.getvalue().splitlines()]
    assert count == len(rows) >= 2
    assert {len(row) for row in rows} == {61}
    row = dict(zip(columns, rows[0], strict=True))
    assert (row["SQLDATE"], row["SOURCEURL"], row["NumMentions"]) == ("20240102", "https://wire.example/a1", "1")
    assert row["EventRootCode"] == row["EventCode"][:2]
    arrest = next(dict(zip(columns, r, strict=True)) for r in rows if r[columns.index("EventRootCode")] == "17")
    assert (arrest["ActionGeo_CountryCode"], arrest["ActionGeo_ADM1Code"][:2]) == ("KE", "KE")  # FIPS, as GDELT
    assert arrest["ActionGeo_FullName"] == "Nairobi"
    assert global_event_id("a1:0:7") == global_event_id("a1:0:7") > 0
    assert write_csv(query_events(con), io.StringIO()) == write_jsonl(query_events(con), io.StringIO())
    assert write_parquet(query_events(con), tmp_path / "e.parquet") == pq.read_table(tmp_path / "e.parquet").num_rows


def test_store_of_schema_version_1_gains_the_casualty_columns(tmp_path: Path,
                                                              results: list[DocumentResult]) -> None:
    path = tmp_path / "old.duckdb"
    old = duckdb.connect(str(path))  # a store written before casualties: schema.sql as it was, version 1
    old.execute("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);"
                "CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL);"
                "INSERT INTO events VALUES ('old:0:0', 'old')")
    old.close()
    con = connect(path)
    assert con.sql("SELECT max(version) FROM schema_version").fetchall() == [(2,)]
    assert con.sql("SELECT event_id, killed, injured FROM events").fetchall() == [("old:0:0", None, None)]
    con.close()


def test_casualties_round_trip(con: duckdb.DuckDBPyConnection, coder: Coder) -> None:
    article = Article(article_id="c1", text="Gunmen killed four villagers and wounded six in Borno on Monday.",
                      published=date(2024, 1, 2))
    [result] = coder.process_documents([article])
    assert isinstance(result, DocumentResult)
    write_batch(con, [Outcome(result)])
    [stored] = [r for r in event_records(query_events(con)) if r["casualties"]]
    assert stored["casualties"] == {"killed": 4, "injured": 6}
    assert stored == {**event_to_dict(next(e for e in result.events if e.casualties)),
                      "url": None, "outlet": None} | {"evidence": stored["evidence"]}
