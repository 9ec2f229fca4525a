"""Open a DuckDB store and bring its schema up to date (schema.sql, then numbered migrations)."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import duckdb

from tacitus.errors import StoreError

SCHEMA_VERSION = 1
_MIGRATION = re.compile(r"^(\d{4})_.*\.sql$")


def _migrations() -> list[tuple[int, str]]:
    """Numbered migration scripts (`migrations/0002_*.sql`) shipped with the package, in order."""
    folder = files("tacitus.store").joinpath("migrations")
    if not folder.is_dir():
        return []
    found = [(int(m.group(1)), entry.read_text(encoding="utf-8"))
             for entry in folder.iterdir() if (m := _MIGRATION.match(entry.name))]
    return sorted(found)


def apply_schema(con: duckdb.DuckDBPyConnection) -> int:
    """Create missing tables and run pending migrations; returns the schema version."""
    con.execute(files("tacitus.store").joinpath("schema.sql").read_text(encoding="utf-8"))
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    version = row[0] if row and row[0] is not None else None
    if version is None:
        con.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])
        version = SCHEMA_VERSION
    for number, script in _migrations():
        if number > version:
            con.execute("BEGIN TRANSACTION")
            con.execute(script)
            con.execute("INSERT INTO schema_version VALUES (?)", [number])
            con.execute("COMMIT")
            version = number
    return int(version)


def connect(path: str | Path = ":memory:", *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the store at `path` (":memory:" for tests), schema applied. Example: con = connect("t.duckdb")"""
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as err:
        raise StoreError(f"{path}: cannot open the database ({err})") from err
    if not read_only:
        try:
            apply_schema(con)
        except duckdb.Error as err:
            con.close()
            raise StoreError(f"{path}: cannot apply the schema ({err})") from err
    return con
