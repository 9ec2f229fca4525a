"""Reported speech: "said (that)", "according to", "told", "accused ... of"."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuotesOf


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The minister said that the talks would resume next week.", "that the talks would resume next week",
     "The minister"),
    ("The minister said the talks would resume next week.", "the talks would resume next week", "The minister"),
    ("The talks will resume next week, the minister said.", "The talks will resume next week", "the minister"),
    ("Maria Lopez told reporters that the strike would go on.", "that the strike would go on", "Maria Lopez"),
    ("The opposition accused the government of rigging the election in the north.",
     "rigging the election in the north", "The opposition"),
])
def test_indirect_content_and_speaker(quotes_of: QuotesOf, text: str, content: str, speaker: str) -> None:
    quotes = [q for q in quotes_of(text) if not q.direct]
    assert [(q.text, q.speaker_text.text if q.speaker_text else None) for q in quotes] == [(content, speaker)]
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_indirect_according_to_a_report(quotes_of: QuotesOf) -> None:
    [quote] = [q for q in quotes_of("According to a report by CNN, soldiers fired on the protesters.")
               if not q.direct]
    assert quote.text == "soldiers fired on the protesters"
    assert quote.according_to == "CNN"


def test_indirect_inside_a_quote_is_not_repeated(quotes_of: QuotesOf) -> None:
    quotes = quotes_of("“Our leaders said the war is over,” the farmer told reporters.")
    assert [q.direct for q in quotes] == [True]
