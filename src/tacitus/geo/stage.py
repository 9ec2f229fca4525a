"""The when/where stage of the pipeline: places of a document, and its events dated and located."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from tacitus.actors.local import localize_actors
from tacitus.geo.gazetteer import Gazetteer
from tacitus.geo.locate import locate_events
from tacitus.geo.resolve import find_places
from tacitus.records import Article, Event, Place
from tacitus.when.dateline import Dateline, reference_date
from tacitus.when.resolve import date_events


def place_and_date(events: Sequence[Event], doc: Doc, article: Article, gazetteer: Gazetteer | None, *,
                   dateline: Dateline | None) -> tuple[list[Event], list[Place]]:
    """Date every event; with a gazetteer, also find the document's places, locate the events and give actors of
    unknown country the country of their event's place. `dateline` is the story's (DocumentActors.dateline)."""
    dated = date_events(events, doc, reference_date(article.published, dateline))
    if gazetteer is None:
        return dated, []
    mentions = find_places(doc, gazetteer, dateline=dateline)
    dateline_country = next((m.place.country for m in mentions if m.dateline), None)
    located = localize_actors(locate_events(dated, doc, mentions), dateline_country)
    return located, [m.place for m in mentions]
