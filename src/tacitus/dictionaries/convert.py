"""Convert PETRARCH / TABARI dictionaries once into a folder of tacitus lexicon and actor files.

Example:
    report = import_dictionaries(verbs=Path("CAMEO.2.0.txt"), actors=[Path("Phoenix.Countries.actors.txt")],
                                 agents=Path("Phoenix.agents.txt"), out=Path("my_lexicons"))
    lexicon, actors = load_lexicon(Path("my_lexicons")), load_actor_dictionary(Path("my_lexicons"))

The folder holds verbs.tsv, nouns.tsv, light_verbs.tsv, modality.tsv, reporting.tsv, discards.tsv (the
event lexicon) and agents.tsv, countries.tsv, organizations.tsv, people.tsv (the actor dictionary), so
one folder serves both `--lexicons` and `--actors`. Files for inputs not given are the built-in ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path

from tacitus.coding.lexicon import DEFAULT_LEXICONS, DISCARDS, LIGHT_VERBS, MODALITY, NOUNS, REPORTING, VERBS
from tacitus.coding.ontology import Ontology, read_ontology
from tacitus.dictionaries.actors import read_actors, read_agents
from tacitus.dictionaries.convert_actors import Row, actor_tables, agent_rows, discard_rows
from tacitus.dictionaries.convert_verbs import VerbRow, verb_rows
from tacitus.dictionaries.lists import read_discards, read_issues
from tacitus.dictionaries.report import Report
from tacitus.dictionaries.verbs import read_verb_dictionary
from tacitus.errors import LexiconError

ACTOR_FILES = ("agents.tsv", "countries.tsv", "organizations.tsv", "people.tsv")
_BUILT_IN_ACTORS = files("tacitus") / "data" / "actors"
_HEADER = "# Converted by `tacitus dict import` from {sources}. Re-run the import rather than edit by hand.\n"


def _write(path: Path, header: str, columns: Sequence[str], rows: Iterable[Sequence[str]], report: Report) -> None:
    """A tacitus TSV: provenance comment, header, rows (tabs and newlines inside cells become spaces)."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("\t".join(columns) + "\n")
        for row in rows:
            f.write("\t".join(" ".join(cell.split()) for cell in row) + "\n")
            count += 1
    report.written[path.name] += count


def _verb_cells(row: VerbRow) -> Row:
    return (row.lemma, row.particle or "", "|".join(sorted(row.objects)), "|".join(sorted(row.preps)), row.code,
            row.note)


def _copy_built_in(name: str, out: Path, report: Report, *, actors: bool = False) -> None:
    source = (_BUILT_IN_ACTORS if actors else DEFAULT_LEXICONS) / name
    (out / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    report.copied.append(name)


def _country_codes() -> frozenset[str]:
    """The ISO 3166 alpha-3 codes the actor loader knows (plus XKX for Kosovo)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def import_verbs(path: Path, out: Path, report: Report, *, ontology: Ontology) -> None:
    """Write verbs.tsv from a verb pattern dictionary, and an empty nouns.tsv (the format has no nouns)."""
    dictionary = read_verb_dictionary(path, report)
    rows = verb_rows(dictionary, report, ontology=ontology, name=path.name)
    header = _HEADER.format(sources=path.name) + "# One row unites the objects of the patterns with one code.\n"
    _write(out / VERBS, header, ("lemma", "particle", "objects", "preps", "code", "note"),
           (_verb_cells(r) for r in rows), report)
    nouns_header = _HEADER.format(sources=path.name) + (
        "# PETRARCH verb dictionaries have no event nouns; use lexicon_mode = extend to keep the built-in ones.\n")
    _write(out / NOUNS, nouns_header, ("lemma", "code", "preps", "note"), (), report)


def import_actors(actor_paths: Sequence[Path], agents: Path | None, out: Path, report: Report) -> None:
    """Write countries.tsv, organizations.tsv, people.tsv (and agents.tsv) from actor and agent files."""
    if actor_paths:
        records = ((p.name, r) for p in actor_paths for r in read_actors(p, report))
        tables = actor_tables(records, report, countries=_country_codes())
        header = _HEADER.format(sources=", ".join(p.name for p in actor_paths))
        _write(out / "countries.tsv", header, ("name", "code", "sector", "note"), tables.countries, report)
        _write(out / "organizations.tsv", header, ("name", "code", "note"), tables.organizations, report)
        people_header = header + "# Dated codes: a row that starts later wins on the dates both cover.\n"
        _write(out / "people.tsv", people_header, ("name", "code", "valid_from", "valid_to", "aliases", "note"),
               tables.people, report)
    else:
        for name in ACTOR_FILES[1:]:
            _copy_built_in(name, out, report, actors=True)
    if agents is not None:
        rows = agent_rows(((agents.name, r) for r in read_agents(agents, report)), report)
        _write(out / "agents.tsv", _HEADER.format(sources=agents.name), ("term", "sector", "note"), rows, report)
    else:
        _copy_built_in("agents.tsv", out, report, actors=True)


def import_dictionaries(*, verbs: Path | None = None, actors: Sequence[Path] = (), agents: Path | None = None,
                        discards: Path | None = None, issues: Path | None = None, out: Path,
                        ontology: Ontology | None = None) -> Report:
    """Convert the given dictionaries into `out` (created if needed) and report what could not be read or
    expressed. Files for inputs not given are copied from the built-in ones, so the folder is complete.
    `issues` are read and counted only: tacitus codes no issues."""
    for path in (verbs, agents, discards, issues, *actors):
        if path is not None and not path.is_file():
            raise LexiconError(f"{path}: no such dictionary file")
    out.mkdir(parents=True, exist_ok=True)
    report = Report()
    if verbs is not None:
        import_verbs(verbs, out, report, ontology=ontology if ontology is not None else read_ontology())
    else:
        _copy_built_in(VERBS, out, report)
        _copy_built_in(NOUNS, out, report)
    for name in (LIGHT_VERBS, MODALITY, REPORTING):
        _copy_built_in(name, out, report)
    if discards is not None:
        rows = discard_rows(((discards.name, r) for r in read_discards(discards, report)), report)
        _write(out / DISCARDS, _HEADER.format(sources=discards.name) + (
            "# lemma * = any trigger: its sentence is no event when it holds one of the context words.\n"),
               ("lemma", "context", "note"), rows, report)
    else:
        _copy_built_in(DISCARDS, out, report)
    import_actors(actors, agents, out, report)
    if issues is not None:
        count = sum(1 for _ in read_issues(issues, report))
        report.skip("issue phrase (read only: tacitus codes no issues)", count)
    return report
