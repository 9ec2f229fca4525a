"""Typed records passed between stages: Article in, Event or Rejected out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Modality(StrEnum):
    """Whether an event is reported as fact (`asserted`) or otherwise."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"
    REQUESTED = "requested"


@dataclass(frozen=True, slots=True, kw_only=True)
class TextSpan:
    """Character span into the document text (end exclusive), with its text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One input document."""

    article_id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    byline: str | None = None
    dateline: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A coded actor mention: CAMEO code = country (or IGO...) + sectors."""

    text: str
    start: int
    end: int
    code: str
    country: str | None
    sector: str | None
    name: str | None = None
    why: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """Who claims an event (`speaker`) and which outlet or body the text cites."""

    speaker: Actor | None = None
    according_to: str | None = None


class DateBasis(StrEnum):
    """Where an event's date comes from: a date phrase in its clause, or the publication date."""

    TEXT = "text"
    PUBLICATION = "publication"


class DatePrecision(StrEnum):
    """How precise an event date is: "last year" is a year (the date is its first day), "on Sunday" a day."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A toponym mention, resolved to a GeoNames-style record when the gazetteer knows it."""

    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """Quoted (direct) or reported (indirect) speech with its speaker and cue."""

    doc_id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: Actor | None = None
    speaker_text: TextSpan | None = None
    speaker_name: str | None = None
    cue: TextSpan | None = None
    according_to: str | None = None  # the outlet or body cited by "according to a report by CNN"
    parts: tuple[TextSpan, ...] = ()  # the pieces of a quote split around its cue, in order


@dataclass(frozen=True, slots=True, kw_only=True)
class CameoInfo:
    """The CAMEO and PLOVER coding of one event."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...] = ()

    @property
    def root(self) -> str:
        """The two-digit CAMEO root."""
        return self.code[:2]


@dataclass(frozen=True, slots=True, kw_only=True)
class Casualties:
    """How many people the text says an event killed and injured (None: not stated)."""

    killed: int | None = None
    injured: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """A coded event with its evidence."""

    doc_id: str
    event_id: str
    sentence: int
    sentence_text: str
    sentence_start: int
    date: date | None
    cameo: CameoInfo
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    trigger: TextSpan
    modality: Modality
    attribution: Attribution
    confidence: float
    evidence: tuple[str, ...] = field(default=())
    location: Place | None = None
    date_basis: DateBasis = DateBasis.PUBLICATION
    date_precision: DatePrecision = DatePrecision.DAY
    casualties: Casualties | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """A document that could not be coded, with the stage and the reason."""

    doc_id: str
    stage: str
    reason: str
