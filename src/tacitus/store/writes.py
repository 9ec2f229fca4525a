"""Idempotent batch writes: per batch, one transaction deletes the documents' old rows and bulk-inserts the new ones.

Rows go in through Arrow tables (never executemany). Because every id is deterministic, replaying a batch after a
crash gives the same rows: nothing lost, nothing doubled.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from tacitus.errors import StoreError
from tacitus.records import Article, Rejected
from tacitus.store.rows import (
    Row,
    actor_rows,
    document_row,
    event_row,
    place_row,
    quote_row,
    rejected_row,
)

if TYPE_CHECKING:
    from tacitus.pipeline import DocumentResult

logger = logging.getLogger(__name__)
# Fixed table names (never user input), in write order.
TABLES = ("documents", "events", "actors", "quotes", "places", "rejected")
_DELETE_BY_DOC = {
    "documents": "DELETE FROM documents WHERE id IN (SELECT id FROM _batch_ids)",
    "events": "DELETE FROM events WHERE doc_id IN (SELECT id FROM _batch_ids)",
    "actors": "DELETE FROM actors WHERE doc_id IN (SELECT id FROM _batch_ids)",
    "quotes": "DELETE FROM quotes WHERE doc_id IN (SELECT id FROM _batch_ids)",
    "places": "DELETE FROM places WHERE doc_id IN (SELECT id FROM _batch_ids)",
    "rejected": "DELETE FROM rejected WHERE doc_id IN (SELECT id FROM _batch_ids)",
}
_DELETE_INGEST_REJECTS = ("DELETE FROM rejected WHERE (doc_id, reason) IN "
                          "(SELECT (doc_id, reason) FROM _batch_ingest_rejects)")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: its coding result, or a Rejected record (with its Article when it had one)."""

    result: DocumentResult | Rejected
    article: Article | None = None


@dataclass(slots=True)
class BatchRows:
    """The rows of a batch, by table, and the ids whose old rows they replace."""

    doc_ids: list[str] = field(default_factory=list)
    ingest_rejects: list[Row] = field(default_factory=list)
    tables: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in TABLES})


def _add_outcome(rows: BatchRows, outcome: Outcome, seen_events: set[str]) -> None:
    result, tables = outcome.result, rows.tables
    if isinstance(result, Rejected):
        tables["rejected"].append(rejected_row(result))
        if outcome.article is None:
            rows.ingest_rejects.append(rejected_row(result))
            return
        rows.doc_ids.append(outcome.article.article_id)
        tables["documents"].append(document_row(outcome.article, status="rejected"))
        return
    rows.doc_ids.append(result.article.article_id)
    events = [e for e in result.events if e.event_id not in seen_events]
    if len(events) < len(result.events):
        logger.warning("%s: %d duplicate event ids dropped", result.article.article_id,
                       len(result.events) - len(events))
    seen_events.update(e.event_id for e in events)
    tables["documents"].append(document_row(result.article, status="coded", n_events=len(events)))
    tables["events"].extend(event_row(e) for e in events)
    tables["actors"].extend(row for e in events for row in actor_rows(e))
    tables["quotes"].extend(quote_row(q, i) for i, q in enumerate(result.quotes))
    tables["places"].extend(place_row(result.article.article_id, p, i) for i, p in enumerate(result.places))


def batch_rows(outcomes: Iterable[Outcome]) -> BatchRows:
    """Rows for a batch; when a document id occurs twice, its last outcome wins (as in successive batches)."""
    last: dict[str, Outcome] = {}
    ingest: list[Outcome] = []
    for outcome in outcomes:
        doc_id = _doc_id(outcome)
        if doc_id is None:
            ingest.append(outcome)
        else:
            last.pop(doc_id, None)
            last[doc_id] = outcome
    rows = BatchRows()
    seen_events: set[str] = set()
    for outcome in [*last.values(), *ingest]:
        _add_outcome(rows, outcome, seen_events)
    return rows


def _doc_id(outcome: Outcome) -> str | None:
    if isinstance(outcome.result, Rejected):
        return outcome.article.article_id if outcome.article else None
    return outcome.result.article.article_id


def _schema(con: duckdb.DuckDBPyConnection, table: str) -> pa.Schema:
    # The Arrow schema comes from the table itself, so schema.sql is the one place columns are declared.
    empty = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table()  # fixed table names
    if empty is None:
        raise StoreError(f"table {table} is missing")
    schema: pa.Schema = empty.schema
    return schema


def _arrow(con: duckdb.DuckDBPyConnection, table: str, rows: list[Row]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=_schema(con, table))


def write_batch(con: duckdb.DuckDBPyConnection, outcomes: Sequence[Outcome]) -> BatchRows:
    """Store a batch in one transaction, replacing any earlier rows of the same documents. Returns its rows."""
    rows = batch_rows(outcomes)
    ids = pa.table({"id": pa.array(rows.doc_ids, pa.string())})
    ingest = pa.Table.from_pylist(rows.ingest_rejects, schema=_schema(con, "rejected"))
    arrow = {name: _arrow(con, name, table_rows) for name, table_rows in rows.tables.items() if table_rows}
    try:
        con.execute("BEGIN TRANSACTION")
        con.register("_batch_ids", ids)
        con.register("_batch_ingest_rejects", ingest)
        for name in TABLES:
            con.execute(_DELETE_BY_DOC[name])
        con.execute(_DELETE_INGEST_REJECTS)
        for name, table in arrow.items():
            con.register("_batch_rows", table)
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _batch_rows")  # fixed table names
            con.unregister("_batch_rows")
        con.execute("COMMIT")
    except duckdb.Error as err:
        con.execute("ROLLBACK")
        raise StoreError(f"writing a batch of {len(outcomes)} documents failed: {err}") from err
    finally:
        con.unregister("_batch_ids")
        con.unregister("_batch_ingest_rejects")
    return rows


def stored_hashes(con: duckdb.DuckDBPyConnection, hashes: Iterable[str]) -> set[str]:
    """The subset of `hashes` that stored documents already have."""
    wanted = pa.table({"hash": pa.array(sorted(set(hashes)), pa.string())})
    con.register("_wanted_hashes", wanted)
    try:
        found = con.execute("SELECT DISTINCT d.text_hash FROM documents d JOIN _wanted_hashes w "
                            "ON d.text_hash = w.hash").fetchall()
    finally:
        con.unregister("_wanted_hashes")
    return {row[0] for row in found}
