"""Paths of the small example dictionaries (examples/dictionaries/, written for tacitus) and the Phoenix set."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[2] / "examples" / "dictionaries"
PHOENIX = Path(__file__).parents[3] / "shared" / "data" / "petrarch_dicts"


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
