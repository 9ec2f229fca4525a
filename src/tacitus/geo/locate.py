"""Event locations: the place attached to the event's clause, else the closest literal place in its sentence."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from tacitus.geo.resolve import PlaceMention
from tacitus.parse import document_text, sentence_of
from tacitus.records import Event, Place
from tacitus.when.resolve import clause_head, trigger_token

# Prepositions that put an event somewhere: "clashed with police in Nairobi", "a rally outside Caracas".
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "into",
                            "within", "on", "along", "off", "towards", "toward", "through", "over", "from"})

WITHIN_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within",
                          "along"})

_LEADING = frozenset({"", "the"})  # what may come before a place that is the actor itself: "the United States"


def _actor_spans(event: Event) -> list[tuple[int, int]]:
    actors = [*event.source, *event.target]
    if event.attribution.speaker is not None:
        actors.append(event.attribution.speaker)
    return [(a.start, a.end) for a in actors]


def _candidates(event: Event, trigger: Token, mentions: Sequence[PlaceMention],
                named: Sequence[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Literal places of the trigger's sentence that are no actor (of this or another event: `named`) and not the
    dateline."""
    sent = sentence_of(trigger)
    actors = _actor_spans(event)
    doc = trigger.doc
    # A place that starts an actor's phrase is that actor ("sanctions on Venezuela"); one inside it is where the
    # actor was only after a preposition ("protesters in Nairobi"), not as a modifier ("three US servicemen",
    # "an anti-Syria journalist").
    text = document_text(doc)
    return [m for m in mentions
            if m.literal and not m.dateline and sent.start <= m.start and m.end <= sent.end
            and not any(start <= m.place.start < end and text[start : m.place.start].strip().lower() in _LEADING
                        for start, end in actors)
            and not (any(start <= m.place.start < end for start, end in named)
                     and not _within(_place_root(doc[m.start : m.end].root)))
            and not (any(start < m.place.start and m.place.end <= end for start, end in actors)
                     and not _after_preposition(_place_root(doc[m.start : m.end].root)))
            and not _in_other_relative_clause(doc[m.start : m.end].root, trigger)]


def _in_other_relative_clause(place: Token, trigger: Token) -> bool:
    """ "said the captain, who fled to Colombia last year": a relative clause tells about a person, not where the
    event happened."""
    node = place
    while node.head.i != node.i:
        node = node.head
        if node.i == trigger.i:
            return False
        if node.dep_ == "relcl":
            return not any(t.i == trigger.i for t in node.subtree)
    return False


def _place_root(root: Token) -> Token:
    """ "near the town of Samarra": the common noun that the named place is "of"."""
    while root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        root = root.head.head
    return root


def _within(root: Token) -> bool:
    """ "in Western Cambodia", "near Samarra": a place the text puts something in (another event's place target
    still locates this one); "sanctions on Venezuela" names an actor."""
    return root.dep_ == "pobj" and root.head.lower_ in WITHIN_PREPS


def _after_preposition(root: Token) -> bool:
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _attached(mention: PlaceMention, trigger: Token) -> bool:
    doc = trigger.doc
    root = _place_root(doc[mention.start : mention.end].root)
    if not _after_preposition(root):
        return False
    own = trigger if trigger.pos_ in {"VERB", "AUX"} else clause_head(trigger)
    return clause_head(root, stop=trigger).i in {trigger.i, own.i}


def event_location(event: Event, trigger: Token, mentions: Sequence[PlaceMention],
                   named: Sequence[tuple[int, int]] = ()) -> Place | None:
    """Where the event happened, or None when its sentence names no place for it; `named` are the spans of
    other events' actors ("the EU imposed sanctions on Venezuela, and Brazil and Colombia agreed": no event of
    that sentence happened in Colombia or Venezuela)."""
    candidates = _candidates(event, trigger, mentions, named)
    if not candidates:
        return None
    attached = [m for m in candidates if _attached(m, trigger)]
    pool = attached or candidates
    return min(pool, key=lambda m: abs(m.start - trigger.i)).place


def locate_events(events: Iterable[Event], doc: Doc, mentions: Sequence[PlaceMention]) -> list[Event]:
    """Events with `location` set from the document's place mentions."""
    events = list(events)
    named = sorted({span for event in events for span in _actor_spans(event) if span[0] < span[1]})
    out: list[Event] = []
    for event in events:
        token = trigger_token(doc, event.trigger.start, event.trigger.end)
        place = event_location(event, token, mentions, named) if token is not None else None
        out.append(dataclasses.replace(event, location=place) if place is not None else event)
    return out
