"""Actors of unknown country take the country where their event happened.

"Dock workers in Antwerp walked off the job" is BELLAB, "Rioters torched shops in Dhaka" BGD...: a sector with no
country (`---LAB`) takes the country of the event's location, else of the story's dateline. Only for events that happen
where their actors are (statements, demands, protests, force); meetings, aid, agreements and refusals of talks often
happen abroad ("rebels boycotted the talks in Geneva").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from tacitus.records import Actor, Event

__all__ = ["localize_actors"]

UNKNOWN = "---"
LOCAL_ROOTS = frozenset({"01", "02", "09", "10", "11", "13", "14", "15", "17", "18", "19", "20"})


def localize_actors(events: Iterable[Event], dateline_country: str | None) -> list[Event]:
    """Events whose country-less sector actors carry the country of the event's place (or the dateline's)."""
    out: list[Event] = []
    for event in events:
        where = event.location.country if event.location is not None else None
        basis = "where the event happened" if where else "the story's dateline"
        country = where or dateline_country
        if country is None or event.cameo.root not in LOCAL_ROOTS:
            out.append(event)
            continue
        source = tuple(_localized(a, country, basis) for a in event.source)
        target = tuple(_localized(a, country, basis) for a in event.target)
        out.append(replace(event, source=source, target=target))
    return out


def _localized(actor: Actor, country: str, basis: str) -> Actor:
    if not actor.code.startswith(UNKNOWN) or actor.sector is None:
        return actor
    return replace(actor, code=country + actor.code[len(UNKNOWN):], country=country,
                   why=f"{actor.why}; country {country}: {basis}")
