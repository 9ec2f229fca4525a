"""Events read off other events: claims of force, visits of the hosted, restatements."""

from __future__ import annotations

from tacitus.coding.mentions import EventMention
from tacitus.coding.related import claims, visits
from tacitus.records import Actor, Modality

from .docs import make_doc


def _actor(code: str, start: int) -> Actor:
    return Actor(text=code, start=start, end=start + 3, code=code, country=code[:3], sector=None)


def _mention(code: str, source: str, target: str, trigger: int) -> EventMention:
    return EventMention(sentence=0, trigger_start=trigger, trigger_end=trigger + 1, code=code,
                        source=(_actor(source, 0),), target=(_actor(target, 10),), modality=Modality.ASSERTED,
                        speaker=None, according_to=None, specific=True, evidence=("test",))


def test_visits_mirror_a_hosted_visit() -> None:
    doc = make_doc([("Egypt", "Egypt", "PROPN", "nsubj", 1), ("received", "receive", "VERB", "ROOT", 1),
                    ("envoys", "envoy", "NOUN", "dobj", 1)])
    [visit] = visits(_mention("043", "EGY", "JOR", 1), doc[1])
    assert (visit.code, visit.source[0].code, visit.target[0].code, visit.derived) == ("042", "JOR", "EGY", "visit")


def test_visits_ignore_other_codes() -> None:
    doc = make_doc([("Egypt", "Egypt", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
                    ("Jordan", "Jordan", "PROPN", "dobj", 1)])
    assert visits(_mention("040", "EGY", "JOR", 1), doc[1]) == []


def test_claims_of_another_actors_force_are_accusations() -> None:
    # "Russia claimed (that) Georgia attacked Ossetia"
    doc = make_doc([("Russia", "Russia", "PROPN", "nsubj", 1), ("claimed", "claim", "VERB", "ROOT", 1),
                    ("Georgia", "Georgia", "PROPN", "nsubj", 3), ("attacked", "attack", "VERB", "ccomp", 1),
                    ("Ossetia", "Ossetia", "PROPN", "dobj", 3)])
    [accusation] = claims(doc[:], 0, [_mention("180", "GEO", "OSS", 3)], lambda tokens: [_actor("RUS", 0)], None)
    assert (accusation.code, accusation.source[0].code, accusation.target[0].code) == ("112", "RUS", "GEO")
