"""Export stored events: GDELT 2.0 event layout (61 tab-separated columns), Parquet, CSV, JSONL."""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date
from enum import StrEnum
from importlib.resources import files
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from tacitus.geo.codes import GeoCodes
from tacitus.store.queries import event_records

GDELT_COLUMNS_FILE = files("tacitus.data.export") / "gdelt2_columns.tsv"
CSV_COLUMNS = (
    "event_id", "doc_id", "date", "cameo_code", "cameo_root", "quad_class", "goldstein", "plover_type",
    "plover_mode", "actor1_code", "actor1_country", "actor1_name", "actor2_code", "actor2_country", "actor2_name",
    "trigger_text", "modality", "according_to", "location_name", "location_country", "location_lat",
    "location_lon", "killed", "injured", "confidence", "doc_url", "doc_outlet", "sentence_text",
)


class ExportFormat(StrEnum):
    """Formats of `tacitus export`."""

    gdelt = "gdelt"
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


def gdelt_columns() -> list[str]:
    """The 61 GDELT 2.0 event column names, in order (package data file)."""
    lines = GDELT_COLUMNS_FILE.read_text(encoding="utf-8").splitlines()
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return names[1:]  # after the `column` header


def global_event_id(event_id: str) -> int:
    """A stable positive 63-bit integer for an event id (GLOBALEVENTID)."""
    return int.from_bytes(hashlib.sha256(event_id.encode("utf-8")).digest()[:8], "big") >> 1


def _geo_type(country: str | None, feature: str | None, admin1: str | None) -> int | None:
    """GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if country is None:
        return None
    if feature and feature.startswith("PPL"):
        return 3 if country == "USA" else 4
    if admin1 or (feature and feature.startswith("ADM")):
        return 2 if country == "USA" else 5
    return 1


def _actor(row: dict[str, Any], n: int, prefix: str) -> dict[str, Any]:
    return {f"Actor{n}Code": row[f"{prefix}_code"], f"Actor{n}Name": row[f"{prefix}_name"],
            f"Actor{n}CountryCode": row[f"{prefix}_country"], f"Actor{n}Type1Code": row[f"{prefix}_sector"]}


def _action_geo(row: dict[str, Any], codes: GeoCodes) -> dict[str, Any]:
    country, geonameid = row["location_country"], row["location_geonameid"]
    return {"ActionGeo_Type": _geo_type(country, row["location_feature"], row["location_admin1"]),
            "ActionGeo_FullName": row["location_name"], "ActionGeo_CountryCode": codes.country(country),
            "ActionGeo_ADM1Code": codes.adm1(country, geonameid),
            "ActionGeo_Lat": row["location_lat"], "ActionGeo_Long": row["location_lon"],
            "ActionGeo_FeatureID": row["location_geonameid"]}


def gdelt_row(row: dict[str, Any], codes: GeoCodes) -> dict[str, Any]:
    """One GDELT 2.0 event row from a stored event row (columns GDELT has and we do not stay empty).

    Actor country codes are CAMEO's (ISO3), as in GDELT; ActionGeo codes are FIPS 10-4, as in GDELT.
    """
    day: date | None = row["date"] or row["doc_published"]
    out: dict[str, Any] = {
        "GLOBALEVENTID": global_event_id(row["event_id"]),
        "SQLDATE": day.strftime("%Y%m%d") if day else None, "MonthYear": day.strftime("%Y%m") if day else None,
        "Year": day.year if day else None,
        "FractionDate": round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else None,
        **_actor(row, 1, "actor1"), **_actor(row, 2, "actor2"),
        "IsRootEvent": 1 if row["sentence"] == 0 else 0,
        "EventCode": row["cameo_code"], "EventBaseCode": row["cameo_code"][:3],
        "EventRootCode": row["cameo_root"], "QuadClass": row["quad_class"], "GoldsteinScale": row["goldstein"],
        # One mention per event until deduplication clusters reports across outlets.
        "NumMentions": 1, "NumSources": 1, "NumArticles": 1,
        **_action_geo(row, codes),
        "DATEADDED": day.strftime("%Y%m%d000000") if day else None,
        "SOURCEURL": row["doc_url"],
    }
    return out


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def write_gdelt(table: pa.Table, stream: TextIO) -> int:
    """GDELT 2.0 rows, tab-separated, no header (as GDELT publishes them); returns the row count."""
    columns = gdelt_columns()
    codes = GeoCodes.load()
    count = 0
    for row in table.to_pylist():
        record = gdelt_row(row, codes)
        stream.write("\t".join(_cell(record.get(column)) for column in columns) + "\n")
        count += 1
    return count


def write_jsonl(table: pa.Table, stream: TextIO) -> int:
    """The contract's event records, one JSON object a line."""
    count = 0
    for record in event_records(table):
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(table: pa.Table, stream: TextIO) -> int:
    """Flat CSV rows (first source and target actor) with a header."""
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    rows = table.select(list(CSV_COLUMNS)).to_pylist()
    writer.writerows([_cell(row[c]) for c in CSV_COLUMNS] for row in rows)
    return len(rows)


def write_parquet(table: pa.Table, path: Path) -> int:
    """The contract's fields as a Parquet file (nested actors, location and attribution kept as structs)."""
    records = list(event_records(table))
    pq.write_table(pa.Table.from_pylist(records) if records else table, path)
    return len(records)

