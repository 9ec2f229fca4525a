"""Records to the contract's JSON objects and CSV rows (the I/O edge: dicts live only here)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from tacitus.errors import TacitusError
from tacitus.records import Actor, Casualties, Event, Place, Quote, Rejected, TextSpan


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """The file to write records to (standard output when `path` is None); a clear error if it cannot be opened."""
    if path is None:
        yield sys.stdout
        return
    try:
        stream = path.open("w", encoding="utf-8", newline="")
    except OSError as err:
        raise TacitusError(f"cannot write {path}: {err.strerror or err}") from err
    with stream:
        yield stream

CSV_FIELDS = (
    "doc_id", "event_id", "sentence", "date", "cameo_code", "cameo_root", "quad_class", "goldstein",
    "plover_type", "plover_mode", "source_code", "source_text", "target_code", "target_text", "trigger",
    "modality", "speaker", "according_to", "killed", "injured", "confidence", "sentence_text",
)


def actor_to_dict(actor: Actor) -> dict[str, Any]:
    """An actor as the contract's object."""
    return {"text": actor.text, "start": actor.start, "end": actor.end, "code": actor.code,
            "country": actor.country, "sector": actor.sector, "name": actor.name}


def place_to_dict(place: Place | None) -> dict[str, Any] | None:
    """A place as the contract's location object (null when there is none)."""
    if place is None:
        return None
    return {"text": place.text, "start": place.start, "end": place.end, "name": place.name,
            "country": place.country, "admin1": place.admin1, "lat": place.lat, "lon": place.lon,
            "geonameid": place.geonameid, "feature": place.feature}


def event_to_dict(event: Event, *, evidence: bool = True) -> dict[str, Any]:
    """An event as the contract's JSON object (plus `evidence`, the coder's reasons)."""
    cameo = event.cameo
    plover = None
    if cameo.plover_type:
        plover = {"type": cameo.plover_type, "mode": cameo.plover_mode, "context": list(cameo.plover_context)}
    speaker = event.attribution.speaker
    record: dict[str, Any] = {
        "doc_id": event.doc_id,
        "event_id": event.event_id,
        "sentence": event.sentence,
        "sentence_text": event.sentence_text,
        "date": event.date.isoformat() if event.date else None,
        "plover": plover,
        "cameo": {"code": cameo.code, "root": cameo.root, "name": cameo.name, "quad_class": cameo.quad_class,
                  "goldstein": cameo.goldstein},
        "source": [actor_to_dict(a) for a in event.source],
        "target": [actor_to_dict(a) for a in event.target],
        "trigger": {"text": event.trigger.text, "start": event.trigger.start, "end": event.trigger.end},
        "modality": event.modality.value,
        "attribution": {"speaker": actor_to_dict(speaker) if speaker else None,
                        "according_to": event.attribution.according_to},
        "location": place_to_dict(event.location),
        "date_basis": event.date_basis.value,
        "date_precision": event.date_precision.value,
        "casualties": casualties_to_dict(event.casualties),
        "confidence": event.confidence,
    }
    if evidence:
        record["evidence"] = list(event.evidence)
    return record


def casualties_to_dict(casualties: Casualties | None) -> dict[str, int | None] | None:
    """Dead and injured as the record's `casualties` object (null when the text states no count)."""
    if casualties is None:
        return None
    return {"killed": casualties.killed, "injured": casualties.injured}


def rejected_to_dict(rejected: Rejected) -> dict[str, Any]:
    """A rejected document as the contract's record."""
    return {"doc_id": rejected.doc_id, "rejected": rejected.reason, "stage": rejected.stage}


def record_to_dict(record: Event | Rejected) -> dict[str, Any]:
    """Either record kind as its JSON object."""
    return rejected_to_dict(record) if isinstance(record, Rejected) else event_to_dict(record)


def write_jsonl(records: Iterable[Event | Rejected], stream: TextIO) -> int:
    """Write one JSON object a line; returns the number written."""
    count = 0
    for record in records:
        stream.write(json.dumps(record_to_dict(record), ensure_ascii=False) + "\n")
        count += 1
    return count


def _first(actors: tuple[Actor, ...], attr: str) -> str:
    return "|".join(str(getattr(a, attr)) for a in actors)


def event_to_row(event: Event) -> dict[str, Any]:
    """A flat CSV row; compound actors are joined with `|`."""
    speaker = event.attribution.speaker
    return {
        "doc_id": event.doc_id, "event_id": event.event_id, "sentence": event.sentence,
        "date": event.date.isoformat() if event.date else "", "cameo_code": event.cameo.code,
        "cameo_root": event.cameo.root, "quad_class": event.cameo.quad_class,
        "goldstein": event.cameo.goldstein, "plover_type": event.cameo.plover_type or "",
        "plover_mode": event.cameo.plover_mode or "", "source_code": _first(event.source, "code"),
        "source_text": _first(event.source, "text"), "target_code": _first(event.target, "code"),
        "target_text": _first(event.target, "text"), "trigger": event.trigger.text,
        "modality": event.modality.value, "speaker": speaker.code if speaker else "",
        "according_to": event.attribution.according_to or "",
        "killed": _count(event.casualties.killed if event.casualties else None),
        "injured": _count(event.casualties.injured if event.casualties else None),
        "confidence": event.confidence,
        "sentence_text": event.sentence_text,
    }


def _count(number: int | None) -> int | str:
    return "" if number is None else number


def write_csv(records: Iterable[Event | Rejected], stream: TextIO, rejected: TextIO) -> int:
    """Write events as CSV rows to `stream`; rejected documents go to `rejected` as JSONL."""
    writer = csv.DictWriter(stream, fieldnames=CSV_FIELDS)
    writer.writeheader()
    count = 0
    for record in records:
        if isinstance(record, Rejected):
            rejected.write(json.dumps(rejected_to_dict(record), ensure_ascii=False) + "\n")
        else:
            writer.writerow(event_to_row(record))
        count += 1
    return count


def _span_to_dict(span: TextSpan) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """A quote as the contract's object; `speaker.code` is the speaker's actor code, or null."""
    speaker = None
    if quote.speaker_text is not None:
        speaker = {**_span_to_dict(quote.speaker_text), "name": quote.speaker_name,
                   "code": quote.speaker.code if quote.speaker is not None else None}
    return {"doc_id": quote.doc_id, "text": quote.text, "start": quote.start, "end": quote.end,
            "direct": quote.direct, "speaker": speaker,
            "cue": _span_to_dict(quote.cue) if quote.cue is not None else None,
            "according_to": quote.according_to, "parts": [_span_to_dict(p) for p in quote.parts]}


def write_quotes_jsonl(records: Iterable[Quote | Rejected], stream: TextIO) -> int:
    """Write quote records (and rejected documents) one JSON object a line; returns the number written."""
    count = 0
    for record in records:
        row = rejected_to_dict(record) if isinstance(record, Rejected) else quote_to_dict(record)
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def place_record_to_dict(doc_id: str, place: Place) -> dict[str, Any]:
    """A place mention as the contract's place record (`tacitus places`)."""
    return {"doc_id": doc_id, "text": place.text, "start": place.start, "end": place.end, "name": place.name,
            "geonameid": place.geonameid, "country": place.country, "admin1": place.admin1, "lat": place.lat,
            "lon": place.lon, "feature": place.feature}


def write_places_jsonl(records: Iterable[tuple[str, Place] | Rejected], stream: TextIO) -> int:
    """Write (doc_id, place) pairs and rejected documents one JSON object a line; returns the number written."""
    count = 0
    for record in records:
        row = rejected_to_dict(record) if isinstance(record, Rejected) else place_record_to_dict(*record)
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
