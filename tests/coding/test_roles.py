"""Actors of a predicate: the speaker's own words, and the police no one names (real pipeline)."""

from __future__ import annotations

from tacitus.actors.resolve import DocumentActors
from tacitus.coding.roles import first_person, implicit_police, speakers_own
from tacitus.pipeline import Coder
from tacitus.records import Actor


def test_first_person_is_not_the_united_states(coder: Coder) -> None:
    doc = coder.nlp("We asked the US to help us.")
    assert [t.text for t in doc if first_person(t)] == ["We", "us"]


def test_our_country_in_the_speakers_words_is_the_speakers_country(coder: Coder) -> None:
    doc = coder.nlp("They will never occupy our country.")
    speaker = Actor(text="the colonel", start=0, end=0, code="VENMIL", country="VEN", sector="MIL")
    country = next(t for t in doc if t.text == "country")
    own = speakers_own(speaker, country, DocumentActors(doc, coder.dictionary))
    assert (own.code, own.text, own.sector) == ("VEN", "our country", None)
    houses = speakers_own(speaker, doc[0], DocumentActors(doc, coder.dictionary))
    assert houses.code == "VENMIL"


def test_implicit_police_are_of_the_place_of_the_act(coder: Coder) -> None:
    doc = coder.nlp("Five activists were arrested in Minsk on Friday.")
    police = implicit_police(doc[3], DocumentActors(doc, coder.dictionary, cities=coder.gazetteer.city_country
                                                    if coder.gazetteer else None))
    assert (police.code, police.text) == ("BLRCOP", "")
