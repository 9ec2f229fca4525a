"""End to end with the real spaCy pipeline: what is no event in political copy (idioms, titles, background, doers
that are no actors), in sentences we wrote, one per behaviour."""

from __future__ import annotations

import pytest
from tests.coded import dyads_of, events_of, find_event

from tacitus.pipeline import Coder

_events = events_of
_find = find_event
_codes = dyads_of
@pytest.mark.parametrize("text", ["A crocodile attacked a fisherman on the banks of the river.",
                                  "A cholera outbreak has killed 70 people in camps near the border.",
                                  "Two herders were attacked by an elephant near the park."])
def test_code_deeds_of_animals_diseases_and_natural_forces_are_no_events(coder: Coder, text: str) -> None:
    assert _events(coder, text) == []
@pytest.mark.parametrize(("text", "trigger"), [
    ("The ruling party captured 60 percent of the vote in the election.", "captured"),
    ("The envoy fought back tears as she announced the aid.", "fought"),
    ("The central bank raised rates to arrest the slide in the currency.", "arrest")])
def test_code_idiom_senses_are_no_events(coder: Coder, text: str, trigger: str) -> None:
    assert not [e for e in _events(coder, text) if e.trigger.text.startswith(trigger)]
@pytest.mark.parametrize(("text", "trigger"), [
    ("The film 'The Invasion' won the top prize at the festival.", "Invasion"),
    ('Protesters chanted "Death to the Dictator" outside the palace.', "Death")])
def test_code_quoted_titles_and_slogans_are_no_events(coder: Coder, text: str, trigger: str) -> None:
    assert not [e for e in _events(coder, text) if e.trigger.text == trigger]
@pytest.mark.parametrize(("text", "trigger"), [
    ("Families of the victims of the 2008 attacks protested outside the embassy.", "attacks"),
    ("Ties have been frozen since Ankara recalled its ambassador in 2018.", "recalled")])
def test_code_events_dated_by_a_bare_year_in_a_phrase_or_clause_are_background(coder: Coder, text: str,
                                                                             trigger: str) -> None:
    assert not [e for e in _events(coder, text) if e.trigger.text == trigger]
@pytest.mark.parametrize(("text", "root"), [("Washington warned that Moscow could invade Ukraine.", "01"),
                                            ("Iran warned that it would close the Strait of Hormuz.", "13")])
def test_code_warning_of_anothers_deed_is_no_threat(coder: Coder, text: str, root: str) -> None:
    assert _find(_events(coder, text), "warned").cameo.root == root


def test_code_arts_review_praise_is_no_event(coder: Coder) -> None:
    assert not _codes(_events(coder, "Critics praised the film's soundtrack."))


def test_code_evacuation_order_is_no_event(coder: Coder) -> None:
    text = "Officials ordered the evacuation of 40,000 residents as the typhoon approached."
    assert not _codes(_events(coder, text))


def test_code_a_month_in_a_dateline_is_no_march(coder: Coder) -> None:
    assert not _codes(_events(coder, "KABUL, March 3 (Wire) - The United Nations said the order was unlawful."))


def test_code_main_clause_dated_by_a_year_is_still_coded(coder: Coder) -> None:
    assert _find(_events(coder, "Russia annexed Crimea in 2014."), "annexed").cameo.root == "19"


def test_code_a_country_beating_a_country_is_no_assault(coder: Coder) -> None:
    assert _events(coder, "Kenya beat Uganda in the final on Sunday.") == []


def test_code_a_visit_to_ones_own_seat_is_no_visit(coder: Coder) -> None:
    assert not [e for e in _events(coder, "The hostage negotiator hired by the family flew to Bamako on Monday.")
                if e.cameo.code.startswith("04")]


def test_code_the_toll_of_a_whole_war_is_no_one_killing(coder: Coder) -> None:
    assert _events(coder, "The war, which began in 2011, has killed more than 300,000 people.") == []
