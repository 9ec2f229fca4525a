"""The when/where stage of the pipeline: places of a document, and its events dated and located."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from tacitus.geo.gazetteer import Gazetteer
from tacitus.geo.locate import locate_events
from tacitus.geo.resolve import PlaceMention, find_places
from tacitus.records import Actor, Article, Event, Place
from tacitus.when.dateline import Dateline, reference_date
from tacitus.when.resolve import date_events, trigger_token

UNKNOWN_COUNTRY = "---"
COUNTRY_FEATURE = "PCL"  # GeoNames feature codes of countries (PCLI, PCLD ...)


def place_and_date(events: Sequence[Event], doc: Doc, article: Article, gazetteer: Gazetteer | None, *,
                   dateline: Dateline | None) -> tuple[list[Event], list[Place]]:
    """Date every event; with a gazetteer, also find the document's places and locate the events. `dateline`
    is the story's (DocumentActors.dateline)."""
    dated = date_events(events, doc, reference_date(article.published, dateline))
    if gazetteer is None:
        return dated, []
    mentions = find_places(doc, gazetteer, dateline=dateline)
    located = with_place_countries(locate_events(dated, doc, mentions), doc, mentions)
    return located, [m.place for m in mentions]


def with_place_countries(events: Sequence[Event], doc: Doc, mentions: Sequence[PlaceMention]) -> list[Event]:
    """ "Police in Mombasa arrested 15 men", "the police chief of Peshawar said": an actor with a sector and no
    country belongs to the one country whose places its sentence names; in a sentence that names no country at
    all, to the country of the story's dateline ("KABUL (Wire) - Police arrested ...")."""
    dateline = next((m.place.country for m in mentions if m.dateline and m.place.country), None)
    out: list[Event] = []
    for event in events:
        token = trigger_token(doc, event.trigger.start, event.trigger.end)
        country = _sentence_place_country(token.sent, mentions) if token is not None else None
        named = {a.country for a in (*event.source, *event.target) if a.country}
        country = country or (dateline if not named else None)
        out.append(_with_country(event, country) if country else event)
    return out


def _sentence_place_country(sent: Span, mentions: Sequence[PlaceMention]) -> str | None:
    # only places within a country: a country's own name may be an actor ("pressure from Congress to help Iran")
    countries = {m.place.country for m in mentions if m.literal and not m.dateline and m.place.country
                 and not (m.place.feature or "").startswith(COUNTRY_FEATURE) and sent.start <= m.start <= sent.end}
    return next(iter(countries)) if len(countries) == 1 else None


def _with_country(event: Event, country: str) -> Event:
    def fill(actor: Actor) -> Actor:
        if actor.sector is None or not actor.code.startswith(UNKNOWN_COUNTRY) or actor.start == actor.end:
            return actor  # an implicit agent ("were arrested") has no phrase to place
        why = f"{actor.why}; country {country}: the only country whose places its sentence names"
        return dataclasses.replace(actor, code=country + actor.code[len(UNKNOWN_COUNTRY):], country=country, why=why)

    return dataclasses.replace(event, source=tuple(fill(a) for a in event.source),
                               target=tuple(fill(a) for a in event.target))
