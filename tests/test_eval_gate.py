"""The coding-quality gate over tests/gold (see tests/eval_gate.py), and the gate's own scoring rules."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from tests.eval_gate import (
    GOLD_DIR,
    UNSCORED,
    Expected,
    GoldSentence,
    below_floor,
    gold_digest,
    read_baseline,
    read_gold,
    regressions,
    run_gate,
    score,
)

from tacitus.pipeline import Coder


def test_eval_gate_holds_its_floors(coder: Coder) -> None:
    baseline = read_baseline()
    assert baseline["gold_sha256"] == gold_digest(), \
        "tests/gold changed: rerun `python -m tests.eval_gate --update-baseline` and commit the baseline"
    result = run_gate(coder, read_gold())
    assert result.counts["expected"] >= baseline["min_expected"]
    broken = regressions(result, baseline)
    assert not broken, "; ".join(broken) + "\n" + "\n".join(result.misses)


def _event(code: str, source: list[str], target: list[str], modality: str = "asserted") -> SimpleNamespace:
    actors = {role: [SimpleNamespace(code=c) for c in codes]
              for role, codes in (("source", source), ("target", target))}
    return SimpleNamespace(cameo=SimpleNamespace(code=code, root=code[:2]), modality=SimpleNamespace(value=modality),
                           trigger=SimpleNamespace(text="x"), **actors)


def _gold(events: tuple[Expected, ...], forbid: tuple[str, ...] = ()) -> list[GoldSentence]:
    return [GoldSentence(id="g", text="t", events=events, forbid=forbid, where="f.jsonl:1")]


def test_score_needs_code_and_actors_for_code_recall() -> None:
    gold = _gold((Expected(code="173", source="KENCOP", target=UNSCORED),))
    right = score(gold, {"g": [_event("173", ["KENCOP"], ["KENOPP"])]}).scores()
    wrong_actor = score(gold, {"g": [_event("173", ["KENMIL"], [])]}).scores()
    wrong_code = score(gold, {"g": [_event("172", ["KENCOP"], [])]}).scores()
    assert (right["code_recall"], right["actor_acc"]) == (1.0, 1.0)
    assert (wrong_actor["code_recall"], wrong_actor["found_recall"], wrong_actor["actor_acc"]) == (0.0, 1.0, 0.0)
    assert (wrong_code["code_recall"], wrong_code["root_recall"]) == (0.0, 1.0)


def test_score_none_actor_means_the_event_has_none() -> None:
    gold = _gold((Expected(code="141", source=UNSCORED, target=None),))
    assert score(gold, {"g": [_event("141", [], [])]}).scores()["code_recall"] == 1.0
    assert score(gold, {"g": [_event("141", [], ["KEN"])]}).scores()["code_recall"] == 0.0


def test_score_matches_modality() -> None:
    gold = _gold((Expected(code="071", modality="future"),))
    assert score(gold, {"g": [_event("071", [], [], "asserted")]}).scores()["found_recall"] == 0.0
    assert score(gold, {"g": [_event("071", [], [], "future")]}).scores()["found_recall"] == 1.0


def test_score_traps_forbidden_and_negative_sentences() -> None:
    trap = _gold((), forbid=("18", "19"))
    assert score(trap, {"g": [_event("190", [], [], "asserted")]}).scores()["trap_rate"] == 1.0
    assert score(trap, {"g": [_event("190", [], [], "future")]}).scores()["trap_rate"] == 0.0
    assert score(trap, {"g": [_event("010", [], [])]}).scores()["trap_rate"] == 0.0
    negative = _gold(())
    assert score(negative, {"g": [_event("010", [], [])]}).scores()["trap_rate"] == 1.0


def test_below_floor_reads_trap_rate_as_a_ceiling() -> None:
    assert below_floor({"code_recall": 0.5, "trap_rate": 0.2}, {"code_recall": 0.6, "trap_rate": 0.1}) == [
        "code_recall 0.5 below floor 0.6", "trap_rate 0.2 above ceiling 0.1"]
    assert below_floor({"code_recall": 0.7, "trap_rate": 0.0}, {"code_recall": 0.6, "trap_rate": 0.1}) == []


def test_read_gold_rejects_duplicate_ids(tmp_path: Path) -> None:
    line = '{"id": "a", "text": "t", "events": []}\n'
    (tmp_path / "x.jsonl").write_text(line + line, encoding="utf-8")
    with pytest.raises(ValueError, match="x.jsonl:2: duplicate id"):
        read_gold(tmp_path)


def test_gold_digest_changes_with_the_gold(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text('{"id": "a", "text": "t", "events": []}\n', encoding="utf-8")
    before = gold_digest(tmp_path)
    (tmp_path / "x.jsonl").write_text('{"id": "a", "text": "u", "events": []}\n', encoding="utf-8")
    assert gold_digest(tmp_path) != before
    assert gold_digest(GOLD_DIR) != before


def test_regressions_catch_a_drop_in_one_file_hidden_overall() -> None:
    gold = [GoldSentence(id=f"g{k}", text="t", events=(Expected(code="173"),), forbid=(), where=f"{name}.jsonl:1")
            for k, name in enumerate(["a", "b", "b"])]
    result = score(gold, {"g1": [_event("173", [], [])], "g2": [_event("173", [], [])]})  # a.jsonl misses
    baseline = {"floors": {"code_recall": 0.6}, "files": {"a.jsonl": {"code_recall": 1.0}}}
    assert result.scores()["code_recall"] > 0.6
    assert regressions(result, baseline) == ["a.jsonl: code_recall 0.0 below floor 1.0"]
    assert regressions(result, {"floors": {"code_recall": 0.6}}) == []
