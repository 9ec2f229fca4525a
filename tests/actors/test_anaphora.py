"""Tests for tacitus.actors.anaphora: definite descriptions standing for an organisation named before."""

from __future__ import annotations

from spacy.language import Language

from tacitus.actors.anaphora import body_named_before, organisation_mentions
from tacitus.actors.dictionary import ActorDictionary
from tacitus.actors.resolve import DocumentActors


def test_organisation_mentions_finds_names_the_parser_split(nlp: Language, dictionary: ActorDictionary) -> None:
    # the small model tags only "Islamic" (NORP) of "the Islamic State": the name is still an organisation mention
    doc = nlp("The United States launched an air strike against the Islamic State on Monday.")
    assert [entry.code for _, entry in organisation_mentions(doc, dictionary)] == ["IMGMUSISI"]


def test_organisation_mentions_are_in_order_and_once(nlp: Language, dictionary: ActorDictionary) -> None:
    doc = nlp("Hamas rejected the plan. The European Union said Hamas must accept it.")
    mentions = organisation_mentions(doc, dictionary)
    assert [i for i, _ in mentions] == sorted({i for i, _ in mentions})
    assert [entry.code for _, entry in mentions][-1].startswith("PSE")


def test_the_militant_group_is_the_group_named_before(nlp: Language, dictionary: ActorDictionary) -> None:
    doc = nlp("The United States launched an air strike against the Islamic State, expanding its campaign "
              "against the militant group that has seized parts of Iraq and Syria.")
    group = next(t for t in doc if t.text == "group")
    entry = body_named_before(group, organisation_mentions(doc, dictionary))
    assert entry is not None
    assert entry.code == "IMGMUSISI"
    actor = DocumentActors(doc, dictionary).resolve(group)
    assert actor is not None
    assert actor.code == "IMGMUSISI"


def test_a_described_group_is_no_anaphor(nlp: Language, dictionary: ActorDictionary) -> None:
    doc = nlp("Hamas fired rockets. The rights group Amnesty condemned the attacks.")
    group = next(t for t in doc if t.text == "group")
    assert body_named_before(group, organisation_mentions(doc, dictionary)) is None
