"""Codes refined by the event a frame embeds (real pipeline)."""

from __future__ import annotations

from tacitus.coding.refine import inner_code
from tacitus.pipeline import Coder


def test_inner_code_is_the_embedded_event(coder: Coder) -> None:
    doc = coder.nlp("The UN urged the army to release the prisoners. The UN met the army.")
    urged, met = (next(t for t in doc if t.text == word) for word in ("urged", "met"))
    assert inner_code(urged, coder.lexicon) == "0841"  # release of persons
    assert inner_code(met, coder.lexicon) is None
