"""Casualty counts read off the parse and given to the violent event they belong to."""

from __future__ import annotations

import pytest

from tacitus.coding.casualties import number_of
from tacitus.pipeline import Coder
from tacitus.records import Casualties

from .docs import make_doc


@pytest.mark.parametrize(("words", "expected"), [
    (["20"], 20), (["5,176"], 5176), (["twenty-five"], 25), (["five", "hundred"], 500), (["eleven"], 11),
    (["many"], None),
])
def test_number_of_digits_and_words(words: list[str], expected: int | None) -> None:
    rows = [(w, w, "NUM", "nummod", len(words) - 1) for w in words[:-1]]
    rows.append((words[-1], words[-1], "NUM", "ROOT", len(words) - 1))
    doc = make_doc(rows)
    assert number_of(doc[len(words) - 1]) == expected


def _casualties(coder: Coder, text: str) -> list[tuple[str, Casualties | None]]:
    return [(e.trigger.text, e.casualties) for e in coder.code_text(text, doc_id="t")]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), [
    ("Gunmen killed four villagers and wounded six in Borno.", "killed", 4, 6),
    ("Twelve people were killed when troops shelled the market.", "killed", 12, None),
    ("Three protesters died in police firing in Dhaka on Friday.", "firing", 3, None),
    ("Rioting and police firing left two dead and five injured in the town.", "firing", 2, 5),
    ("Police shot dead 18 rioters in the old city.", "shot", 18, None),
    ("Militants attacked a police post and killed three policemen and a civilian.", "attacked", 4, None),
    ("The death toll from the army's shelling of the town rose to 30.", "shelling", 30, None),
    ("No one was killed in the rocket attack on the base.", "attack", 0, None),
])
def test_casualties_of_the_violent_event(coder: Coder, text: str, trigger: str, killed: int,
                                        injured: int | None) -> None:
    found = dict(_casualties(coder, text))
    assert found[trigger] == Casualties(killed=killed, injured=injured)


@pytest.mark.parametrize("text", [
    "Gunmen killed dozens of villagers in Borno.",  # vague: no number
    "The rebels threatened to kill ten hostages.",  # not asserted
    "Police arrested twenty students in Nairobi.",  # no one killed or injured
])
def test_no_stated_count(coder: Coder, text: str) -> None:
    found = _casualties(coder, text)
    assert found  # the sentence is coded ...
    assert all(c is None for _, c in found)  # ... with no count
