"""End to end with the real spaCy pipeline: whose actor a phrase is (country and sector from the phrase, its
sentence and its story), in sentences we wrote, one per behaviour."""

from __future__ import annotations

import pytest
from tests.coded import events_of, find_event

from tacitus.pipeline import Coder
from tacitus.records import Modality

_events = events_of
_find = find_event


def test_code_countryless_sector_takes_an_unlabelled_demonym_of_its_sentence(coder: Coder) -> None:
    event = _find(_events(coder, "Ugandan soldiers detained two journalists covering the election."), "detained")
    assert [a.code for a in event.target] == ["UGAMED"]


def test_code_implicit_police_are_of_the_place_of_the_arrest(coder: Coder) -> None:
    event = _find(_events(coder, "Three opposition lawmakers were arrested in Minsk on Friday."), "arrested")
    assert [a.code for a in event.source] == ["BLRCOP"]


def test_code_a_story_naming_one_state_once_is_that_states(coder: Coder) -> None:
    text = ("Fighting resumed in Sudan's North Kordofan state on Sunday. Residents said rebels shelled the main "
            "market. Aid groups said thousands of people had fled.")
    event = _find(_events(coder, text), "shelled")
    assert [a.code for a in event.source] == ["SDNREB"]


def test_code_a_demonym_that_only_describes_gives_the_story_no_country(coder: Coder) -> None:
    text = ("A crowd gathered at a statue of a Spanish explorer on Saturday. Some demonstrators tried to pull it "
            "down. Police fired tear gas at the demonstrators.")
    event = _find(_events(coder, text), "fired")
    assert [a.code for a in event.source] == ["---COP"]


def test_code_foreign_actors_take_no_country_from_the_context(coder: Coder) -> None:
    event = _find(_events(coder, "Senegal's interior minister criticised foreign media for exaggerating the unrest."),
                  "criticised")
    assert [a.code for a in event.target] == ["---MED"]


def test_code_two_word_title_before_an_untagged_name_makes_a_person(coder: Coder) -> None:
    event = _find(_events(coder, "Senegalese Interior Minister Mamadou Diallo met protest leaders in Dakar."), "met")
    assert [a.code for a in event.source] == ["SENGOV"]


@pytest.mark.parametrize(("text", "trigger", "role", "code"), [
    ("The Egyptian foreign ministry summoned Israel's charge d'affaires on Sunday.", "summoned", "target", "ISRGOV"),
    ("Christian leaders in Egypt condemned the attack.", "condemned", "source", "EGYREL"),
    ("The Kenyan president met protest leaders on Monday.", "met", "target", "KENOPP"),
    ("The army accused the Rapid Support Forces of shelling a market.", "accused", "target", "SDNREB"),
])
def test_code_agent_and_organisation_names(coder: Coder, text: str, trigger: str, role: str, code: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert code in [a.code for a in getattr(event, role)]


def test_code_criticised_event_targets_its_doer(coder: Coder) -> None:
    event = _find(_events(coder, "Tehran condemned the Israeli air strikes on Syria."), "condemned")
    assert [a.code for a in event.target] == ["ISR"]


def test_code_the_destination_of_a_road_is_no_target(coder: Coder) -> None:
    event = _find(_events(coder, "The road to Kabul was blocked by protesters on Monday."), "blocked")
    assert "AFG" not in [a.country for a in event.target]


def test_code_a_win_in_a_qualifier_is_sport(coder: Coder) -> None:
    events = _events(coder, "Brazil beat Argentina 2-0 in a World Cup qualifier.")
    assert not [e for e in events if e.modality is Modality.ASSERTED]


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("EU leaders met in Brussels on Friday. The bloc criticised China over its export curbs.", "criticised",
     "IGOEUREEC"),
    ("Hamas fighters crossed into Israel on Saturday. The group later claimed responsibility for the raid.",
     "claimed", "PSEREBHMS"),
])
def test_code_a_definite_body_noun_is_the_body_named_before(coder: Coder, text: str, trigger: str,
                                                            code: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.source] == [code]


def test_code_the_victims_of_a_foreign_strike_are_of_the_place_struck(coder: Coder) -> None:
    event = _find(_events(coder, "Three civilians were killed in a Russian air strike on Kharkiv."), "killed")
    assert [a.code for a in event.source] == ["RUS"]
    assert [a.code for a in event.target] == ["UKRCVL"]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # an armed state's victims do not take its country from the sentence: the place gives theirs, else none
    ("Russian troops killed five civilians in the village.", "killed", "---CVL"),
    ("Russian troops killed five civilians in Kharkiv.", "killed", "UKRCVL"),
    # police act at home, and a country named for the victims is theirs
    ("Indian police arrested two separatists in the town.", "arrested", "INDREB"),
    ("Troops killed five civilians in Syria.", "killed", "SYRCVL"),
])
def test_code_victims_of_an_armed_state_keep_no_borrowed_country(coder: Coder, text: str, trigger: str,
                                                                 target: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.target] == [target]


@pytest.mark.parametrize(("text", "trigger", "role", "code"), [
    ("Aid agencies warned of famine in Sudan.", "warned", "source", "---DEV"),  # mostly international
    ("Gunmen kidnapped three relief workers in Darfur.", "kidnapped", "target", "---DEV"),
    ("Kenyan aid groups criticised the government.", "criticised", "source", "KENDEV"),  # their own country
])
def test_code_aid_agencies_are_development_actors_of_no_borrowed_country(coder: Coder, text: str, trigger: str,
                                                                        role: str, code: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in getattr(event, role)] == [code]


def test_code_the_militant_group_is_the_group_the_parser_split(coder: Coder) -> None:
    text = ("The United States launched an air strike against the Islamic State, expanding its campaign against "
            "the militant group that has seized parts of Iraq and Syria.")
    event = _find(_events(coder, text), "seized")
    assert [a.code for a in event.source] == ["IMGMUSISI"]


def test_code_a_body_noun_with_no_body_named_before_is_no_body(coder: Coder) -> None:
    text = "Police met a group of students on Monday. The group accused the university of corruption."
    event = _find(_events(coder, text), "accused")
    assert all(not a.code.startswith(("IGO", "NGO")) for a in event.source)


def test_code_sentence_initial_it_is_the_subject_before(coder: Coder) -> None:
    text = "The World Health Organization warned of a measles outbreak in Chad. It criticised donors for cutting aid."
    event = _find(_events(coder, text), "criticised")
    assert [a.code for a in event.source] == ["IGOUNOWHO"]


def test_code_its_forces_are_those_of_the_clause_subject(coder: Coder) -> None:
    event = _find(_events(coder, "Israel's military said its jets struck Hezbollah targets in southern Lebanon."),
                  "struck")
    assert [a.code for a in event.source] == ["ISRMIL"]


def test_code_the_role_of_an_organisations_envoy_stays_the_organisations(coder: Coder) -> None:
    text = ("The UN special envoy for Libya, Hans Lindqvist, arrived in Tripoli on Sunday. The envoy met Libyan "
            "government officials.")
    event = _find(_events(coder, text), "met")
    assert [a.code for a in event.source] == ["IGOUNO"]


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Rebels in eastern Congo released 20 hostages on Saturday.", "released", "CODREB"),
    ("The Pakistani Taliban killed two policemen in an ambush.", "killed", "PAKREB"),
])
def test_code_country_and_group_names(coder: Coder, text: str, trigger: str, code: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.source] == [code]


def test_code_a_big_city_places_countryless_actors(coder: Coder) -> None:
    event = _find(_events(coder, "Dock workers in Rotterdam went on strike over pay on Monday."), "went")
    assert [a.code for a in event.source] == ["NLDLAB"]


def test_code_a_big_city_in_the_actors_own_phrase_beats_other_countries(coder: Coder) -> None:
    event = _find(_events(coder, "Police in Karachi arrested a British man suspected of smuggling weapons."),
                  "arrested")
    assert [a.code for a in event.source] == ["PAKCOP"]


def test_code_a_relative_clause_of_leading_gives_a_person_a_role(coder: Coder) -> None:
    event = _find(_events(coder, "Ahmed Bakr, who heads Egypt's intelligence service, met Hamas leaders in Cairo."),
                  "met")
    assert [a.code for a in event.source] == ["EGYSPY"]


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("The U.S.-led coalition bombed Islamic State positions in Syria.", "bombed", "USA"),
    ("Sudan's army used Chinese-made drones to bomb rebel positions.", "bomb", "SDNMIL"),
    ("Netanyahu's office accused Hamas of rejecting the deal.", "accused", "ISRGOV"),
])
def test_code_leaders_makers_and_offices(coder: Coder, text: str, trigger: str, code: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.source] == [code]


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Britain's Starmer met France's Macron in London.", "met", "GBRGOV"),
    ("An adviser to Ukraine's president accused Moscow of blackmail.", "accused", "UKRGOV"),
    ("Colombian FARC dissidents kidnapped two soldiers.", "kidnapped", "COLREB"),
    ("The IMF's managing director praised Egypt's reforms.", "praised", "IGOIMF"),
    ("Tamil Tigers attacked a Sri Lankan navy vessel.", "attacked", "LKAREB"),
])
def test_code_known_surnames_staff_groups_and_directors(coder: Coder, text: str, trigger: str, code: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in event.source] == [code]


@pytest.mark.parametrize(("text", "trigger", "role", "code"), [
    ("Turkish security forces detained 30 suspected Islamic State members.", "detained", "target", "IMGMUSISI"),
    ("Egyptian mediators met Hamas negotiators on Monday.", "met", "source", "EGYGOV"),
    ("China's People's Liberation Army fired missiles near Taiwan.", "fired", "source", "CHNMIL"),
])
def test_code_members_mediators_and_armies(coder: Coder, text: str, trigger: str, role: str, code: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert [a.code for a in getattr(event, role)] == [code]


@pytest.mark.issue(3)
def test_code_a_city_the_tagger_calls_a_location_places_the_actor(coder: Coder) -> None:
    event = _find(events_of(coder, "A Russian missile strike destroyed a school in Kharkiv."), "destroyed")
    assert [a.code for a in event.target] == ["UKREDU"]


def test_code_countryless_agents_take_the_datelines_country_before_the_main_one(coder: Coder) -> None:
    text = ("LONDON, April 10 (Wire) - Russia's embassy denied the report. Police arrested three men on Tuesday. "
            "Moscow called the arrests a provocation.")
    assert [a.code for a in _find(_events(coder, text), "arrested").source] == ["GBRCOP"]


def test_code_his_government_is_of_the_person_named_before(coder: Coder) -> None:
    text = "Iraqi Prime Minister Ali Hassan said his government would begin talks with Washington."
    event = next(e for e in _events(coder, text) if e.cameo.code == "036" and e.target)
    assert ([a.code for a in event.source], [a.code for a in event.target]) == (["IRQGOV"], ["USAGOV"])


def test_code_the_world_body_is_the_organisation_named_before(coder: Coder) -> None:
    text = "The United Nations said the order was unlawful. The world body urged the Taliban to reverse it."
    assert [a.code for a in _find(_events(coder, text), "urged").source] == ["IGOUNO"]


def _dyads_of(coder: Coder, text: str, trigger: str) -> set[tuple[str, str]]:
    return {(s.code, t.code) for e in _events(coder, text) if trigger in e.trigger.text
            for s in e.source for t in e.target}


def test_code_the_two_countries_are_the_parties_named_before(coder: Coder) -> None:
    text = "Kenya and Tanzania settled a dispute over fishing rights. The two countries signed a trade pact on Friday."
    assert _dyads_of(coder, text, "signed") == {("KEN", "TZA"), ("TZA", "KEN")}


def test_code_counted_ministers_take_their_sector_on_the_parties_named_before(coder: Coder) -> None:
    text = "Spain and Morocco have argued over migration for years. The two foreign ministers met in Rabat on Monday."
    assert _dyads_of(coder, text, "met") == {("ESPGOV", "MARGOV"), ("MARGOV", "ESPGOV")}


def test_code_the_neighbours_are_the_parties_named_before(coder: Coder) -> None:
    text = "Peru and Ecuador fought a border war in 1995. On Monday the neighbours signed a deal on shared rivers."
    assert _dyads_of(coder, text, "signed") == {("PER", "ECU"), ("ECU", "PER")}


def test_code_an_act_done_to_each_other_goes_both_ways(coder: Coder) -> None:
    text = "Talks between Sudan and Chad collapsed on Friday. Both governments accused each other of lying."
    assert _dyads_of(coder, text, "accused") == {("SDNGOV", "TCDGOV"), ("TCDGOV", "SDNGOV")}


def test_code_a_state_organ_takes_no_country_from_the_other_party_of_its_act(coder: Coder) -> None:
    text = "PARIS, May 2 (Wire) - The foreign minister criticised Algeria on Saturday over the detention of a writer."
    event = _find(_events(coder, text), "criticised")
    assert ([a.code for a in event.source], [a.code for a in event.target]) == (["FRAGOV"], ["DZA"])


def test_code_a_government_abroad_keeps_the_datelines_country(coder: Coder) -> None:
    text = "MANILA, Jan 4 (Wire) - The government held peace talks with communist rebels in Oslo on Monday."
    assert ("PHLGOV", "NORGOV") not in _dyads_of(coder, text, "talks")
    assert [a.code for a in _find(_events(coder, text), "talks").source] == ["PHLGOV"]


def test_code_a_titled_person_takes_the_datelines_country_before_the_most_named(coder: Coder) -> None:
    text = ("KABUL, Mar 2 (Wire) - US aircraft bombed a camp near the border. The United States said Washington "
            "would keep up the raids, US officials said. President Omar Zaki condemned the raid.")
    assert [a.code for a in _find(_events(coder, text), "condemned").source] == ["AFGGOV"]


def test_code_people_outside_foreign_premises_are_not_of_the_premises_country(coder: Coder) -> None:
    text = "Students protested outside the British embassy on Saturday."
    assert [a.code for a in _find(_events(coder, text), "protested").source] == ["---EDU"]


def test_code_both_sides_after_coordinated_demonyms_keep_the_sector(coder: Coder) -> None:
    text = ("Indian and Chinese troops clashed along their disputed frontier last week. A ceasefire was agreed by "
            "the two sides on Monday.")
    assert _dyads_of(coder, text, "agreed") == {("INDMIL", "CHNMIL"), ("CHNMIL", "INDMIL")}
