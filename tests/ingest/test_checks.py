"""Checks shared by every reader: the dateline a wire story starts with."""

from __future__ import annotations

import pytest

from tacitus.ingest.checks import find_dateline


@pytest.mark.parametrize(("text", "dateline"), [
    ("NAIROBI, Kenya (Reuters) - Police fired tear gas.", "NAIROBI, Kenya (Reuters)"),
    ("Storm hits coast\nKABUL, May 3 - Afghan police said.", "KABUL, May 3"),
    ("Toronto, January 29: The council met.", "Toronto, January 29"),
    ("Police said - nothing more.", None),
])
def test_find_dateline_text(text: str, dateline: str | None) -> None:
    assert find_dateline(text) == dateline
