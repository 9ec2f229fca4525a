"""Command line for legacy dictionaries: `tacitus dict import` (registered by cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.actors.dictionary import load_actor_dictionary
from tacitus.coding.lexicon import load_lexicon
from tacitus.dictionaries.convert import import_dictionaries
from tacitus.errors import TacitusError

dict_app = typer.Typer(no_args_is_help=True, help="Convert PETRARCH / TABARI dictionaries to tacitus files.")
_err = Console(stderr=True)


@dict_app.command("import")
def import_cli(
    out: Annotated[Path, typer.Option("--out", file_okay=False, help="Folder to write (created if needed).")],
    verbs: Annotated[Path | None, typer.Option("--verbs", exists=True, dir_okay=False,
                                               help="Verb pattern dictionary (CAMEO.2.0.txt format).")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", exists=True, dir_okay=False,
                                                      help="Actor dictionary; repeat for several.")] = None,
    agents: Annotated[Path | None, typer.Option("--agents", exists=True, dir_okay=False,
                                                help="Agent dictionary ([~GOV] codes).")] = None,
    discards: Annotated[Path | None, typer.Option("--discards", exists=True, dir_okay=False,
                                                  help="Discard list.")] = None,
    issues: Annotated[Path | None, typer.Option("--issues", exists=True, dir_okay=False,
                                                help="Issue list (read and counted only).")] = None,
    examples: Annotated[int, typer.Option("--examples", min=0,
                                          help="file:line samples shown per unreadable reason.")] = 3,
) -> None:
    """Convert legacy dictionaries once into a folder for `tacitus code --lexicons DIR --actors DIR`.

    Example: tacitus dict import --verbs CAMEO.2.0.txt --actors Phoenix.Countries.actors.txt
    --agents Phoenix.agents.txt --discards Phoenix.discards.txt --out my_dicts
    """
    try:
        report = import_dictionaries(verbs=verbs, actors=actors or [], agents=agents, discards=discards,
                                     issues=issues, out=out)
        load_lexicon(out)  # the folder must load as it will at coding time
        load_actor_dictionary(out)
    except TacitusError as err:
        _err.print(f"[red]Error:[/red] {err}")
        raise typer.Exit(code=1) from err
    for line in report.lines(examples=examples):
        _err.print(line, markup=False, highlight=False, soft_wrap=True)
    typer.echo(f"{out}: {sum(report.written.values())} rows written, {len(report.problems)} entries unreadable, "
               f"{sum(report.skipped.values())} not converted")
