"""The coding-quality gate: synthetic wire sentences we wrote (tests/gold/*.jsonl) and the events they must give.

A gold line is one sentence (or a short story) and what a careful CAMEO coder expects of it:

    {"id": "aid-003", "text": "Japan will provide $500 million in aid to Ukraine, its prime minister said.",
     "events": [{"code": "0331", "source": "JPN", "target": "UKR"},
                {"code": "071", "source": "JPN", "target": "UKR", "modality": "future"}],
     "forbid": ["07"], "note": "a promise of aid is an asserted intent; the aid itself is future"}

- `events`: the events the coder must give. `code` is the CAMEO code; `source`/`target` an actor code that must
  be among the event's actors (omitted: not scored; null: the event must have none); `modality` defaults to
  "asserted".
- `forbid`: CAMEO codes or prefixes that must not appear as *asserted* events ("will attack": no asserted 18/19).
  With `events` empty and no `forbid`, the sentence must give no asserted event at all (a negative: sport,
  business, disaster, idiom).

Scores, over all expected events: `code_recall` (exact code and actors), `root_recall` (CAMEO root and actors),
`found_recall` (exact code, actors not checked), `actor_acc` (actors right where the code is), and over
sentences: `trap_rate` (sentences with a forbidden asserted event). `eval_baseline.json` pins the floors, overall
and per gold file (a drop in one file is not hidden by a gain in another), and the sha256 of the gold files; the
test below fails when a score drops under its floor or the gold changed without the baseline.
`python -m tests.eval_gate` prints every miss; `--update-baseline` rewrites the baseline with the current scores
(refusing to lower a file's floor unless `--allow-regression`; a new gold file may lower the overall scores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tacitus.pipeline import Coder
    from tacitus.records import Event

GOLD_DIR = Path(__file__).parent / "gold"
BASELINE = Path(__file__).parent / "eval_baseline.json"
UNSCORED = object()
MAXIMA = frozenset({"trap_rate"})  # scores where lower is better: the baseline pins a ceiling
ROLES = ("source", "target")


@dataclass(frozen=True, slots=True)
class Expected:
    """One event a gold sentence must give."""

    code: str
    source: object = UNSCORED
    target: object = UNSCORED
    modality: str = "asserted"


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One gold line: the text, the events it must give, the asserted codes it must not give."""

    id: str
    text: str
    events: tuple[Expected, ...]
    forbid: tuple[str, ...]
    where: str


@dataclass(slots=True)
class GateResult:
    """Counts over the gold set, and the misses for the report."""

    counts: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    by_file: dict[str, Counter[str]] = field(default_factory=dict)

    def file_scores(self) -> dict[str, dict[str, float]]:
        """The scores of each gold file on its own."""
        return {name: GateResult(counts=counts).scores() for name, counts in sorted(self.by_file.items())}

    def scores(self) -> dict[str, float]:
        c = self.counts
        n = c["expected"] or 1
        return {
            "code_recall": round(c["code_ok"] / n, 4),
            "root_recall": round(c["root_ok"] / n, 4),
            "found_recall": round(c["found"] / n, 4),
            "actor_acc": round(c["code_ok"] / (c["found"] or 1), 4),
            "trap_rate": round(c["trapped"] / (c["trap_sentences"] or 1), 4),
        }


def _expected(raw: dict[str, Any], where: str) -> Expected:
    if not isinstance(raw.get("code"), str) or not raw["code"].isdigit():
        raise ValueError(f"{where}: each event needs a CAMEO 'code' of digits")
    roles = {role: raw[role] for role in ROLES if role in raw}
    return Expected(code=raw["code"], modality=raw.get("modality", "asserted"), **roles)


def read_gold(folder: Path = GOLD_DIR) -> list[GoldSentence]:
    """Every gold sentence of the folder's JSONL files, in file order; a malformed line raises with file:line."""
    out: list[GoldSentence] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            raw = json.loads(line)
            if raw["id"] in seen:
                raise ValueError(f"{where}: duplicate id {raw['id']!r}")
            seen.add(raw["id"])
            events = tuple(_expected(e, where) for e in raw.get("events", []))
            out.append(GoldSentence(id=raw["id"], text=raw["text"], events=events,
                                    forbid=tuple(raw.get("forbid", [])), where=where))
    return out


def gold_digest(folder: Path = GOLD_DIR) -> str:
    """sha256 over the gold files' names and bytes: the baseline is only valid for the gold it was made on."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.jsonl")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _actors_ok(expected: Expected, event: Event) -> bool:
    for role in ROLES:
        want = getattr(expected, role)
        codes = [a.code for a in getattr(event, role)]
        if want is UNSCORED:
            continue
        if want is None and codes:
            return False
        if want is not None and want not in codes:
            return False
    return True


def _describe(event: Event) -> str:
    return (f"{event.cameo.code} {[a.code for a in event.source]}->{[a.code for a in event.target]} "
            f"{event.modality.value} '{event.trigger.text}'")


def score(gold: Sequence[GoldSentence], events: dict[str, list[Event]]) -> GateResult:
    """Score predicted events (by gold id) against the gold sentences."""
    result = GateResult()
    for sentence in gold:
        predicted = events.get(sentence.id, [])
        file_counts = result.by_file.setdefault(sentence.where.split(":")[0], Counter())
        problems: list[str] = []
        for want in sentence.events:
            same_mode = [e for e in predicted if e.modality.value == want.modality]
            checks = {
                "code_ok": any(e.cameo.code == want.code and _actors_ok(want, e) for e in same_mode),
                "root_ok": any(e.cameo.root == want.code[:2] and _actors_ok(want, e) for e in same_mode),
                "found": any(e.cameo.code == want.code for e in same_mode),
            }
            for counts in (result.counts, file_counts):
                counts["expected"] += 1
                counts.update(k for k, ok in checks.items() if ok)
            if not checks["code_ok"]:
                problems.append(f"missing {want.code} {_role_text(want)} {want.modality}")
        asserted = [e for e in predicted if e.modality.value == "asserted"]
        if sentence.forbid or not sentence.events:
            bad = [e for e in asserted if _forbidden(e.cameo.code, sentence.forbid)]
            for counts in (result.counts, file_counts):
                counts["trap_sentences"] += 1
                counts["trapped"] += bool(bad)
            problems += [f"forbidden {_describe(e)}" for e in bad]
        if problems:
            got = "; ".join(_describe(e) for e in predicted) or "no events"
            result.misses.append(f"{sentence.where} {sentence.id}: {sentence.text}\n    "
                                 + "\n    ".join(problems) + f"\n    got: {got}")
    return result


def _role_text(want: Expected) -> str:
    show = ["-" if v is UNSCORED else str(v) for v in (want.source, want.target)]
    return f"{show[0]}->{show[1]}"


def _forbidden(code: str, forbid: Iterable[str]) -> bool:
    forbid = tuple(forbid)
    return any(code.startswith(prefix) for prefix in forbid) if forbid else True


def run_gate(coder: Coder, gold: Sequence[GoldSentence]) -> GateResult:
    """Code every gold text in one batch and score it."""
    from tacitus.records import Event

    events: dict[str, list[Event]] = {}
    for record in coder.code_documents([{"id": s.id, "text": s.text} for s in gold]):
        if isinstance(record, Event):
            events.setdefault(record.doc_id, []).append(record)
    return score(gold, events)


def read_baseline(path: Path = BASELINE) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def below_floor(scores: dict[str, float], floors: dict[str, float]) -> list[str]:
    """The scores that broke their floor (or, for `trap_rate`, their ceiling)."""
    out = []
    for name, floor in floors.items():
        got = scores[name]
        if (got > floor) if name in MAXIMA else (got < floor):
            out.append(f"{name} {got} {'above ceiling' if name in MAXIMA else 'below floor'} {floor}")
    return out


def regressions(result: GateResult, baseline: dict[str, Any]) -> list[str]:
    """The overall scores, and each gold file's, that broke their floors: a drop in one file is not hidden by a
    gain in another."""
    broken = below_floor(result.scores(), baseline["floors"])
    files = result.file_scores()
    for name, floors in sorted(baseline.get("files", {}).items()):
        if name in files:
            broken += [f"{name}: {problem}" for problem in below_floor(files[name], floors)]
    return broken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval_gate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="score only gold files whose name contains this")
    parser.add_argument("--update-baseline", action="store_true", help="write the current scores as the floors")
    parser.add_argument("--allow-regression", action="store_true", help="let --update-baseline lower a floor")
    parser.add_argument("--quiet", action="store_true", help="scores only, no misses")
    args = parser.parse_args(argv)
    from tacitus.pipeline import Coder

    gold = [s for s in read_gold() if not args.only or args.only in s.where]
    result = run_gate(Coder.load(), gold)
    if not args.quiet:
        print("\n".join(result.misses))
    for name, part in result.file_scores().items():
        print(f"{name}: " + " ".join(f"{k}={v:.3f}" for k, v in part.items())
              + f" n={result.by_file[name]['expected']}")
    scores = result.scores()
    print("eval_gate: " + " ".join(f"{k}={v:.3f}" for k, v in scores.items())
          + f" expected={result.counts['expected']} sentences={len(gold)}")
    if args.update_baseline:
        if args.only:
            print("--update-baseline needs the whole gold set (no --only)", file=sys.stderr)
            return 2
        old = read_baseline() if BASELINE.exists() else {"floors": {}}
        # a new gold file may lower the overall scores; the floors of the files already there may not drop
        same_files = set(old.get("files", {})) == set(result.by_file)
        lowered = regressions(result, old if same_files else {**old, "floors": {}})
        if lowered and not args.allow_regression:
            print("refusing to lower floors: " + "; ".join(lowered) + " (use --allow-regression)", file=sys.stderr)
            return 1
        BASELINE.write_text(json.dumps({"gold_sha256": gold_digest(), "min_expected": result.counts["expected"],
                                        "floors": scores, "files": result.file_scores()}, indent=2) + "\n",
                            encoding="utf-8")
        print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
