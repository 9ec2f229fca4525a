"""Loading the actor dictionary: shipped data, package country names, and errors that name file:line."""

from __future__ import annotations

import shutil
import unicodedata
from importlib.resources import as_file, files
from pathlib import Path

import pytest

from tacitus.actors.dictionary import ActorDictionary, NameKind, load_actor_dictionary, normalize_name
from tacitus.errors import LexiconError


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        (("army",), "MIL"),
        (("security", "force"), "COP"),
        (("national", "security", "advisor"), "GOV"),
        (("rebel",), "REB"),
        (("student",), "EDU"),
        (("court",), "JUD"),
        (("journalist",), "MED"),
        (("doctor",), "HLH"),
        (("opposition",), "OPP"),
    ],
)
def test_dictionary_agent_sectors(dictionary: ActorDictionary, words: tuple[str, ...], sector: str) -> None:
    assert dictionary.agent(words) == sector


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("U.S.", "USA", NameKind.COUNTRY),
        ("the United States", "USA", NameKind.COUNTRY),
        ("Venezuelan", "VEN", NameKind.COUNTRY),
        ("Palestinian", "PSE", NameKind.COUNTRY),
        ("Kosovo", "XKX", NameKind.COUNTRY),
        ("Washington", "USAGOV", NameKind.SEAT),
        ("the Kremlin", "RUSGOV", NameKind.SEAT),
        ("Pentagon", "USAMIL", NameKind.SEAT),
        ("U.N.", "IGOUNO", NameKind.ORGANIZATION),
        ("Security Council", "IGOUNO", NameKind.ORGANIZATION),
        ("NATO", "IGOWSTNAT", NameKind.ORGANIZATION),
        ("Islamic State", "IMGMUSISI", NameKind.ORGANIZATION),
        ("al-Qaeda", "IMGMUSAQD", NameKind.ORGANIZATION),
    ],
)
def test_dictionary_names(dictionary: ActorDictionary, text: str, code: str, kind: NameKind) -> None:
    entry = dictionary.name(text)
    assert entry is not None
    assert (entry.code, entry.kind) == (code, kind)


def test_dictionary_taliban_is_not_italy(dictionary: ActorDictionary) -> None:
    entry = dictionary.name("Taliban")
    assert entry is not None
    assert entry.code == "AFGREBTAL"


@pytest.mark.parametrize("text", ["Man", "President", "Government", "Toronto"])
def test_dictionary_drops_words_that_are_not_countries(dictionary: ActorDictionary, text: str) -> None:
    assert dictionary.name(text) is None


@pytest.mark.parametrize(
    ("code", "name"), [("USA", "United States"), ("RUS", "Russia"), ("PSE", "Palestine"), ("ISR", "Israel")]
)
def test_dictionary_display_names(dictionary: ActorDictionary, code: str, name: str) -> None:
    assert dictionary.country_name(code) == name


def test_dictionary_capital_takes_country_display_name(dictionary: ActorDictionary) -> None:
    entry = dictionary.name("Washington")
    assert entry is not None
    assert (entry.country, entry.sector, entry.name) == ("USA", "GOV", "United States")


def test_dictionary_org_display_name_is_the_full_name(dictionary: ActorDictionary) -> None:
    entry = dictionary.name("UN")
    assert entry is not None
    assert (entry.name, entry.country, entry.sector) == ("United Nations", None, None)


def test_dictionary_org_with_country_has_country_and_sector(dictionary: ActorDictionary) -> None:
    entry = dictionary.name("Hamas")
    assert entry is not None
    assert (entry.country, entry.sector) == ("PSE", "REB")


@pytest.mark.parametrize(("text", "code"), [("UN", "IGOUNO"), ("the U.N.", "IGOUNO"), ("Un", None), ("Who", None),
                                           ("Nato", "IGOWSTNAT")])
def test_dictionary_short_acronyms_match_only_in_capitals(dictionary: ActorDictionary, text: str,
                                                          code: str | None) -> None:
    entry = dictionary.name(text)
    assert (entry.code if entry else None) == code


def test_normalize_name_ignores_dots_case_and_leading_the() -> None:
    assert normalize_name("The U.S.") == normalize_name("US") == "us"
    assert normalize_name("Côte d'Ivoire") == "cote divoire"


@pytest.mark.parametrize("word", ["Iran", "THE", "the", "G20", "x", "İstanbul", "Straße", "ＵＮ", "ǅ", ""])
def test_normalize_name_of_one_word_is_the_full_normalization(word: str) -> None:
    """A plain ASCII word takes a short path; it must give what the full normalization gives."""
    full = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii").lower()
    full = " ".join("".join(c if c.isalnum() else " " for c in full.replace(".", "").replace("'", "")).split())
    assert normalize_name(word) == full.removeprefix("the ")


def _copy_data(tmp_path: Path) -> Path:
    with as_file(files("tacitus") / "data" / "actors") as source:
        shutil.copytree(source, tmp_path / "actors")
    return tmp_path / "actors"


@pytest.mark.parametrize(
    ("filename", "line", "message"),
    [
        ("agents.tsv", "soldier\tXYZ\tbad sector\n", "known sector"),
        ("agents.tsv", "army\tMIL\tduplicate\n", "duplicate"),
        ("countries.tsv", "Atlantis\tATL\t\t\n", "unknown country code"),
        ("organizations.tsv", "Some Body\tigo1\t\n", "CAMEO code"),
    ],
)
def test_load_reports_path_and_line(tmp_path: Path, filename: str, line: str, message: str) -> None:
    directory = _copy_data(tmp_path)
    path = directory / filename
    line_no = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as f:
        f.write(line)
    with pytest.raises(LexiconError, match=f"{filename}:{line_no}: .*{message}"):
        load_actor_dictionary(directory)


def test_load_rejects_a_wrong_header(tmp_path: Path) -> None:
    directory = _copy_data(tmp_path)
    (directory / "agents.tsv").write_text("word\tsector\tnote\narmy\tMIL\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="agents.tsv:1: header"):
        load_actor_dictionary(directory)


def test_load_from_directory_reads_those_files(tmp_path: Path) -> None:
    directory = _copy_data(tmp_path)
    with (directory / "agents.tsv").open("a", encoding="utf-8") as f:
        f.write("gendarme corps\tCOP\ttest row\n")
    assert load_actor_dictionary(directory).agent(("gendarme", "corps")) == "COP"
