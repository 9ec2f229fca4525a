"""End to end with the real spaCy pipeline: what police do, as wire and regional (Indian-English) reports word it
(sentences we wrote, one per behaviour)."""

from __future__ import annotations

import pytest
from tests.coded import events_of, find_event

from tacitus.pipeline import Coder
from tacitus.records import Modality

_events = events_of
_find = find_event


def _asserted_codes(coder: Coder, text: str) -> list[str]:
    return [e.cameo.code for e in _events(coder, text) if e.modality is Modality.ASSERTED]


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Police searched the office of the former mayor in Nagpur.", "searched", "171"),
    ("Police swooped on a gambling den in Kanpur.", "swooped", "171"),
    ("Security forces launched a search operation in the hills near Srinagar.", "operation", "171"),
    ("Police recovered two pistols from the accused in Agra.", "recovered", "1711"),
    ("Police cordoned off the market in Dhaka after the blast.", "cordoned", "191"),
    ("Riot police hauled away a dozen students in Minsk.", "hauled", "173"),
    ("Constables caught three men with stolen phones in Pune.", "caught", "173"),
    ("Police registered a case against the contractor in Bhopal.", "registered", "091"),
    ("Police launched a probe into the murder of a shopkeeper in Jaipur.", "probe", "091"),
    ("Police held a flag march through the old city of Lucknow.", "march", "150"),
    ("Police beefed up security around the court in Lahore.", "beefed", "151"),
    ("Police used pepper spray on the protesters in Santiago.", "used", "175"),
    ("Police fired tear gas shells at the protesters in Karachi.", "fired", "175"),
    ("Policemen charged at the protesters with batons in Dhaka.", "charged", "175"),
    ("Kenyan police shot dead a robbery suspect in Nairobi.", "shot", "1823"),
    ("Police burst teargas shells to scatter the crowd in Srinagar.", "burst", "175"),
    ("Policemen chased away the protesters from the court in Madurai.", "chased", "175"),
    ("Police filed a charge sheet against the former mayor in Patna.", "filed", "173"),
    ("The blogger was whisked away by plainclothes policemen in Cairo.", "whisked", "173"),
    ("Police surrounded the building where the gunmen were hiding in Amritsar.", "surrounded", "191"),
    ("Police registered an offence against the driver in Indore.", "registered", "091"),
    ("Police recovered the stolen jewellery in Surat.", "recovered", "1711"),
    ("Police have stepped up vigil along the river in Patna.", "stepped", "151"),
    ("Police imposed Section 144 in the town of Aligarh.", "imposed", "1721"),
    ("Four shopkeepers were booked in Meerut.", "booked", "173"),
])
def test_code_police_act_in_its_wording(coder: Coder, text: str, trigger: str, code: str) -> None:
    assert _find(_events(coder, text), trigger).cameo.code == code


def test_code_name_the_parser_mistags_still_places_the_police(coder: Coder) -> None:
    # the entity recogniser takes "Surat" for a person: after "in" it is still a city
    event = _find(_events(coder, "Police said they had detained a shopkeeper in Surat."), "detained")
    assert [a.code for a in event.source] == ["INDCOP"]


def test_code_lower_case_feed_places_the_police(coder: Coder) -> None:
    event = _find(_events(coder, "police arrested a constable in lucknow on friday."), "arrested")
    assert [a.code for a in event.source] == ["INDCOP"]


def test_code_police_of_one_code_acting_together_give_one_event(coder: Coder) -> None:
    events = _events(coder, "Police and home guards detained three men in Meerut.")
    assert [(e.cameo.code, [a.code for a in e.source]) for e in events] == [("173", ["INDCOP"])]


def test_code_police_firing_on_a_crowd_is_repression(coder: Coder) -> None:
    event = _find(_events(coder, "Police opened fire on a crowd of villagers in Dhaka."), "opened")
    assert event.cameo.code == "175"


def test_code_police_shooting_one_person_is_no_crowd_repression(coder: Coder) -> None:
    assert "175" not in _asserted_codes(coder, "Police shot a student in Dhaka.")


def test_code_deployed_paramilitary_forces_are_police_mobilisation(coder: Coder) -> None:
    event = _find(_events(coder, "India deployed 5,000 paramilitary personnel to Srinagar."), "deployed")
    assert event.cameo.code == "153"


def test_code_a_crowd_dispersing_by_itself_is_no_repression(coder: Coder) -> None:
    assert "175" not in _asserted_codes(coder, "The demonstrators dispersed peacefully in Nairobi.")


def test_code_agentless_seizure_reported_by_police_is_theirs(coder: Coder) -> None:
    event = _find(_events(coder, "Two pistols were seized from the accused, police in Pune said."), "seized")
    assert (event.cameo.code, [a.code for a in event.source]) == ("1711", ["INDCOP"])


def test_code_the_other_side_of_an_encounter_is_the_killer(coder: Coder) -> None:
    event = _find(_events(coder, "A wanted criminal was shot dead in an encounter with police in Lucknow."), "shot")
    assert [a.sector for a in event.source] == ["COP"]


def test_code_resorted_to_a_lathi_charge_is_asserted(coder: Coder) -> None:
    event = _find(_events(coder, "Police resorted to a lathi-charge in Patna."), "charge")
    assert (event.cameo.code, event.modality) == ("175", Modality.ASSERTED)


def test_code_a_trademark_registered_is_no_case(coder: Coder) -> None:
    assert _asserted_codes(coder, "The logo of the phone case was registered as a trademark in 2015.") == []


def test_code_police_beating_one_opponent_is_assault_not_repression(coder: Coder) -> None:
    event = _find(_events(coder, "Policemen beat the opposition candidate outside his home in Dhaka."), "beat")
    assert event.cameo.code == "182"


def test_code_police_beating_protesters_is_repression(coder: Coder) -> None:
    event = _find(_events(coder, "Policemen manhandled the protesters outside the assembly in Dhaka."), "manhandled")
    assert event.cameo.code == "175"


def test_code_what_the_police_use_to_disperse_a_crowd_is_no_actor(coder: Coder) -> None:
    event = _find(_events(coder, "Police used mild force to disperse the crowd in Agra."), "disperse")
    assert [a.sector for a in event.source] == ["COP"]


def test_code_a_police_team_is_police(coder: Coder) -> None:
    event = _find(_events(coder, "A police team led by an inspector raided the premises in Kanpur."), "raided")
    assert [a.sector for a in event.source] == ["COP"]


def test_code_a_named_paramilitary_police_force_is_police(coder: Coder) -> None:
    event = _find(_events(coder, "CRPF jawans fired in the air to disperse the mob in Srinagar."), "fired")
    assert [a.code for a in event.source] == ["INDCOP"]


def test_code_people_whisked_away_to_safety_are_not_detained(coder: Coder) -> None:
    assert _asserted_codes(coder, "Around 400 villagers were whisked away to safer places on Friday.") == []
@pytest.mark.parametrize("text", ["He was put in charge of the district.", "The law provides for life imprisonment.",
                                  "Rail travel is likely to pick up next week."])
def test_code_arrest_word_with_no_one_held_is_no_arrest(coder: Coder, text: str) -> None:
    assert not [e for e in _events(coder, text) if e.cameo.code.startswith("173")]
@pytest.mark.parametrize(("text", "trigger"), [("We have arrested five persons.", "arrested"),
                                               ("The arrested persons were sent to jail.", "arrested"),
                                               ("The arrests followed the visit of the minister.", "arrests")])
def test_code_arrest_of_unnamed_people_is_the_polices(coder: Coder, text: str, trigger: str) -> None:
    event = _find(_events(coder, text), trigger)
    assert event.cameo.code == "173"
    assert [a.sector for a in event.source] == ["COP"]
@pytest.mark.parametrize("text", ["The leaders are free to arrest us.", "The leader is likely to be arrested.",
                                  "The police found it difficult to arrest the suspects."])
def test_code_arrest_under_permission_or_likelihood_is_not_asserted(coder: Coder, text: str) -> None:
    assert not [e for e in _events(coder, text)
                if e.cameo.code == "173" and e.modality is Modality.ASSERTED]
@pytest.mark.parametrize(("text", "trigger", "code"), [("Ten activists were held by police in Cairo.", "held", "173"),
                                                       ("A bomb was planted near the market.", "planted", "183")])
def test_code_object_sense_matches_the_passive_subject(coder: Coder, text: str, trigger: str, code: str) -> None:
    assert _find(_events(coder, text), trigger).cameo.code == code
@pytest.mark.parametrize(("text", "trigger"), [("Riot police prevented the march organised by teachers.", "prevented"),
                                               ("Police blocked a rally by opposition supporters.", "blocked"),
                                               ("Troops stopped the demonstration outside parliament.", "stopped")])
def test_code_stopping_a_protest_restricts_freedoms(coder: Coder, text: str, trigger: str) -> None:
    assert _find(_events(coder, text), trigger).cameo.code == "1721"


def test_code_charged_with_conduct_is_an_accusation(coder: Coder) -> None:
    accused = _find(_events(coder, "The opposition leader charged the government with rigging the election."),
                    "charged")
    assert accused.cameo.code.startswith("112")  # an accusation (of crime: 1121), not legal action
    legal = _find(_events(coder, "The two men were charged with murdering a shopkeeper."), "charged")
    assert legal.cameo.code == "173"
    by_police = _find(_events(coder, "Police charged three men with spying for Pakistan."), "charged")
    assert by_police.cameo.code == "173"  # a legal authority charges in law, whatever the charge's wording


def test_code_apprehending_trouble_is_no_arrest(coder: Coder) -> None:
    events = _events(coder, "Apprehending trouble, the shopkeepers closed their shops.")
    assert not [e for e in events if e.cameo.code == "173"]


def test_code_verb_whose_lemma_lost_its_e(coder: Coder) -> None:
    # the lemmatizer gives "raped" -> "rap"; the lexicon's "rape" must still fire
    event = _find(_events(coder, "Sudanese security forces raped women in the village."), "raped")
    assert event.cameo.code == "1821"
    assert [a.code for a in event.source] == ["SDNCOP"]


def test_code_crowd_control_with_no_one_named_is_the_polices(coder: Coder) -> None:
    event = _find(_events(coder, "The crowd was lathicharged near the station."), "lathicharged")
    assert event.cameo.code == "175"
    assert [a.sector for a in event.source] == ["COP"]


def test_code_taken_into_custody_is_an_arrest_but_in_custody_is_a_state(coder: Coder) -> None:
    event = _find(_events(coder, "Eighty workers were taken into custody in Lucknow."), "custody")
    assert event.cameo.code == "173"
    assert [a.sector for a in event.source] == ["COP"]
    events = _events(coder, "The prisoner died while in police custody.")
    assert not [e for e in events if e.cameo.code == "173"]
