"""Turn PETRARCH actor, agent and discard records into tacitus actor and lexicon rows.

Actors with any dated code become people.tsv rows, one per code and period (a plain code next to dated
ones is the fallback: a dated row that covers a document's date starts later, so it wins); the rest
become countries.tsv rows (an ISO 3166 country code, or "-" for [---], "not an actor") or
organizations.tsv rows (any other code). Agents become agents.tsv rows with one tacitus sector.
Single-word discards become a discards.tsv row for every trigger ("*"); longer phrases are counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from tacitus.actors.dictionary import SECTORS, normalize_name
from tacitus.dictionaries.actors import ActorCode, ActorRecord, AgentRecord
from tacitus.dictionaries.convert_verbs import head_forms
from tacitus.dictionaries.lists import DiscardRecord
from tacitus.dictionaries.report import Report

# CAMEO religion codes (codebook ch. 4) that tacitus folds into its one religious sector, REL.
RELIGIONS = frozenset({
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR", "JAN", "JEW",
    "JHW", "LDS", "MOS", "MRN", "MUS", "NEW", "ORT", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO",
    "MAR",
})
ALL_TRIGGERS = "*"

Row = tuple[str, ...]


@dataclass(slots=True)
class ActorTables:
    """Rows for countries.tsv, organizations.tsv and people.tsv, in the loaders' column order."""

    countries: list[Row] = field(default_factory=list)  # name code sector note
    organizations: list[Row] = field(default_factory=list)  # name code note
    people: list[Row] = field(default_factory=list)  # name code valid_from valid_to aliases note


def display_name(text: str) -> str:
    """"AFGHAN_NATIONAL_ARMY_" -> "Afghan National Army"; a short single word stays an acronym ("UNHCR")."""
    words = text.replace("_", " ").replace("+", " ").split()
    return " ".join(w if _acronym(w, alone=len(words) == 1) else w.title() for w in words)


def _acronym(word: str, *, alone: bool) -> bool:
    """"U.S.", "UNHCR" (alone: five letters, one vowel) stay upper case; "OSLO", "NATO", "ARMY" in a name do not."""
    vowels = sum(c in "AEIOU" for c in word)
    return "." in word or not vowels or (alone and (len(word) <= 3 or (len(word) <= 5 and vowels <= 1)))


@dataclass(slots=True)
class _People:
    """Names and aliases of people rows so far, so that no two people share one in overlapping periods."""

    periods: dict[str, dict[str, list[tuple[date, date]]]] = field(default_factory=dict)  # key -> person -> ...

    def clashes(self, key: str, person: str, start: date, end: date) -> bool:
        """Whether another person has `key` in a period sharing more than a handover day (the loader's rule)."""
        return any(start < o_end and o_start < end for other, spans in self.periods.get(key, {}).items()
                   if other != person for o_start, o_end in spans)

    def add(self, key: str, person: str, start: date, end: date) -> None:
        self.periods.setdefault(key, {}).setdefault(person, []).append((start, end))


def _iso(code: str) -> str | None:
    return code[:3] if len(code) >= 3 else None


def _person_code_ok(code: str, countries: frozenset[str], report: Report) -> bool:
    if not (code.isalpha() and code.isupper() and len(code) % 3 == 0):
        report.skip("actor code tacitus cannot hold (digits or odd length)")
        return False
    sector = code[3:6]
    if code[:3] in countries and sector and sector not in SECTORS:
        report.skip("actor code with a sector tacitus does not know")
        return False
    return True


def _people_rows(names: list[str], codes: Iterable[ActorCode], where: str, tables: ActorTables,
                 people: _People, countries: frozenset[str], report: Report) -> None:
    person, aliases = names[0], [(a, normalize_name(a)) for a in names[1:]]
    person_key = normalize_name(person)
    dated = sorted((c for c in codes if c.dated), key=lambda c: c.valid_from or date.min)
    plain = [c for c in codes if not c.dated]
    for code in [*dated, *plain]:  # dated rows first: on a tie the loader keeps the first row
        if code.code == "---":
            report.approximate("[---] code of a person: no actor outside the other periods")
            continue
        if not _person_code_ok(code.code, countries, report):
            continue
        start, end = code.valid_from or date.min, code.valid_to or date.max
        if people.clashes(person_key, person, start, end):
            report.skip("person whose name another actor has in the same period")
            continue
        kept = [(a, key) for a, key in aliases if not people.clashes(key, person, start, end)]
        report.approximate("alias dropped: another actor has it in the same period", len(aliases) - len(kept))
        for _, key in [(person, person_key), *kept]:
            people.add(key, person, start, end)
        valid_from = code.valid_from.isoformat() if code.valid_from else ""
        valid_to = code.valid_to.isoformat() if code.valid_to else ""
        tables.people.append((person, code.code, valid_from, valid_to, "|".join(a for a, _ in kept), where))


def actor_tables(records: Iterable[tuple[str, ActorRecord]], report: Report, *,
                 countries: frozenset[str]) -> ActorTables:
    """countries / organizations / people rows for (file name, record) pairs; the first entry of a name wins."""
    tables, people = ActorTables(), _People()
    claimed: dict[str, str] = {}  # normalised name -> code, for countries.tsv and organizations.tsv
    for source, record in records:
        names = list({normalize_name(n): display_name(n) for n in (record.name, *record.synonyms)
                      if normalize_name(n)}.values())
        where = f"{source}:{record.line}"
        if not names:
            report.skip("actor whose name is empty once normalised")
        elif any(code.dated for code in record.codes):
            _people_rows(names, record.codes, where, tables, people, countries, report)
        else:
            _name_rows(names, record.codes, where, tables, claimed, countries, report)
    return tables


def _name_rows(names: list[str], codes: tuple[ActorCode, ...], where: str, tables: ActorTables,
               claimed: dict[str, str], countries: frozenset[str], report: Report) -> None:
    code = codes[0].code
    report.approximate("extra plain codes of an actor: the first kept", len(codes) - 1)
    if code != "---" and not (code.isalpha() and code.isupper()):
        report.skip("actor code tacitus cannot hold (digits or odd length)")
        return
    for name in names:
        key = normalize_name(name)
        if claimed.setdefault(key, code) != code:
            report.skip("name already coded differently by an earlier actor")
            continue
        if code == "---":
            tables.countries.append((name, "-", "", f"{where} [---]: not an actor"))
        elif code in countries:
            tables.countries.append((name, code, "", where))
        else:
            tables.organizations.append((name, code, where))


def agent_sector(code: str) -> str | None:
    """One tacitus sector for a PETRARCH agent code: the first three-letter part tacitus knows, else REL for
    a religion ("BUDEDU" -> EDU, "CHRCTH" -> REL, "GOVMED" -> GOV); None if nothing fits ("IGO", "NGO")."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    known = [p for p in parts if p in SECTORS]
    if known:
        return known[0]
    return "REL" if any(p in RELIGIONS for p in parts) else None


def agent_rows(records: Iterable[tuple[str, AgentRecord]], report: Report) -> list[Row]:
    """agents.tsv rows (term sector note); the first sector of a term wins."""
    rows: list[Row] = []
    seen: set[str] = set()
    for source, record in records:
        term = " ".join(record.term.lower().replace("_", " ").split())
        sector = agent_sector(record.code)
        if sector is None:
            report.skip("agent code with no tacitus sector (IGO, NGO, IMG ...)")
        elif not term or term in seen:
            report.skip("agent term listed twice")
        else:
            seen.add(term)
            rows.append((term, sector, f"{source}:{record.line} [~{record.code}]"))
    return rows


def discard_rows(records: Iterable[tuple[str, DiscardRecord]], report: Report) -> list[Row]:
    """One discards.tsv row for every trigger (lemma "*") with the single-word discards as context."""
    context: dict[str, str] = {}
    for source, record in records:
        if len(record.words) > 1:
            report.skip("multi-word discard phrase (tacitus discards by single context lemmas)")
            continue
        if record.story:
            report.approximate("story-level discard applied per sentence")
        for form in sorted(head_forms(record.words[0])[0]):
            context.setdefault(form, f"{source}:{record.line}")
    if not context:
        return []
    return [(ALL_TRIGGERS, "|".join(context), "PETRARCH sentence discards: any trigger, any of these words")]
