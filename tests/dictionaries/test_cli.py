"""`tacitus dict import` and `tacitus code --lexicons/--actors` as a user runs them (subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tacitus", *args], input=stdin, capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    examples = Path(__file__).parents[2] / "sample-dictionaries"
    out = tmp_path_factory.mktemp("dicts")
    result = run("dict", "import", "--verbs", str(examples / "verbs.txt"), "--actors", str(examples / "actors.txt"),
                 "--agents", str(examples / "agents.txt"), "--discards", str(examples / "discards.txt"),
                 "--issues", str(examples / "issues.txt"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "verbs.txt:41: pattern without a [code]" in result.stderr
    return out


def test_dict_import_writes_a_complete_folder(imported: Path) -> None:
    names = {p.name for p in imported.iterdir()}
    assert names == {"verbs.tsv", "nouns.tsv", "light_verbs.tsv", "modality.tsv", "reporting.tsv", "discards.tsv",
                     "agents.tsv", "countries.tsv", "organizations.tsv", "people.tsv"}
    assert run("check-lexicon", str(imported)).returncode == 0


@pytest.mark.parametrize(("day", "code"), [("2016-05-01", "NORGOV"), ("2021-05-01", "NORELI")])
def test_code_with_imported_actors_uses_the_document_date(imported: Path, day: str, code: str) -> None:
    result = run("code", "-", "--date", day, "--lexicons", str(imported), "--actors", str(imported),
                 stdin="Ingrid Holm accused the Green Brigade of treason.")
    assert result.returncode == 0, result.stderr
    [event] = [json.loads(line) for line in result.stdout.splitlines()]
    # "of treason" refines the accusation (1125) through the built-in frames.tsv and topics.tsv
    assert (event["cameo"]["code"], event["source"][0]["code"], event["target"][0]["code"]) == ("1125", code,
                                                                                                 "NORREB")


def test_code_extend_mode_applies_imported_discards(imported: Path) -> None:
    text = "Ingrid Holm accused the Green Brigade of treason at the cricket ground."
    result = run("code", "-", "--date", "2016-05-01", "--lexicons", str(imported), "--actors", str(imported),
                 "--lexicon-mode", "extend", stdin=text)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_dict_import_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("dict", "import", "--verbs", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o"))
    assert result.returncode == 2
