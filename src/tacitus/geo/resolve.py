"""Toponym mentions of a parsed document resolved to gazetteer places, using the document as context.

A mention is a spaCy GPE/LOC/FAC entity (or the dateline's place). Its candidates are the gazetteer
entries of that name; each is scored by its kind (country, first-level division, region, city by
population) and by the document: the countries and divisions it mentions, the dateline, and a
following "Paris, Texas" qualifier. Demonyms (NORP) and organisation names (ORG) are no mentions;
a metonym ("Washington said") is kept as a toponym but marked as not literal.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tacitus.geo.gazetteer import (
    ADMIN_FEATURES,
    COUNTRY_FEATURES,
    REGION_FEATURES,
    Gazetteer,
    GazetteerEntry,
    name_key,
)
from tacitus.records import Place
from tacitus.when.dateline import Dateline

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model gives a city by mistake ("a strike on Kharkiv" as ORG): after these prepositions a big
# city of the gazetteer is still a place.
_MISLABELS = frozenset({"ORG", "PERSON", "NORP", ""})
_VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on", "across", "around", "into"})
_AREA_NOUNS = frozenset({"region", "province", "district", "area", "governorate", "oblast", "county", "state",
                         "city", "town", "outskirts", "suburb", "suburbs"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "from", "to", "across", "around", "inside", "into", "of"})
# Subjects of these verbs are still places: "Nairobi is", "the town lies".
_LITERAL_SUBJECT_VERBS = frozenset({"be", "lie", "sit", "remain", "border", "stretch", "become"})
_METONYM_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
_TRAILING = frozenset({"'s", "’s", "'", ",", "."})
KIND_SCORE = {"PCLI": 28.0, "ADM1": 20.0, "PPLC": 6.0}
NO_COORDINATES = -10.0  # a known division without a point loses to a namesake city that has one
REGION_SCORE = 25.0
COUNTRY_CONTEXT = 8.0
ADMIN_CONTEXT = 8.0
QUALIFIER = 30.0
EXACT_NAME = 3.0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym in the document: its place record, token span, and role."""

    place: Place
    start: int
    end: int
    literal: bool = True
    dateline: bool = False
    entry: GazetteerEntry | None = None


@dataclass(frozen=True, slots=True)
class _Context:
    countries: Counter[str]
    admin1: Counter[str]


def _trimmed(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in _TRAILING:
        end -= 1
    return doc[start:end] if end > start else None


def _spans(doc: Doc, dateline: Dateline | None, gazetteer: Gazetteer) -> list[tuple[Span, bool]]:
    found: list[tuple[Span, bool]] = []
    taken: set[int] = set()
    if dateline is not None:
        for part in (dateline.place, dateline.region):
            span = doc.char_span(part.start, part.end, alignment_mode="expand") if part else None
            if span is not None:
                found.append((span, True))
                taken.update(range(span.start, span.end))
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or taken.intersection(range(ent.start, ent.end)):
            continue
        span = _trimmed(ent)
        if span is not None:
            found.append((span, False))
            taken.update(range(span.start, span.end))
    found.extend((span, False) for span in _mislabelled_cities(doc, gazetteer, taken))
    return sorted(found, key=lambda pair: pair[0].start)


def _mislabelled_cities(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Span]:
    """Big cities the parser labelled as no place, where the text puts something: "a strike on Kharkiv" (Kharkiv an
    ORG), "districts of El Fasher", "in the Odesa region" (Odesa a NORP). Only a name that is its whole entity (not
    "Chicago" of "the University of Chicago") and that one big city dominates counts."""
    found: list[Span] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ not in _MISLABELS or token.i in taken \
                or not token.text[:1].isupper() or not _placed_by_the_text(token):
            continue
        start = min((c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=token.i)
        span = doc[start : token.i + 1]
        if not _whole_entity(span) or taken.intersection(range(span.start, span.end)):
            continue
        if gazetteer.city_country(span.text) is not None:
            found.append(span)
    return found


def _placed_by_the_text(token: Token) -> bool:
    """After a place preposition or "of" ("districts of El Fasher"), or naming the region after one ("in the Odesa
    region")."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in _AREA_NOUNS:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _VENUE_PREPS | {"of"}


def _whole_entity(span: Span) -> bool:
    if not span[0].ent_type_:
        return all(not t.ent_type_ for t in span)
    first, last = span[0], span[-1]
    return first.ent_iob_ == "B" and (last.i + 1 >= len(span.doc) or span.doc[last.i + 1].ent_iob_ != "I")


def _looks_like_place(span: Span) -> bool:
    """An unknown name is kept as a place when the text treats it as one: "in Nenagh", "Royal Street"."""
    if len(span) > 1 or span.root.ent_type_ in {"LOC", "FAC"}:
        return True
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE


def _literal(span: Span) -> bool:
    """ "Washington said", "Russia's foreign minister", "drones launched by Russia": the place names an actor, not a
    location."""
    root = span.root
    if root.dep_ == "poss" or (root.dep_ == "pobj" and root.head.dep_ == "agent"):
        return False
    return not (root.dep_ in _METONYM_DEPS and root.head.lemma_ not in _LITERAL_SUBJECT_VERBS)


def _entry_score(entry: GazetteerEntry, key_exact: bool, context: _Context | None,
                 qualifier: list[GazetteerEntry]) -> float:
    if entry.feature in REGION_FEATURES:
        score = REGION_SCORE
    elif entry.feature in KIND_SCORE and entry.feature != "PPLC":
        score = KIND_SCORE[entry.feature]
    else:
        score = 3.0 * math.log10(max(entry.population, 10)) + KIND_SCORE.get(entry.feature, 0.0)
    if key_exact:
        score += EXACT_NAME
    if entry.lat is None:
        score += NO_COORDINATES
    if context is not None:
        if entry.country and context.countries[entry.country]:
            score += COUNTRY_CONTEXT
        if entry.admin1 and entry.feature not in ADMIN_FEATURES and context.admin1[entry.admin1]:
            score += ADMIN_CONTEXT
    for qual in qualifier:
        same_country = qual.country is not None and qual.country == entry.country
        if same_country and (qual.feature in COUNTRY_FEATURES or qual.admin1 == entry.admin1):
            score += QUALIFIER
            break
    return score


def _choose(gazetteer: Gazetteer, text: str, context: _Context | None,
            qualifier: list[GazetteerEntry]) -> GazetteerEntry | None:
    candidates = gazetteer.lookup(text)
    if not candidates and "," in text:
        head, _, rest = text.partition(",")
        return _choose(gazetteer, head, context, qualifier + gazetteer.lookup(rest))
    if not candidates:
        return None
    keys = {name_key(text), name_key(text) + " city"}  # "New York" is New York City's own name too
    return max(candidates, key=lambda e: _entry_score(e, name_key(e.name) in keys, context, qualifier))


def _qualifiers(spans: Sequence[tuple[Span, bool]], k: int, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """ "Paris, Texas": the place after a comma qualifies the one before it."""
    span = spans[k][0]
    if k + 1 >= len(spans):
        return []
    nxt = spans[k + 1][0]
    between = span.doc[span.end : nxt.start]
    if len(between) == 1 and between[0].text == ",":
        return [e for e in gazetteer.lookup(nxt.text) if e.feature in COUNTRY_FEATURES | ADMIN_FEATURES]
    return []


def _place(span: Span, entry: GazetteerEntry | None) -> Place:
    # span.text, never span.doc.text: spaCy rebuilds a document's text on every access.
    text, start, end = span.text, span.start_char, span.end_char
    if entry is None:
        return Place(text=text, start=start, end=end)
    return Place(text=text, start=start, end=end, name=entry.name, geonameid=entry.geonameid,
                 country=entry.country, admin1=entry.admin1, lat=entry.lat, lon=entry.lon, feature=entry.feature)


def _context(entries: Sequence[GazetteerEntry | None]) -> _Context:
    countries: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    for entry in entries:
        if entry is None or entry.country is None:
            continue
        if entry.feature in COUNTRY_FEATURES or entry.feature in ADMIN_FEATURES:
            countries[entry.country] += 1
        if entry.feature in ADMIN_FEATURES and entry.admin1:
            admin1[entry.admin1] += 1
    return _Context(countries, admin1)


def find_places(doc: Doc, gazetteer: Gazetteer, *, dateline: Dateline | None = None) -> list[PlaceMention]:
    """Every toponym mention of the document, resolved in two passes: alone, then with the document's context."""
    spans = _spans(doc, dateline, gazetteer)
    qualifiers = [_qualifiers(spans, k, gazetteer) for k in range(len(spans))]
    first = [_choose(gazetteer, span.text, None, qualifiers[k]) for k, (span, _) in enumerate(spans)]
    context = _context(first)
    mentions = []
    for k, (span, is_dateline) in enumerate(spans):
        entry = _choose(gazetteer, span.text, context, qualifiers[k])
        if entry is None and not (is_dateline or qualifiers[k] or _looks_like_place(span)):
            continue
        mentions.append(PlaceMention(_place(span, entry), span.start, span.end,
                                     literal=not is_dateline and _literal(span), dateline=is_dateline,
                                     entry=entry))
    return mentions
