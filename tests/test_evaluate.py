"""`tacitus eval`: matching, confusion, actor errors, missed and extra events."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tacitus.errors import IngestError
from tacitus.evaluate import evaluate, read_events


def _event(doc: str, sentence: int, code: str, plover: str | None, src: str, tgt: str,
           modality: str = "asserted") -> dict[str, object]:
    return {"doc_id": doc, "sentence": sentence, "cameo": {"code": code}, "modality": modality,
            "plover": {"type": plover} if plover else None, "trigger": {"text": "x", "start": 0, "end": 1},
            "source": [{"code": src}] if src else [], "target": [{"code": tgt}] if tgt else []}


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = _write(tmp_path / "gold.jsonl", [
        _event("a", 0, "173", "COERCE", "KENCOP", "KENCVL"),   # matched, right
        _event("a", 1, "111", "ACCUSE", "CHN", "JPN"),          # matched, wrong target
        _event("b", 0, "190", "ASSAULT", "ISRMIL", "PSE"),      # matched with another root
        _event("c", 0, "141", "PROTEST", "---CVL", ""),          # missed
    ])
    pred = _write(tmp_path / "pred.jsonl", [
        _event("a", 0, "173", "COERCE", "KENCOP", "KENCVL"),
        _event("a", 1, "112", "ACCUSE", "CHN", "USA"),
        _event("b", 0, "172", "COERCE", "ISRMIL", "PSE"),
        _event("d", 2, "042", "CONSULT", "USA", "FRA"),          # extra
        _event("d", 3, "190", "ASSAULT", "USA", "IRN", modality="future"),  # not asserted: ignored
        {"doc_id": "e", "rejected": "empty text"},
    ])
    return gold, pred


def test_evaluate_counts_matches_errors_missed_and_extra(files: tuple[Path, Path]) -> None:
    gold, pred = files
    result = evaluate(read_events(gold), read_events(pred))
    assert (result.gold_events, result.pred_events, result.matched) == (4, 4, 3)
    assert [k.doc_id for k in result.missed] == ["c"]
    assert [k.doc_id for k in result.extra] == ["d"]
    assert [(g.doc_id, what) for g, _, what in result.actor_errors] == [("a", "target")]
    assert result.confusion[("ASSAULT", "COERCE")] == 1
    assert result.confusion[("PROTEST", "NONE")] == 1
    scores = result.root_scores()
    assert scores["17"][:2] == (0.5, 1.0)  # the 172 predicted for a gold 190 is a false 17
    assert scores["19"][1] == 0.0


def test_read_events_all_modalities_and_bad_json(tmp_path: Path, files: tuple[Path, Path]) -> None:
    _, pred = files
    assert len(list(read_events(pred, asserted_only=False))) == 5
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "a"}\n{oops\n', encoding="utf-8")
    with pytest.raises(IngestError, match="bad.jsonl:2"):
        list(read_events(bad))


def test_eval_cli_prints_tables_and_json(files: tuple[Path, Path]) -> None:
    gold, pred = files
    cmd = [sys.executable, "-m", "tacitus", "eval", str(gold), "--against", str(pred)]
    text = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    assert "Per CAMEO root" in text
    assert "ASSAULT" in text
    assert "Missed" in text
    report = json.loads(subprocess.run([*cmd, "--json"], capture_output=True, text=True, check=True).stdout)
    assert report["matched"] == 3
    assert report["confusion"]["PROTEST->NONE"] == 1
