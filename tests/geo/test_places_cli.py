"""`tacitus places` end to end, as a subprocess, with the fixture gazetteer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURE = Path(__file__).parent.parent / "fixtures" / "gazetteer_small.tsv"


def test_places_command(tmp_path: Path) -> None:
    gazetteer_dir = tmp_path / "gaz"
    gazetteer_dir.mkdir()
    (gazetteer_dir / "gazetteer.tsv").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "a1", "text": "CARACAS, Jan 29 (Reuters) - Police clashed with protesters in Paris, "
                    "Texas, and in Nenagh.", "date": "2019-01-30"}) + "\n"
        + json.dumps({"id": "a2", "text": ""}) + "\n", encoding="utf-8")
    env = {**os.environ, "TACITUS_GAZETTEER_DIR": str(gazetteer_dir)}
    result = subprocess.run([sys.executable, "-m", "tacitus", "places", str(docs)], capture_output=True,
                            text=True, env=env, check=True)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    places = {r["text"]: r for r in rows if "rejected" not in r}
    assert places["CARACAS"]["country"] == "VEN"
    assert places["Paris"]["admin1"] == "Texas"
    assert places["Nenagh"]["lat"] is None
    assert {"doc_id", "start", "end", "name", "geonameid", "country", "admin1", "lat", "lon",
            "feature"} <= set(places["Paris"])
    assert {"doc_id": "a2", "rejected": "empty text", "stage": "ingest"} in rows
