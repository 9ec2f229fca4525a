"""End to end with the real spaCy pipeline: material aid and its transfers (weapons, money, relief, protection), in
sentences we wrote, one per behaviour."""

from __future__ import annotations

import pytest
from tests.coded import dyads_of, events_of, find_event

from tacitus.pipeline import Coder

_events = events_of
_find = find_event
_codes = dyads_of
# (sentence, trigger, code, source, target): the wire's words for arms, relief goods and money
TRANSFERS = [
    ("Sweden shipped anti-tank rounds and howitzers to Kyiv.", "shipped", "072", "SWE", "UKRGOV"),
    ("Spain handed over six Hawk air defence batteries to Ukraine.", "handed", "072", "ESP", "UKR"),
    ("Belarus transferred dozens of armoured vehicles to Russia.", "transferred", "072", "BLR", "RUS"),
    ("Pakistan trucked flour and tents to Afghanistan after the quake.", "trucked", "073", "PAK", "AFG"),
    ("The IMF disbursed a $700 million tranche to Ghana.", "disbursed", "071", "IGOIMF", "GHA"),
    ("Uzbekistan resumed trade with Tajikistan.", "resumed", "061", "UZB", "TJK"),
]
@pytest.mark.parametrize(("text", "trigger", "code", "source", "target"), TRANSFERS,
                         ids=[c[1] + "-" + c[2] for c in TRANSFERS])
def test_code_material_transfers(coder: Coder, text: str, trigger: str, code: str, source: str,
                                 target: str) -> None:
    event = find_event(events_of(coder, text), trigger)
    assert (event.cameo.code, [a.code for a in event.source], [a.code for a in event.target]) == (
        code, [source], [target])


def test_code_forces_sent_to_help_are_protection(coder: Coder) -> None:
    event = find_event(events_of(coder, "Burundi sent soldiers to Congo to help the army fight rebels."), "sent")
    assert event.cameo.code == "074"


def test_code_supplied_an_answer_is_no_aid(coder: Coder) -> None:
    events = events_of(coder, "The ministry supplied details of the contract to reporters.")
    assert not [e for e in events if e.cameo.root == "07"]


def test_code_arms_handed_over_by_a_firm_are_a_sale(coder: Coder) -> None:
    events = events_of(coder, "Airbus handed over three transport helicopters to the Spanish army on Friday.")
    assert not [e for e in events if e.cameo.root == "07"]
