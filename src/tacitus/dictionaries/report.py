"""What a dictionary import read, could not read (with `file:line`), and could not express in tacitus."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """An entry a reader could not read: where it is, why (a fixed reason, for counting), and its text."""

    path: str
    line: int
    reason: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}: {self.text!r}"


@dataclass(slots=True)
class Report:
    """Counts of one import: records read by kind, unreadable entries, entries skipped by reason, rows written.

    `problems` are entries the readers could not parse; `skipped` are records read fine that the tacitus
    files cannot express (a pattern with words before the verb, an agent sector tacitus lacks ...);
    `approximated` are records converted with a loss.
    """

    read: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    approximated: Counter[str] = field(default_factory=Counter)
    written: Counter[str] = field(default_factory=Counter)
    copied: list[str] = field(default_factory=list)  # built-in files copied for inputs not given

    def problem(self, path: Path | str, line: int, reason: str, text: str) -> None:
        """Note an unreadable entry at `path:line` and go on."""
        self.problems.append(Problem(str(path), line, reason, text.strip()))

    def skip(self, reason: str, count: int = 1) -> None:
        """Count `count` records that could be read but not converted, for `reason`."""
        if count:
            self.skipped[reason] += count

    def approximate(self, reason: str, count: int = 1) -> None:
        """Count `count` records converted with a loss (a phrase reduced to its head noun ...), for `reason`."""
        if count:
            self.approximated[reason] += count

    def problems_by_reason(self) -> Counter[str]:
        """Unreadable entries counted by reason."""
        return Counter(p.reason for p in self.problems)

    def lines(self, *, examples: int = 1) -> list[str]:
        """A human-readable summary, one line per count (with `examples` file:line samples per problem)."""
        out = [f"read {count} {kind}" for kind, count in sorted(self.read.items())]
        for reason, count in self.problems_by_reason().most_common():
            samples = [str(p) for p in self.problems if p.reason == reason][:examples]
            out.append(f"unreadable: {count} {reason}" + "".join(f"\n    e.g. {s}" for s in samples))
        out += [f"not converted: {count} {reason}" for reason, count in self.skipped.most_common()]
        out += [f"converted with a loss: {count} {reason}" for reason, count in self.approximated.most_common()]
        out += [f"wrote {count} rows to {name}" for name, count in sorted(self.written.items())]
        out += [f"copied the built-in {', '.join(self.copied)}"] if self.copied else []
        return out


def numbered_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line) of a dictionary file; undecodable bytes are replaced, never fatal."""
    with path.open(encoding="utf-8", errors="replace") as f:
        yield from enumerate(f, start=1)
