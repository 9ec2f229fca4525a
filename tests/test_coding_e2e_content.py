"""End to end: generic codes refined by what the event is about (coding/content.py, topics.tsv, frames.tsv)."""

from __future__ import annotations

import pytest
from tests.coded import dyads_of, events_of, find_event

from tacitus.pipeline import Coder
from tacitus.records import Modality

_events = events_of
_find = find_event
_codes = dyads_of

# (sentence, trigger, code): one construction each
REFINED = [
    ("Spanish police are investigating the mayor of Valencia over alleged bribes.", "investigating", "091"),
    ("Chile's prosecutors opened a corruption investigation into the port contracts.", "investigation", "091"),
    ("The UN set up an inquiry into human rights abuses in Eritrea.", "set", "092"),
    ("The Canadian army is looking into a drone strike near the border.", "looking", "093"),
    ("The court opened an investigation into war crimes in Libya.", "opened", "094"),
    ("Kenya accused Somalia of shelling its border posts.", "accused", "1123"),
    ("The opposition accused the minister of embezzling public funds.", "accused", "1121"),
    ("Seoul accused a navy officer of spying for Pyongyang.", "accused", "1125"),
    ("Jordan blamed Syria for a wave of cross-border shootings.", "blamed", "1123"),
    ("The World Bank turned down Zambia's request for a new loan.", "turned", "1221"),
    ("The prime minister rejected calls for his resignation.", "rejected", "1231"),
    ("Addis Ababa rejected an offer of mediation from Kenya.", "rejected", "126"),
    ("The rebels dismissed the peace plan.", "dismissed", "127"),
    ("Nigeria demanded humanitarian aid from donors.", "demanded", "1033"),
    ("Iraq demanded compensation from Turkey.", "demanded", "1031"),
    ("Britain threatened Tehran with new sanctions.", "threatened", "1312"),
    ("The peace proposal was rejected by the junta.", "rejected", "127"),
    ("The unions insisted on the dismissal of the labour minister.", "insisted", "1041"),
    # what is pledged or offered says which intent
    ("The US commander offered military support to Lebanon.", "offered", "0332"),
    ("Germany pledged financial support to Ukraine.", "pledged", "0331"),
    ("France promised its backing to the Lebanese government.", "promised", "032"),
    # what is asked for, refused or cut says which aid (topics.tsv military_aid, humanitarian_aid; frames.tsv cut)
    ("Armenia asked France for howitzers and ammunition.", "asked", "0232"),
    ("Chad pleaded with donors for tents and blankets.", "pleaded", "0233"),
    ("Malawi urged the World Bank for economic help.", "urged", "0231"),
    ("Washington suspended $95 million in military assistance to Bamako.", "suspended", "1622"),
    ("Congress blocked the shipment of military aid to Kyiv.", "blocked", "1622"),
]


@pytest.mark.parametrize(("text", "trigger", "code"), REFINED, ids=[c[2] + "-" + c[1] for c in REFINED])
def test_code_refined_by_content(coder: Coder, text: str, trigger: str, code: str) -> None:
    event = find_event(events_of(coder, text), trigger)
    assert event.cameo.code == code
    assert event.modality is Modality.ASSERTED


def test_code_specific_sense_not_changed_by_content(coder: Coder) -> None:
    # 111 criticism is no accusation: its content ("the shelling") does not make it 1123
    event = find_event(events_of(coder, "Egypt condemned Israel for the shelling of Rafah."), "condemned")
    assert event.cameo.code == "111"


def test_code_found_guilty_is_a_conviction(coder: Coder) -> None:
    event = find_event(events_of(coder, "A court in Lagos found the governor guilty of fraud."), "found")
    assert event.cameo.code == "116"


@pytest.mark.issue(3)
@pytest.mark.parametrize(("text", "code"), [
    ("The UN warned of famine in Somalia.", "012"),
    ("The Kenya Meteorological Department issued a warning of heavy rain in Nairobi.", "012"),
    ("The army issued a stern warning to the rebels.", "130"),
])
def test_code_a_warning_of_a_hardship_is_a_pessimistic_comment_not_a_threat(coder: Coder, text: str,
                                                                            code: str) -> None:
    assert {e.cameo.code for e in events_of(coder, text) if e.trigger.text.startswith("warn")} == {code}
@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Kenyan lawmakers killed the finance bill on Thursday.", "killed", "120"),
    ("Iraqi lawmakers torpedoed the peace deal.", "torpedoed", "127")])
def test_code_killing_a_bill_or_torpedoing_a_deal_is_a_rejection(coder: Coder, text: str, trigger: str,
                                                                  code: str) -> None:
    assert _find(_events(coder, text), trigger).cameo.code == code
@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Kenya's opposition has been hammering the government over food prices.", "hammering", "111"),
    ("Kyiv slammed the door on talks with Moscow.", "slammed", "125"),
    ("Egypt's censors banned the documentary.", "banned", "1721")])
def test_code_idioms_of_criticism_refusal_and_censorship(coder: Coder, text: str, trigger: str, code: str) -> None:
    assert _find(_events(coder, text), trigger).cameo.code == code


def test_code_strike_with_a_purpose_clause_is_still_a_strike(coder: Coder) -> None:
    codes = _codes(_events(coder, "Thousands of dock workers went on strike to demand higher wages."))
    assert "143" in {c[0] for c in codes}


def test_code_appeal_to_exercise_restraint_is_an_appeal_to_de_escalate(coder: Coder) -> None:
    assert ("0256", "EGY", "") in _codes(_events(coder, "Egypt urged both sides to exercise restraint."))


def test_code_appeal_to_withdraw_a_bill_is_an_appeal_for_policy_change(coder: Coder) -> None:
    codes = _codes(_events(coder, "The opposition leader called on the president to withdraw the bill."))
    assert "0242" in {c[0] for c in codes}


def test_code_water_cannon_fired_at_no_one_named_is_repression(coder: Coder) -> None:
    assert {c[0] for c in _codes(_events(coder, "Riot police fired water cannon."))} == {"175"}


def test_code_defending_a_minister_is_verbal_support(coder: Coder) -> None:
    codes = _codes(_events(coder, "President Carlos Benitez of Paraguay defended his minister."))
    assert "052" in {c[0] for c in codes}


def test_code_refusing_to_let_inspectors_in_declines_international_involvement(coder: Coder) -> None:
    codes = _codes(_events(coder, "Iran refused to let inspectors into the nuclear site."))
    assert "1245" in {c[0] for c in codes}


def test_code_intent_to_expand_trade_is_economic(coder: Coder) -> None:
    assert "0311" in {c[0] for c in _codes(_events(coder, "China and Brazil agreed to expand trade."))}


def test_code_targeting_ships_is_an_attack(coder: Coder) -> None:
    codes = _codes(_events(coder, "Houthi rebels said they had targeted two ships in the Red Sea."))
    assert ("190", "YEMREB", "") in codes


def test_code_call_for_the_freeing_of_people_is_an_appeal_for_release(coder: Coder) -> None:
    codes = _codes(_events(coder, "Washington called for the freeing of all detained activists in Venezuela."))
    assert "0253" in {c[0] for c in codes}


def test_code_author_of_a_report_is_the_source(coder: Coder) -> None:
    event = _find(_events(coder, "A report by Amnesty International accused Israel of war crimes."), "accused")
    assert [a.code for a in event.source] == ["NGOAMN"]
