"""Settings: file, environment and overrides; every field documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import ConfigError
from tacitus.settings import Settings, load_settings

DOCS = Path(__file__).parents[1] / "docs" / "settings.md"


def test_load_settings_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tacitus.toml"
    path.write_text('spacy_model = "from_file"\nbatch_size = 8\n', encoding="utf-8")
    monkeypatch.setenv("TACITUS_BATCH_SIZE", "16")
    settings = load_settings(path, spacy_model="from_cli", n_process=None)
    assert (settings.spacy_model, settings.batch_size, settings.n_process) == ("from_cli", 16, 1)


@pytest.mark.parametrize("content", ['spacy_modle = "x"\n', "batch_size = 0\n", "batch_size = [\n"])
def test_load_settings_rejects_typos_and_bad_values(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_settings(path)


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_settings_field_is_documented(field: str) -> None:
    assert Settings.model_fields[field].description
    assert f"`{field}`" in DOCS.read_text(encoding="utf-8")
