"""The when/where stage of the pipeline: places of a document, and its events dated and located."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from tacitus.actors.resolve import UNPLACED_SECTORS
from tacitus.geo.gazetteer import Gazetteer
from tacitus.geo.locate import locate_events
from tacitus.geo.resolve import PlaceMention, find_places
from tacitus.parse import sentence_of
from tacitus.records import Actor, Article, Event, Place
from tacitus.when.dateline import Dateline, reference_date
from tacitus.when.resolve import date_events, trigger_token

UNKNOWN_COUNTRY = "---"
COUNTRY_FEATURE = "PCL"  # GeoNames feature codes of countries (PCLI, PCLD ...)
# Roots of events that happen where their actors are: statements, appeals, investigations, demands, disapproval,
# threats, protests, force posture, coercion, assault, fighting, mass violence.
LOCAL_ROOTS = frozenset({"01", "02", "09", "10", "11", "13", "14", "15", "17", "18", "19", "20"})


def place_and_date(events: Sequence[Event], doc: Doc, article: Article, gazetteer: Gazetteer | None, *,
                   dateline: Dateline | None) -> tuple[list[Event], list[Place]]:
    """Date every event; with a gazetteer, also find the document's places, locate the events and give actors of
    unknown country the country of their event's place. `dateline` is the story's (DocumentActors.dateline)."""
    dated = date_events(events, doc, reference_date(article.published, dateline))
    if gazetteer is None:
        return dated, []
    mentions = find_places(doc, gazetteer, dateline=dateline)
    located = localize_actors(locate_events(dated, doc, mentions), doc, mentions)
    return located, [m.place for m in mentions]


def localize_actors(events: Sequence[Event], doc: Doc, mentions: Sequence[PlaceMention]) -> list[Event]:
    """An actor with a sector and no country (`---LAB`) takes a country from where its event is: "Dock workers in
    Antwerp walked off the job" (BELLAB), "the police chief of Peshawar said" (PAKCOP), "KABUL (Wire) - Police
    arrested ..." (AFGCOP). In order: the country of the event's location, for events that happen where their
    actors are (statements, demands, protests, force; not meetings, aid or talks, which often happen abroad); the
    one country whose cities and provinces its sentence names; the dateline's, when the event names no country."""
    dateline = next((m.place.country for m in mentions if m.dateline and m.place.country), None)
    out: list[Event] = []
    for event in events:
        token = trigger_token(doc, event.trigger.start, event.trigger.end)
        named = {a.country for a in (*event.source, *event.target) if a.country}
        where = event.location.country if event.location is not None and event.cameo.root in LOCAL_ROOTS else None
        choices = [(where, "where the event happened"),
                   (_sentence_place_country(sentence_of(token), mentions) if token is not None else None,
                    "the only country whose places its sentence names"),
                   (None if named else dateline, "the story's dateline")]
        country, basis = next(((c, b) for c, b in choices if c), (None, ""))
        out.append(_with_country(event, country, basis) if country else event)
    return out


def _sentence_place_country(sent: Span, mentions: Sequence[PlaceMention]) -> str | None:
    # only places within a country: a country's own name may be an actor ("pressure from Congress to help Iran")
    countries = {m.place.country for m in mentions if m.literal and not m.dateline and m.place.country
                 and not (m.place.feature or "").startswith(COUNTRY_FEATURE) and sent.start <= m.start <= sent.end}
    return next(iter(countries)) if len(countries) == 1 else None


def _with_country(event: Event, country: str, basis: str) -> Event:
    def fill(actor: Actor) -> Actor:
        if actor.sector is None or actor.sector in UNPLACED_SECTORS or not actor.code.startswith(UNKNOWN_COUNTRY):
            return actor
        why = f"{actor.why}; country {country}: {basis}"
        return dataclasses.replace(actor, code=country + actor.code[len(UNKNOWN_COUNTRY):], country=country, why=why)

    return dataclasses.replace(event, source=tuple(fill(a) for a in event.source),
                               target=tuple(fill(a) for a in event.target))
