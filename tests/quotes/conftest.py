"""Quotes of a text through the real pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.pipeline import Coder, DocumentResult
from tacitus.records import Article, Quote

QuotesOf = Callable[[str], list[Quote]]


@pytest.fixture
def result_of(coder: Coder) -> Callable[[str], DocumentResult]:
    def run(text: str) -> DocumentResult:
        [result] = list(coder.process_documents([Article(article_id="t", text=text)]))
        assert isinstance(result, DocumentResult)
        return result

    return run


@pytest.fixture
def quotes_of(result_of: Callable[[str], DocumentResult]) -> QuotesOf:
    return lambda text: list(result_of(text).quotes)
