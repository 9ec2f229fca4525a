"""Direct quotes: marks, split quotes, paragraphs that run on, nested and unbalanced marks."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuotesOf

from tacitus.quotes.direct import find_quote_spans, is_title


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ('He said "we will talk to them" on Monday.', ['"we will talk to them"']),
    ("He said “we will talk to them” on Monday.", ["“we will talk to them”"]),
    ("He said ''we will talk to them'' on Monday.", ["''we will talk to them''"]),
    ("“They call it ‘a con’ and we do not,” she said.", ["“They call it ‘a con’ and we do not,”"]),
    ('“Deals are no right," the chairman said, adding that they came "like candy."',  # a straight closing mark
     ['“Deals are no right,"', '"like candy."']),
])
def test_find_quote_spans_marks(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_find_quote_spans_paragraphs_run_on() -> None:
    text = "“We will not leave the square\n\n“We will stay until the vote is held,” he said."
    spans = find_quote_spans(text)
    assert [(s.closed, s.continued) for s in spans] == [(False, False), (True, True)]
    assert text[spans[0].start : spans[0].end] == "“We will not leave the square"


@pytest.mark.parametrize("text", ['"', "“", '"a', "He said “", "“”", "", "x” y “"])
def test_find_quote_spans_unbalanced_never_crash(text: str) -> None:
    for span in find_quote_spans(text):
        assert 0 <= span.start < span.end <= len(text)


def test_direct_cue_after(quotes_of: QuotesOf) -> None:
    text = "“We are ready to talk to the opposition,” the minister said on Monday."
    [quote] = [q for q in quotes_of(text) if q.direct]
    assert quote.text == "“We are ready to talk to the opposition,”"
    assert text[quote.start : quote.end] == quote.text
    assert quote.cue is not None
    assert quote.cue.text == "said"
    assert quote.speaker_text is not None
    assert quote.speaker_text.text == "the minister"


def test_direct_cue_before(quotes_of: QuotesOf) -> None:
    quotes = quotes_of('Maria Lopez said: "We will not leave the square until the vote is held."')
    [quote] = [q for q in quotes if q.direct]
    assert quote.speaker_name == "Maria Lopez"


def test_direct_split_around_cue(quotes_of: QuotesOf) -> None:
    text = "“We are ready,” he said, “to talk to anyone who wants peace in the region.”"
    [quote] = [q for q in quotes_of(text) if q.direct]
    assert (quote.start, quote.end) == (0, len(text))
    assert [p.text for p in quote.parts] == ["“We are ready,”", "“to talk to anyone who wants peace in the region.”"]


def test_direct_split_around_a_cue_clause_with_a_quoted_title(quotes_of: QuotesOf) -> None:
    text = ("“There is a severe disconnect between this White House and our military,” Flynn, a top Trump "
            "surrogate, said Thursday morning on “Fox and Friends.” “I mean, there is a lot of frustration.”")
    [quote] = [q for q in quotes_of(text) if q.direct]
    assert (quote.start, quote.end) == (0, len(text))
    assert len(quote.parts) == 2


def test_direct_quote_after_a_subordinate_cue_stands_alone(quotes_of: QuotesOf) -> None:
    text = ("“Promise mama you will keep your hands in sight,” the singer sings to the crowd before asking them, "
            "“I just want to know, where do we go from here?”")
    assert [q.text[:12] for q in quotes_of(text) if q.direct] == ["“Promise mam", "“I just want"]


def test_direct_cue_clause_before_the_next_quote_is_its_own(quotes_of: QuotesOf) -> None:
    text = ('I told my father, "Of course I believe in the devil. I was just kidding." To which he said, '
            '"Thank God at least you still believe in the devil."')
    direct = [q for q in quotes_of(text) if q.direct]
    assert [(q.text[:10], q.speaker_text.text if q.speaker_text else None) for q in direct] == [
        ('"Of course', "I"), ('"Thank God', "he")]


def test_direct_multi_paragraph_keeps_speaker(quotes_of: QuotesOf) -> None:
    text = ("Union leader Maria Lopez spoke to the crowd. “We will not leave the square until the government "
            "listens to us,” Lopez said.\n\n“We will stay here for as long as it takes and we will not be moved\n\n"
            "“Our members are ready for a long strike,” she added.")
    direct = [q for q in quotes_of(text) if q.direct]
    assert [q.text[:12] for q in direct] == ["“We will not", "“We will sta"]  # the last two paragraphs: one quote
    assert direct[1].text.endswith("a long strike,”")
    assert {q.speaker_name for q in direct} == {"Maria Lopez"}


def test_direct_transcript_turns_stay_apart(quotes_of: QuotesOf) -> None:
    text = ("The governor spoke on the radio.\n\n\"HOST: Will the senator be at the debate tomorrow night?\n\n"
            "\"SMITH: She will not be there, and I think that is the right call for her campaign.")
    direct = [q for q in quotes_of(text) if q.direct]
    assert [q.text[:10] for q in direct] == ["Will the s", "She will n"]  # the name and colon are no words of it


def test_direct_scare_quote_is_not_speech(quotes_of: QuotesOf) -> None:
    assert not [q for q in quotes_of("The council called the plan a “disaster” and voted it down.") if q.direct]


def test_direct_without_speaker_has_null_speaker(quotes_of: QuotesOf) -> None:
    text = "The crowd dispersed.\n\n“Nobody here wants another war with anyone in the region.”"
    [quote] = [q for q in quotes_of(text) if q.direct]
    assert quote.speaker_text is None
    assert quote.speaker is None


@pytest.mark.issue(4)
def test_direct_split_quote_joins_across_a_long_cue_clause(quotes_of: QuotesOf) -> None:
    text = ('"We will not give up," said Jane Roe, a lawyer for the farmers who has fought the mine company '
            'for a decade. "The water in the valley is still poisoned."')
    [quote] = quotes_of(text)
    assert (quote.start, quote.end, len(quote.parts)) == (0, len(text), 2)
    assert quote.speaker_name == "Jane Roe"


@pytest.mark.issue(4)
def test_direct_quote_with_its_own_cue_stays_apart(quotes_of: QuotesOf) -> None:
    text = ('"We will not give up," the farmer said, before asking the crowd, "Who will stand with us '
            'against the mine?"')
    quotes = quotes_of(text)
    assert [q.cue.text if q.cue else None for q in quotes if q.direct] == ["said", "asking"]


@pytest.mark.issue(4)
@pytest.mark.parametrize(("text", "title"), [
    ("“The Evening News Hour,”", True),
    ('"State of the Union."', True),
    ("“Pride and Prejudice”", True),
    ("“We Will Win”", True),
    ("“we will win this”", False),
    ("“Outrageous”", False),
    ("“The plan is a Disaster for Everyone”", False),
])
def test_is_title(text: str, title: bool) -> None:
    assert is_title(text) is title


@pytest.mark.issue(4)
def test_direct_quoted_title_is_no_quote(quotes_of: QuotesOf) -> None:
    quotes = quotes_of("On “The Evening News Hour,” the senator said the war in the north was over.")
    assert [(q.text, q.direct) for q in quotes] == [("the war in the north was over", False)]


@pytest.mark.issue(4)
def test_direct_cue_after_a_long_name(quotes_of: QuotesOf) -> None:
    text = ('"We will rebuild every house in the valley," Jane Roe, the director of the regional housing agency in '
            'the northern province, said on Monday. "It will take years."')
    [quote] = quotes_of(text)
    assert (quote.start, quote.end, len(quote.parts)) == (0, len(text), 2)
    assert quote.cue is not None
    assert quote.cue.text == "said"
    assert quote.speaker_name == "Jane Roe"


@pytest.mark.issue(4)
def test_direct_quoted_nickname_is_no_quote(quotes_of: QuotesOf) -> None:
    text = ('The seat is held by Robert "Bobby" Scott, a congressman from the district who has served for many '
            'years and who marks his anniversary this week.')
    assert [q for q in quotes_of(text) if q.direct] == []
