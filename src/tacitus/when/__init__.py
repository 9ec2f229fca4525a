"""When: datelines, date phrases and event dates resolved against the publication date."""

from tacitus.when.dateline import Dateline, find_dateline, reference_date
from tacitus.when.dates import ResolvedDate, resolve_date_phrase
from tacitus.when.resolve import date_events

__all__ = ["Dateline", "ResolvedDate", "date_events", "find_dateline", "reference_date", "resolve_date_phrase"]
