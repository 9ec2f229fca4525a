"""Helpers of the end-to-end coding tests: code a sentence, find an event by its trigger, list its dyads."""

from __future__ import annotations

from tacitus.pipeline import Coder
from tacitus.records import Event, Modality


def events_of(coder: Coder, text: str) -> list[Event]:
    return coder.code_text(text, doc_id="t")


def find_event(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger.text.startswith(trigger) or trigger in e.trigger.text]
    assert found, f"no event with trigger {trigger!r} in {[(e.trigger.text, e.cameo.code) for e in events]}"
    return found[0]


def dyads_of(events: list[Event], modality: Modality = Modality.ASSERTED) -> set[tuple[str, str, str]]:
    """(code, sources, targets) of the events of one modality, actor codes joined by "+"."""
    return {(e.cameo.code, "+".join(a.code for a in e.source), "+".join(a.code for a in e.target))
            for e in events if e.modality is modality}
