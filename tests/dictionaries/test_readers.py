"""Readers of the PETRARCH / TABARI formats, on the small example dictionaries: every syntax element."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tacitus.dictionaries.actors import ActorCode, parse_actor_code, parse_date, read_actors, read_agents
from tacitus.dictionaries.lists import read_discards, read_issues
from tacitus.dictionaries.report import Report
from tacitus.dictionaries.verbs import Code, PartKind, parse_code, read_verb_dictionary


def test_read_verbs_synsets_blocks_and_forms(examples: Path) -> None:
    report = Report()
    verbs = read_verb_dictionary(examples / "verbs.txt", report)
    assert verbs.synsets["&AIDWORD"] == ("AID", "RELIEF_SUPPLIES", "FOOD")
    blocks = {b.name: b for b in verbs.blocks}
    assert blocks["ACCUSE"].code == Code(code="112")
    assert blocks["SEND"].code == Code(code=None)
    assert [v.words for v in blocks["CANCEL"].verbs] == [("CANCEL",), ("CALL", "OFF")]
    assert blocks["ASK"].verbs[0].code == Code(code="020")
    assert report.read["transformations"] == 1


def test_read_verbs_pattern_parts(examples: Path) -> None:
    verbs = read_verb_dictionary(examples / "verbs.txt", Report())
    send = next(b for b in verbs.blocks if b.name == "SEND")
    synset, prep = send.patterns[0].after
    assert (synset.kind, synset.words) == (PartKind.SYNSET, ("&AIDWORD",))
    assert (prep.kind, prep.prep, [p.kind for p in prep.inner]) == (PartKind.PREP, "TO", [PartKind.TARGET])
    phrase = send.patterns[1].after[0]
    assert (phrase.kind, phrase.words, send.patterns[1].code) == (PartKind.PHRASE, ("PEACE", "ENVOY"),
                                                                   Code(code="042", reverse="043"))
    assert [p.kind for p in send.patterns[3].before] == [PartKind.SYNSET]
    assert [p.kind for p in send.patterns[4].after] == [PartKind.SKIP, PartKind.PREP]


def test_read_verbs_reports_file_and_line_and_goes_on(examples: Path) -> None:
    report = Report()
    verbs = read_verb_dictionary(examples / "verbs.txt", report)
    [problem] = report.problems
    assert str(problem).startswith(f"{examples / 'verbs.txt'}:41: pattern without a [code]")
    assert len(verbs.blocks) == 4


@pytest.mark.parametrize(("text", "code"), [
    ("020", Code(code="020")), ("042:043", Code(code="042", reverse="043")), (":173", Code(code=None, reverse="173")),
    ("---", Code(code=None)), ("080!", None), ("", None),
])
def test_parse_code(text: str, code: Code | None) -> None:
    assert parse_code(text) == code


@pytest.mark.parametrize(("text", "expected"), [
    ("090120", date(2009, 1, 20)), ("640101", date(1964, 1, 1)), ("19230101", date(1923, 1, 1)),
    ("2004017", None), ("991332", None),
])
def test_parse_date_two_and_four_digit_years(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("USAGOV", ActorCode(code="USAGOV")),
    ("USAGOV >090120", ActorCode(code="USAGOV", valid_from=date(2009, 1, 20))),
    ("USAGOV <090120", ActorCode(code="USAGOV", valid_to=date(2009, 1, 20))),
    ("IGOUNO  > 070201", ActorCode(code="IGOUNO", valid_from=date(2007, 2, 1))),
    ("USAELI 780101-000101", ActorCode(code="USAELI", valid_from=date(1978, 1, 1), valid_to=date(2000, 1, 1))),
    ("EGYGOV 20121207-20120802", None), ("s", None), ("NORGOV 2015-01", None),
])
def test_parse_actor_code(text: str, expected: ActorCode | None) -> None:
    assert parse_actor_code(text) == expected


def test_read_actors_synonyms_codes_and_bare_names(examples: Path) -> None:
    report = Report()
    actors = {a.name: a for a in read_actors(examples / "actors.txt", report)}
    assert actors["NORWAY_"].synonyms == ("OSLO_", "NORWEGIAN_GOVERNMENT")
    assert actors["UNITED_NATIONS_"].synonyms == ("UN_",)  # a bare name right after an entry
    assert actors["INGRID_HOLM_"].codes[1] == ActorCode(code="NORGOV", valid_from=date(2015, 1, 1),
                                                        valid_to=date(2019, 12, 31))
    assert len(actors["ERIK_BERG_"].codes) == 2
    assert actors["NORTH_SEA_"].codes == (ActorCode(code="---"),)
    assert [(p.line, p.reason) for p in report.problems] == [(24, "malformed actor code")]
    assert "BROKEN_DATES_" not in actors


def test_read_agents_expands_macros_and_plurals(examples: Path) -> None:
    report = Report()
    agents = [(a.term, a.code) for a in read_agents(examples / "agents.txt", report)]
    assert ("POLICEWOMAN", "COP") in agents
    assert ("SOLDIERS", "MIL") in agents
    assert ("CHIEF JUSTICE", "JUD") in agents
    assert ("TRUCE_MONITOR", "IGO") in agents
    assert [(p.line, p.reason) for p in report.problems] == [(11, "agent without a code")]


def test_read_discards_story_and_sentence_level(examples: Path) -> None:
    discards = list(read_discards(examples / "discards.txt", Report()))
    assert [(d.words, d.story) for d in discards] == [(("cricket",), False), (("football",), True),
                                                       (("bird", "flu"), False)]


def test_read_issues_categories_codes_and_exclusions(examples: Path) -> None:
    report = Report()
    issues = list(read_issues(examples / "issues.txt", report))
    assert [(i.code, i.words, i.exclude) for i in issues] == [
        ("TEACHERS", ("teacher",), False), ("EDUCATION", ("higher", "education"), False),
        ("EARLY_EDUCATION", ("pre-k",), False), ("EDUCATION", ("head", "start"), True)]
    assert [(p.line, p.reason) for p in report.problems] == [(8, "issue outside an <ISSUE> block")]
