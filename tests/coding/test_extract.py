"""Event mentions from parsed sentences (coding/extract.py), end to end with the real pipeline."""

from __future__ import annotations

import pytest

from tacitus.pipeline import Coder
from tacitus.records import Event, Modality


def _asserted(coder: Coder, text: str) -> list[tuple[str, str]]:
    events: list[Event] = coder.code_text(text, doc_id="t")
    return [(e.trigger.text, e.cameo.code) for e in events if e.modality is Modality.ASSERTED]


@pytest.mark.parametrize("text", ["Rebels tried to assassinate the provincial governor.",
                                  "An attempt to assassinate the deputy mayor was foiled in the capital.",
                                  "Gunmen made a bid to assassinate the president on Monday."])
def test_mentions_attempt_to_assassinate_is_an_asserted_attempt(coder: Coder, text: str) -> None:
    assert ("assassinate", "185") in _asserted(coder, text)


@pytest.mark.parametrize("text", ["The rebels will try to assassinate the governor.",
                                  "The rebels did not try to assassinate the governor.",
                                  "The rebels plan to assassinate the governor."])
def test_mentions_attempt_not_made_is_no_attempt(coder: Coder, text: str) -> None:
    assert "185" not in [code for _, code in _asserted(coder, text)]


@pytest.mark.parametrize("text", ["Chinese and Russian warships launched war games in the Sea of Japan.",
                                  "Russia held military exercises with Belarus near the Polish border."])
def test_mentions_joint_exercise_of_two_countries_is_military_cooperation(coder: Coder, text: str) -> None:
    codes = [code for _, code in _asserted(coder, text)]
    assert "062" in codes
    assert "150" not in codes


def test_mentions_exercise_of_one_country_is_a_show_of_force(coder: Coder) -> None:
    codes = [code for _, code in _asserted(coder, "Russia held military exercises near the Polish border.")]
    assert codes == ["150"]


def test_mentions_event_in_a_clause_of_time_is_no_intent_of_its_subject(coder: Coder) -> None:
    codes = [code for _, code in _asserted(coder, "The rebels vowed to fight until the president resigns.")]
    assert "0341" not in codes


def test_mentions_participle_of_a_coded_event_is_background(coder: Coder) -> None:
    events = coder.code_text("Hundreds of farmers rallied outside parliament on Friday, voicing anger over the new "
                             "tax law.", doc_id="t")
    confidence = {e.trigger.text: e.confidence for e in events}
    assert confidence["rallied"] > confidence["voicing"]


@pytest.mark.parametrize("text", ["The Serbian army prepared to resume shelling rebel villages.",
                                  "Rebels were preparing to attack the capital."])
def test_mentions_preparing_military_action_is_a_mobilization(coder: Coder, text: str) -> None:
    roots = [code[:2] for _, code in _asserted(coder, text)]
    assert "15" in roots
    assert "13" not in roots


def test_mentions_preparation_to_come_is_still_a_threat(coder: Coder) -> None:
    roots = [code[:2] for _, code in _asserted(coder, "Rebels will prepare to attack the capital.")]
    assert "15" not in roots


def test_mentions_event_noun_after_following_is_background(coder: Coder) -> None:
    events = coder.code_text("Students across the state joined protests and held vigils this week, following two "
                             "police shootings in Texas and Ohio.", doc_id="t")
    assert max(events, key=lambda e: e.confidence).trigger.text == "protests"


@pytest.mark.parametrize("text", ["Local officials say twelve people were killed when their minibus plunged into a "
                                  "ravine.",
                                  "Nine passengers died when the ferry capsized off the coast."])
def test_mentions_deaths_in_accidents_are_no_events(coder: Coder, text: str) -> None:
    assert _asserted(coder, text) == []


def test_mentions_going_on_hunger_strike_is_asserted(coder: Coder) -> None:
    codes = [code for _, code in _asserted(coder, "Jailed activists went on hunger strike to protest their detention.")]
    assert "142" in codes
    assert not [code for code in codes if code.startswith("13")]


@pytest.mark.parametrize("text", [
    "Ethnic Turks began a hunger strike on Monday to protest against the deportations.",
    "The activist staged a hunger strike in prison in protest against the violations.",
    "Students staged a sit-in at the ministry in protest against fee increases.",
])
def test_mentions_the_purpose_of_a_protest_is_no_second_protest(coder: Coder, text: str) -> None:
    codes = [code for _, code in _asserted(coder, text)]
    assert len([code for code in codes if code.startswith("14")]) == 1


def test_mentions_a_protest_of_its_own_beside_another_stays(coder: Coder) -> None:
    text = "Opposition leaders went on hunger strike while students staged a protest outside the parliament."
    codes = [code for _, code in _asserted(coder, text)]
    assert "142" in codes
    assert "141" in codes


@pytest.mark.parametrize(("text", "code"), [("Riot police used water cannon against demonstrators.", "175"),
                                            ("Hundreds of farmers took to the streets to protest against taxes.",
                                             "141")])
def test_mentions_protest_and_its_repression_are_asserted(coder: Coder, text: str, code: str) -> None:
    assert code in [c for _, c in _asserted(coder, text)]
