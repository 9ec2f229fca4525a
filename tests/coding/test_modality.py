"""Modality of a predicate from hand-built parses."""

from __future__ import annotations

import pytest

from tacitus.coding.modality import modality_of, own_modality
from tacitus.records import Modality

from .docs import make_doc, small_lexicon

LEXICON = small_lexicon({"invade": "1931", "attack": "180", "urge": "020", "say": "010"})


def test_modality_plain_verb_is_asserted() -> None:
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
                    ("Goma", "Goma", "PROPN", "dobj", 1)])
    assert modality_of(doc[1], LEXICON)[0] is Modality.ASSERTED


@pytest.mark.parametrize(
    ("word", "lemma", "dep", "expected"),
    [("not", "not", "neg", Modality.NEGATED), ("will", "will", "aux", Modality.FUTURE),
     ("could", "could", "aux", Modality.HYPOTHETICAL), ("if", "if", "mark", Modality.HYPOTHETICAL)],
)
def test_own_modality_markers(word: str, lemma: str, dep: str, expected: Modality) -> None:
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 2), (word, lemma, "AUX" if dep == "aux" else "PART", dep, 2),
                    ("attack", "attack", "VERB", "ROOT", 2), ("Goma", "Goma", "PROPN", "dobj", 2)])
    found = own_modality(doc[2])
    assert found is not None
    assert found[0] is expected


def test_modality_negated_desire_blocks_invasion() -> None:
    # We do not want a foreign government to invade our country
    doc = make_doc([("We", "we", "PRON", "nsubj", 3), ("do", "do", "AUX", "aux", 3), ("not", "not", "PART", "neg", 3),
                    ("want", "want", "VERB", "ROOT", 3), ("a", "a", "DET", "det", 6),
                    ("foreign", "foreign", "ADJ", "amod", 6), ("government", "government", "NOUN", "nsubj", 8),
                    ("to", "to", "PART", "aux", 8), ("invade", "invade", "VERB", "ccomp", 3),
                    ("our", "our", "PRON", "poss", 10), ("country", "country", "NOUN", "dobj", 8)])
    assert modality_of(doc[8], LEXICON)[0] is Modality.NEGATED


def test_modality_desire_makes_inner_event_requested() -> None:
    doc = make_doc([("They", "they", "PRON", "nsubj", 1), ("want", "want", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3), ("army", "army", "NOUN", "nsubj", 5),
                    ("to", "to", "PART", "aux", 5), ("attack", "attack", "VERB", "ccomp", 1)])
    assert modality_of(doc[5], LEXICON)[0] is Modality.REQUESTED


def test_modality_complement_of_appeal_is_requested() -> None:
    doc = make_doc([("Iran", "Iran", "PROPN", "nsubj", 1), ("urged", "urge", "VERB", "ROOT", 1),
                    ("Iraq", "Iraq", "PROPN", "dobj", 1), ("to", "to", "PART", "aux", 4),
                    ("attack", "attack", "VERB", "xcomp", 1)])
    assert modality_of(doc[4], LEXICON)[0] is Modality.REQUESTED


def test_modality_reported_event_stays_asserted() -> None:
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ccomp", 4),
                    ("Goma", "Goma", "PROPN", "dobj", 1), ("police", "police", "NOUN", "nsubj", 4),
                    ("said", "say", "VERB", "ROOT", 4)])
    assert modality_of(doc[1], LEXICON)[0] is Modality.ASSERTED



@pytest.mark.parametrize(("head", "lemma", "tag", "expected"),
                         [("had", "have", "VBD", Modality.ASSERTED), ("have", "have", "VBP", Modality.HYPOTHETICAL),
                          ("forced", "force", "VBN", Modality.ASSERTED)])
def test_modality_past_obligation_and_force_are_implicative(head: str, lemma: str, tag: str,
                                                            expected: Modality) -> None:
    # "Police had to fire" did fire; "police have to fire" has not yet; "troops were forced to retreat" did
    doc = make_doc([("Police", "police", "NOUN", "nsubj", 1), (head, lemma, "VERB", "ROOT", 1),
                    ("to", "to", "PART", "aux", 3), ("fire", "fire", "VERB", "xcomp", 1)])
    doc[1].tag_ = tag
    assert modality_of(doc[3], LEXICON)[0] is expected


@pytest.mark.parametrize(("word", "tag", "expected"), [("went", "VBD", Modality.ASSERTED),
                                                       ("going", "VBG", Modality.FUTURE)])
def test_modality_go_is_future_only_as_going_to(word: str, tag: str, expected: Modality) -> None:
    # "Rebels went to attack Goma" did attack; "rebels are going to attack Goma" have not yet
    lexicon = small_lexicon({"attack": "180"}, modality={"go": Modality.FUTURE})
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), (word, "go", "VERB", "ROOT", 1),
                    ("to", "to", "PART", "aux", 3), ("attack", "attack", "VERB", "xcomp", 1),
                    ("Goma", "Goma", "PROPN", "dobj", 3)])
    doc[1].tag_ = tag
    assert modality_of(doc[3], lexicon)[0] is expected


def test_modality_protest_as_the_purpose_of_a_gathering_is_asserted() -> None:
    # "Farmers gathered to protest": the gathering is the protest; "farmers plan to protest" has not happened
    lexicon = small_lexicon({"protest": "141"})
    doc = make_doc([("Farmers", "farmer", "NOUN", "nsubj", 1), ("gathered", "gather", "VERB", "ROOT", 1),
                    ("to", "to", "PART", "aux", 3), ("protest", "protest", "VERB", "advcl", 1)])
    assert modality_of(doc[3], lexicon)[0] is Modality.ASSERTED
    doc = make_doc([("Farmers", "farmer", "NOUN", "nsubj", 1), ("plan", "plan", "VERB", "ROOT", 1),
                    ("to", "to", "PART", "aux", 3), ("protest", "protest", "VERB", "xcomp", 1)])
    assert modality_of(doc[3], lexicon)[0] is Modality.FUTURE


def test_modality_purpose_other_than_protest_stays_hypothetical() -> None:
    lexicon = small_lexicon({"attack": "180"})
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), ("gathered", "gather", "VERB", "ROOT", 1),
                    ("to", "to", "PART", "aux", 3), ("attack", "attack", "VERB", "advcl", 1)])
    assert modality_of(doc[3], lexicon)[0] is Modality.HYPOTHETICAL
