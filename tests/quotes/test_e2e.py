"""Quotes end to end: the CLI's records, and events inside quotes carrying the speaker."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tacitus.pipeline import DocumentResult


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tacitus", *args], input=stdin, capture_output=True, text=True,
                          timeout=300, check=False)


def test_quotes_cli_follows_the_contract(tmp_path: Path) -> None:
    text = ("Colonel Josue Hidalgo Azuaje left the army. \"We do not want a foreign government to invade our "
            "country,\" Hidalgo Azuaje said. The ministry said that talks would resume.")
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "a1", "text": text}) + "\n" + '{"id": "x", "text": ""}\n{"id": "u", '
                    '"text": "He said \\"oh and then \\u201cnothing."}\n', encoding="utf-8")
    out = tmp_path / "quotes.jsonl"
    result = run("quotes", str(docs), "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"doc_id": "x", "rejected": "empty text", "stage": "ingest"} in records
    quotes = [r for r in records if r["doc_id"] == "a1"]
    first = quotes[0]
    assert first["direct"] is True
    assert first["speaker"]["text"] == "Hidalgo Azuaje"
    assert first["speaker"]["name"] == "Josue Hidalgo Azuaje"
    assert first["cue"]["text"] == "said"
    for record in quotes:
        assert text[record["start"] : record["end"]] == record["text"]
        assert set(record) >= {"doc_id", "text", "start", "end", "direct", "speaker", "cue"}
    assert any(not r["direct"] for r in quotes)


def test_quotes_cli_stdin_empty_output_for_no_quotes() -> None:
    result = run("quotes", "-", stdin="Police arrested ten protesters in Nairobi.")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_event_inside_quote_carries_speaker(result_of: Callable[[str], DocumentResult]) -> None:
    result = result_of("“Israel attacked our positions near the border,” the Iranian foreign minister said.")
    [event] = [e for e in result.events if e.trigger.text == "attacked"]
    assert event.attribution.speaker is not None
    assert event.attribution.speaker.code.startswith("IRN")


def test_event_after_according_to_report_names_outlet(result_of: Callable[[str], DocumentResult]) -> None:
    result = result_of("According to a report by CNN, soldiers arrested ten protesters in Nairobi.")
    [event] = [e for e in result.events if e.trigger.text == "arrested"]
    assert event.attribution.according_to == "CNN"
