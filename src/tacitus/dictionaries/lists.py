"""Read PETRARCH discard lists (Phoenix.discards.txt) and issue lists (Phoenix.IssueCoding.txt).

Discards: one phrase a line; `+PHRASE` discards the whole story, a plain phrase the sentence.
Issues: `<ISSUE CATEGORY="ENERGY" TYPE="ALL">` ... `</ISSUE>` blocks of `phrase [CODE]` lines; a phrase
without a code takes the category, `~phrase` excludes a phrase, `n:`/`v:` mark a word's part of speech
and `+` joins words ("pre+k"). `#` starts a comment in both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tacitus.dictionaries.report import Report, numbered_lines

_ISSUE_OPEN = re.compile(r'<ISSUE\s+CATEGORY="([^"]+)"(?:\s+TYPE="([^"]*)")?\s*>')
_ISSUE_LINE = re.compile(r"(~{0,2})([^\[\]~]+?)\s*(?:\[([A-Z0-9_\-]+)\])?")


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscardRecord:
    """A discard phrase (lower case, words split) and whether it discards the whole story."""

    words: tuple[str, ...]
    story: bool
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class IssueRecord:
    """An issue phrase with its code (the category when the line has none); `exclude` for a `~` line."""

    category: str
    code: str
    words: tuple[str, ...]  # "n:teacher" -> "teacher", "pre+k" -> "pre-k"
    exclude: bool
    line: int


def read_discards(path: Path, report: Report) -> Iterator[DiscardRecord]:
    """Yield discard phrases; a line with brackets or no words becomes a Problem."""
    for line_no, raw in numbered_lines(path):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        story = body.startswith("+")
        words = tuple(body.removeprefix("+").lower().split())
        if not words or any(ch in body for ch in "[]{}"):
            report.problem(path, line_no, "malformed discard", body)
            continue
        report.read["discards"] += 1
        yield DiscardRecord(words=words, story=story, line=line_no)


def read_issues(path: Path, report: Report) -> Iterator[IssueRecord]:
    """Yield issue phrases by category; lines outside an <ISSUE> block or malformed become Problems."""
    category: str | None = None
    for line_no, raw in numbered_lines(path):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        if opened := _ISSUE_OPEN.fullmatch(body):
            category = opened.group(1)
        elif body == "</ISSUE>":
            category = None
        elif category is None:
            report.problem(path, line_no, "issue outside an <ISSUE> block", body)
        elif (match := _ISSUE_LINE.fullmatch(body)) is None:
            report.problem(path, line_no, "malformed issue line", body)
        else:
            words = tuple(w.split(":", 1)[-1].replace("+", "-") for w in match.group(2).lower().split())
            report.read["issues"] += 1
            yield IssueRecord(category=category, code=match.group(3) or category, words=words,
                              exclude=bool(match.group(1)), line=line_no)
