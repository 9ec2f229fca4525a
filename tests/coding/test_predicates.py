"""Predicates: the sense, code and argument heads of verb and noun triggers (real pipeline)."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from tacitus.coding.predicates import noun_frame, verb_frame
from tacitus.pipeline import Coder


def _token(coder: Coder, text: str, word: str) -> Token:
    doc = coder.nlp(text)
    return next(t for t in doc if t.text == word)


def test_verb_frame_active_and_passive(coder: Coder) -> None:
    frame = verb_frame(_token(coder, "Police arrested ten protesters in Nairobi.", "arrested"), coder.lexicon, None)
    assert frame is not None
    assert frame.code == "173"
    assert [t.text for t in frame.sources] == ["Police"]
    assert "protesters" in [t.text for t in frame.target_options[0]]
    passive = verb_frame(_token(coder, "Ten protesters were arrested by police.", "arrested"), coder.lexicon, None)
    assert passive is not None
    assert [t.text for t in passive.sources] == ["police"]


def test_verb_frame_declines_a_plain_reporting_verb(coder: Coder) -> None:
    assert verb_frame(_token(coder, "The minister said talks would resume.", "said"), coder.lexicon, None) is None


def test_noun_frame_takes_its_target_from_its_preposition(coder: Coder) -> None:
    frame = noun_frame(_token(coder, "The EU imposed new sanctions on Venezuela.", "sanctions"), coder.lexicon, None)
    assert frame is not None
    assert frame.code.startswith("16")
    assert any("Venezuela" in [t.text for t in option] for option in frame.target_options)


def test_noun_frame_under_a_placing_verb_befalls_its_object(coder: Coder) -> None:
    frame = noun_frame(_token(coder, "Five activists were placed under arrest by police.", "arrest"), coder.lexicon,
                       None)
    assert frame is not None
    assert [t.text for t in frame.sources] == ["police"]
    assert any("activists" in [t.text for t in option] for option in frame.target_options)


def test_noun_frame_travel_for_talks_is_carried_by_the_traveller(coder: Coder) -> None:
    frame = noun_frame(_token(coder, "The Indian envoy returned to Tokyo for talks.", "talks"), coder.lexicon, None)
    assert frame is not None
    assert [t.text for t in frame.sources] == ["envoy"]
    assert any("Tokyo" in [t.text for t in option] for option in frame.target_options)


def test_verb_frame_person_object_is_not_its_line_of_work(coder: Coder) -> None:
    frame = verb_frame(_token(coder, "The rebels released three kidnapped aid workers.", "released"), coder.lexicon,
                       None)
    assert frame is not None
    assert frame.code == "0841"  # persons released, not aid (071)


@pytest.mark.parametrize(("text", "code"), [("The Taliban captured Kunduz on Monday.", "192"),
                                            ("The rebels captured the provincial capital on Sunday.", "192"),
                                            ("Troops captured two rebel commanders near the border.", "173")])
def test_verb_frame_captured_place_is_territory_and_people_are_held(coder: Coder, text: str, code: str) -> None:
    frame = verb_frame(_token(coder, text, "captured"), coder.lexicon, None)
    assert frame is not None
    assert frame.code == code


@pytest.mark.parametrize("text", ["Rioters set ablaze several buses.", "Protesters set a bus alight."])
def test_verb_frame_setting_ablaze_destroys_property(coder: Coder, text: str) -> None:
    frame = verb_frame(_token(coder, text, "set"), coder.lexicon, None)
    assert frame is not None
    assert frame.code == "1712"



def test_verb_frame_planting_a_landmine_is_a_bombing(coder: Coder) -> None:
    frame = verb_frame(_token(coder, "Insurgents planted a landmine on the road to the airport.", "planted"),
                       coder.lexicon, None)
    assert frame is not None
    assert frame.code == "183"


@pytest.mark.parametrize(("text", "word"), [("The prime minister expressed sorrow for the shootings in the capital.",
                                             "shootings"),
                                            ("China voiced concern over the clashes on the border.", "clashes")])
def test_noun_frame_topic_of_a_statement_is_no_event(coder: Coder, text: str, word: str) -> None:
    assert noun_frame(_token(coder, text, word), coder.lexicon, None) is None
