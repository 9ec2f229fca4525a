"""Where: an offline gazetteer, toponym resolution and event locations."""

from tacitus.geo.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, read_gazetteer
from tacitus.geo.locate import locate_events
from tacitus.geo.resolve import PlaceMention, find_places
from tacitus.geo.stage import place_and_date

__all__ = ["Gazetteer", "GazetteerEntry", "PlaceMention", "find_places", "load_gazetteer", "locate_events",
           "place_and_date", "read_gazetteer"]
