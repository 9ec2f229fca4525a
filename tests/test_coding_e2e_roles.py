"""End to end with the real spaCy pipeline: who is the actor and whom it targets, casualties of protests and
violence, first-person speakers (sentences we wrote, one per behaviour)."""

from __future__ import annotations

import pytest
from tests.coded import events_of, find_event

from tacitus.pipeline import Coder
from tacitus.records import Modality

_events = events_of
_find = find_event


def test_code_dateline_place_is_no_actor(coder: Coder) -> None:
    events = _events(coder, "GAZA CITY, Palestinian Territories: Two Palestinian farmers were killed in an Israeli "
                            "air strike on Friday, medics said.")
    event = _find(events, "killed")
    assert [a.code for a in event.source] == ["ISR"]
    assert [a.text for a in event.target] == ["Two Palestinian farmers"]


def test_code_demonym_without_entity_label_gives_the_sentence_its_country(coder: Coder) -> None:
    # the entity recogniser leaves "Bangladeshi" unlabelled here; the opposition is still Bangladesh's
    event = _find(_events(coder, "Bangladeshi police raided the offices of the opposition party."), "raided")
    assert [a.code for a in event.target] == ["BGDOPP"]


def test_code_participle_used_as_a_noun_is_no_event(coder: Coder) -> None:
    events = _events(coder, "UN helicopters evacuated the wounded from the Bosnian town of Gorazde.")
    assert not [e for e in events if e.trigger.text == "wounded"]


def test_code_the_country_of_a_border_is_no_target(coder: Coder) -> None:
    event = _find(_events(coder, "Burmese troops captured a rebel stronghold on the Thai border."), "captured")
    assert "THA" not in [a.country for a in event.target]


@pytest.mark.issue(3)
@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The United States launched an air strike against an Islamic State target southwest of Baghdad.", "strike",
     "IMGMUSISI"),
    ("Israeli jets struck Hezbollah positions east of Beirut on Sunday.", "struck", "LBNREBHZB"),
])
def test_code_a_place_beside_a_compass_point_is_no_target(coder: Coder, text: str, trigger: str, target: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.target] == [target]


def test_code_the_owner_of_an_ally_is_not_the_ally(coder: Coder) -> None:
    event = _find(_events(coder, "Rebels killed a commander of Israel's militia ally in southern Lebanon."), "killed")
    assert [a.country for a in event.target] == ["LBN"]


def test_code_conjoined_event_nouns_share_the_light_verb(coder: Coder) -> None:
    text = "Government forces launched artillery, mortar, and rocket fire against the rebels in the north."
    event = _find(_events(coder, text), "fire")
    assert [a.sector for a in event.source] == ["MIL"]
    assert [a.sector for a in event.target] == ["REB"]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The Kenyan government imposed a nationwide curfew on Monday.", "curfew", "KEN"),
    ("The Thai army declared martial law on Tuesday.", "law", "THA"),
])
def test_code_domestic_measure_targets_the_own_country(coder: Coder, text: str, trigger: str, target: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.target] == [target]


def test_code_country_name_tagged_as_a_person_is_still_the_country(coder: Coder) -> None:
    events = _events(coder, "Sri Lanka has established diplomatic ties with Iran, the foreign ministry said.")
    assert "LKA" in [a.code for e in events for a in e.source]


def test_code_claim_of_responsibility_names_the_attacker(coder: Coder) -> None:
    events = _events(coder, "Al-Shabab claimed responsibility for an attack on a hotel in Mogadishu.")
    claim, attack = _find(events, "claimed"), _find(events, "attack")
    assert claim.cameo.code == "015"
    assert [a.code for a in claim.source] == ["SOMREB"]  # a hyphenated name: "Al - Shabab"
    assert [a.code for a in attack.source] == ["SOMREB"]
    assert [a.code for a in attack.target] == ["SOM"]  # where the attack hit
    assert [a.code for a in claim.target] == ["SOM"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("France sent troops to Mali.", "FRA", "MLI"),  # the troops are France's own, Mali the destination
    ("Kenyan police were deployed in Mombasa on Sunday.", "KENCOP", None),  # the deployed forces mobilize
    ("India mobilized troops against Pakistan.", "IND", "PAK"),
])
def test_code_mobilized_forces_are_the_source_side(coder: Coder, text: str, source: str,
                                                   target: str | None) -> None:
    event = next(e for e in _events(coder, text) if e.cameo.root == "15")
    assert [a.code for a in event.source] == [source]
    assert [a.code for a in event.target] == ([target] if target else [])


def test_code_country_name_is_no_person_but_jordan_may_be(coder: Coder) -> None:
    assert [a.code for e in _events(coder, "Mali expelled the French ambassador.") for a in e.source] == ["MLI"]
    event = _find(_events(coder, "Michael Jordan met Obama."), "met")
    assert not [a for a in event.source if a.code == "JOR"]


@pytest.mark.parametrize(("text", "trigger", "code", "source"), [
    ("Dock workers went on strike in Mombasa on Monday.", "went", "143", "KENLAB"),  # a big city places the workers
    ("Teachers staged a strike over unpaid wages.", "staged", "143", "---EDU"),
    ("Hundreds of students took to the streets of Dhaka on Monday.", "took", "141", "BGDEDU"),
    ("Farmers gathered outside parliament to protest the new tax.", "protest", "141", "---AGR"),
    ("Thousands of nurses converged on the capital for a rally against the pay freeze.", "rally", "141", "---HLH"),
    ("Thousands marched through Caracas on Sunday.", "marched", "141", "VENCVL"),
])
def test_code_protest_idioms_and_crowds(coder: Coder, text: str, trigger: str, code: str, source: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert event.cameo.code == code
    assert event.modality is Modality.ASSERTED
    assert [a.code for a in event.source] == [source]


def test_code_hunger_strike_keeps_the_two_word_noun(coder: Coder) -> None:
    event = _find(_events(coder, "Kurdish prisoners in Turkey went on hunger strike."), "strike")
    assert event.cameo.code == "142"


def test_code_bare_participle_after_a_passive_is_passive(coder: Coder) -> None:
    events = _events(coder, "Six soldiers were killed and dozens wounded when rebels attacked the convoy.")
    wounded = [e for e in events if e.trigger.text == "wounded"]
    assert wounded
    assert all(a.text != "dozens" for e in wounded for a in e.source)
    assert [a.text for e in wounded for a in e.target] == ["dozens"]  # the wounded, not the wounders


def test_code_weather_casualties_are_no_event(coder: Coder) -> None:
    text = "Dozens of villagers were injured in Assam after torrential rain washed away their homes."
    assert not [e for e in _events(coder, text) if e.cameo.root == "18"]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Thousands of Nigerians protested in Lagos.", "protested", "NGACVL"),  # counted nationals are people
    ("Bosnian Serbs demanded a truce.", "demanded", "BIHCVL"),  # the parser calls them a person
    ("Israelis and Palestinians resumed talks in Cairo.", "resumed", "ISR"),  # the two sides, not civilians
    ("Ousted President Kurmanbek Bakiyev of Kyrgyzstan condemned the vote.", "condemned", "KGZELI"),
])
def test_code_nationals_and_former_office(coder: Coder, text: str, trigger: str, source: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.source][:1] == [source]


def test_code_first_person_in_a_quote_is_the_speaker(coder: Coder) -> None:
    text = '"We are asking Washington to help us with arms," said Venezuelan army captain Ramon Quintero.'
    events = _events(coder, text)
    asking, helping = _find(events, "asking"), _find(events, "help")
    assert [a.code for a in asking.source] == ["VENMIL"]
    assert [a.code for a in helping.target] == ["VENMIL"]


def test_code_the_us_in_a_quote_is_the_country_not_the_speaker(coder: Coder) -> None:
    text = '"We are making a request to the US to support us," said Venezuelan army captain Ramon Quintero.'
    event = _find(_events(coder, text), "request")
    assert [a.code for a in event.source] == ["VENMIL"]
    assert [a.code for a in event.target] == ["USA"]


def test_code_our_country_in_a_quote_is_the_speakers_country(coder: Coder) -> None:
    text = '"Foreign troops will never occupy our land," the Malian president said.'
    event = _find(_events(coder, text), "occupy")
    assert [(a.code, a.text) for a in event.target] == [("MLI", "our land")]


def test_code_what_must_not_happen_is_no_refusal(coder: Coder) -> None:
    events = _events(coder, '"We must not allow refugees to drown at sea," the bishop of Hamburg said.')
    assert not [e for e in events if e.cameo.root == "12" and e.modality is Modality.ASSERTED]


def test_code_resignation_is_a_retreat_and_titles_may_be_abbreviated(coder: Coder) -> None:
    event = _find(_events(coder, "Lt. Gen. Prosper Avril of Haiti resigned on Monday."), "resigned")
    assert (event.cameo.code, event.cameo.plover_type, event.cameo.plover_mode) == ("0831", "RETREAT", "resign")
    assert [a.code for a in event.source] == ["HTIMIL"]


def test_code_hyphenated_protest_nouns(coder: Coder) -> None:
    event = _find(_events(coder, "Hundreds of nurses staged a sit-in outside the health ministry."), "sit-in")
    assert event.cameo.code == "141"
    assert [a.sector for a in event.source] == ["HLH"]


def test_code_the_one_asked_for_something_is_the_target(coder: Coder) -> None:
    event = _find(_events(coder, "The rebels asked Washington for weapons."), "asked")
    assert [a.code for a in event.target] == ["USAGOV"]


def test_code_the_two_leaders_are_the_last_two_people_named(coder: Coder) -> None:
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping. The two leaders signed a trade pact."
    signed = [e for e in _events(coder, text) if e.trigger.text == "signed"]
    assert {(e.source[0].code, e.target[0].code) for e in signed} == {("RUSGOV", "CHNGOV"), ("CHNGOV", "RUSGOV")}
    assert all(e.source[0].text == "two leaders" for e in signed)


@pytest.mark.parametrize(("text", "code"), [
    ("Iran vowed to retaliate against Israel.", "1384"),  # a vow of force is a threat
    ("The EU pledged to impose sanctions on Russia.", "1312"),
    ("Japan pledged to provide aid to Haiti.", "033"),  # a pledge of aid stays an intent
])
def test_code_vows_of_force_are_threats(coder: Coder, text: str, code: str) -> None:
    assert code in {e.cameo.code for e in _events(coder, text) if e.modality is Modality.ASSERTED}


def test_code_agreeing_to_postpone_a_protest_is_no_threat(coder: Coder) -> None:
    events = _events(coder, "Opposition leaders agreed to postpone the demonstration in Baku.")
    assert not [e for e in events if e.cameo.root == "13"]


@pytest.mark.issue(3)
@pytest.mark.parametrize(("text", "source"), [
    ("Doctors Without Borders condemned the air strike on the hospital.", "NGOMSF"),  # a name with a preposition
    ("Malaysia Airlines condemned the attack on its plane.", "MYSBUS"),  # the company, not its passengers
])
def test_code_organisation_names(coder: Coder, text: str, source: str) -> None:
    assert [a.code for a in _find(_events(coder, text), "condemned").source] == [source]


@pytest.mark.issue(3)
@pytest.mark.parametrize(("text", "trigger", "code", "sides"), [
    ("Clashes between Kenyan troops and Somali militants erupted near the border.", "Clashes", "190",
     {"KENMIL", "SOMREB"}),  # police and protesters: test_coding_e2e_violence.py
    ("Talks between Israel and Hamas resumed in Cairo on Monday.", "Talks", "046", {"ISR", "PSEREBHMS"}),
    ("A ceasefire between Armenia and Azerbaijan took effect on Sunday.", "ceasefire", "0871", {"ARM", "AZE"}),
    ("Fighting between Sudan's army and the Rapid Support Forces killed 30 people.", "Fighting", "190",
     {"SDNMIL", "SDNREB"}),  # the RSF is a named paramilitary (organizations.tsv)
])
def test_code_between_x_and_y_names_both_sides(coder: Coder, text: str, trigger: str, code: str,
                                               sides: set[str]) -> None:
    events = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert {e.cameo.code for e in events} == {code}
    assert {a.code for e in events for a in e.source} == sides
    assert all(e.source != e.target for e in events)


def test_code_mediation_between_x_and_y_keeps_the_mediator(coder: Coder) -> None:
    event = _find(_events(coder, "Qatar launched a mediation effort between Israel and Hamas."), "effort")
    assert [a.code for a in event.source] == ["QAT"]


@pytest.mark.issue(3)
def test_code_ones_counterpart_from_another_country_is_a_target(coder: Coder) -> None:
    event = _find(_events(coder, "Kenya's president met his Ugandan counterpart in Kampala on Monday."), "met")
    assert [a.code for a in event.target] == ["UGAGOV"]


@pytest.mark.issue(3)
def test_code_a_counterpart_is_of_the_other_side(coder: Coder) -> None:
    text = "Chilean President Gabriel Boric arrived in Lima on Sunday. Boric met his counterpart on Monday."
    event = _find(_events(coder, text), "met")
    assert [a.code for a in event.source] == ["CHLGOV"]
    assert [a.country for a in event.target] != ["CHL"]


def test_code_counterpart_with_a_possessive_is_the_other_side(coder: Coder) -> None:
    event = _find(_events(coder, "The Kenyan president telephoned his Tanzanian counterpart."), "telephoned")
    assert [a.code for a in event.target] == ["TZAGOV"]


def test_code_owners_coordinated_in_an_of_phrase_are_two_actors(coder: Coder) -> None:
    events = _events(coder, "The foreign ministers of India and Japan praised the agreement.")
    assert {a.code for e in events for a in e.source} == {"INDGOV", "JPNGOV"}


def test_code_resignation_of_someone_is_theirs(coder: Coder) -> None:
    event = _find(_events(coder, "The resignation of the Malian prime minister was announced."), "resignation")
    assert [a.code for a in event.source] == ["MLIGOV"]


def test_code_person_name_ending_like_an_acronym_is_the_person(coder: Coder) -> None:
    event = _find(_events(coder, "Kim Jong Un met the South Korean president."), "met")
    assert [a.code for a in event.source] == ["PRKGOV"]


def test_code_subject_parsed_as_the_datelines_apposition(coder: Coder) -> None:
    event = _find(_events(coder, "NAIROBI, May 3 (Wire) - The transport union demanded higher pay."), "demanded")
    assert [a.sector for a in event.source] == ["LAB"]


def test_code_capitalised_plural_agent_after_a_dateline(coder: Coder) -> None:
    event = _find(_events(coder, "LIMA, May 3 (Wire) - Demonstrators blocked a highway, police said."), "blocked")
    assert [a.code for a in event.source] == ["PEROPP"]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Students in Porto Alegre staged a protest on Friday.", "protest", "BRAEDU"),
    ("QUITO, May 3 (Wire) - The army threatened to impose a curfew.", "threatened", "ECUMIL"),
])
def test_code_actor_of_unknown_country_takes_the_events_place(coder: Coder, text: str, trigger: str,
                                                               source: str) -> None:
    assert [a.code for a in _find(_events(coder, text), trigger).source] == [source]


def test_code_what_an_accusation_alleges_is_the_accused_partys_claimed_act(coder: Coder) -> None:
    events = _events(coder, "Chad accused Sudanese troops of shelling and burning border villages.")
    assert _find(events, "accused").cameo.code == "1123"
    for trigger in ("shelling", "burning"):
        alleged = [e for e in events if e.trigger.text == trigger]
        assert all(e.modality is Modality.HYPOTHETICAL for e in alleged)
    shelling = _find(events, "shelling")
    assert [a.code for a in shelling.source] == ["SDNMIL"]


def test_code_criticism_for_an_act_keeps_the_act_asserted(coder: Coder) -> None:
    events = _events(coder, "Egypt condemned Israeli troops for shelling Rafah.")
    assert _find(events, "shelling").modality is Modality.ASSERTED


def test_code_coordinated_specific_demand_replaces_the_generic_appeal(coder: Coder) -> None:
    events = _events(coder, "The United Nations appealed for calm and demanded the release of the hostages.")
    demand = _find(events, "demanded")
    assert (demand.cameo.code, demand.modality) == ("1053", Modality.ASSERTED)
    assert not [e for e in events if e.cameo.code == "020"]


def test_code_event_noun_kind_is_no_actor_and_its_participles_agent_is(coder: Coder) -> None:
    event = _find(_events(coder, "A general strike organised by the unions paralysed Lagos."), "strike")
    assert [a.sector for a in event.source] == ["LAB"]


def test_code_pronoun_for_the_source_is_not_its_target(coder: Coder) -> None:
    event = _find(_events(coder, "Japan warned it would impose tariffs unless Korea lifted its ban."), "warned")
    assert [a.code for a in event.target] == ["KOR"]


def test_code_lexicon_preposition_on_the_object_noun_gives_the_target(coder: Coder) -> None:
    event = _find(_events(coder, "Ukraine filed a case against Russia at the International Court of Justice."),
                  "filed")
    assert (event.cameo.code, [a.code for a in event.target]) == ("115", ["RUS"])


@pytest.mark.issue(3)
def test_code_a_verb_coordinated_with_a_passive_shares_its_subject(coder: Coder) -> None:
    events = _events(coder, "Montenegro's prime minister has been indicted by the UN war crimes court and will "
                            "resign.")
    assert {a.code for e in events if e.trigger.text == "resign" for a in e.source} == {"MNEGOV"}


@pytest.mark.issue(3)
def test_code_armed_with_describes_equipment_not_aid(coder: Coder) -> None:
    events = _events(coder, "A camp was attacked by militiamen armed with machetes.")
    assert not [e for e in events if e.cameo.root == "07"]
    assert _find(_events(coder, "Iran armed the Houthis with missiles."), "armed").cameo.code == "072"


@pytest.mark.issue(3)
def test_code_the_terms_of_an_agreement_are_no_events_of_their_own(coder: Coder) -> None:
    events = _events(coder, "Sudan and Chad signed a treaty of friendship and military cooperation.")
    assert {e.cameo.code for e in events} == {"057"}


@pytest.mark.issue(3)
def test_code_a_people_misparsed_with_an_apposition_is_no_person(coder: Coder) -> None:
    text = ("Russia closed its borders because of fighting between Azerbaijanis and Armenians, an editor at an "
            "Armenian news agency said.")
    events = [e for e in _events(coder, text) if e.trigger.text == "fighting"]
    assert {a.code for e in events for a in e.source} == {"AZE", "ARM"}


@pytest.mark.issue(3)
def test_code_an_intent_read_off_a_verb_and_its_object_noun_is_one_intent(coder: Coder) -> None:
    text = "The United Nations will provide 25,000 tons of emergency food aid to refugees in Liberia."
    intents = [e for e in _events(coder, text) if e.modality is Modality.ASSERTED]
    assert [e.cameo.code for e in intents] == ["0333"]


def test_code_a_demand_in_a_saying_participle_is_the_clause_subjects(coder: Coder) -> None:
    events = _events(coder, "Kyiv rejected the offer, saying Moscow must first withdraw its troops.")
    demand = [e for e in events if e.cameo.code == "1056"]
    assert [([a.code for a in e.source], [a.code for a in e.target]) for e in demand] == [(["UKRGOV"], ["RUSGOV"])]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # the act's own word or family, sentences before
    ("Turkish jets bombed Kurdish militant positions in northern Iraq on Friday. Baghdad condemned the raids.",
     "condemned", ["TURMIL"]),
    ("Police arrested ten protesters in Nairobi on Monday. The opposition condemned the arrests.",
     "condemned", ["KENCOP"]),
    # a generic noun: the latest deed told before
    ("Taliban authorities barred women from working for UN agencies. The United States condemned the decision.",
     "condemned", ["AFGREBTAL"]),
])
def test_code_a_reaction_to_an_act_told_before_targets_its_doer(coder: Coder, text: str, trigger: str,
                                                                target: list[str]) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.target] == target


@pytest.mark.parametrize("text", [
    # the act is told right there, or its doer is named
    "Police arrested ten protesters on Monday. Rights groups criticised the decision to ban the march.",
    "Police arrested ten protesters on Monday. Rights groups criticised Kenya's decision.",
    # an agreement is no reaction to the one before
    "Italy and Libya agreed on a migration plan. Their prime ministers signed the deal in Tripoli.",
])
def test_code_no_reaction_target_where_the_text_tells_the_act(coder: Coder, text: str) -> None:
    events = [e for e in _events(coder, text) if e.sentence == 1]
    assert events
    assert all(not any(a.code.endswith("COP") or a.code in {"ITA", "LBY"} for a in e.target) for e in events)
