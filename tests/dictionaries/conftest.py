"""Paths of the small example dictionaries (sample-dictionaries/, written for tacitus) and the Phoenix set."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[2] / "sample-dictionaries"
PHOENIX = Path(__file__).parents[3] / "shared" / "data" / "petrarch_dicts"


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
