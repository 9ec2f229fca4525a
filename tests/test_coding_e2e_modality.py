"""End to end with the real spaCy pipeline: modality constructions, one behaviour per test (sentences we wrote)."""

from __future__ import annotations

import pytest
from tests.coded import events_of

from tacitus.pipeline import Coder
from tacitus.records import Event, Modality


def _asserted(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.cameo.code, "+".join(a.code for a in e.source), "+".join(a.code for a in e.target))
            for e in events if e.modality is Modality.ASSERTED}


def _asserted_roots(coder: Coder, text: str) -> set[str]:
    return {code[:2] for code, _, _ in _asserted(events_of(coder, text))}


@pytest.mark.parametrize(("text", "root"), [
    ("No troops were deployed to the border, the defence ministry in Seoul said.", "15"),
    ("Neither side fired a shot across the ceasefire line on Sunday.", "19"),
    ("Neither the army nor the police opened fire on the crowd.", "19"),
])
def test_code_negative_argument_negates_the_event(coder: Coder, text: str, root: str) -> None:
    assert root not in _asserted_roots(coder, text)


@pytest.mark.parametrize(("text", "roots"), [
    ("Will Iran retaliate against Israel?", {"13", "18", "19"}),
    ("Is China preparing to invade Taiwan?", {"15", "19"}),
])
def test_code_yes_no_question_asserts_nothing(coder: Coder, text: str, roots: set[str]) -> None:
    assert not roots & _asserted_roots(coder, text)


def test_code_headline_infinitive_is_future(coder: Coder) -> None:
    [event] = [e for e in events_of(coder, "Police to probe deaths of protesters in Dhaka") if e.cameo.root == "09"]
    assert event.modality is Modality.FUTURE


@pytest.mark.parametrize(("text", "root"), [
    ("Germany ruled out sending ground troops to Ukraine.", "15"),
    ("The junta in Niamey stopped short of expelling the French ambassador.", "16"),
])
def test_code_phrasal_verb_of_refusal_negates_what_it_governs(coder: Coder, text: str, root: str) -> None:
    assert root not in _asserted_roots(coder, text)


@pytest.mark.parametrize(("text", "root"), [
    ("Government officials in Khartoum denied reports that the army had shelled a camp.", "19"),
    ("The army dismissed rumours that the defence minister had been arrested.", "17"),
])
def test_code_denied_report_is_not_asserted(coder: Coder, text: str, root: str) -> None:
    assert root not in _asserted_roots(coder, text)


def test_code_confirmed_report_stays_asserted(coder: Coder) -> None:
    text = "Government officials in Khartoum confirmed reports that the army had shelled a camp."
    assert "19" in _asserted_roots(coder, text)


@pytest.mark.parametrize(("text", "root"), [
    ("Plans for a joint naval exercise with Vietnam were shelved.", "06"),
    ("Talks with the rebels were cancelled after the bombing in Mogadishu.", "04"),
])
def test_code_event_noun_under_a_plan_or_cancellation_is_not_asserted(coder: Coder, text: str, root: str) -> None:
    assert root not in _asserted_roots(coder, text)


def test_code_scheduled_meeting_is_an_intent_to_meet(coder: Coder) -> None:
    text = "Chinese President Xi Jinping is set to meet his Brazilian counterpart in Beijing on Friday."
    assert ("036", "CHNGOV", "BRAGOV") in _asserted(events_of(coder, text))


def test_code_refusal_to_host_talks_needs_no_counterpart(coder: Coder) -> None:
    assert ("125", "EGY", "") in _asserted(events_of(coder, "Egypt will not host the talks, a spokesman said."))


def test_code_refusing_to_say_is_declining_comment(coder: Coder) -> None:
    text = "Pakistan's interior minister refused to say whether the army would withdraw."
    assert "011" in {code for code, _, _ in _asserted(events_of(coder, text))}


def test_code_raised_passive_subject_is_the_target(coder: Coder) -> None:
    text = "The missing Pakistani journalist is believed to have been abducted by Taliban militants."
    assert ("181", "AFGREBTAL", "PAKMED") in _asserted(events_of(coder, text))


def test_code_ultimatum_is_aimed_at_who_must_meet_its_condition(coder: Coder) -> None:
    text = "Unless the rebels lay down their arms by Friday, the Congolese army will storm the town."
    assert ("1384", "CODMIL", "CODREB") in _asserted(events_of(coder, text))


def test_code_trying_to_kill_is_an_attempted_assassination(coder: Coder) -> None:
    codes = {code for code, _, _ in _asserted(events_of(coder, "Gunmen tried to kill the governor on Sunday."))}
    assert "185" in codes
    assert "1823" not in codes


def test_code_appeal_to_repeal_a_law_is_an_appeal_to_ease_restrictions(coder: Coder) -> None:
    text = "Egyptian human rights groups want the government to repeal the emergency law."
    assert ("0251", "EGYHRI", "EGYGOV") in _asserted(events_of(coder, text))


def test_code_cancelled_gerund_meeting_is_a_cut_in_relations_not_a_meeting(coder: Coder) -> None:
    events = events_of(coder, "Moscow cancels meeting with top US diplomat")
    assert "160" in {code for code, _, _ in _asserted(events)}
    assert not {code for code, _, _ in _asserted(events) if code.startswith("04")}


def test_code_conjunct_of_a_verb_without_complement_keeps_its_own_modality(coder: Coder) -> None:
    text = "Rebels rejected the peace plan and attacked a police post in Goma."
    assert "18" in _asserted_roots(coder, text)


@pytest.mark.parametrize("text", [
    "The ministry did not deny that troops had shelled the village.",
    "Israel did not rule out sending troops to Gaza.",
])
def test_code_negated_denial_leaves_the_event_open(coder: Coder, text: str) -> None:
    modalities = {e.modality for e in events_of(coder, text) if e.cameo.root in {"15", "19"}}
    assert modalities == {Modality.HYPOTHETICAL}


def test_code_the_alternative_not_taken_is_negated(coder: Coder) -> None:
    events = events_of(coder, "The army attacked the town instead of negotiating with the rebels.")
    assert {e.cameo.root: e.modality for e in events} == {"18": Modality.ASSERTED, "04": Modality.NEGATED}


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel and Hamas agreed not to attack each other.", ("0356", "ISR", "PSEREBHMS")),
    ("The UN urged Israel not to launch a ground offensive in Rafah.", ("0256", "IGOUNO", "ISR")),
    ("Iran vowed never to recognise Israel.", ("120", "IRN", "ISR")),
])
def test_code_pledge_or_appeal_with_a_negated_content(coder: Coder, text: str,
                                                      expected: tuple[str, str, str]) -> None:
    assert expected in _asserted(events_of(coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan president is to visit Uganda next week.", Modality.FUTURE),
    ("The foreign minister was to have met his Iranian counterpart on Monday.", Modality.HYPOTHETICAL),
])
def test_code_be_to_infinitive_is_arranged_not_done(coder: Coder, text: str, expected: Modality) -> None:
    assert {e.modality for e in events_of(coder, text) if e.cameo.code in {"040", "042"}} == {expected}


@pytest.mark.parametrize(("text", "root"), [
    ("The upcoming visit of the Chinese president to Brazil was announced.", "04"),
    ("Possible sanctions against Turkey were discussed in Brussels.", "16"),
])
def test_code_event_noun_with_a_prospective_modifier_is_not_asserted(coder: Coder, text: str, root: str) -> None:
    assert root not in _asserted_roots(coder, text)


@pytest.mark.parametrize(("text", "root"), [
    ('"We have no intention of invading Ukraine," the Kremlin said.', "19"),
    ("Turkey has no plans for a military operation in Syria.", "19"),
])
def test_code_denied_intention_negates_its_content(coder: Coder, text: str, root: str) -> None:
    assert {e.modality for e in events_of(coder, text) if e.cameo.root == root} == {Modality.NEGATED}


def test_code_what_the_speaker_owns_stands_for_the_speaker(coder: Coder) -> None:
    text = '"Soldiers shelled our village for three days," a Syrian refugee said.'
    assert ("194", "SYRMIL", "SYRREF") in _asserted(events_of(coder, text))


@pytest.mark.parametrize(("text", "root"), [
    ("Rebels appear to have seized the airport in Goma.", "19"),
    ("The militia is alleged to have killed dozens of villagers in Ituri.", "18"),
])
def test_code_hedged_perfect_infinitive_is_a_past_event(coder: Coder, text: str, root: str) -> None:
    assert root in _asserted_roots(coder, text)


def test_code_mangled_lemma_of_a_modality_verb_is_mended(coder: Coder) -> None:
    events = events_of(coder, "The president hoped to have signed the deal by May.")
    assert {e.modality for e in events if e.cameo.code == "057"} == {Modality.REQUESTED}


@pytest.mark.parametrize(("text", "root"), [
    ("The army is yet to retake the town.", "19"),
    ("Hamas has yet to release the hostages.", "08"),
])
def test_code_yet_to_is_not_done(coder: Coder, text: str, root: str) -> None:
    assert {e.modality for e in events_of(coder, text) if e.cameo.root == root} == {Modality.NEGATED}
    assert not {r for r in _asserted_roots(coder, text) if r in {"03", "13"}}  # no intent or threat implied


def test_code_order_not_to_coerce_is_no_call_for_de_escalation(coder: Coder) -> None:
    codes = {code for code, _, _ in _asserted(events_of(coder, "Police were ordered not to arrest the protesters."))}
    assert "1056" not in codes


def test_code_event_ahead_of_which_something_happens_is_to_come(coder: Coder) -> None:
    text = "Police detained opposition activists ahead of talks between the government and the rebels."
    events = events_of(coder, text)
    assert {e.modality for e in events if e.cameo.root == "04"} == {Modality.FUTURE}
    assert "17" in _asserted_roots(coder, text)


def test_code_feared_event_is_not_asserted(coder: Coder) -> None:
    assert "18" not in _asserted_roots(coder, "Residents fled amid fears of an attack by al-Shabab.")


@pytest.mark.parametrize(("text", "code"), [
    ("The US warned that Russia could invade Ukraine within days.", "012"),  # another's act: a prediction
    ("The UN warned that rebels would attack the city.", "012"),
    ("Israel warned Hezbollah that it would strike Beirut.", "1384"),  # the warner's own act: a threat
    ("Iran warned that its forces would strike US bases.", "1384"),
    ("Iran warned that Iranian forces would strike US bases.", "1384"),
])
def test_code_a_warning_of_another_actors_act_is_no_threat(coder: Coder, text: str, code: str) -> None:
    warned = [e for e in events_of(coder, text) if e.trigger.text == "warned"]
    assert [e.cameo.code for e in warned] == [code]


def test_code_a_circumstance_of_a_warning_is_told_as_a_fact(coder: Coder) -> None:
    text = ("China warned the Philippines against further provocations after its coast guard fired water cannon "
            "at a Philippine supply vessel.")
    fired = [e for e in events_of(coder, text) if e.trigger.text == "fired"]
    assert [e.modality for e in fired] == [Modality.ASSERTED]


def test_code_quoted_imperative_is_requested(coder: Coder) -> None:
    text = "Mothers of the prisoners held placards reading 'Release our sons' outside the jail in Cairo."
    [event] = [e for e in events_of(coder, text) if e.trigger.text == "Release"]
    assert event.modality is Modality.REQUESTED


def test_code_rare_practice_asserts_no_event(coder: Coder) -> None:
    assert "17" not in _asserted_roots(coder, "Police in the region seldom arrest journalists, the group said.")


def test_code_deed_of_a_ranked_noun_is_asserted(coder: Coder) -> None:
    text = "Argentina became the fiftieth country to ratify the treaty on Wednesday."
    assert ("057", "ARG", "") in _asserted(events_of(coder, text))


def test_code_report_called_untrue_is_negated(coder: Coder) -> None:
    text = "The ministry said reports that troops had been deployed to the border were untrue."
    assert "15" not in _asserted_roots(coder, text)
