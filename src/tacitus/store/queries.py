"""Read the store: filtered events (as Arrow tables or contract records) and counts for `tacitus stats`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from tacitus.errors import StoreError

_EVENTS = "SELECT e.*, d.url AS doc_url, d.outlet AS doc_outlet, d.published AS doc_published " \
          "FROM events e LEFT JOIN documents d ON d.id = e.doc_id"
_ORDER = " ORDER BY e.date NULLS LAST, e.event_id"
STAT_QUERIES = {
    "day": "SELECT CAST(date AS VARCHAR) AS day, count(*) AS events FROM events GROUP BY ALL ORDER BY day",
    "type": "SELECT coalesce(plover_type, 'CAMEO ' || cameo_root) AS type, count(*) AS events FROM events "
            "GROUP BY ALL ORDER BY events DESC, type",
    "country": "SELECT country, count(*) AS events FROM (SELECT event_id, unnest(list_distinct(list_filter("
               "[actor1_country, actor2_country, location_country], lambda c: c IS NOT NULL))) AS country FROM events) "
               "GROUP BY ALL ORDER BY events DESC, country",
    "dyad": "SELECT coalesce(actor1_code, '-') || ' -> ' || coalesce(actor2_code, '-') AS dyad, count(*) AS events "
            "FROM events GROUP BY ALL ORDER BY events DESC, dyad LIMIT 50",
}


def _filters(since: date | None, until: date | None, country: str | None,
             event_type: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since is not None:
        clauses.append("e.date >= ?")
        params.append(since)
    if until is not None:
        clauses.append("e.date <= ?")
        params.append(until)
    if country:
        clauses.append("(e.actor1_country = ? OR e.actor2_country = ? OR e.location_country = ?)")
        params.extend([country.upper()] * 3)
    if event_type:
        # A PLOVER type ("ASSAULT") or a CAMEO code prefix ("19", "190").
        clauses.append("(e.plover_type = ? OR starts_with(e.cameo_code, ?))")
        params.extend([event_type.upper(), event_type])
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def query_events(con: duckdb.DuckDBPyConnection, *, since: date | None = None, until: date | None = None,
                 country: str | None = None, type: str | None = None) -> pa.Table:  # noqa: A002  the CLI's name
    """Stored events (with their document's url, outlet, published date) matching every filter given."""
    where, params = _filters(since, until, country, type)
    try:
        table = con.sql(_EVENTS + where + _ORDER, params=params).to_arrow_table()
    except duckdb.Error as err:
        raise StoreError(f"querying events failed: {err}") from err
    if table is None:
        raise StoreError("querying events returned nothing")
    return table


def event_records(table: pa.Table) -> Iterator[dict[str, Any]]:
    """Contract-shaped event records from a `query_events` table."""
    for row in table.to_pylist():
        plover = None
        if row["plover_type"]:
            plover = {"type": row["plover_type"], "mode": row["plover_mode"], "context": row["plover_context"]}
        yield {
            "doc_id": row["doc_id"], "event_id": row["event_id"], "sentence": row["sentence"],
            "sentence_text": row["sentence_text"], "date": row["date"].isoformat() if row["date"] else None,
            "plover": plover,
            "cameo": {"code": row["cameo_code"], "root": row["cameo_root"], "name": row["cameo_name"],
                      "quad_class": row["quad_class"], "goldstein": row["goldstein"]},
            "source": row["source"], "target": row["target"],
            "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
            "modality": row["modality"],
            "attribution": {"speaker": row["speaker"], "according_to": row["according_to"]},
            "location": row["location"], "date_basis": row["date_basis"],
            "date_precision": row["date_precision"],
            "casualties": ({"killed": row["killed"], "injured": row["injured"]}
                           if row["killed"] is not None or row["injured"] is not None else None),
            "confidence": row["confidence"],
            "evidence": row["evidence"], "url": row["doc_url"], "outlet": row["doc_outlet"],
        }


def stats(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[Any, ...]]]:
    """Event counts by day, type, country and dyad, plus document counts by status."""
    out = {name: con.sql(sql).fetchall() for name, sql in STAT_QUERIES.items()}
    out["documents"] = con.sql("SELECT status, count(*) FROM documents GROUP BY ALL ORDER BY status").fetchall()
    out["rejected"] = con.sql("SELECT stage, count(*) FROM rejected GROUP BY ALL ORDER BY stage").fetchall()
    return out
