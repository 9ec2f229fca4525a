"""Event locations and dates through the whole pipeline (fixture gazetteer)."""

from __future__ import annotations

import dataclasses
from datetime import date

from tacitus.geo.gazetteer import Gazetteer
from tacitus.pipeline import Coder
from tacitus.records import Article, DateBasis, Event


def _events(coder: Coder, gazetteer: Gazetteer, text: str) -> list[Event]:
    located = dataclasses.replace(coder, gazetteer=gazetteer)
    return located.code_text(text, date=date(2019, 1, 29))


def test_place_attached_to_the_clause(coder: Coder, small_gazetteer: Gazetteer) -> None:
    events = _events(coder, small_gazetteer, "Police clashed with protesters in Nairobi on Sunday.")
    assert events
    location = events[0].location
    assert location is not None
    assert location.name == "Nairobi"
    assert events[0].date == date(2019, 1, 27)
    assert events[0].date_basis is DateBasis.TEXT


def test_never_the_dateline_city(coder: Coder, small_gazetteer: Gazetteer) -> None:
    text = "TORONTO, Jan 28 (Reuters) - Police arrested ten protesters on Sunday."
    events = _events(coder, small_gazetteer, text)
    assert events
    assert all(e.location is None for e in events)
    assert events[0].date == date(2019, 1, 27)  # the Sunday before the dateline's Monday


def test_actor_place_is_not_the_location(coder: Coder, small_gazetteer: Gazetteer) -> None:
    events = _events(coder, small_gazetteer, "Washington imposed new sanctions on Venezuela.")
    assert events
    assert all(e.location is None for e in events)
    assert events[0].date_basis is DateBasis.PUBLICATION
    assert events[0].date == date(2019, 1, 29)


def test_places_in_the_document_result(coder: Coder, small_gazetteer: Gazetteer) -> None:
    located = dataclasses.replace(coder, gazetteer=small_gazetteer)
    article = Article(article_id="a1", text="Protesters gathered in London and Paris.", published=date(2019, 1, 29))
    results = list(located.process_documents([article]))
    places = results[0].places  # type: ignore[union-attr]
    assert [p.text for p in places] == ["London", "Paris"]
    assert places[0].country == "GBR"


def test_metonym_is_not_the_location(coder: Coder, small_gazetteer: Gazetteer) -> None:
    events = _events(coder, small_gazetteer, "Moscow condemned the attack in Nairobi.")
    assert events
    location = events[0].location
    assert location is not None
    assert location.name == "Nairobi"


def test_nationality_inside_an_actor_is_not_the_location(coder: Coder, small_gazetteer: Gazetteer) -> None:
    events = _events(coder, small_gazetteer, "Three US soldiers were killed by a roadside bomb outside Nairobi.")
    assert [e.location.name if e.location else None for e in events] == ["Nairobi"]


def test_place_before_another_actor_is_still_a_location(coder: Coder, small_gazetteer: Gazetteer) -> None:
    events = _events(coder, small_gazetteer, "Students rallied in the capital city of Nairobi against Russia.")
    located = [e.location.name for e in events if e.location]
    assert located
    assert set(located) == {"Nairobi"}


def test_another_events_actor_is_no_location(coder: Coder, small_gazetteer: Gazetteer) -> None:
    text = "Japan imposed sanctions on Venezuela, and France and Canada agreed to coordinate their policies."
    events = _events(coder, small_gazetteer, text)
    assert events
    assert all(e.location is None for e in events)


def test_place_in_a_relative_clause_about_the_speaker_is_no_location(coder: Coder,
                                                                    small_gazetteer: Gazetteer) -> None:
    text = '"We are asking Washington for help," said the captain, who fled to Canada last year.'
    events = _events(coder, small_gazetteer, text)
    assert events
    assert all(e.location is None for e in events)


def test_countryless_actor_takes_the_country_of_the_sentences_places(coder: Coder,
                                                                      small_gazetteer: Gazetteer) -> None:
    [event] = _events(coder, small_gazetteer, "Gunmen attacked a bank in Toronto on Sunday.")
    assert [a.code for a in event.source] == ["CANREB"]


def test_countryless_actor_takes_the_datelines_country(coder: Coder, small_gazetteer: Gazetteer) -> None:
    text = "TORONTO, Jan 28 (Reuters) - Police arrested ten protesters on Sunday."
    event = next(e for e in _events(coder, small_gazetteer, text) if e.cameo.code == "173")
    assert [a.code for a in event.source] == ["CANCOP"]


def test_a_country_named_as_a_place_gives_no_actor_its_country(coder: Coder, small_gazetteer: Gazetteer) -> None:
    events = _events(coder, small_gazetteer, "Lawmakers put pressure on President Donald Trump to help Venezuela.")
    assert not [a for e in events for a in (*e.source, *e.target) if a.code.startswith("VEN") and a.sector]
