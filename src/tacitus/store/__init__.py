"""The DuckDB store: schema, idempotent batch writes, queries and exports."""

from tacitus.store.connection import connect
from tacitus.store.queries import query_events, stats
from tacitus.store.writes import Outcome, write_batch

__all__ = ["Outcome", "connect", "query_events", "stats", "write_batch"]
