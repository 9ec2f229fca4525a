"""`tacitus run` end to end: a clean run, and a run killed (SIGKILL) at several points then resumed, give the same
database; documents already stored are skipped."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

ACTORS = ["Police", "Rebels", "Iran", "The army", "Kenyan police", "Protesters", "Israeli troops", "The government"]
TARGETS = ["protesters", "an army base", "Israel", "journalists", "the rebels", "the opposition", "students"]
VERBS = ["arrested", "attacked", "condemned", "met", "accused", "threatened", "criticised", "praised"]
PLACES = ["Nairobi", "Mali", "Gaza", "Caracas", "Kabul", "Delhi"]
TABLES = ("documents", "events", "actors", "quotes", "places", "rejected")


def _corpus(path: Path, n: int) -> int:
    """`n` short synthetic wire stories (random.Random(42)), plus bad lines and one repeated text."""
    rng = random.Random(42)
    lines = []
    for i in range(n):
        sentences = [f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(TARGETS)} in {rng.choice(PLACES)}."
                     for _ in range(rng.randint(1, 3))]
        day = f"2024-05-{rng.randint(1, 28):02d}"
        lines.append(json.dumps({"id": f"d{i:04d}", "date": day, "text": " ".join(sentences)}))
    lines[7] = json.dumps({"id": "empty", "text": "   "})
    lines[11] = "{not json"
    lines.append(json.dumps({"id": "again", "text": json.loads(lines[3])["text"]}))  # same content: skipped
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _command(corpus: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "tacitus", "run", str(corpus), "--db", str(db), "--workers", str(workers),
            "--batch-size", "8"]


def _run(corpus: Path, db: Path, workers: int) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(_command(corpus, db, workers), capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return result


def _kill_after(corpus: Path, db: Path, seconds: float) -> None:
    process = subprocess.Popen(_command(corpus, db, 1), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    time.sleep(seconds)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {table: con.sql(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}
    finally:
        con.close()


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.sql("SELECT count(*) FROM documents").fetchall()[0][0])
    finally:
        con.close()


def test_run_killed_and_resumed_equals_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    total = _corpus(corpus, 300)
    clean_db = tmp_path / "clean.duckdb"
    started = time.monotonic()
    result = _run(corpus, clean_db, workers=2)
    clean_seconds = time.monotonic() - started
    assert "skipped" in result.stderr
    clean = _dump(clean_db)
    assert len(clean["events"]) > 200
    assert len({row[0] for row in clean["events"]}) == len(clean["events"])
    assert {row[0] for row in clean["rejected"]} >= {"empty", "corpus:12"}
    assert "again" not in {row[0] for row in clean["documents"]}

    resumed_db, stored = _killed_partway(corpus, tmp_path, total, clean_seconds * 0.45)
    _kill_after(corpus, resumed_db, clean_seconds * 0.3)  # killed again while resuming
    assert _stored(resumed_db) >= stored
    _run(corpus, resumed_db, workers=1)
    assert _dump(resumed_db) == clean


def _killed_partway(corpus: Path, folder: Path, total: int, seconds: float) -> tuple[Path, int]:
    """A database of a run killed partway, with its document count; the kill time adapts to the machine's load
    (sooner when the run had finished, later when nothing was stored yet)."""
    tried = []
    for attempt in range(8):
        db = folder / f"killed{attempt}.duckdb"
        _kill_after(corpus, db, seconds)
        stored = _stored(db)
        if 0 < stored < total - 3:
            return db, stored
        tried.append((round(seconds, 2), stored))
        seconds = seconds * 0.6 if stored else seconds * 1.5
    raise AssertionError(f"no kill stopped the run partway (seconds, stored): {tried}")


def test_run_examples_then_stats_and_export_with_no_setup(tmp_path: Path) -> None:
    examples = Path(__file__).parents[1] / "examples"
    run = subprocess.run([sys.executable, "-m", "tacitus", "run", str(examples), "--workers", "1"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "tacitus.duckdb").exists()
    again = subprocess.run([sys.executable, "-m", "tacitus", "run", str(examples), "--workers", "1"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=300, check=False)
    assert "0 documents coded" in " ".join(again.stderr.split())
    stats = subprocess.run([sys.executable, "-m", "tacitus", "stats"], cwd=tmp_path, capture_output=True, text=True,
                           timeout=120, check=False)
    assert stats.returncode == 0, stats.stderr
    assert "By type" in stats.stdout
    gdelt = subprocess.run([sys.executable, "-m", "tacitus", "export", "--format", "gdelt"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120, check=False)
    assert gdelt.returncode == 0, gdelt.stderr
    assert {len(line.split("\t")) for line in gdelt.stdout.splitlines()} == {61}
