"""Read a PETRARCH / TABARI verb pattern dictionary (CAMEO.2.0.txt style) into typed records.

The format, as this reader takes it (`#` and, on verb lines, `;` start a comment):

    &CURRENCY                      a synonym set; its members follow as `+WORD` lines (`_` joins words)
    +DOLLAR
    ---  ASK   [020]  ---          a verb block with its default code ([---]: no event by default)
    ASK  [020]                     a verb of the block, with its own code and irregular forms in {}
    +ASK_FOR {+ASKED_FOR} [020]    a multi-word verb
    - $ * &CURRENCY (TO +)  [0231:023]  # ASK
                                   a pattern: words before the `*` (the verb) go with the subject, words
                                   after with the object; `{A B}` a noun phrase, `&NAME` a synonym set,
                                   `(PREP ...)` a prepositional phrase, `$` the source, `+` the target,
                                   `^` a skip; the code is [code], [code:reverse code] or [---]
    ~ a (a b ATTACK) SAY = a b 015 a transformation rule (counted, not read)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from tacitus.dictionaries.report import Report, numbered_lines

_BLOCK = re.compile(r"---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"(\d{3,4}|---)?(?::(\d{3,4}))?")
_WORD = re.compile(r"[A-Z0-9][A-Z0-9_.'\-/]*_?")


class PartKind(StrEnum):
    """What one element of a pattern is."""

    WORD = "word"  # a literal word, `_`-joined compounds kept as one word: "AIR_STRIKE"
    PHRASE = "phrase"  # {HUMANITARIAN AID}: a noun phrase, its head last
    SYNSET = "synset"  # &FOOD
    PREP = "prep"  # (TO BORDER): a preposition and the parts of its object
    SOURCE = "source"  # $
    TARGET = "target"  # +
    SKIP = "skip"  # ^


@dataclass(frozen=True, slots=True)
class Part:
    """One element of a pattern; `words` holds the word, the phrase's words or the synset name."""

    kind: PartKind
    words: tuple[str, ...] = ()
    prep: str | None = None
    inner: tuple[Part, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Code:
    """A pattern or verb code: the event code (None for [---]) and the reverse code of [a:b], if any."""

    code: str | None
    reverse: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbForm:
    """A verb of a block: "ASK", or the multi-word "ASK_FOR"; its code, or None to take the block's."""

    words: tuple[str, ...]
    code: Code | None
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Pattern:
    """A pattern line: the parts before and after the verb and its code."""

    before: tuple[Part, ...]
    after: tuple[Part, ...]
    code: Code
    line: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbBlock:
    """A `--- NAME [code] ---` block: its verbs share its patterns."""

    name: str
    code: Code
    verbs: tuple[VerbForm, ...]
    patterns: tuple[Pattern, ...]
    line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbDictionary:
    """Everything read from one verb dictionary file."""

    path: str
    synsets: dict[str, tuple[str, ...]]  # "&FOOD" -> ("FOOD", "NUTRIENT", ...)
    blocks: tuple[VerbBlock, ...]


def parse_code(text: str) -> Code | None:
    """[020] -> 020, [042:043] -> 042 reverse 043, [:173] -> reverse only, [---] -> no code; None if malformed."""
    match = _CODE.fullmatch(text.strip())
    if match is None or not text.strip():
        return None
    code, reverse = match.group(1), match.group(2)
    return Code(code=None if code in (None, "---") else code, reverse=reverse)


def _comment_free(line: str, *, semicolon: bool) -> str:
    line = line.split("#", 1)[0]
    return (line.split(";", 1)[0] if semicolon else line).strip()


def _tokens(text: str) -> list[str] | None:
    """Split a pattern body on spaces, keeping (...) and {...} groups whole; None if brackets do not balance."""
    out: list[str] = []
    current, depth = "", 0
    for char in text:
        if char in "({":
            depth += 1
        elif char in ")}":
            depth -= 1
            if depth < 0:
                return None
        if char.isspace() and depth == 0:
            if current:
                out.append(current)
            current = ""
        else:
            current += char
    if depth != 0:
        return None
    return [*out, current] if current else out


def parse_part(token: str) -> Part | None:
    """One pattern element; None if it is not one this format knows."""
    if token == "$":
        return Part(PartKind.SOURCE)
    if token == "+":
        return Part(PartKind.TARGET)
    if token == "^":
        return Part(PartKind.SKIP)
    if token.startswith("&") and _WORD.fullmatch(token[1:]):
        return Part(PartKind.SYNSET, (token,))
    if token.startswith("{") and token.endswith("}"):
        words = tuple(token[1:-1].split())
        valid = words and all(_WORD.fullmatch(w.removeprefix("&")) for w in words)
        return Part(PartKind.PHRASE, words) if valid else None
    if token.startswith("(") and token.endswith(")"):
        inner = _tokens(token[1:-1])
        if not inner or not _WORD.fullmatch(inner[0]):
            return None
        parts = [parse_part(t) for t in inner[1:]]
        if any(p is None or p.kind is PartKind.PREP for p in parts):
            return None
        return Part(PartKind.PREP, prep=inner[0], inner=tuple(p for p in parts if p is not None))
    return Part(PartKind.WORD, (token,)) if _WORD.fullmatch(token) else None


def _pattern(body: str, line_no: int, path: str, report: Report) -> Pattern | None:
    match = re.fullmatch(r"-\s*(.*?)\s*\[([^\]]*)\]", body)
    if match is None:
        report.problem(path, line_no, "pattern without a [code]", body)
        return None
    code = parse_code(match.group(2))
    if code is None:
        report.problem(path, line_no, "malformed code", body)
        return None
    tokens = _tokens(match.group(1))
    if tokens is None:
        report.problem(path, line_no, "unbalanced brackets", body)
        return None
    if tokens.count("*") != 1:
        report.problem(path, line_no, "pattern needs exactly one '*'", body)
        return None
    star = tokens.index("*")
    parts = [parse_part(t) for t in tokens[:star] + tokens[star + 1 :]]
    if any(p is None for p in parts):
        report.problem(path, line_no, "unknown pattern element", body)
        return None
    known = [p for p in parts if p is not None]
    return Pattern(before=tuple(known[:star]), after=tuple(known[star:]), code=code, line=line_no, text=body)


def _verb(body: str, line_no: int, path: str, report: Report) -> VerbForm | None:
    """`ASK [020]`, `HURRY {HURRIES HURRIED}`, `+ASK_FOR {+ASKED_FOR} [020]`."""
    code_text = re.findall(r"\[([^\]]*)\]", body)
    rest = re.sub(r"\[[^\]]*\]|\{[^}]*\}", " ", body).split()
    word = rest[0].removeprefix("+") if len(rest) == 1 else ""
    if len(code_text) > 1 or not _WORD.fullmatch(word):
        report.problem(path, line_no, "malformed verb line", body)
        return None
    code = parse_code(code_text[0]) if code_text else None
    if code_text and code is None:
        report.problem(path, line_no, "malformed code", body)
        return None
    words = tuple(w for w in word.split("_") if w)
    return VerbForm(words=words, code=code, line=line_no)


@dataclass(slots=True)
class _Block:
    name: str
    code: Code
    line: int
    verbs: list[VerbForm]
    patterns: list[Pattern]

    def freeze(self) -> VerbBlock:
        return VerbBlock(name=self.name, code=self.code, verbs=tuple(self.verbs), patterns=tuple(self.patterns),
                         line=self.line)


def read_verb_dictionary(path: Path, report: Report) -> VerbDictionary:
    """Read synonym sets and verb blocks; every malformed line becomes a Problem in `report`."""
    synsets: dict[str, list[str]] = {}
    blocks: list[_Block] = []
    synset: list[str] | None = None
    broken = False  # under a malformed block header: its lines must not join the previous block
    where = str(path)
    for line_no, raw in numbered_lines(path):
        body = _comment_free(raw, semicolon=not raw.lstrip().startswith("-"))
        if not body:
            continue
        if body.startswith("---"):
            match = _BLOCK.fullmatch(body)
            code = parse_code(match.group(2)) if match else None
            broken, synset = match is None or code is None, None
            if match is None or code is None:
                report.problem(where, line_no, "malformed block header", body)
            else:
                blocks.append(_Block(match.group(1), code, line_no, [], []))
        elif broken:
            report.skip("line under a malformed block header")
        elif body.startswith("&"):
            name = body.split()[0]
            synset = synsets.setdefault(name, [])
            report.read["synonym sets"] += 1
        elif body.startswith("+") and synset is not None:
            synset.append(body[1:].split()[0])
        elif body.startswith("-"):
            pattern = _pattern(body, line_no, where, report) if blocks else None
            if not blocks:
                report.problem(where, line_no, "pattern outside a verb block", body)
            elif pattern is not None:
                blocks[-1].patterns.append(pattern)
                report.read["verb patterns"] += 1
        elif body.startswith("~"):
            report.read["transformations"] += 1
            report.skip("transformation rule (no tacitus equivalent)")
        elif not blocks:
            report.problem(where, line_no, "verb outside a verb block", body)
        elif (verb := _verb(body, line_no, where, report)) is not None:
            blocks[-1].verbs.append(verb)
            report.read["verbs"] += 1
    return VerbDictionary(path=where, synsets={k: tuple(v) for k, v in synsets.items()},
                          blocks=tuple(b.freeze() for b in blocks))
