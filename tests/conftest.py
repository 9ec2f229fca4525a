"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tacitus.pipeline import Coder


@pytest.fixture(scope="session")
def coder() -> Coder:
    """The default coder with the real spaCy pipeline (end-to-end tests)."""
    from tacitus.pipeline import Coder

    return Coder.load()
