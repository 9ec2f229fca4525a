"""Known people (people.tsv): loading, date ranges, and resolution of names the text gives no role or country."""

from __future__ import annotations

import shutil
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from spacy.language import Language

from tacitus.actors.dictionary import ActorDictionary, load_actor_dictionary
from tacitus.actors.resolve import DocumentActors
from tacitus.errors import LexiconError
from tacitus.records import Actor


def _copy_data(tmp_path: Path) -> Path:
    with as_file(files("tacitus") / "data" / "actors") as source:
        shutil.copytree(source, tmp_path / "actors")
    return tmp_path / "actors"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Nobody\tUSAXYZ\t2000\t\tNobody\t\n", "unknown sector"),
        ("Nobody\tusagov\t2000\t\t\t\n", "CAMEO code"),
        ("Nobody\tUSAGOV\t2000-13-01\t\t\t\n", "YYYY or YYYY-MM-DD"),
        ("Nobody\tUSAGOV\t2010\t2001\t\t\n", "before valid_from"),
        ("Nobody\tUSAGOV\t2010\t2012\tObama\t\n", "'obama' names both Nobody and Barack Obama"),
    ],
)
def test_known_people_load_reports_path_and_line(tmp_path: Path, line: str, message: str) -> None:
    directory = _copy_data(tmp_path)
    path = directory / "people.tsv"
    line_no = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as f:
        f.write(line)
    with pytest.raises(LexiconError, match=f"people.tsv:{line_no}: .*{message}"):
        load_actor_dictionary(directory)


def test_known_people_file_is_optional(tmp_path: Path) -> None:
    directory = _copy_data(tmp_path)
    (directory / "people.tsv").unlink()
    assert load_actor_dictionary(directory).known_person("Obama") is None


@pytest.mark.parametrize(
    ("text", "on", "name", "code"),
    [
        ("Obama", date(2010, 6, 1), "Barack Obama", "USAGOV"),
        ("Obama", date(2018, 6, 1), "Barack Obama", "USAELI"),
        ("barack OBAMA", None, "Barack Obama", "USAELI"),  # no date: the latest period
        ("Obama", date(2017, 1, 20), "Barack Obama", "USAELI"),  # handover day: the newer row
        ("Assad", date(1995, 1, 1), "Hafez al-Assad", "SYRGOV"),
        ("Assad", date(2012, 1, 1), "Bashar al-Assad", "SYRGOV"),
        ("Kofi Annan", date(2000, 1, 1), "Kofi Annan", "IGOUNO"),
        ("Mahmud Abbas", date(2010, 1, 1), "Mahmoud Abbas", "PSEGOV"),
        ("Nicolas Maduro", date(2015, 1, 1), "Nicolas Maduro", "VENGOV"),
    ],
)
def test_known_person_period_for_date(
    dictionary: ActorDictionary, text: str, on: date | None, name: str, code: str
) -> None:
    known = dictionary.known_person(text, on)
    assert known is not None
    assert (known.name, known.code) == (name, code)


@pytest.mark.parametrize(("text", "on"), [("Obama", date(1990, 1, 1)), ("Obamas", None), ("Michelle Obama", None)])
def test_known_person_needs_whole_name_and_a_covering_period(
    dictionary: ActorDictionary, text: str, on: date | None
) -> None:
    assert dictionary.known_person(text, on) is None


def _subject(nlp: Language, dictionary: ActorDictionary, text: str, word: str, on: date | None) -> Actor | None:
    doc = nlp(text)
    actors = DocumentActors(doc, dictionary, on=on)
    token = next(t for t in doc if t.text == word)
    return actors.resolve(token)


@pytest.mark.parametrize(
    ("text", "word", "on", "code", "name"),
    [
        ("President obama expressed sorrow.", "obama", date(2012, 3, 1), "USAGOV", "Barack Obama"),
        ("Obama criticised the plan.", "Obama", date(2019, 3, 1), "USAELI", "Barack Obama"),
        ("Putin offered to negotiate.", "Putin", date(2015, 3, 1), "RUSGOV", "Vladimir Putin"),
        ("Museveni said the army would withdraw.", "Museveni", None, "UGAGOV", "Yoweri Museveni"),
        ("Kofi Annan urged restraint.", "Annan", date(2004, 3, 1), "IGOUNO", "Kofi Annan"),
        ("President Bill Clinton met Yasser Arafat.", "Arafat", date(1998, 3, 1), "PSEGOV", "Yasser Arafat"),
        # undated: the title picks the period ("President" GOV), else the latest one
        ("President Bill Clinton imposed sanctions.", "Clinton", None, "USAGOV", "Bill Clinton"),
        ("Senator Hillary Clinton voted.", "Clinton", None, "USALEG", "Hillary Clinton"),
        ("Bill Clinton imposed sanctions.", "Clinton", None, "USAELI", "Bill Clinton"),
        ("Former President Bill Clinton imposed sanctions.", "Clinton", None, "USAELI", "Bill Clinton"),
        ("UN Secretary-General Antonio Guterres urged calm.", "Guterres", None, "IGOUNO", "Antonio Guterres"),
        # dated: the date decides, whatever the title
        ("President Bill Clinton imposed sanctions.", "Clinton", date(2010, 3, 1), "USAELI", "Bill Clinton"),
    ],
)
def test_resolve_known_person_without_text_country(
    nlp: Language, dictionary: ActorDictionary, text: str, word: str, on: date | None, code: str, name: str
) -> None:
    actor = _subject(nlp, dictionary, text, word, on)
    assert actor is not None
    assert (actor.code, actor.name) == (code, name)
    assert "known person" in actor.why


def test_resolve_text_role_with_country_wins(nlp: Language, dictionary: ActorDictionary) -> None:
    # The dictionary says VENGOV; the text's own role and country are kept ("former" + GOV -> ELI).
    text = "Former Colombian President Nicolas Maduro spoke."
    actor = _subject(nlp, dictionary, text, "Maduro", date(2015, 1, 1))
    assert actor is not None
    assert actor.code == "COLELI"


def test_resolve_surname_after_full_name(nlp: Language, dictionary: ActorDictionary) -> None:
    doc = nlp("Yoweri Museveni arrived on Monday. Later Museveni met the envoy.")
    actors = DocumentActors(doc, dictionary, on=date(2020, 1, 1))
    [first, later] = [t for t in doc if t.text == "Museveni"]
    assert actors.person(first) is actors.person(later)
    resolved = actors.resolve(later)
    assert resolved is not None
    assert (resolved.code, resolved.name) == ("UGAGOV", "Yoweri Museveni")


def test_resolve_other_person_with_same_surname_is_not_known(nlp: Language, dictionary: ActorDictionary) -> None:
    actor = _subject(nlp, dictionary, "Michelle Obama visited the school.", "Obama", date(2012, 1, 1))
    assert actor is None or actor.name != "Barack Obama"


def test_known_person_undated_period_of_the_titles_sector(dictionary: ActorDictionary) -> None:
    known = dictionary.known_person("Obama", None, sector="GOV")
    assert known is not None
    assert known.code == "USAGOV"
    other = dictionary.known_person("Obama", None, sector="MIL")  # no such period: the latest
    assert other is not None
    assert other.code == "USAELI"
    dated = dictionary.known_person("Obama", date(2019, 1, 1), sector="GOV")
    assert dated is not None
    assert dated.code == "USAELI"
