"""Reported speech: "said (that)", "according to", "told", "accused ... of"."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab
from tests.quotes.conftest import QuotesOf

from tacitus.quotes.indirect import _past_open_quote


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


def test_indirect_according_to_in_mid_sentence_vouches_for_what_comes_before(quotes_of: QuotesOf) -> None:
    text = "Food prices rose by a third last year, according to the ministry, more than in any year since 1990."
    assert [q.text for q in quotes_of(text)] == ["Food prices rose by a third last year"]


def test_indirect_inside_a_quote_is_not_repeated(quotes_of: QuotesOf) -> None:
    quotes = quotes_of("“Our leaders said the war is over,” the farmer told reporters.")
    assert [q.direct for q in quotes] == [True]


def _reported(quotes_of: QuotesOf, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue.text if q.cue else None, q.speaker_text.text if q.speaker_text else None)
            for q in quotes_of(text) if not q.direct]


@pytest.mark.issue(4)
def test_indirect_speech_verb_in_the_content_is_no_cue_clause(quotes_of: QuotesOf) -> None:
    # "comment" hangs on "said": the words before it are not what the chairman's comment reports
    assert _reported(quotes_of, "The party chairman said he could not comment on the letter.") == [
        ("he could not comment on the letter", "said", "The party chairman")]


@pytest.mark.issue(4)
def test_indirect_clause_stops_before_a_new_statement(quotes_of: QuotesOf) -> None:
    text = ("The governor agreed that the voting rules should change, but he said the debate should wait "
            "until after the election.")
    assert _reported(quotes_of, text) == [("that the voting rules should change", "agreed", "The governor"),
                                          ("the debate should wait until after the election", "said", "he")]


@pytest.mark.issue(4)
def test_indirect_clause_stops_before_a_participle_cue(quotes_of: QuotesOf) -> None:
    text = "The mayor said that the bridge will reopen in May, arguing that the repairs were on schedule."
    assert [content for content, _, _ in _reported(quotes_of, text)] == [
        "that the bridge will reopen in May", "that the repairs were on schedule"]


@pytest.mark.issue(4)
def test_indirect_clause_takes_in_a_quoted_phrase(quotes_of: QuotesOf) -> None:
    quotes = quotes_of('The senator said the new tax plan was "a gift to the banks."')
    assert [(q.text, q.direct) for q in quotes] == [('the new tax plan was "a gift to the banks', False)]


@pytest.mark.issue(4)
def test_indirect_clause_inside_another_is_part_of_it(quotes_of: QuotesOf) -> None:
    assert _reported(quotes_of, "The mayor said she thinks the bridge will reopen in May.") == [
        ("she thinks the bridge will reopen in May", "said", "The mayor")]


@pytest.mark.issue(4)
@pytest.mark.parametrize(("text", "content", "cue", "speaker"), [
    ("The opposition leader called for an independent inquiry into the shooting.",
     "an independent inquiry into the shooting", "called", "The opposition leader"),
    ("The senator urged the governor to release the prison records.",
     "the governor to release the prison records", "urged", "The senator"),
    ("Rights groups called on the government to free the detained journalists.",
     "to free the detained journalists", "called", "Rights groups"),
    ("The mayor called the new budget a betrayal of working families.",
     "the new budget a betrayal of working families", "called", "The mayor"),
    ("The minister cited the falling crime figures as proof that the policy works.",
     "the falling crime figures as proof that the policy works", "cited", "The minister"),
    ("The union criticized the company for its safety record at the plant.",
     "the company for its safety record at the plant", "criticized", "The union"),
])
def test_indirect_speech_act_phrase_content(quotes_of: QuotesOf, text: str, content: str, cue: str,
                                            speaker: str) -> None:
    assert _reported(quotes_of, text) == [(content, cue, speaker)]


@pytest.mark.issue(4)
def test_indirect_speech_act_with_a_clause_reports_the_clause(quotes_of: QuotesOf) -> None:
    text = "The minister noted in parliament that the crime figures had fallen for a third year."
    assert _reported(quotes_of, text) == [("that the crime figures had fallen for a third year", "noted",
                                           "The minister")]


@pytest.mark.issue(4)
def test_indirect_physical_attack_is_no_speech(quotes_of: QuotesOf) -> None:
    assert _reported(quotes_of, "The rebels attacked the northern garrison town of Kidal at dawn.") == []


@pytest.mark.issue(4)
@pytest.mark.parametrize(("text", "content"), [
    ("The minister said the talks would resume next week, which surprised many diplomats.",
     "the talks would resume next week"),
    ("The senator questioned the cost of the new pipeline, which will cross three rivers.",
     "the cost of the new pipeline"),
    ("The report said prices rose sharply last year, forcing many families to cut spending.",
     "prices rose sharply last year"),
])
def test_indirect_content_leaves_out_a_trailing_aside(quotes_of: QuotesOf, text: str, content: str) -> None:
    assert [found for found, _, _ in _reported(quotes_of, text)] == [content]


@pytest.mark.issue(4)
@pytest.mark.parametrize(("text", "pieces", "speaker"), [
    ("The new bridge, the mayor said, will open to traffic in May.",
     ("The new bridge", "will open to traffic in May"), "the mayor"),
    ("Without more money, she argued, the clinics would close within a year.",
     ("Without more money", "the clinics would close within a year"), "she"),
])
def test_indirect_cue_clause_inside_the_sentence(quotes_of: QuotesOf, text: str, pieces: tuple[str, str],
                                                 speaker: str) -> None:
    [quote] = [q for q in quotes_of(text) if not q.direct]
    assert tuple(p.text for p in quote.parts) == pieces
    assert quote.text.startswith(pieces[0])
    assert quote.text.endswith(pieces[1])
    assert (quote.speaker_text.text if quote.speaker_text else None) == speaker


@pytest.mark.issue(4)
def test_indirect_subordinate_clause_is_no_cue_clause(quotes_of: QuotesOf) -> None:
    text = "Last year, when the mayor mentioned the bridge to reporters, the council voted to close it."
    assert not [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "mentioned"]


@pytest.mark.issue(4)
def test_indirect_cue_clause_inside_a_relative_clause(quotes_of: QuotesOf) -> None:
    text = "The park is near the stadium, which, the manager said, is usually full of fans on game days."
    [quote] = [q for q in quotes_of(text) if not q.direct]
    assert quote.text == "which, the manager said, is usually full of fans on game days"


@pytest.mark.issue(4)
@pytest.mark.parametrize(("words", "spaces", "cut", "end"), [
    # called the test "a clear violation and a threat" . -> the cut after "violation" runs on to the closing mark
    (["called", "the", "test", '"', "a", "clear", "violation", "and", "a", "threat", '"', "."],
     [True, True, True, False, True, True, True, True, True, False, False, False], 7, 10),
    (["called", "the", "test", "“", "a", "violation", "”", "and", "a", "threat", "."],
     [True, True, True, False, True, False, True, True, True, False, False], 6, 6),
    (["called", "the", "test", "“", "a", "violation", "\n", "and", "a", "threat", "”"],
     [True, True, True, False, True, False, False, True, True, False, False], 6, 6),
])
def test_indirect_content_runs_on_to_close_its_quote(words: list[str], spaces: list[bool], cut: int,
                                                      end: int) -> None:
    doc = Doc(Vocab(), words=words, spaces=spaces)
    assert _past_open_quote(doc, 0, cut) == end


@pytest.mark.issue(4)
@pytest.mark.parametrize(("text", "content"), [
    # the parse hangs the clause before the colon on "said" as well: what follows the colon is reported
    ("The report set off another round of partisan fighting on Friday: Republicans said they are convinced "
     "the department mishandled the inquiry.", "they are convinced the department mishandled the inquiry"),
    # a heading the parse ran into the sentence is not what the engineer said
    ("Bridge closed for repairs\nThe city engineer said the work would take six weeks.",
     "the work would take six weeks"),
])
def test_indirect_clause_after_the_cue_comes_first(quotes_of: QuotesOf, text: str, content: str) -> None:
    assert [q.text for q in quotes_of(text) if not q.direct] == [content]


@pytest.mark.issue(4)
@pytest.mark.parametrize(("text", "content", "cue", "speaker"), [
    ("The senator fears that the bill will fail in the House.", "that the bill will fail in the House", "fears",
     "The senator"),
    ("The governor vowed to veto the budget.", "to veto the budget", "vowed", "The governor"),
    ("The union wants to reopen the contract talks next month.", "to reopen the contract talks next month",
     "wants", "The union"),
])
def test_indirect_stance_verbs_report_their_clause(quotes_of: QuotesOf, text: str, content: str, cue: str,
                                                   speaker: str) -> None:
    assert _reported(quotes_of, text) == [(content, cue, speaker)]


@pytest.mark.issue(4)
@pytest.mark.parametrize("text", [
    "The treaty is expected to be signed in Geneva next week.",  # no one's stated intent
    "The mayor, who pledged to build new schools, lost the election.",  # background in a relative clause
    "Knowing how the vote would go, the council adjourned early.",  # a bare participle states no one's view
])
def test_indirect_stance_verbs_need_a_speaker_in_a_main_clause(quotes_of: QuotesOf, text: str) -> None:
    assert _reported(quotes_of, text) == []


@pytest.mark.parametrize("text", [
    "“Voters are tired, and I think the ads hurt him badly,” the strategist said.",
    "The ads were, in his words, “a mess. I think they hurt him badly.”",
])
def test_indirect_cue_inside_a_quote_is_part_of_the_quote(quotes_of: QuotesOf, text: str) -> None:
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "think"] == []


def test_indirect_content_and_cue_in_different_paragraphs(quotes_of: QuotesOf) -> None:
    text = "In Avoiding Tax, Rebels Seize a Town\n\nThe rebels seized the town, officials said."
    assert not [q for q in quotes_of(text) if "Avoiding" in q.text]  # the parse ran the headline into the clause


def test_indirect_clause_in_capitals_is_a_headline(quotes_of: QuotesOf) -> None:
    assert quotes_of("VOTERS THINK HE WILL WIN THE STATE EASILY\n\nThe poll was taken last week.") == []


@pytest.mark.parametrize(("text", "content"), [
    ("The ministry said the talks had failed; the rebels blamed the army for the delay.", "the talks had failed"),
    ("Republicans said the timing was not planned; they only learned of the deal on Friday.",
     "the timing was not planned"),
    ("The ministry said that exports fell by a third last year, according to customs data.",
     "that exports fell by a third last year"),
    ("The army said the strike was its largest yet, although it may take days to count the damage.",
     "the strike was its largest yet"),
])
def test_indirect_clause_stops_at_a_semicolon_or_a_second_source(quotes_of: QuotesOf, text: str,
                                                                  content: str) -> None:
    assert [q.text for q in quotes_of(text) if q.cue is not None and q.cue.text == "said"] == [content]


def test_indirect_leaves_out_a_participle_aside_with_an_adverb(quotes_of: QuotesOf) -> None:
    text = ("The president told the crowd that he would count it a personal insult if they stayed home, "
            "implicitly putting his name on the ballot.")
    assert [q.text for q in quotes_of(text)] == ["that he would count it a personal insult if they stayed home"]


def test_indirect_clause_leaves_out_the_dateline(quotes_of: QuotesOf) -> None:
    text = "LIMA, May 4 (Tacitus Wire) - Striking miners blocked the main highway, police said."
    [quote] = [q for q in quotes_of(text) if not q.direct]
    assert quote.text == "Striking miners blocked the main highway"
    assert text[quote.start : quote.end] == quote.text
