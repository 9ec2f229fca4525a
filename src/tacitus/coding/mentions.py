"""The coder's output for one predicate: code, actors, modality, attribution and the evidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.records import Actor, Casualties, Modality

Trace = Callable[[str], None]


def drop(trace: Trace | None, token: Token, reason: str) -> None:
    """Tell the trace (`tacitus explain`) why a candidate predicate was not coded."""
    if trace is not None:
        trace(f"  - '{token.text}' ({token.lemma_}) not coded: {reason}")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventMention:
    """One coded predicate in a parsed document, before it becomes an `Event` record."""

    sentence: int                 # index of the sentence in the document
    trigger_start: int            # token index (inclusive) of the trigger span
    trigger_end: int              # token index (exclusive)
    code: str                     # CAMEO event code from the lexicon
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    modality: Modality
    speaker: Actor | None
    according_to: str | None
    specific: bool                # the lexicon entry had constraints that matched (particle, object, prep)
    evidence: tuple[str, ...]
    mutual: bool = False          # "met with Y": Y also met the source; both directions are events
    derived: str = ""             # "intent", "threat", "demand": an event the text implies, not states
    main_clause: bool = False     # the trigger (or its light verb) is the root of its sentence
    background: bool = False      # a participle describing a noun ("tribesmen backed by X"): background, not news
    casualties: Casualties | None = None  # dead and injured the sentence states for this (violent) event
