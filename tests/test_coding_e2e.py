"""End to end with the real spaCy pipeline: sentences we wrote, one per behaviour."""

from __future__ import annotations

import pytest
from tests.coded import dyads_of, events_of, find_event

from tacitus.pipeline import Coder
from tacitus.records import Modality

# One sentence per CAMEO root: (sentence, trigger text, root, source code or None, target code or None).
ROOT_CASES = [
    ("Hamas claimed responsibility for the rocket attack.", "claimed", "01", "PSEREBHMS", None),
    ("The opposition appealed to the United Nations for humanitarian aid.", "appealed", "02", None, "IGOUNO"),
    ("Germany pledged to provide military aid to Ukraine.", "pledged", "03", "DEU", None),
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.", "met", "04", "RUSGOV",
     "CHNGOV"),
    ("France praised Germany for its leadership.", "praised", "05", "FRA", "DEU"),
    ("Japan and India cooperated on maritime security.", "cooperated", "06", "JPN", "IND"),
    ("The United States provided military aid to Ukraine.", "aid", "07", "USA", "UKR"),
    ("Israel released fifty Palestinian prisoners.", "released", "08", "ISR", "PSE"),
    ("The United Nations investigated Sudan over the killings.", "investigated", "09", "IGOUNO", "SDN"),
    ("Kenyan students demanded the resignation of the education minister.", "demanded", "10", "KENEDU", None),
    ("China criticized Japan over the island dispute.", "criticized", "11", "CHN", "JPN"),
    ("India rejected the proposal from Pakistan.", "rejected", "12", "IND", None),
    ("North Korea threatened South Korea with military action.", "threatened", "13", "PRK", "KOR"),
    ("Students protested against the Kenyan government in Nairobi.", "protested", "14", None, "KENGOV"),
    ("Russia deployed troops along the Ukrainian border.", "deployed", "15", "RUS", None),
    ("The European Union imposed sanctions on Belarus.", "sanctions", "16", "IGOEUREEC", "BLR"),
    ("Kenyan police arrested ten protesters in Nairobi.", "arrested", "17", "KENCOP", None),
    ("Gunmen shot dead three Nigerian soldiers near Maiduguri.", "shot", "18", None, "NGAMIL"),
    ("Israeli troops clashed with Palestinian militants in Gaza.", "clashed", "19", "ISRMIL", None),
    ("The militia massacred hundreds of Sudanese villagers.", "massacred", "20", None, None),
]


_events = events_of
_find = find_event
_codes = dyads_of


@pytest.mark.parametrize(("text", "trigger", "root", "source", "target"), ROOT_CASES,
                         ids=[c[2] for c in ROOT_CASES])
def test_code_every_cameo_root(coder: Coder, text: str, trigger: str, root: str, source: str | None,
                               target: str | None) -> None:
    event = _find(_events(coder, text), trigger)
    assert event.cameo.root == root
    assert event.modality is Modality.ASSERTED
    if source:
        assert source in [a.code for a in event.source]
    if target:
        assert target in [a.code for a in event.target]
    assert (event.cameo.plover_type is None) == (root == "01")


def test_code_passive_voice_swaps_roles(coder: Coder) -> None:
    event = _find(_events(coder, "Ten Kenyan protesters were arrested by police in Nairobi."), "arrested")
    assert event.cameo.root == "17"
    assert [a.sector for a in event.source] == ["COP"]
    assert [a.country for a in event.target] == ["KEN"]


def test_code_negation_is_not_asserted(coder: Coder) -> None:
    event = _find(_events(coder, "Russia did not attack Ukraine."), "attack")
    assert event.modality is Modality.NEGATED


def test_code_negated_desire_gives_no_asserted_invasion(coder: Coder) -> None:
    text = ('"We do not want a foreign government to invade our country," the Venezuelan army defector said.')
    events = _events(coder, text)
    assert not [e for e in events if e.cameo.root in {"18", "19", "20"} and e.modality is Modality.ASSERTED]


def test_code_want_x_to_give_is_an_appeal_to_x(coder: Coder) -> None:
    text = "Venezuelan army defectors want the United States to give them arms."
    events = _events(coder, text)
    appeal = _find(events, "want")
    assert appeal.cameo.root == "02"
    assert appeal.modality is Modality.ASSERTED
    assert [a.code for a in appeal.source] == ["VENMIL"]
    assert [a.code for a in appeal.target] == ["USA"]
    assert all(e.modality is not Modality.ASSERTED for e in events if e.cameo.root == "07")


def test_code_compound_actor(coder: Coder) -> None:
    event = _find(_events(coder, "Brazil and Argentina condemned Venezuela."), "condemned")
    assert [a.code for a in event.source] == ["BRA", "ARG"]
    assert [a.code for a in event.target] == ["VEN"]


def test_code_reciprocal_actors_without_target(coder: Coder) -> None:
    events = [e for e in _events(coder, "Jordan and Britain signed a defence agreement.") if e.cameo.root == "05"]
    dyads = {(e.source[0].code, e.target[0].code) for e in events}
    assert dyads == {("JOR", "GBR"), ("GBR", "JOR")}


def test_code_attribution_according_to(coder: Coder) -> None:
    text = "According to a report by the state news agency, rebels attacked a police station in Goma."
    event = _find(_events(coder, text), "attacked")
    assert event.attribution.according_to == "state news agency"


def test_code_attribution_speaker(coder: Coder) -> None:
    event = _find(_events(coder, "Rebels attacked an army base in Mali, the defence ministry said."), "attacked")
    assert event.attribution.speaker is not None
    assert event.attribution.speaker.sector == "GOV"


def test_code_person_resolved_across_sentences(coder: Coder) -> None:
    text = ("Venezuelan President Nicolas Maduro arrived in Havana on Monday. "
            "Maduro praised Cuba for its support. Later the president criticized Colombia.")
    events = _events(coder, text)
    praise = _find(events, "praised")
    assert [(a.code, a.name) for a in praise.source] == [("VENGOV", "Nicolas Maduro")]
    criticism = _find(events, "criticized")
    assert [a.code for a in criticism.source] == ["VENGOV"]


def test_code_event_records_evidence_and_offsets(coder: Coder) -> None:
    text = "Background paragraph. Israel released fifty Palestinian prisoners."
    event = _find(_events(coder, text), "released")
    assert text[event.trigger.start:event.trigger.end] == event.trigger.text
    for actor in (*event.source, *event.target):
        assert text[actor.start:actor.end] == actor.text
    assert event.sentence == 1
    assert event.sentence_text == "Israel released fifty Palestinian prisoners."
    assert event.evidence
    assert event.event_id == f"t:1:{event.trigger.start}"


def test_code_sports_sense_is_discarded(coder: Coder) -> None:
    text = "Brazil attacked Argentina in the second half and the striker scored a late goal in the match."
    assert not [e for e in _events(coder, text) if e.cameo.root == "18"]




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an announced cooperative act is an asserted intent (CAMEO 03), the act itself only future
        ("Germany will provide military aid to Ukraine.", ("0332", "DEU", "UKR")),
        # an announced attack is an asserted threat (CAMEO 13)
        ("Israel will attack Iran.", ("1384", "ISR", "IRN")),
        # "urged X to release" is an appeal for a release (CAMEO 0253), with X as target
        ("The United Nations urged Israel to release the Palestinian prisoners.", ("0253", "IGOUNO", "ISR")),
        # "refused to release" is a refusal to yield (CAMEO 1243)
        ("Israel refused to release the Palestinian prisoners.", ("1243", "ISR", "PSE")),
        # "X said Y must ..." is a demand on Y
        ("The British foreign minister said that Libya must hand over the suspects.", ("1053", "GBRGOV", "LBY")),
        # "said it would": the pronoun is the speaker, "would" is a future in the past
        ("Syria said it would withdraw its troops from Lebanon.", ("0356", "SYR", "LBN")),
    ],
)
def test_code_implied_frames(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(_events(coder, text))


def test_code_talks_with_are_mutual(coder: Coder) -> None:
    codes = _codes(_events(coder, "The Russian foreign minister held talks with Chinese officials in Beijing."))
    assert {("046", "RUSGOV", "CHNGOV"), ("046", "CHNGOV", "RUSGOV")} <= codes


def test_code_group_of_a_country_and_quantities(coder: Coder) -> None:
    event = _find(_events(coder, "Thousands of Iraqi Kurds demonstrated against the government in Kirkuk."),
                  "demonstrated")
    assert [a.code for a in event.source] == ["IRQCVL"]


def test_code_parties_yielding_to_each_other_are_reciprocal(coder: Coder) -> None:
    events = [e for e in _events(coder, "Ethiopia and Eritrea agreed to reopen their border crossings.")
              if e.cameo.root == "08"]
    assert {(e.source[0].code, e.target[0].code) for e in events} == {("ETH", "ERI"), ("ERI", "ETH")}


@pytest.mark.parametrize("text", ["The US and Britain condemned the decision.",
                                  "Russia and China vetoed the resolution."])
def test_code_actors_doing_one_act_side_by_side_are_not_each_others_targets(coder: Coder, text: str) -> None:
    events = _events(coder, text)
    assert events
    assert all(not e.target for e in events)
    assert all(len(e.source) == 2 for e in events)


def test_code_list_parsed_as_apposition_is_reciprocal(coder: Coder) -> None:
    codes = _codes(_events(coder, "The US, Russia, and Switzerland met yesterday."))
    assert {c[1:] for c in codes if c[0] == "040"} == {
        ("USA", "RUS"), ("USA", "CHE"), ("RUS", "USA"), ("RUS", "CHE"), ("CHE", "USA"), ("CHE", "RUS")}


def test_code_protest_target_from_purpose(coder: Coder) -> None:
    text = "Students staged a hunger strike to demand the resignation of the Algerian president."
    event = _find(_events(coder, text), "strike")
    assert [a.code for a in event.target] == ["DZAGOV"]


def test_code_coordinated_demonyms_are_two_actors(coder: Coder) -> None:
    codes = _codes(_events(coder, "Indian and Pakistani troops clashed along the border on Sunday."))
    assert {(c[1], c[2]) for c in codes if c[0].startswith("19")} == {("INDMIL", "PAKMIL"), ("PAKMIL", "INDMIL")}
    names = {(a.code, a.name) for e in _events(coder, "Indian and Pakistani troops clashed.") for a in e.source}
    assert names == {("INDMIL", "India"), ("PAKMIL", "Pakistan")}


def test_code_protest_by_coordinated_nationals_targets_the_host_country(coder: Coder) -> None:
    event = _find(_events(coder, "French and German activists staged a protest in Moscow on Friday."), "protest")
    assert [a.code for a in event.source] == ["FRAOPP", "DEUOPP"]
    assert [a.code for a in event.target] == ["RUS"]


def test_code_countryless_actor_takes_the_sentence_country(coder: Coder) -> None:
    event = _find(_events(coder, "The Peruvian government rejected demands from rebels for a ceasefire."),
                  "rejected")
    assert [a.code for a in event.target] == ["PERREB"]


def test_code_missiles_are_heavy_weapons(coder: Coder) -> None:
    event = _find(_events(coder, "Syrian rebels fired rockets at the Turkish army."), "fired")
    assert (event.cameo.code, [a.code for a in event.target]) == ("194", ["TURMIL"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim that another used force accuses it
        ("Russia claimed that Georgian troops had shelled the town.", ("112", "RUS", "GEOMIL")),
        # a claim of one's own attack claims responsibility for it
        ("The rebels claimed that they had attacked the Nigerian army.", ("015", "NGAREB", "NGAMIL")),
    ],
)
def test_code_claims_of_force(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(_events(coder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat is aimed at whoever must meet its condition
        ("Iran threatened to quit the talks if France imposes new sanctions.", ("134", "IRN", "FRA")),
        # an announced cooperative act with an "unless" condition is an ultimatum, a threat
        ("Kenya said it will withdraw its troops from Somalia unless the fighting stops.", ("130", "KEN", "SOM")),
    ],
)
def test_code_conditional_threats(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(_events(coder, text))


def test_code_lifting_a_curfew_is_a_concession(coder: Coder) -> None:
    event = _find(_events(coder, "The government of Chad lifted the curfew in the capital."), "lifted")
    assert (event.cameo.code, event.cameo.plover_type) == ("0813", "CONCEDE")


def test_code_consequence_clause_is_the_same_assault(coder: Coder) -> None:
    events = _events(coder, "Sudanese rebels shelled the town of Juba on Sunday, killing ten people.")
    assert [e.trigger.text for e in events if e.modality is Modality.ASSERTED] == ["shelled"]


def test_code_raid_with_arrests_keeps_the_arrest(coder: Coder) -> None:
    events = _events(coder, "Police raided the house and arrested five men.")
    assert {e.cameo.code for e in events} >= {"173"}


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # an ethnic group is coded with the country it lives in, not its namesake
        ("Serbian police arrested ten ethnic Albanians in southern Serbia.", "arrested", "SRBCOP", "SRBCVL"),
        # an organisation's officer is the organisation's actor
        ("Arab League Secretary-General Amr Moussa condemned the attack on Iraq.", "condemned", "IGOARBARL", None),
        # the thing complained about names the target; the addressee only hears the complaint
        ("Lebanon complained to the United Nations over Israeli air raids.", "complained", "LBN", "ISR"),
        # "demand that X do Y": X is the target, not the owner of Y's object
        ("Egypt demanded that Israel respect the European Union's proposal.", "demanded", "EGY", "ISR"),
        # a light verb whose event noun hangs on "in": its subject and its own object are the actors
        ("Syrian rebels engaged Filipino peacekeepers in a firefight.", "firefight", "SYRREB", "PHLMIL"),
        # an ally or backer named in a hyphenated modifier is not the actor
        ("Al-Qaeda-linked rebels kidnapped two peacekeepers.", "kidnapped", "---REB", "---MIL"),
        ("Pro-Russia rebels shelled the airport.", "shelled", "---REB", None),
        ("Russian-backed separatists shelled a Ukrainian village.", "shelled", "UKRREB", "UKR"),
        # "Saudi-led" is the actor itself
        ("Saudi-led forces bombed a Yemeni port.", "bombed", "SAUMIL", "YEM"),
        # "up to" a number: the parser hangs the object on the particle
        ("Afghan rebels have kidnapped up to 16 Russian engineers.", "kidnapped", "AFGREB", "RUS"),
        # a clause the parser hangs on a noun as a participle still has its subject
        ("The Saudi-led coalition bombed Hodeidah.", "bombed", "SAU", None),
        # a people placed in another country belongs to it
        ("The Albanians of southern Serbia demanded autonomy from Serbian authorities.", "demanded", "SRBCVL",
         "SRBGOV"),
        # a name with an untitled office of an organisation is the organisation's
        ("Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded a ceasefire.", "demanded",
         "IGOUNO", None),
    ],
)
def test_code_actor_roles(coder: Coder, text: str, trigger: str, source: str | None, target: str | None) -> None:
    event = _find(_events(coder, text), trigger)
    if source:
        assert [a.code for a in event.source][:1] == [source]
    else:
        assert all(a.sector != "COP" for a in event.source)
    if target:
        assert [a.code for a in event.target][:1] == [target]


def test_code_modifier_is_not_a_target(coder: Coder) -> None:
    events = _events(coder, "Jordan and Britain agreed to hold joint military exercises.")
    assert {(a.code, b.code) for e in events for a in e.source for b in e.target} >= {("JOR", "GBR")}


def test_code_pronoun_before_the_reporting_verb_is_not_the_speaker(coder: Coder) -> None:
    # "they" are the gunmen, not the police who report it
    events = _events(coder, "Two Iraqi gunmen killed five people when they attacked a market in Basra, police said.")
    assert not [e for e in events if any(a.sector == "COP" for a in e.source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object's kind decides the sense: "food supplies" are humanitarian aid, "observers" inspectors
        ("The United Nations reduced food supplies to refugees in Chad.", "1623"),
        ("Georgia received a mission of observers from the OSCE.", "0862"),
    ],
)
def test_code_object_kind_chooses_the_sense(coder: Coder, text: str, expected: str) -> None:
    assert expected in {e.cameo.code for e in _events(coder, text)}


def test_code_reported_conditional_promise_is_an_intent(coder: Coder) -> None:
    text = "Afghan rebel leaders said they would meet the Pakistani president if he gave them guarantees."
    assert ("036", "AFGREB", "PAKGOV") in _codes(_events(coder, text))


def test_code_owned_vehicles_and_movements_are_their_owners(coder: Coder) -> None:
    events = _events(coder, "British aircraft bombed the Islamic Jihad movement in Gaza.")
    event = _find(events, "bombed")
    assert ([a.code for a in event.source], [a.code for a in event.target]) == (["GBR"], ["PSEREBPIJ"])


def test_code_background_participle_is_less_confident_than_the_news(coder: Coder) -> None:
    text = "Houthi rebels attacked tribesmen backed by the Saudi army in Yemen."
    events = _events(coder, text)
    assert _find(events, "attacked").confidence > _find(events, "backed").confidence


def test_code_claimed_event_outranks_the_accusation(coder: Coder) -> None:
    events = _events(coder, "Kenya claimed that Somali militants had attacked Ethiopian soldiers.")
    assert _find(events, "attacked").confidence > _find(events, "claimed").confidence


def test_code_lead_sentence_is_more_confident(coder: Coder) -> None:
    events = _events(coder, "Israeli troops attacked Gaza. Egyptian police attacked Rafah.")
    assert events[0].confidence > events[1].confidence


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a demand noun's clause names who must act
        ("The International Labour Organization reiterated its demand that Israel lift the closure.", "demand", "ISR"),
        # what is appealed for is aimed at someone: "sanctions against Nigeria"
        ("The archbishop called for sanctions against Nigeria.", "called", "NGA"),
        # a country-less thing ("intelligence") yields to the named recipient
        ("The United States is providing military intelligence to Macedonia.", "providing", "MKD"),
    ],
)
def test_code_targets_of_requests_and_provisions(coder: Coder, text: str, trigger: str, target: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.target][:1] == [target]


def test_code_speech_verb_carries_no_noun_through_a_preposition(coder: Coder) -> None:
    events = _events(coder, "He reiterated, on the charges of fraud, that the vote was fair.")
    assert not [e for e in events if any("light verb 'reiterated'" in why for why in e.evidence)]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The French president faces pressure from parliament to help Mali.", "pressure", ("100", "FRALEG", "FRAGOV")),
        ("Kenya received an appeal from Somalia.", "appeal", ("020", "SOM", "KEN")),
        ("The Nigerian convoy came under attack from Sudanese rebels.", "attack", ("180", "SDNREB", "NGA")),
    ],
)
def test_code_recipient_light_verbs_reverse_roles(coder: Coder, text: str, trigger: str,
                                                  expected: tuple[str, str, str]) -> None:
    event = _find(_events(coder, text), trigger)
    assert (event.cameo.code, event.source[0].code, event.target[0].code[:3]) == (
        expected[0], expected[1], expected[2][:3])


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the named place is the "of" object of a common noun
        ("Protesters blocked roads in the capital city of Algiers.", "blocked", "DZA"),
        # a suspension of aid in a place is aimed at that place's country
        ("The Red Cross suspended aid deliveries in Baghdad.", "suspended", "IRQ"),
        # the purpose of force names its target
        ("Egyptian police opened fire to disperse Islamist demonstrators.", "opened", "EGYOPP"),
        # "a camp for refugees": whose camp
        ("A camp for Congolese refugees was attacked by Burundian militiamen.", "attacked", "CODREF"),
        # a faction is an actor with its owner
        ("The United States imposed sanctions on the Taliban faction.", "sanctions", "AFGREBTAL"),
    ],
)
def test_code_targets_through_places_purposes_and_owners(coder: Coder, text: str, trigger: str,
                                                        target: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.target][:1] == [target]


@pytest.mark.parametrize(
    ("text", "trigger", "code", "source", "target"),
    [
        # "reneged on its commitment": the commitment is the content of the refusal, not an event of its own
        ("The Zambian president reneged on his commitment to hold elections.", "reneged", "120", "ZMBGOV", None),
        # a fight in a time phrase with a counterpart is the clause subject's
        ("Iraqi troops retook the town after fierce fighting with Syrian rebels.", "fighting", "190", "IRQMIL",
         "SYRREB"),
        # troops on alert are a show of force
        ("Indian troops remained on alert along the border.", "alert", "152", "INDMIL", None),
        # a threat's place is that of what it threatens
        ("Hezbollah threatened to resume attacks in Israel.", "threatened", "1384", "LBNREBHZB", "ISR"),
    ],
)
def test_code_content_time_and_place_phrases(coder: Coder, text: str, trigger: str, code: str, source: str,
                                             target: str | None) -> None:
    events = _events(coder, text)
    event = _find(events, trigger)
    assert (event.cameo.code, event.source[0].code) == (code, source)
    if target:
        assert event.target[0].code == target
    if trigger == "reneged":
        assert not [e for e in events if e.trigger.text == "commitment"]


def test_code_sympathy_targets_the_country_of_the_mourned_place(coder: Coder) -> None:
    event = _find(_events(coder, "The French president expressed sorrow for the bombing in Kenya."), "expressed")
    assert (event.cameo.code, [a.code for a in event.target]) == ("018", ["KEN"])


def test_code_hosting_is_also_a_visit_by_the_guests(coder: Coder) -> None:
    codes = _codes(_events(coder, "The Egyptian president received ministers from the Jordanian government."))
    assert {("043", "EGYGOV", "JORGOV"), ("042", "JORGOV", "EGYGOV")} <= codes


def test_code_fundamentalists_are_radicals(coder: Coder) -> None:
    event = _find(_events(coder, "Islamic fundamentalists staged a hunger strike against the Algerian president."),
                  "strike")
    assert [a.code for a in event.source] == ["DZARAD"]


def test_code_mediation_effort_between_two_parties(coder: Coder) -> None:
    text = "Qatar's emir launched a mediation effort between Egypt and Sudan."
    event = _find(_events(coder, text), "effort")
    assert (event.cameo.code, [a.code for a in event.target]) == ("045", ["EGY", "SDN"])


def test_code_hurling_grenades_is_violence(coder: Coder) -> None:
    event = _find(_events(coder, "Militants hurled grenades at soldiers guarding the bridge."), "hurled")
    assert (event.cameo.code, event.modality) == ("180", Modality.ASSERTED)


def test_code_swearing_to_fight_is_a_threat(coder: Coder) -> None:
    event = _find([e for e in _events(coder, "The guerrillas swore to fight on in the hills.")
                   if e.modality is Modality.ASSERTED], "fight")
    assert event.cameo.code.startswith("13")


@pytest.mark.parametrize("text", ["A woman had to be airlifted to hospital after a crash on the motorway.",
                                  "Residents were evacuated as the flooding spread.",
                                  "A drone captured footage of the damage in the valley."])
def test_code_rescue_and_filming_in_accidents_are_no_events(coder: Coder, text: str) -> None:
    assert _events(coder, text) == []


def test_code_evacuating_civilians_from_war_is_still_aid(coder: Coder) -> None:
    event = _find(_events(coder, "UN troops evacuated hundreds of civilians from the besieged town."), "evacuated")
    assert event.cameo.code == "073"


def test_code_put_under_investigation_is_an_investigation_of_the_subject(coder: Coder) -> None:
    event = _find(_events(coder, "A German journalist has been put under investigation in Spain."), "investigation")
    assert (event.cameo.code, [a.code for a in event.target]) == ("090", ["DEUMED"])


@pytest.mark.parametrize("text", ["The city council denied permission for the rally.",
                                  "Israel denied entry to a UN envoy."])
def test_code_denying_permission_or_entry_is_a_rejection(coder: Coder, text: str) -> None:
    assert _find(_events(coder, text), "denied").cameo.plover_type == "REJECT"


def test_code_denying_allegations_is_still_a_denial(coder: Coder) -> None:
    assert _find(_events(coder, "Syria denied the allegations."), "denied").cameo.code == "016"


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Militants set off a roadside bomb near an army convoy.", "set off", "1833"),  # the noun refines 183
    ("Suspected rebels triggered two grenade explosions in the market.", "triggered", "183"),
    ("The militia used poison gas against the villagers.", "used", "2041"),
    ("Border guards intercepted twelve suspected militants near the crossing.", "intercepted", "173"),
    ("Rioters set fire on a street in the old town.", "set", "1712")])
def test_code_weapons_and_detentions_named_by_their_object(coder: Coder, text: str, trigger: str, code: str) -> None:
    assert _find(_events(coder, text), trigger).cameo.code == code


def test_code_using_tear_gas_is_no_chemical_weapon(coder: Coder) -> None:
    assert "2041" not in [e.cameo.code for e in _events(coder, "Police used tear gas on the marchers.")]


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Army medics evacuated the injured to a field hospital.", "evacuated", "073"),
    ("Striking truckers blocked transport into the capital on Monday.", "blocked", "144")])
def test_code_verb_sense_by_object(coder: Coder, text: str, trigger: str, code: str) -> None:
    assert _find(_events(coder, text), trigger).cameo.code == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount of money given or pledged is economic aid (CAMEO 071, intent 0331)
        ("Japan will provide $500 million in aid to Ukraine.", ("0331", "JPN", "UKR")),
        ("Germany pledged 200 million euros to Libya.", ("0331", "DEU", "LBY")),
        # a currency counts as money even where the parser tags no amount
        ("The Netherlands will give 300 million euros to Ukraine.", ("0331", "NLD", "UKR")),
        # of two senses that fit, the more specific code: vaccines and supplies are humanitarian aid
        ("UNICEF delivered vaccines and supplies to Yemen.", ("073", "IGOUNOCEF", "YEM")),
        # the object of "to" may be what the sense names: "agreed to a truce" is an intent to de-escalate
        ("Israel agreed to a truce with Hamas.", ("0356", "ISR", "PSEREBHMS")),
        # the infinitive may be what the sense names: "declined to comment" declines comment
        ("The Kremlin declined to comment.", ("011", "RUSGOV", "")),
        # a two-word object noun of the same root refines the verb's code
        ("Seoul deepened military cooperation with Washington.", ("062", "KORGOV", "USAGOV")),
    ],
)
def test_code_objects_that_choose_the_sense(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(_events(coder, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun after "to" is what is agreed to: an exchange of prisoners is a release (intent 0353)
        ("The Houthis agreed to a prisoner exchange with Saudi Arabia.", ("0353", "YEMREB", "SAU")),
        # an infinitive on the object noun: the readiness is for talks (intent to negotiate 036)
        ("Pakistan expressed its readiness to hold talks with India.", ("036", "PAK", "")),
    ],
)
def test_code_intent_refined_by_the_noun_it_embeds(coder: Coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(_events(coder, text))


def test_code_telephone_conversation_noun(coder: Coder) -> None:
    codes = _codes(_events(coder, "President Ruto held a telephone conversation with the Ethiopian prime minister."))
    assert ("041", "KENGOV", "ETHGOV") in codes


def test_code_consultation_by_telephone(coder: Coder) -> None:
    codes = _codes(_events(coder, "Macron spoke by telephone with Putin on Saturday."))
    assert ("041", "FRAGOV", "RUSGOV") in codes


def test_code_meeting_in_neither_country_is_at_a_third_location(coder: Coder) -> None:
    codes = _codes(_events(coder, "The Saudi and Iranian foreign ministers met in Beijing."))
    assert ("044", "SAUGOV", "IRNGOV") in codes


def test_code_meeting_at_home_is_no_third_location(coder: Coder) -> None:
    codes = _codes(_events(coder, "The Saudi foreign minister met his Iranian counterpart in Riyadh."))
    assert {c[0] for c in codes} == {"040"}


def test_code_visit_destination_after_arrived_in(coder: Coder) -> None:
    codes = _codes(_events(coder, "Chinese Premier Li Qiang arrived in Australia for an official visit."))
    assert ("042", "CHNGOV", "AUS") in codes


def test_code_mediation_between_the_object_parties(coder: Coder) -> None:
    codes = _codes(_events(coder, "Turkey brokered a deal between Russia and Ukraine."))
    assert ("045", "TUR", "RUS+UKR") in codes


def test_code_withdrawal_from_a_named_place_is_a_retreat(coder: Coder) -> None:
    assert ("0874", "RUSMIL", "") in _codes(_events(coder, "Russian troops withdrew from the city of Kherson."))


def test_code_vote_to_act_enacts_it(coder: Coder) -> None:
    codes = _codes(_events(coder, "Ethiopia's parliament voted to end the state of emergency."))
    assert "0814" in {c[0] for c in codes}


def test_code_doubled_consonant_participle_finds_its_verb(coder: Coder) -> None:
    assert "0812" in {c[0] for c in _codes(_events(coder, "The government unbanned the opposition party."))}


