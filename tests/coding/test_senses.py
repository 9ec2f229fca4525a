"""Which sense of a trigger applies (real pipeline, the shipped verbs.tsv)."""

from __future__ import annotations

import pytest

from tacitus.coding.senses import choose_verb_entry
from tacitus.pipeline import Coder


@pytest.mark.parametrize(("text", "code"), [
    ("Police charged three men with spying.", "173"),  # a legal authority charges in law
    ("The opposition charged the government with interfering in the courts.", "112"),  # an accusation of conduct
    ("Protesters took to the streets.", "141"),  # the object in a "to" phrase
])
def test_choose_verb_entry_by_objects_and_prepositions(coder: Coder, text: str, code: str) -> None:
    doc = coder.nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB")
    entry = choose_verb_entry(verb, coder.lexicon.verb_entries(verb.lemma_.lower()), coder.lexicon.verbs)
    assert entry is not None
    assert entry.code == code
