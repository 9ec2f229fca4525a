"""Compare predicted events with gold events, both JSONL files in the contract's shape (`tacitus eval`).

Events are matched within a document sentence (by `sentence`, else by trigger offsets): first pairs with the
same CAMEO root, then any remaining pair in the same sentence. From the matches come a PLOVER type confusion
matrix, actor errors, missed and extra events, and precision/recall/F1 per CAMEO root.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tacitus.errors import IngestError

NONE = "NONE"
Record = Mapping[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventKey:
    """What `eval` compares of one event."""

    doc_id: str
    sentence: int | None
    trigger_start: int | None
    code: str
    plover: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    text: str

    @property
    def root(self) -> str:
        """The two-digit CAMEO root (or NONE)."""
        return self.code[:2] if self.code else NONE


@dataclass(slots=True)
class Evaluation:
    """Counts from one comparison; `tacitus eval` prints them."""

    gold_events: int = 0
    pred_events: int = 0
    matched: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    per_root: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    actor_errors: list[tuple[EventKey, EventKey, str]] = field(default_factory=list)
    missed: list[EventKey] = field(default_factory=list)
    extra: list[EventKey] = field(default_factory=list)

    def root_scores(self) -> dict[str, tuple[float, float, float]]:
        """Precision, recall and F1 per CAMEO root (a match needs the same root)."""
        out: dict[str, tuple[float, float, float]] = {}
        for root, c in sorted(self.per_root.items()):
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            out[root] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
        return out

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return {
            "gold_events": self.gold_events, "pred_events": self.pred_events, "matched": self.matched,
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
            "per_root": {r: {"p": round(p, 3), "r": round(rr, 3), "f1": round(f, 3)}
                         for r, (p, rr, f) in self.root_scores().items()},
            "actor_errors": [{"doc_id": g.doc_id, "sentence": g.sentence, "what": what,
                              "gold": [g.source, g.target], "pred": [p.source, p.target]}
                             for g, p, what in self.actor_errors],
            "missed": [_key_dict(k) for k in self.missed],
            "extra": [_key_dict(k) for k in self.extra],
        }


def _key_dict(key: EventKey) -> dict[str, Any]:
    return {"doc_id": key.doc_id, "sentence": key.sentence, "code": key.code, "plover": key.plover,
            "source": list(key.source), "target": list(key.target), "trigger": key.text}


def _codes(actors: object) -> tuple[str, ...]:
    if not isinstance(actors, list):
        return ()
    return tuple(str(a.get("code") or "") for a in actors if isinstance(a, Mapping))


def event_key(record: Record) -> EventKey:
    """The compared fields of one contract event record."""
    cameo = record.get("cameo") if isinstance(record.get("cameo"), Mapping) else {}
    plover = record.get("plover") if isinstance(record.get("plover"), Mapping) else {}
    trigger = record.get("trigger") if isinstance(record.get("trigger"), Mapping) else {}
    sentence = record.get("sentence")
    start = trigger.get("start") if isinstance(trigger, Mapping) else None
    return EventKey(
        doc_id=str(record.get("doc_id")), sentence=sentence if isinstance(sentence, int) else None,
        trigger_start=start if isinstance(start, int) else None,
        code=str((cameo or {}).get("code") or ""), plover=str((plover or {}).get("type") or NONE),
        source=_codes(record.get("source")), target=_codes(record.get("target")),
        text=str((trigger or {}).get("text") or ""),
    )


def read_events(path: Path, *, asserted_only: bool = True) -> Iterator[EventKey]:
    """Event keys from a contract JSONL file; rejected records and (by default) non-asserted events are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise IngestError(f"{path}: {err}") from err
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise IngestError(f"{path}:{number}: invalid JSON ({err.msg})") from err
        if not isinstance(record, dict) or "rejected" in record:
            continue
        if asserted_only and record.get("modality") not in (None, "asserted"):
            continue
        yield event_key(record)


def _slot(key: EventKey) -> tuple[str, int | None]:
    return key.doc_id, key.sentence


def _pair(gold: list[EventKey], pred: list[EventKey]) -> Iterator[tuple[EventKey | None, EventKey | None]]:
    left = list(pred)
    unmatched: list[EventKey] = []
    for g in gold:  # same root first
        found = next((p for p in left if p.root == g.root), None)
        if found is None:
            unmatched.append(g)
            continue
        left.remove(found)
        yield g, found
    for g in unmatched:
        yield g, (left.pop(0) if left else None)
    for p in left:
        yield None, p


def _actor_error(g: EventKey, p: EventKey) -> str | None:
    src_ok = not g.source or bool(set(g.source) & set(p.source))
    tgt_ok = not g.target or bool(set(g.target) & set(p.target))
    if src_ok and tgt_ok:
        return None
    return "source and target" if not (src_ok or tgt_ok) else ("source" if not src_ok else "target")


def evaluate(gold: Iterable[EventKey], pred: Iterable[EventKey]) -> Evaluation:
    """Match predicted events to gold ones sentence by sentence and count the differences."""
    result = Evaluation()
    by_slot: dict[tuple[str, int | None], tuple[list[EventKey], list[EventKey]]] = defaultdict(lambda: ([], []))
    for key in gold:
        by_slot[_slot(key)][0].append(key)
        result.gold_events += 1
    for key in pred:
        by_slot[_slot(key)][1].append(key)
        result.pred_events += 1
    for gold_keys, pred_keys in by_slot.values():
        for g, p in _pair(gold_keys, pred_keys):
            _count(result, g, p)
    return result


def _count(result: Evaluation, g: EventKey | None, p: EventKey | None) -> None:
    result.confusion[(g.plover if g else NONE, p.plover if p else NONE)] += 1
    if g is not None and p is not None:
        result.matched += 1
        if g.root == p.root:
            result.per_root[g.root]["tp"] += 1
        else:
            result.per_root[g.root]["fn"] += 1
            result.per_root[p.root]["fp"] += 1
        what = _actor_error(g, p)
        if what:
            result.actor_errors.append((g, p, what))
    elif g is not None:
        result.per_root[g.root]["fn"] += 1
        result.missed.append(g)
    elif p is not None:
        result.per_root[p.root]["fp"] += 1
        result.extra.append(p)
