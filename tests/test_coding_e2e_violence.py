"""End to end with the real spaCy pipeline: force, sanctions, coercion and violence (CAMEO 15-20) coded to their
most specific code, and allegations of violence that are not asserted. Sentences we wrote, one per behaviour."""

from __future__ import annotations

import pytest
from tests.coded import events_of, find_event

from tacitus.pipeline import Coder
from tacitus.records import Modality


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("A car bomb killed nine soldiers outside the barracks.", "killed", "1832"),
    ("Syrian warplanes struck a market in Idlib.", "struck", "195"),
    ("Two militants were killed in a drone strike in Waziristan.", "killed", "1952"),
    ("Insurgents planted a roadside bomb on the highway to the airport.", "planted", "1833"),
])
def test_code_violence_takes_the_code_of_its_weapon(coder: Coder, text: str, trigger: str, code: str) -> None:
    assert find_event(events_of(coder, text), trigger).cameo.code == code


def test_code_bomb_exploding_is_a_bombing(coder: Coder) -> None:
    event = find_event(events_of(coder, "A bomb exploded near a bus carrying Afghan soldiers."), "exploded")
    assert event.cameo.code == "183"


def test_code_gas_cylinder_exploding_is_no_event(coder: Coder) -> None:
    assert events_of(coder, "A gas cylinder exploded in a restaurant kitchen.") == []


def test_code_shot_dead_is_a_killing(coder: Coder) -> None:
    assert find_event(events_of(coder, "Gunmen shot dead a judge in Quetta."), "shot").cameo.code == "1823"


def test_code_exchanging_gunfire_is_small_arms(coder: Coder) -> None:
    event = find_event(events_of(coder, "Indian and Chinese troops exchanged gunfire in Ladakh."), "exchanged")
    assert event.cameo.code == "193"


def test_code_object_modifier_narrows_the_code(coder: Coder) -> None:
    event = find_event(events_of(coder, "Washington suspended military aid to Egypt."), "suspended")
    assert (event.cameo.code, [a.code for a in event.target]) == ("1622", ["EGY"])


def test_code_administrative_sanction_on_the_media_restricts_speech(coder: Coder) -> None:
    event = find_event(events_of(coder, "Belarus revoked the accreditation of foreign journalists."), "revoked")
    assert event.cameo.code == "1721"


def test_code_surviving_an_attempt_makes_the_subject_the_target(coder: Coder) -> None:
    event = find_event(events_of(coder, "The Afghan governor survived an assassination attempt."), "attempt")
    assert (event.cameo.code, [a.code for a in event.target]) == ("185", ["AFGGOV"])


def test_code_walking_out_of_talks_halts_negotiations(coder: Coder) -> None:
    event = find_event(events_of(coder, "The Colombian government walked out of the talks with the rebels."),
                       "walked")
    assert event.cameo.code == "164"


def test_code_massing_forces_on_a_border_targets_its_other_side(coder: Coder) -> None:
    event = find_event(events_of(coder, "Turkey massed tanks along its border with Syria."), "massed")
    assert (event.cameo.code, [a.code for a in event.target]) == ("154", ["SYR"])


def test_code_coordinated_hostage_taking_is_news_of_its_own(coder: Coder) -> None:
    codes = [e.cameo.code for e in events_of(coder, "Gunmen stormed a hotel in Bamako and took twenty guests hostage.")]
    assert "181" in codes


@pytest.mark.parametrize("text", ["The rebels accused the army of shelling their villages.",
                                  "The ministry rejected reports that its troops had killed civilians.",
                                  "The soldiers refrained from shooting at the marchers.",
                                  "The opposition called for deploying troops against the militias."])
def test_code_alleged_denied_or_requested_violence_is_not_asserted(coder: Coder, text: str) -> None:
    asserted = [e for e in events_of(coder, text) if e.modality is Modality.ASSERTED]
    assert not [e for e in asserted if e.cameo.root in {"15", "18", "19"}]


def test_code_what_nothing_can_prevent_is_still_asserted(coder: Coder) -> None:
    event = find_event(events_of(coder, "Nothing can prevent the police from arresting the suspects."), "arresting")
    assert event.modality is Modality.ASSERTED


@pytest.mark.issue(3)
@pytest.mark.parametrize("text", ["Police lathi-charged the stone-pelting mob.",
                                  "Police baton-charged the protesters."])
def test_code_hyphenated_baton_charge_verbs_are_repression(coder: Coder, text: str) -> None:
    event = next(e for e in events_of(coder, text) if "charged" in e.trigger.text)
    assert (event.cameo.code, [a.sector for a in event.source]) == ("175", ["COP"])


@pytest.mark.issue(3)
def test_code_forces_deployed_in_a_participle_are_the_source_and_background(coder: Coder) -> None:
    events = events_of(coder, "Militants hurled grenades at soldiers deployed in front of a school.")
    deployed = find_event(events, "deployed")
    assert [a.sector for a in deployed.source] == ["MIL"]
    assert deployed.confidence < find_event(events, "hurled").confidence


@pytest.mark.issue(3)
@pytest.mark.parametrize(("text", "codes"), [
    ("In combing operations on Tuesday, 50 persons were held by police.", {"171", "173"}),  # searches (171), too
    ("The men were held hostage by the gang.", {"181"}),
    ("The opposition held a rally in Dhaka.", {"141"}),
])
def test_code_people_held_are_detained_unless_hostages(coder: Coder, text: str, codes: set[str]) -> None:
    assert {e.cameo.code for e in events_of(coder, text)} == codes


@pytest.mark.issue(3)
@pytest.mark.parametrize(("text", "code", "source"), [
    ("A US drone strike killed three militants in Yemen.", "1952", "USA"),
    ("Israeli shelling killed two farmers in southern Lebanon.", "194", "ISR"),
    ("An Israeli air strike on Gaza City killed four people, medics said.", "195", "ISR"),
])
def test_code_a_strike_that_kills_is_one_attack_by_the_strikes_agent(coder: Coder, text: str, code: str,
                                                                      source: str) -> None:
    events = [e for e in events_of(coder, text) if e.modality is Modality.ASSERTED]
    assert [(e.cameo.code, [a.code for a in e.source]) for e in events] == [(code, [source])]
    assert events[0].casualties is not None
    assert events[0].casualties.killed


@pytest.mark.issue(3)
def test_code_a_participle_killing_continues_the_attack(coder: Coder) -> None:
    text = "Vietnamese forces launched rocket fire against guerrilla camps near the border, killing 50."
    events = [e for e in events_of(coder, text) if e.modality is Modality.ASSERTED]
    assert [e.cameo.root for e in events] == ["19"]


@pytest.mark.parametrize(("text", "dyads"), [
    # demonstrators, students or strikers who use force riot; police who clash with them repress
    ("Protesters clashed with police for a third day.", {("145", "---OPP", "---COP")}),
    ("Clashes broke out between protesters and police in the capital.",
     {("145", "---OPP", "---COP"), ("175", "---COP", "---OPP")}),
    ("Student protesters stormed the prime minister's residence.", {("145", "---EDU", "---GOV")}),
    # armed groups fight: no protest
    ("Rebels clashed with troops near the border.", {("190", "---REB", "---MIL")}),
    ("Armed opposition forces attacked government troops.", {("180", "---REB", "---MIL")}),
])
def test_code_force_between_a_crowd_and_the_police(coder: Coder, text: str, dyads: set[tuple[str, str, str]]) -> None:
    events = [e for e in events_of(coder, text) if e.cameo.root in {"14", "17", "18", "19"}]
    assert {(e.cameo.code, e.source[0].code, e.target[0].code) for e in events if e.source and e.target} == dyads


@pytest.mark.parametrize(("text", "code"), [
    ("North Korea fired two short-range ballistic missiles into the sea on Sunday.", "150"),  # hits no one
    ("North Korea test-fired two ballistic missiles.", "150"),
    ("Hamas fired rockets into southern Israel.", "194"),  # at someone
    ("North Korean troops fired artillery shells into the sea near the border.", "194"),  # fire, not a launch
])
def test_code_a_missile_launch_into_open_water_is_a_show_of_force(coder: Coder, text: str, code: str) -> None:
    assert find_event(events_of(coder, text), "fired").cameo.code == code
