"""Speakers resolved within the document: fullest name, pronouns, bodies named before."""

from __future__ import annotations

from tests.quotes.conftest import QuotesOf


def test_speaker_surname_takes_fullest_name(quotes_of: QuotesOf) -> None:
    text = ("Colonel Josue Hidalgo Azuaje left the army in May. “We do not want a foreign government to invade "
            "our country,” Hidalgo Azuaje said.")
    [quote] = [q for q in quotes_of(text) if q.direct]
    assert quote.speaker_text is not None
    assert quote.speaker_text.text == "Hidalgo Azuaje"
    assert quote.speaker_name == "Josue Hidalgo Azuaje"


def test_speaker_pronoun_takes_last_person(quotes_of: QuotesOf) -> None:
    text = ("Venezuelan Defense Minister Vladimir Padrino spoke on Monday. “The army will defend the border,” "
            "Padrino said. “We will not allow any invasion of our country,” he said.")
    quotes = [q for q in quotes_of(text) if q.direct]
    assert [q.speaker_name for q in quotes] == ["Vladimir Padrino", "Vladimir Padrino"]
    assert quotes[1].speaker is not None
    assert quotes[1].speaker.code.startswith("VEN")


def test_speaker_body_named_before(quotes_of: QuotesOf) -> None:
    text = ("The Kenyan Interior Ministry issued a statement on Monday. The ministry said that the curfew "
            "would be lifted next week.")
    [quote] = [q for q in quotes_of(text) if not q.direct]
    assert quote.speaker_name == "The Kenyan Interior Ministry" or quote.speaker_name == "Kenyan Interior Ministry"


def test_speaker_is_coded_as_an_actor(quotes_of: QuotesOf) -> None:
    [quote] = quotes_of("“We will respond to any attack,” the Iranian foreign minister said.")
    assert quote.speaker is not None
    assert quote.speaker.code.startswith("IRN")
