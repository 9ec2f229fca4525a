"""The full Phoenix dictionaries (not shipped: ../shared/data/petrarch_dicts/): no crash, problems counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.actors.dictionary import load_actor_dictionary
from tacitus.coding.lexicon import load_lexicon
from tacitus.dictionaries.convert import import_dictionaries

from .conftest import PHOENIX

pytestmark = pytest.mark.skipif(not (PHOENIX / "CAMEO.2.0.txt").is_file(),
                                reason=f"Phoenix dictionaries not found at {PHOENIX} (a user supplies them)")


def test_phoenix_dictionaries_import_and_load(tmp_path: Path) -> None:
    report = import_dictionaries(verbs=PHOENIX / "CAMEO.2.0.txt", actors=sorted(PHOENIX.glob("Phoenix.*.actors.txt")),
                                 agents=PHOENIX / "Phoenix.agents.txt", discards=PHOENIX / "Phoenix.discards.txt",
                                 issues=PHOENIX / "Phoenix.IssueCoding.txt", out=tmp_path)
    print("\n".join(report.lines()))  # the counts by reason, for `pytest -s`
    assert report.read["verb patterns"] > 4000
    assert report.read["actors"] > 25000
    assert report.read["agents"] > 1900
    assert 0 < len(report.problems) < 100  # the files hold a few dozen malformed entries
    assert all(p.line > 0 and p.path.endswith(".txt") for p in report.problems)
    lexicon, actors = load_lexicon(tmp_path), load_actor_dictionary(tmp_path)
    assert sum(len(v) for v in lexicon.verbs.values()) > 10000
    assert len(actors) > 40000
