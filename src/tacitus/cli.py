"""Command line: thin shells over the library (`tacitus --help`)."""

from __future__ import annotations

import logging
import sys
from contextlib import ExitStack
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.table import Table

from tacitus.coding.lexicon import load_lexicon
from tacitus.errors import TacitusError
from tacitus.explain import Explanation, explain_text
from tacitus.ingest.files import parse_date, read_inputs
from tacitus.output import event_to_dict, write_csv, write_jsonl
from tacitus.pipeline import Coder
from tacitus.settings import Settings, load_settings

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="tacitus: explainable political event coding (CAMEO + PLOVER) from news text.")
err_console = Console(stderr=True)

ConfigOption = Annotated[Path | None, typer.Option("--config", exists=True, dir_okay=False,
                                                   help="Settings file (TOML), see docs/settings.md.")]
ModelOption = Annotated[str | None, typer.Option("--model", help="spaCy pipeline to parse with.")]
LexiconOption = Annotated[Path | None, typer.Option("--lexicons", exists=True, file_okay=False,
                                                    help="Folder of event lexicons replacing the built-in.")]


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
    return Coder.load(spacy_model=settings.spacy_model, lexicon_dir=settings.lexicon_dir,
                      actors_dir=settings.actors_dir, batch_size=settings.batch_size,
                      n_process=settings.n_process, max_chars=settings.max_chars)


def _parse_cli_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except TacitusError as err:
        raise typer.BadParameter(str(err), param_hint="--date") from err


@app.command("code")
def code_cli(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl), folders, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here, not stdout.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.jsonl,
    pub_date: Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD where a "
                                                 "document has none.")] = None,
    model: ModelOption = None,
    lexicons: LexiconOption = None,
    config: ConfigOption = None,
) -> None:
    """Code events from documents. Example: tacitus code examples/ -o events.jsonl"""
    default_date = _parse_cli_date(pub_date)
    try:
        settings = load_settings(config, spacy_model=model, lexicon_dir=lexicons)
        coder = _coder(settings)
        records = coder.code_documents(read_inputs(inputs, stdin=sys.stdin, default_date=default_date))
        with ExitStack() as stack:
            stream: TextIO = sys.stdout
            if output is not None:
                stream = stack.enter_context(output.open("w", encoding="utf-8", newline=""))
            if fmt is OutputFormat.csv:
                write_csv(records, stream, rejected=sys.stderr)
            else:
                write_jsonl(records, stream)
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
