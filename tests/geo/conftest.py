"""The fixture gazetteer (tests/fixtures/gazetteer_small.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.geo.gazetteer import Gazetteer, read_gazetteer

FIXTURE = Path(__file__).parent.parent / "fixtures" / "gazetteer_small.tsv"


@pytest.fixture(scope="session")
def small_gazetteer() -> Gazetteer:
    """Twenty-odd places, enough for every disambiguation case."""
    return read_gazetteer(FIXTURE)
