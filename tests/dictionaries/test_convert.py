"""Conversion to tacitus files: verbs.tsv rows, actor rows with date ranges, a folder the loaders accept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tacitus.actors.dictionary import load_actor_dictionary
from tacitus.coding.lexicon import ANY_TRIGGER, load_lexicon
from tacitus.coding.ontology import read_ontology
from tacitus.dictionaries.convert import import_dictionaries
from tacitus.dictionaries.convert_actors import agent_sector, display_name
from tacitus.dictionaries.convert_verbs import verb_rows
from tacitus.dictionaries.merge import load_actors, load_lexicons, merge_lexicons
from tacitus.dictionaries.report import Report
from tacitus.dictionaries.verbs import read_verb_dictionary
from tacitus.settings import LexiconMode


@pytest.fixture
def folder(examples: Path, tmp_path: Path) -> Path:
    out = tmp_path / "dicts"
    import_dictionaries(verbs=examples / "verbs.txt", actors=[examples / "actors.txt"],
                        agents=examples / "agents.txt", discards=examples / "discards.txt",
                        issues=examples / "issues.txt", out=out)
    return out


def test_verb_rows_express_particles_objects_and_preps(examples: Path) -> None:
    report = Report()
    rows = verb_rows(read_verb_dictionary(examples / "verbs.txt", report), report, ontology=read_ontology(),
                     name="verbs.txt")
    got = {(r.lemma, r.particle, tuple(sorted(r.objects)), tuple(sorted(r.preps)), r.code) for r in rows}
    assert ("send", None, ("aid", "food", "supplies", "supply"), ("to",), "073") in got  # synset, (TO +)
    assert ("dispatch", None, ("envoy",), ("to",), "042") in got  # a block's patterns go to all its verbs
    assert ("send", "back", ("soldier", "soldiers", "troop", "troops"), (), "0874") in got
    assert ("call", "off", (), (), "160") in got
    assert ("call", "off", ("talk", "talks"), (), "164") in got
    assert ("ask", None, (), ("for",), "020") in got
    assert ("accuse", None, (), ("of",), "112") in got
    assert not any(r.lemma == "send" and not r.objects for r in rows)  # block [---]: no bare sense


def test_verb_rows_count_what_they_cannot_express(examples: Path) -> None:
    report = Report()
    verb_rows(read_verb_dictionary(examples / "verbs.txt", report), report, ontology=read_ontology(), name="v")
    assert {"prepositional phrase with fixed words", "words before the verb", "skip marker ^",
            "reverse-only code [:code]", "transformation rule (no tacitus equivalent)"} <= set(report.skipped)
    assert report.approximated["object phrase reduced to its head noun"] == 1


def test_converted_folder_loads(folder: Path) -> None:
    lexicon = load_lexicon(folder)
    dictionary = load_actor_dictionary(folder)
    assert lexicon.verb_entries("send")
    assert lexicon.discards["send"] >= {"cricket", "football"}  # the * row reaches every trigger
    assert ANY_TRIGGER in lexicon.discards
    assert dictionary.agent(("policewoman",)) == "COP"
    assert dictionary.agent(("monk",)) == "REL"
    assert dictionary.name("Green Brigade").code == "NORREB"  # type: ignore[union-attr]
    assert dictionary.name("Oslo").code == "NOR"  # type: ignore[union-attr]
    assert dictionary.name("UN").code == "IGOUNO"  # type: ignore[union-attr]


@pytest.mark.parametrize(("on", "code"), [
    (date(2016, 5, 1), "NORGOV"), (date(2021, 5, 1), "NORELI"), (date(2012, 1, 1), "NOROPP"),
    (date(2019, 12, 31), "NORGOV"),
])
def test_people_codes_follow_the_document_date(folder: Path, on: date, code: str) -> None:
    dictionary = load_actor_dictionary(folder)
    assert dictionary.known_person("President Holm", on).code == code  # type: ignore[union-attr]


def test_people_with_only_dated_codes_have_none_outside(folder: Path) -> None:
    dictionary = load_actor_dictionary(folder)
    assert dictionary.known_person("Erik Berg", date(2012, 6, 1)).code == "NORMIL"  # type: ignore[union-attr]
    assert dictionary.known_person("Erik Berg", date(2005, 1, 1)) is None


def test_import_report_counts_problems_by_reason(examples: Path, tmp_path: Path) -> None:
    report = import_dictionaries(verbs=examples / "verbs.txt", actors=[examples / "actors.txt"],
                                 agents=examples / "agents.txt", out=tmp_path / "x")
    assert report.problems_by_reason() == {"pattern without a [code]": 1, "malformed actor code": 1,
                                           "agent without a code": 1}
    assert "discards.tsv" in report.copied
    assert report.written["verbs.tsv"] > 0


@pytest.mark.parametrize(("code", "sector"), [("AGR", "AGR"), ("GOVMED", "GOV"), ("BUDEDU", "EDU"),
                                              ("CHRCTH", "REL"), ("IGO", None), ("NGO", None)])
def test_agent_sector(code: str, sector: str | None) -> None:
    assert agent_sector(code) == sector


@pytest.mark.parametrize(("name", "shown"), [("AFGHAN_NATIONAL_ARMY_", "Afghan National Army"), ("U.N._", "U.N."),
                                             ("UNHCR", "UNHCR"), ("OSLO_", "Oslo")])
def test_display_name(name: str, shown: str) -> None:
    assert display_name(name) == shown


def test_extend_mode_merges_user_entries_over_the_built_in(folder: Path) -> None:
    built_in, user = load_lexicon(), load_lexicon(folder)
    merged = load_lexicons(folder, mode=LexiconMode.EXTEND)
    assert merge_lexicons(built_in, user).verbs.keys() == merged.verbs.keys()
    assert merged.verb_entries("arrest") == built_in.verb_entries("arrest")  # built-in kept
    assert merged.verb_entries("dispatch")[0] in user.verb_entries("dispatch")  # user added
    assert merged.nouns == built_in.nouns  # the import has no nouns
    assert merged.discards["arrest"] >= {"cricket"}  # user sentence discards reach built-in triggers
    assert merged.recipients >= built_in.recipients >= {"face"}  # word lists united, none lost
    assert merged.speech_acts.keys() >= built_in.speech_acts.keys()
    assert load_lexicons(folder, mode=LexiconMode.REPLACE).verb_entries("arrest") == ()


def test_extend_mode_actors_keep_built_in_entries(folder: Path) -> None:
    extended = load_actors(folder, mode=LexiconMode.EXTEND)
    replaced = load_actors(folder, mode=LexiconMode.REPLACE)
    assert extended.agent(("farmer",)) == "AGR"
    assert extended.agent(("government",)) == "GOV"
    assert replaced.agent(("government",)) is None
    assert extended.name("Green Brigade") is not None
