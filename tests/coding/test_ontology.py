"""Tests for the CAMEO ontology file and its loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.coding.ontology import Ontology, read_ontology
from tacitus.errors import LexiconError
from tacitus.records import CameoInfo

HEADER = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\n"
GOOD_ROW = "173\tArrest, detain, or charge with legal action\t-5.0\t4\tCOERCE\tarrest\tlegal\n"


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return read_ontology()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cameo.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_ontology_has_every_codebook_code(ontology: Ontology) -> None:
    assert len(ontology) == 295
    assert {"010", "0234", "1823", "2042", "1952"} <= set(ontology)


@pytest.mark.parametrize(
    ("root", "quad"),
    [(f"{r:02d}", 1) for r in range(1, 6)] + [(f"{r:02d}", 2) for r in range(6, 10)]
    + [(f"{r:02d}", 3) for r in range(10, 15)] + [(f"{r:02d}", 4) for r in range(15, 21)],
)
def test_ontology_roots_have_gdelt_quad_class(ontology: Ontology, root: str, quad: int) -> None:
    codes = [ontology[c] for c in ontology if c.startswith(root)]
    assert codes, f"no codes under root {root}"
    assert {info.quad_class for info in codes} == {quad}
    assert f"{root}0" in ontology


@pytest.mark.parametrize("code", ["020", "0234", "028", "100", "1053", "108"])
def test_ontology_appeals_and_demands_are_request(ontology: Ontology, code: str) -> None:
    assert ontology[code].plover_type == "REQUEST"


@pytest.mark.parametrize("code", ["010", "012", "016", "019"])
def test_ontology_statements_have_no_plover_type(ontology: Ontology, code: str) -> None:
    info = ontology[code]
    assert (info.plover_type, info.plover_mode, info.plover_context) == (None, None, ())


def test_ontology_appeal_takes_the_parallel_demand_mode(ontology: Ontology) -> None:
    appeal, demand = ontology["0253"], ontology["1053"]
    assert (appeal.plover_mode, appeal.plover_context) == (demand.plover_mode, demand.plover_context)


def test_ontology_documented_choice_sanctions_are_plover_sanction(ontology: Ontology) -> None:
    # cameo.tsv header: 163 follows the PLOVER 2.0 manual (SANCTION/discontinue), not CAMEO2PLOVER's COERCE.
    info = ontology["163"]
    assert (info.plover_type, info.plover_mode, info.quad_class) == ("SANCTION", "discontinue", 4)


def test_ontology_documented_choice_accuse_keeps_negative_goldstein(ontology: Ontology) -> None:
    assert all(ontology[c].goldstein < 0 for c in ontology if c[:2] in {"09", "11"})


def test_ontology_missing_goldstein_inherits_parent(ontology: Ontology) -> None:
    assert ontology["1952"].goldstein == ontology["195"].goldstein
    assert ontology["1952"].plover_mode == "drone"


def test_ontology_contexts_are_split(ontology: Ontology) -> None:
    assert ontology["091"].plover_context == ("crime", "corruption")


def test_ontology_choices_are_written_in_the_file() -> None:
    from tacitus.coding.ontology import DEFAULT_ONTOLOGY

    lines = DEFAULT_ONTOLOGY.read_text(encoding="utf-8").splitlines()
    comments = " ".join(line.lstrip("# ") for line in lines if line.startswith("#"))
    assert "163 (impose embargo" in comments
    assert "SANCTION/discontinue" in comments


def test_ontology_mapping_interface(ontology: Ontology) -> None:
    assert isinstance(ontology["190"], CameoInfo)
    assert ontology["190"].root == "19"
    assert "999" not in ontology
    assert ontology.get("999") is None
    with pytest.raises(KeyError):
        ontology["999"]


def test_read_ontology_reads_a_small_file(tmp_path: Path) -> None:
    path = write(tmp_path, "# provenance\n" + HEADER + "\n" + GOOD_ROW)
    ontology = read_ontology(path)
    assert list(ontology) == ["173"]
    assert ontology["173"].plover_context == ("legal",)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("17\tCoerce\t-7.0\t4\tCOERCE\t\t\n", "not a CAMEO code"),
        ("213\tBad root\t-7.0\t4\t\t\t\n", "not a CAMEO code"),
        ("173\t\t-5.0\t4\tCOERCE\tarrest\tlegal\n", "no name"),
        ("173\tArrest\tlots\t4\tCOERCE\tarrest\tlegal\n", "not a number"),
        ("173\tArrest\t-11\t4\tCOERCE\tarrest\tlegal\n", "outside"),
        ("173\tArrest\t-5.0\t5\tCOERCE\tarrest\tlegal\n", "quad_class"),
        ("174\tExpel\t-5.0\t4\tCOERCE\tdeport\tlegal\textra\n", "more cells"),
        (GOOD_ROW, "listed twice"),
    ],
)
def test_read_ontology_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = write(tmp_path, "# provenance\n" + HEADER + GOOD_ROW + row)
    with pytest.raises(LexiconError, match=rf"^{path}:4: .*{message}"):
        read_ontology(path)


def test_read_ontology_rejects_a_missing_column(tmp_path: Path) -> None:
    path = write(tmp_path, "# provenance\ncode\tname\n173\tArrest\n")
    with pytest.raises(LexiconError, match=rf"^{path}:2: header lacks"):
        read_ontology(path)
