"""The command line, run as a user runs it (subprocess), on files we write."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[1] / "examples"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tacitus", *args], input=stdin, capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.fixture(scope="module")
def example_events() -> list[dict[str, object]]:
    result = run("code", str(EXAMPLES))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_code_examples_follow_the_contract(example_events: list[dict[str, object]]) -> None:
    assert len(example_events) >= 10
    keys = {"doc_id", "event_id", "sentence", "sentence_text", "date", "plover", "cameo", "source", "target",
            "trigger", "modality", "attribution", "location", "confidence"}
    for record in example_events:
        assert keys <= record.keys()
    assert {r["doc_id"] for r in example_events} >= {"caracas_defectors", "nairobi_protest", "wire-001"}


def test_code_stdin_text_with_date() -> None:
    result = run("code", "-", "--date", "2024-03-14", stdin="Police arrested ten protesters in Nairobi.")
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["doc_id"], record["date"], record["cameo"]["root"]) == ("stdin", "2024-03-14", "17")


def test_code_rejects_bad_documents_and_goes_on(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "x", "text": ""}\n{oops\n{"id": "y", "text": "Iran condemned Israel."}\n',
                    encoding="utf-8")
    result = run("code", str(docs))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["doc_id"] for r in records if "rejected" in r} == {"x", "docs:2"}
    assert [r["doc_id"] for r in records if "rejected" not in r] == ["y"]


def test_code_csv_to_file(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = run("code", str(EXAMPLES / "wire.jsonl"), "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows
    assert {"cameo_code", "source_code", "target_code", "plover_type"} <= rows[0].keys()


@pytest.mark.parametrize(("args", "code"), [(("code", "/no/such/file.txt"), 1), (("code", "x", "--date", "soon"), 2),
                                            (("nonsense",), 2)])
def test_cli_exit_codes(args: tuple[str, ...], code: int) -> None:
    assert run(*args).returncode == code


def test_explain_shows_parse_codes_and_reasons() -> None:
    result = run("explain", "Venezuelan army defectors urged the United States to send them weapons.")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Parse" in out
    assert "urged" in out
    assert "CAMEO 02" in out
    assert "VENMIL" in out
    assert "why:" in out


def test_explain_shows_casualties() -> None:
    result = run("explain", "Gunmen killed four villagers and wounded six in Borno.")
    assert result.returncode == 0, result.stderr
    assert "casualties: killed 4, injured 6" in result.stdout


def test_check_lexicon_counts_entries() -> None:
    result = run("check-lexicon")
    assert result.returncode == 0, result.stderr
    assert "verb entries" in result.stdout


def _command_names() -> list[str]:
    from typer.main import get_command

    from tacitus.cli import app

    root = get_command(app)
    names: list[str] = []
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        if subcommands:
            names.extend(f"tacitus {name} {sub}" for sub in subcommands)
        else:
            names.append(f"tacitus {name}")
    return names


def test_every_command_is_documented() -> None:
    root = Path(__file__).parents[1]
    docs = "\n".join(p.read_text(encoding="utf-8") for p in [root / "README.md", *sorted((root / "docs").glob("*.md"))])
    names = _command_names()
    assert {"tacitus code", "tacitus run", "tacitus eval"} <= set(names)
    for name in names:
        assert name in docs, f"{name} has no example in README.md or docs/"


@pytest.mark.parametrize("command", ["code", "quotes", "places"])
def test_unwritable_output_is_a_clear_error(tmp_path: Path, command: str) -> None:
    result = run(command, str(EXAMPLES / "wire.jsonl"), "-o", str(tmp_path / "no" / "such" / "dir.jsonl"))
    assert result.returncode == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
