"""Records to store rows (plain dicts keyed by column name): the SQL edge of the record world."""

from __future__ import annotations

import hashlib
from typing import Any

from tacitus.output import actor_to_dict, place_to_dict
from tacitus.records import Actor, Article, Event, Place, Quote, Rejected

Row = dict[str, Any]


def text_hash(text: str) -> str:
    """The content hash that decides whether a document is already stored."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def document_row(article: Article, *, status: str, n_events: int = 0) -> Row:
    """The `documents` row of an article."""
    return {"id": article.article_id, "url": article.url, "outlet": article.outlet, "title": article.title,
            "byline": article.byline, "dateline": article.dateline, "published": article.published,
            "lang": article.lang, "text_hash": text_hash(article.text), "n_chars": len(article.text),
            "status": status, "n_events": n_events}


def _struct_actor(actor: Actor | None) -> Row | None:
    return None if actor is None else actor_to_dict(actor)


def _struct_place(place: Place | None) -> Row | None:
    record = place_to_dict(place)
    if record is None:
        return None
    return {key: record[key] for key in ("text", "start", "end", "name", "country", "admin1", "lat", "lon",
                                         "geonameid", "feature")}


def _first(actors: tuple[Actor, ...], prefix: str) -> Row:
    actor = actors[0] if actors else None
    return {f"{prefix}_code": actor.code if actor else None, f"{prefix}_country": actor.country if actor else None,
            f"{prefix}_sector": actor.sector if actor else None,
            f"{prefix}_name": (actor.name or actor.text) if actor else None}


def event_row(event: Event) -> Row:
    """The `events` row of an event: the contract's fields, with actor and place objects as structs."""
    cameo, place = event.cameo, event.location
    return {
        "event_id": event.event_id, "doc_id": event.doc_id, "sentence": event.sentence,
        "sentence_start": event.sentence_start, "sentence_text": event.sentence_text, "date": event.date,
        "date_basis": event.date_basis.value, "date_precision": event.date_precision.value,
        "cameo_code": cameo.code, "cameo_root": cameo.root,
        "cameo_name": cameo.name, "quad_class": cameo.quad_class, "goldstein": cameo.goldstein,
        "plover_type": cameo.plover_type, "plover_mode": cameo.plover_mode,
        "plover_context": list(cameo.plover_context),
        "source": [actor_to_dict(a) for a in event.source], "target": [actor_to_dict(a) for a in event.target],
        **_first(event.source, "actor1"), **_first(event.target, "actor2"),
        "trigger_text": event.trigger.text, "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "modality": event.modality.value, "speaker": _struct_actor(event.attribution.speaker),
        "according_to": event.attribution.according_to, "location": _struct_place(place),
        "location_name": place.name if place else None, "location_country": place.country if place else None,
        "location_admin1": place.admin1 if place else None, "location_lat": place.lat if place else None,
        "location_lon": place.lon if place else None, "location_geonameid": place.geonameid if place else None,
        "location_feature": place.feature if place else None,
        "killed": event.casualties.killed if event.casualties else None,
        "injured": event.casualties.injured if event.casualties else None,
        "confidence": event.confidence, "evidence": list(event.evidence),
    }


def actor_rows(event: Event) -> list[Row]:
    """One `actors` row per actor mention of an event (source, target, speaker)."""
    roles: list[tuple[str, tuple[Actor, ...]]] = [("source", event.source), ("target", event.target)]
    if event.attribution.speaker is not None:
        roles.append(("speaker", (event.attribution.speaker,)))
    return [{"doc_id": event.doc_id, "event_id": event.event_id, "role": role, "position": position,
             **actor_to_dict(actor)}
            for role, actors in roles for position, actor in enumerate(actors)]


def quote_row(quote: Quote, index: int) -> Row:
    """The `quotes` row of a quote."""
    speaker, cue = quote.speaker_text, quote.cue
    return {"doc_id": quote.doc_id, "quote_index": index, "text": quote.text, "start": quote.start,
            "end": quote.end, "direct": quote.direct, "speaker_text": speaker.text if speaker else None,
            "speaker_start": speaker.start if speaker else None, "speaker_end": speaker.end if speaker else None,
            "speaker_name": quote.speaker_name, "speaker_code": quote.speaker.code if quote.speaker else None,
            "cue_text": cue.text if cue else None, "cue_start": cue.start if cue else None,
            "cue_end": cue.end if cue else None, "according_to": quote.according_to}


def place_row(doc_id: str, place: Place, index: int) -> Row:
    """The `places` row of a toponym mention."""
    return {"doc_id": doc_id, "place_index": index, **(_struct_place(place) or {})}


def rejected_row(rejected: Rejected) -> Row:
    """The `rejected` row of a rejected document."""
    return {"doc_id": rejected.doc_id, "stage": rejected.stage, "reason": rejected.reason}
