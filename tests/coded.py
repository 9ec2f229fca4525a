"""Helpers of the end-to-end coding tests: code a sentence, find an event by its trigger."""

from __future__ import annotations

from tacitus.pipeline import Coder
from tacitus.records import Event


def events_of(coder: Coder, text: str) -> list[Event]:
    return coder.code_text(text, doc_id="t")


def find_event(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger.text.startswith(trigger) or trigger in e.trigger.text]
    assert found, f"no event with trigger {trigger!r} in {[(e.trigger.text, e.cameo.code) for e in events]}"
    return found[0]
