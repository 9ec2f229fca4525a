"""Read PETRARCH / TABARI actor and agent dictionaries (Phoenix.*.actors.txt, Phoenix.agents.txt).

Actors, as this reader takes them (`#` starts a comment; `_` joins the words of a name):

    AFGHANISTAN_  [AFG]            a name with its code
    +KABUL_                        a synonym of the entry above
    BARACK_OBAMA                   a name whose codes follow on their own (indented) lines
    +PRESIDENT_OBAMA
        [USAELI 780101-000101]     a code for a date range (YYMMDD or YYYYMMDD; two-digit years < 30 are 20xx)
        [USAGOV >090120]           ... from a date on; [CODE <YYMMDD] up to a date; a plain [CODE] otherwise
    U.N._                          a name with no code straight after an entry: one more synonym of it

Agents: `FARMER [~AGR]` (the code is a sector added to an actor), plural forms in `{...}`, and
`!PERSON! = MAN, MEN, WOMAN` macros used as `CATTLE!PERSON!`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tacitus.dictionaries.report import Report, numbered_lines

_ACTOR_CODE = re.compile(r"([A-Z0-9]{3,}|---)\s*(.*)")
_AGENT_CODE = re.compile(r"~([A-Z]{3,})|([A-Z]{3,})~")
_MACRO = re.compile(r"(![A-Z]+!)\s*=\s*(.+)")
_TWO_DIGIT_PIVOT = 30  # YYMMDD with YY < 30 is 20YY: the Phoenix files were written in 2014-2015


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorCode:
    """One code of an actor, valid from/to a date (both inclusive; None = open)."""

    code: str  # "USAGOV", or "---" for "no actor"
    valid_from: date | None = None
    valid_to: date | None = None

    @property
    def dated(self) -> bool:
        """Whether the code is restricted to a date range."""
        return self.valid_from is not None or self.valid_to is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorRecord:
    """An actor entry: its name, synonyms and codes, as written (`_` joins words)."""

    name: str
    synonyms: tuple[str, ...]
    codes: tuple[ActorCode, ...]
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class AgentRecord:
    """An agent term (macros expanded; `_` or a space joins words) and its sector code, e.g. "FARMER" AGR."""

    term: str
    code: str  # "AGR", "GOVMED" (several three-letter sectors), "IGO"
    line: int


def parse_date(text: str) -> date | None:
    """YYMMDD or YYYYMMDD -> date; None if malformed or impossible."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year < _TWO_DIGIT_PIVOT else 1900
    else:
        year = int(text[:4])
    try:
        return date(year, int(text[-4:-2]), int(text[-2:]))
    except ValueError:
        return None


def parse_actor_code(text: str) -> ActorCode | None:
    """`USAGOV`, `USAGOV >090120`, `USAGOV <090120`, `USAGOV 010120-090120`; None if malformed."""
    match = _ACTOR_CODE.fullmatch(text.strip())
    if match is None:
        return None
    code, rest = match.group(1), match.group(2).replace(" ", "")
    if not rest:
        return ActorCode(code=code)
    if rest[0] in "<>":
        when = parse_date(rest[1:])
        if when is None:
            return None
        return ActorCode(code=code, valid_from=when) if rest[0] == ">" else ActorCode(code=code, valid_to=when)
    start, dash, end = rest.partition("-")
    valid_from, valid_to = parse_date(start), parse_date(end)
    if not dash or valid_from is None or valid_to is None or valid_to < valid_from:
        return None
    return ActorCode(code=code, valid_from=valid_from, valid_to=valid_to)


@dataclass(slots=True)
class _Entry:
    name: str
    line: int
    synonyms: list[str]
    codes: list[ActorCode]
    broken: bool = False  # a code of it was malformed (already reported)
    adjacent: bool = False  # its first line came straight after the previous entry (no blank line)

    def freeze(self) -> ActorRecord:
        return ActorRecord(name=self.name, synonyms=tuple(self.synonyms), codes=tuple(self.codes), line=self.line)


def _codes(text: str, line_no: int, path: str, report: Report) -> list[ActorCode] | None:
    """The [...] codes on a line; None (and a Problem) if one is malformed."""
    found = []
    for inner in re.findall(r"\[([^\]]*)\]", text):
        code = parse_actor_code(inner)
        if code is None:
            report.problem(path, line_no, "malformed actor code", text)
            return None
        found.append(code)
    return found


def read_actors(path: Path, report: Report) -> Iterator[ActorRecord]:
    """Yield actor entries; malformed lines become Problems in `report` and are skipped."""
    where = str(path)
    entry: _Entry | None = None  # the entry being read
    pending: _Entry | None = None  # the entry before it, held back: a bare name may still join it
    adjacent = False  # no blank line since the last line of `entry`
    for line_no, raw in numbered_lines(path):
        body = raw.split("#", 1)[0].rstrip()
        if not body.strip():
            adjacent = adjacent and raw.lstrip().startswith("#")
            continue
        codes = _codes(body, line_no, where, report)
        text = re.sub(r"\[[^\]]*\]", " ", body).strip()
        if body.startswith("+") or (not text and body[0].isspace()) or body.startswith("["):
            if entry is None:
                report.problem(where, line_no, "synonym or code before any actor", body)
            else:
                entry.synonyms.extend([text[1:].strip()] if text.startswith("+") and text[1:].strip() else [])
                entry.codes.extend(codes or [])
                entry.broken = entry.broken or codes is None
            adjacent = entry is not None
            continue
        if body[0].isspace() or "[" in text or "]" in text:
            report.problem(where, line_no, "malformed actor line", body)
            continue
        pending, complete = _step(pending, entry)
        yield from _emit(complete, where, report)
        entry = _Entry(text, line_no, [], codes or [], broken=codes is None, adjacent=adjacent)
        adjacent = True
    pending, complete = _step(pending, entry)
    yield from _emit(complete, where, report)
    yield from _emit(pending, where, report)


def _step(pending: _Entry | None, entry: _Entry | None) -> tuple[_Entry | None, _Entry | None]:
    """(new pending entry, complete entry) once `entry` has ended.

    TABARI: a bare name (no code, no synonyms) right after an entry is one more synonym of it.
    """
    if entry is None:
        return pending, None
    if pending is not None and entry.adjacent and not (entry.codes or entry.synonyms or entry.broken):
        pending.synonyms.append(entry.name)
        return pending, None
    return entry, pending


def _emit(entry: _Entry | None, path: str, report: Report) -> Iterator[ActorRecord]:
    if entry is None:
        return
    if not entry.codes:
        if not entry.broken:
            report.problem(path, entry.line, "actor without a code", entry.name)
        return
    report.read["actors"] += 1
    yield entry.freeze()


def _expand(term: str, macros: dict[str, tuple[str, ...]]) -> list[str] | None:
    """All spellings of a term with `!MACRO!`s replaced; None if a macro is not defined."""
    match = re.search(r"![A-Z]+!", term)
    if match is None:
        return [term]
    forms = macros.get(match.group(0))
    if forms is None:
        return None
    out: list[str] = []
    for form in forms:
        expanded = _expand(term[: match.start()] + form + term[match.end() :], macros)
        if expanded is None:
            return None
        out.extend(expanded)
    return out


def read_agents(path: Path, report: Report) -> Iterator[AgentRecord]:
    """Yield agent terms with their sector codes, one record per spelling (plural forms in {} included)."""
    where = str(path)
    macros: dict[str, tuple[str, ...]] = {}
    for line_no, raw in numbered_lines(path):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        if macro := _MACRO.fullmatch(body):
            macros[macro.group(1)] = tuple(w.strip() for w in macro.group(2).split(",") if w.strip())
            continue
        codes = re.findall(r"\[([^\]]*)\]", body)
        code = _AGENT_CODE.fullmatch(codes[0].strip()) if len(codes) == 1 else None
        if code is None:
            reason = "agent without a code" if not codes else "malformed agent code"
            report.problem(where, line_no, reason, body)
            continue
        plurals = " ".join(re.findall(r"\{([^}]*)\}", body)).split()
        terms = [re.sub(r"\[[^\]]*\]|\{[^}]*\}", " ", body).strip(), *plurals]
        expanded = [_expand(t.removeprefix("+"), macros) for t in terms if t]
        if not terms[0] or any(e is None for e in expanded):
            report.problem(where, line_no, "malformed agent term", body)
            continue
        report.read["agents"] += 1
        for forms in expanded:
            for form in forms or ():
                yield AgentRecord(term=form, code=code.group(1) or code.group(2), line=line_no)
