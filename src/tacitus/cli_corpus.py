"""Command line for corpus runs: `tacitus run`, `tacitus export`, `tacitus stats` (registered by cli.py)."""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Annotated

import duckdb
import pyarrow as pa
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from tacitus.errors import StoreError, TacitusError
from tacitus.ingest.fetch import Fetcher, make_client
from tacitus.ingest.files import count_documents, parse_date, read_inputs
from tacitus.output import open_output
from tacitus.run import CoderOptions, RunSummary, run_corpus
from tacitus.settings import Settings, load_settings
from tacitus.store.connection import connect
from tacitus.store.export import ExportFormat, write_csv, write_gdelt, write_jsonl, write_parquet
from tacitus.store.queries import query_events, stats

err_console = Console(stderr=True)
DbOption = Annotated[Path | None, typer.Option("--db", help="DuckDB file (default: tacitus.duckdb here).")]
ConfigOption = Annotated[Path | None, typer.Option("--config", exists=True, dir_okay=False,
                                                   help="Settings file (TOML), see docs/settings.md.")]


class _DocsPerSecond(ProgressColumn):
    """Documents per second of a progress task."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "- docs/s")


def _fail(err: Exception) -> typer.Exit:
    err_console.print(f"[red]Error:[/red] {err}")
    return typer.Exit(code=1)


def _date_option(value: str | None, name: str) -> date | None:
    try:
        return parse_date(value)
    except TacitusError as err:
        raise typer.BadParameter(str(err), param_hint=name) from err


def _print_summary(summary: RunSummary, db: Path) -> None:
    err_console.print(f"{summary.documents} documents coded, {summary.events} events, {summary.skipped} skipped "
                      f"(already stored), {sum(summary.rejected.values())} rejected, in {summary.seconds:.1f} s "
                      f"-> {db}")
    if summary.rejected:
        table = Table(title="Rejected by reason")
        table.add_column("reason")
        table.add_column("documents", justify="right")
        for reason, count in summary.rejected.most_common():
            table.add_row(reason, str(count))
        err_console.print(table)


def _settings(config: Path | None, **overrides: object) -> Settings:
    try:
        return load_settings(config, **overrides)
    except TacitusError as err:
        raise _fail(err) from err


def run_cli(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt .jsonl[.gz] .html .rss/.atom/.xml .warc[.gz]), "
                                                "folders, feed URLs, or - for stdin.")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Coding processes (default: every "
                                                "core).")] = None,
    batch_size: Annotated[int | None, typer.Option("--batch-size", min=1, help="Documents per batch (one "
                                                   "transaction).")] = None,
    pub_date: Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD where a document "
                                                 "has none.")] = None,
    fetch: Annotated[bool, typer.Option("--fetch", help="Fetch each feed item's page (polite, size-capped).")
                     ] = False,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to parse with.")] = None,
    config: ConfigOption = None,
) -> None:
    """Code a corpus into a DuckDB database, resumably. Example: tacitus run examples/ --db tacitus.duckdb"""
    default_date = _date_option(pub_date, "--date")
    settings = _settings(config, spacy_model=model, db_path=db, batch_size=batch_size)
    options = CoderOptions(spacy_model=settings.spacy_model, lexicon_dir=settings.lexicon_dir,
                           actors_dir=settings.actors_dir, batch_size=settings.batch_size,
                           max_chars=settings.max_chars)
    columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), _DocsPerSecond(), TimeElapsedColumn(),
               TextColumn("ETA"), TimeRemainingColumn())
    try:
        with ExitStack() as stack:
            fetcher = Fetcher(stack.enter_context(make_client()))
            con = connect(settings.db_path)
            stack.callback(con.close)
            progress = stack.enter_context(Progress(*columns, console=err_console, transient=False))
            task = progress.add_task("coding", total=count_documents(i for i in inputs if i != "-"))
            items = read_inputs(inputs, stdin=sys.stdin, default_date=default_date, fetcher=fetcher,
                                fetch_items=fetch)
            summary = run_corpus(items, con, options=options, workers=workers or os.cpu_count() or 1,
                                 chunk_size=settings.batch_size,
                                 progress=lambda n: progress.advance(task, n))
    except TacitusError as err:
        raise _fail(err) from err
    _print_summary(summary, settings.db_path)


def export_cli(
    db: DbOption = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="gdelt (61 tab-separated GDELT 2.0 columns), "
                                              "parquet, csv or jsonl.")] = ExportFormat.jsonl,
    since: Annotated[str | None, typer.Option("--since", help="First event date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last event date YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO alpha-3 code of an actor or the "
                                                "location.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type (ASSAULT) or CAMEO code "
                                                   "prefix (19).")] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here, not stdout (required "
                                                "for parquet).")] = None,
    config: ConfigOption = None,
) -> None:
    """Export stored events. Example: tacitus export --format gdelt --since 2024-05-01 -o events.tsv"""
    settings = _settings(config, db_path=db)
    first, last = _date_option(since, "--since"), _date_option(until, "--until")
    if fmt is ExportFormat.parquet and output is None:
        raise typer.BadParameter("parquet needs -o FILE", param_hint="--format")
    try:
        con = _open_existing(settings.db_path)
        table = query_events(con, since=first, until=last, country=country, type=event_type)
        con.close()
        count = _write_export(table, fmt, output)
    except TacitusError as err:
        raise _fail(err) from err
    err_console.print(f"{count} events exported")


def _open_existing(path: Path) -> duckdb.DuckDBPyConnection:
    if not path.exists():
        raise StoreError(f"{path}: no such database (run `tacitus run INPUT --db {path}` first)")
    return connect(path, read_only=True)


def _write_export(table: pa.Table, fmt: ExportFormat, output: Path | None) -> int:
    if fmt is ExportFormat.parquet and output is not None:
        return write_parquet(table, output)
    writers = {ExportFormat.gdelt: write_gdelt, ExportFormat.csv: write_csv, ExportFormat.jsonl: write_jsonl}
    with open_output(output) as stream:
        return writers[fmt](table, stream)


def stats_cli(db: DbOption = None, config: ConfigOption = None) -> None:
    """Event counts by day, type, country and dyad. Example: tacitus stats --db tacitus.duckdb"""
    settings = _settings(config, db_path=db)
    try:
        con = _open_existing(settings.db_path)
        counts = stats(con)
        con.close()
    except TacitusError as err:
        raise _fail(err) from err
    console = Console()
    titles = {"documents": ("status", "documents"), "rejected": ("stage", "documents"), "day": ("day", "events"),
              "type": ("type", "events"), "country": ("country", "events"), "dyad": ("dyad (top 50)", "events")}
    for name, (key, value) in titles.items():
        table = Table(title=f"By {name}" if name not in ("documents", "rejected") else name.capitalize())
        table.add_column(key)
        table.add_column(value, justify="right")
        for row in counts[name]:
            table.add_row(str(row[0]), str(row[1]))
        console.print(table)
