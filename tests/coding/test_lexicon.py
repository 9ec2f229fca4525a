"""Tests for the lexicon files and their loaders."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tacitus.coding.lexicon import (
    Lexicon,
    load_lexicon,
    read_discards,
    read_frames,
    read_idioms,
    read_modality,
    read_nouns,
    read_speech_acts,
    read_topics,
    read_verbs,
    read_word_list,
)
from tacitus.coding.ontology import read_ontology
from tacitus.errors import LexiconError
from tacitus.records import Modality

VERB_HEADER = "lemma\tparticle\tobjects\tpreps\tcode\tnote\n"
NOUN_HEADER = "lemma\tcode\tpreps\tnote\n"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def write_empty_word_lists(directory: Path) -> None:
    """Header-only light verb, reporting, modality and discard files."""
    write(directory, "light_verbs.tsv", "lemma\tnote\n")
    write(directory, "reporting.tsv", "lemma\tnote\n")
    write(directory, "modality.tsv", "lemma\tmodality\tnote\n")
    write(directory, "discards.tsv", "lemma\tcontext\tnote\n")


def code_of(lexicon: Lexicon, lemma: str, *, particle: str | None = None, obj: str | None = None,
            prep: str | None = None) -> str | None:
    """The code of the first (most specific) verb sense that the given arguments satisfy."""
    for entry in lexicon.verb_entries(lemma):
        if entry.particle != particle or (entry.objects and obj not in entry.objects):
            continue
        if entry.preps and prep not in entry.preps:
            continue
        return entry.code
    return None


# The packaged files


def test_lexicon_codes_exist_in_ontology(lexicon: Lexicon) -> None:
    entries = [e for group in lexicon.verbs.values() for e in group]
    entries += [e for group in lexicon.nouns.values() for e in group]
    assert [e.source for e in entries if e.code not in lexicon.ontology] == []


@pytest.mark.parametrize("root", [f"{r:02d}" for r in range(1, 21)])
def test_lexicon_every_root_has_five_verbs(lexicon: Lexicon, root: str) -> None:
    counts = Counter(e.code[:2] for group in lexicon.verbs.values() for e in group)
    assert counts[root] >= 5


@pytest.mark.parametrize(
    ("lemma", "kwargs", "code"),
    [
        ("urge", {}, "020"),
        ("call", {"prep": "on"}, "020"),
        ("call", {"prep": "for"}, "020"),
        ("appeal", {"prep": "to"}, "020"),
        ("agree", {}, "030"),
        ("pledge", {"obj": "aid"}, "033"),
        ("meet", {"prep": "with"}, "040"),
        ("visit", {}, "042"),
        ("host", {}, "043"),
        ("negotiate", {}, "046"),
        ("praise", {}, "051"),
        ("express", {"obj": "support"}, "051"),
        ("recognize", {}, "054"),
        ("apologize", {}, "055"),
        ("sign", {"obj": "treaty"}, "057"),
        ("cooperate", {}, "060"),
        ("share", {"obj": "intelligence"}, "064"),
        ("donate", {}, "070"),
        ("arm", {}, "072"),
        ("release", {}, "0841"),
        ("step", {"particle": "down"}, "0831"),
        ("lift", {"obj": "sanction"}, "085"),
        ("declare", {"obj": "ceasefire"}, "0871"),
        ("withdraw", {"obj": "troop"}, "0874"),
        ("investigate", {}, "090"),
        ("demand", {}, "100"),
        ("demand", {"obj": "release"}, "1053"),
        ("condemn", {}, "111"),
        ("accuse", {}, "112"),
        ("sue", {}, "115"),
        ("reject", {}, "120"),
        ("veto", {}, "129"),
        ("threaten", {}, "130"),
        ("protest", {"prep": "against"}, "141"),
        ("riot", {}, "145"),
        ("mobilize", {}, "154"),
        ("sanction", {}, "163"),
        ("break", {"obj": "tie"}, "161"),
        ("cut", {"obj": "tie"}, "161"),
        ("cut", {"obj": "aid"}, "162"),
        ("recall", {"obj": "ambassador"}, "161"),
        ("arrest", {}, "173"),
        ("charge", {"prep": "with"}, "173"),
        ("deport", {}, "174"),
        ("crack", {"particle": "down", "prep": "on"}, "175"),
        ("kidnap", {}, "181"),
        ("torture", {}, "1822"),
        ("kill", {}, "1823"),
        ("assassinate", {}, "186"),
        ("fight", {}, "190"),
        ("fire", {"prep": "at"}, "190"),
        ("open", {"obj": "fire", "prep": "on"}, "190"),
        ("blockade", {}, "191"),
        ("occupy", {}, "192"),
        ("shell", {}, "194"),
        ("massacre", {}, "202"),
        ("reaffirm", {"obj": "support"}, "051"),
        ("commit", {"obj": "troop"}, "0334"),
        ("restore", {"obj": "relation"}, "054"),
        ("contribute", {"obj": "troop", "prep": "to"}, "074"),
        ("accept", {"obj": "refugee"}, "075"),
        ("receive", {"obj": "inspector"}, "0862"),
        ("lift", {"obj": "curfew"}, "0813"),
        ("scale", {"particle": "back", "obj": "presence"}, "0874"),
        ("set", {"particle": "up", "obj": "inquiry"}, "090"),
        ("boycott", {"obj": "talk"}, "125"),
        ("throw", {"obj": "stone", "prep": "at"}, "145"),
        ("call", {"particle": "up", "obj": "reservist"}, "154"),
        ("withdraw", {"obj": "staff"}, "166"),
        ("suspend", {"obj": "loan"}, "1621"),
        ("force", {"particle": "out", "obj": "agency"}, "1663"),
        ("force", {"particle": "out"}, "174"),
        ("set", {"obj": "fire", "prep": "to"}, "1712"),
        ("take", {"obj": "hostage"}, "181"),
        ("hack", {"particle": "to"}, "1823"),
        ("target", {"obj": "position"}, "190"),
        ("lay", {"obj": "siege", "prep": "to"}, "191"),
        ("flay", {}, "111"),
        ("tear", {"particle": "into"}, "111"),
        ("file", {"obj": "case", "prep": "against"}, "115"),
        ("find", {"particle": "guilty"}, "116"),
        ("balk", {"prep": "at"}, "120"),
        ("demand", {"obj": "weapon"}, "1032"),
        ("refuse", {"obj": "food"}, "142"),
        ("down", {"obj": "tool"}, "143"),
        ("walk", {"obj": "job", "prep": "off"}, "143"),
        ("blockade", {"obj": "highway"}, "144"),
        ("examine", {"obj": "shelling"}, "090"),
    ],
)
def test_lexicon_common_senses(lexicon: Lexicon, lemma: str, kwargs: dict[str, Any], code: str) -> None:
    assert code_of(lexicon, lemma, **kwargs) == code


def test_lexicon_objects_beat_plain_sense(lexicon: Lexicon) -> None:
    senses = lexicon.verb_entries("break")
    assert all(a.specificity >= b.specificity for a, b in zip(senses, senses[1:], strict=False))
    assert code_of(lexicon, "strike", obj="deal") == "057"
    assert code_of(lexicon, "strike", obj="village") == "190"


@pytest.mark.parametrize(
    ("lemma", "modifier", "code"),
    [("sanction", None, "163"), ("talk", None, "046"), ("strike", "hunger", "142"), ("strike", "air", "195"),
     ("protest", None, "141"), ("ceasefire", None, "0871"), ("attack", None, "180"),
     ("aid", "humanitarian", "073"), ("fire", "rocket", "194"), ("rule", "emergency", "1724"),
     ("normalization", None, "050"), ("bandh", None, "143"), ("strike", "nuclear", "2042")],
)
def test_lexicon_common_nouns(lexicon: Lexicon, lemma: str, modifier: str | None, code: str) -> None:
    entries = [e for e in lexicon.noun_entries(lemma) if e.modifier == modifier]
    assert [e.code for e in entries] == [code]


def test_lexicon_two_word_nouns_come_first(lexicon: Lexicon) -> None:
    for group in lexicon.nouns.values():
        modifiers = [e.modifier is None for e in group]
        assert modifiers == sorted(modifiers)


def test_lexicon_word_lists(lexicon: Lexicon) -> None:
    assert {"hold", "impose", "launch", "stag"} <= lexicon.light_verbs
    assert "offer" not in lexicon.light_verbs
    assert {"tighten", "step", "commit", "order", "extend"} <= lexicon.light_verbs
    assert not {"end", "lift", "ease"} & lexicon.light_verbs  # "ended the curfew" must not read as imposing one
    assert {"say", "tell", "announce", "accord"} <= lexicon.reporting
    assert {"match", "striker"} <= lexicon.discards["attack"]
    assert lexicon.modality["refuse"] is Modality.NEGATED
    assert lexicon.modality["urge"] is Modality.REQUESTED
    assert lexicon.modality["plan"] is Modality.FUTURE
    assert lexicon.modality["could"] is Modality.HYPOTHETICAL
    assert Modality.ASSERTED not in set(lexicon.modality.values())


def test_read_modality_keys_a_phrasal_entry_by_lemma_and_particle(tmp_path: Path) -> None:
    path = write(tmp_path, "modality.tsv", "lemma\tmodality\tnote\tparticle\nrule\tnegated\truled out\tout\n"
                 "want\trequested\t\t\n")
    assert dict(read_modality(path)) == {"rule out": Modality.NEGATED, "want": Modality.REQUESTED}


def test_lexicon_speech_acts(lexicon: Lexicon) -> None:
    assert {"name", "for", "object_to"} <= lexicon.speech_acts["call"]
    assert lexicon.speech_acts["urge"] == frozenset({"object_to"})
    assert lexicon.speech_acts["criticize"] == frozenset({"object"})
    assert "say" not in lexicon.speech_acts  # clause verbs are reporting.tsv's


def test_read_speech_acts_one_frame_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, "speech_acts.tsv", "# provenance\nlemma\tframe\tnote\nCall\tfor\t\ncall\tname\tx\n")
    assert list(read_speech_acts(path)) == [("call", "for"), ("call", "name")]


def test_lexicon_unknown_lemma_gives_nothing(lexicon: Lexicon) -> None:
    assert lexicon.verb_entries("photosynthesize") == ()
    assert lexicon.noun_entries("photosynthesis") == ()


# Loaders on small files


def test_read_verbs_parses_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "verbs.tsv", "# provenance\n" + VERB_HEADER + "\n"
                 + "Crack\tdown\t\ton\t175\tnote\nbreak\t\trelation|tie\t\t161\t\n")
    first, second = read_verbs(path)
    assert (first.lemma, first.particle, first.preps, first.source) == ("crack", "down", frozenset({"on"}),
                                                                       "verbs.tsv:4")
    assert (second.objects, second.particle, second.specificity) == (frozenset({"relation", "tie"}), None, 1)
    assert first.specificity == 2


def test_read_idioms_gives_senses_with_no_code(tmp_path: Path) -> None:
    path = write(tmp_path, "idioms.tsv", "lemma\tparticle\tobjects\tpreps\tnote\nfight\tback\ttear\t\t\n")
    [entry] = read_idioms(path)
    assert (entry.lemma, entry.particle, entry.objects, entry.code) == ("fight", "back", frozenset({"tear"}), "")


def test_lexicon_idioms_and_non_agents(lexicon: Lexicon) -> None:
    assert any("vote" in e.objects for e in lexicon.idiom_entries("capture"))
    assert {"crocodile", "cholera"} <= lexicon.non_agents


def test_read_nouns_splits_modifier(tmp_path: Path) -> None:
    path = write(tmp_path, "nouns.tsv", NOUN_HEADER + "hunger strike\t142\t\t\n")
    [entry] = read_nouns(path)
    assert (entry.modifier, entry.lemma, entry.preps) == ("hunger", "strike", frozenset())


def _drain(reader: Callable[[Path], Iterator[object]], path: Path) -> None:
    for _ in reader(path):
        pass


@pytest.mark.parametrize(
    ("reader", "text", "message"),
    [
        (read_verbs, VERB_HEADER + "attack\t\t\t\t\t\n", "code"),
        (read_verbs, VERB_HEADER + "\t\t\t\t190\t\n", "lemma"),
        (read_verbs, VERB_HEADER + "open fire\t\t\t\t190\t\n", "one word"),
        (read_verbs, VERB_HEADER + "attack\t\t\t\t19x\t\n", "not a CAMEO code"),
        (read_verbs, VERB_HEADER + "attack\t\t\t\t190\t\tsurplus\n", "more cells"),
        (read_verbs, VERB_HEADER + "attack\t\t\t\t190\t\nattack\t\t\t\t180\t\n", "same lemma"),
        (read_nouns, NOUN_HEADER + "very big strike\t143\t\t\n", "one or two words"),
        (read_nouns, NOUN_HEADER + "strike\t\t\t\n", "code"),
        (read_nouns, NOUN_HEADER + "talk\t040\twith\t\ntalk\t036\twith\t\n", "same lemma"),
        (read_word_list, "lemma\tnote\nsay\t\nsay\t\n", "already listed"),
        (read_word_list, "lemma\tnote\n\tnote only\n", "one word"),
        (read_modality, "lemma\tmodality\tnote\nwant\twishful\t\n", "modality"),
        (read_modality, "lemma\tmodality\tnote\nwant\tasserted\t\n", "modality"),
        (read_modality, "lemma\tmodality\tnote\tparticle\nrule\tnegated\t\tout now\n", "one word"),
        (read_discards, "lemma\tcontext\tnote\nattack\t\t\n", "context"),
        (read_idioms, "lemma\tparticle\tobjects\tpreps\tnote\ncapture\t\t\t\t\n", "needs a particle"),
        (read_speech_acts, "lemma\tframe\tnote\ncall\tsentence\t\n", "frame"),
        (read_speech_acts, "lemma\tframe\tnote\ncall\tfor\t\ncall\tfor\t\n", "already listed"),
        (read_topics, "topic\tterms\tnote\nCrime\tbribe\t\n", "topic"),
        (read_topics, "topic\tterms\tnote\ncrime\tvery big bribe\t\n", "one word or two"),
        (read_topics, "topic\tterms\tnote\ncrime\tbribe\t\nfraud\tbribe\t\n", "already listed"),
        (read_frames, "frame\tinner\tcode\tnote\naccuse\t1x\t1121\t\n", "neither a CAMEO code prefix"),
    ],
)
def test_readers_name_file_and_line(tmp_path: Path, reader: Callable[[Path], Iterator[object]], text: str,
                                    message: str) -> None:
    path = write(tmp_path, "bad.tsv", "# provenance\n# more provenance\n" + text)
    bad_line = 3 + text.count("\n") - 1
    with pytest.raises(LexiconError, match=rf"^{path}:{bad_line}: .*{message}"):
        _drain(reader, path)


def test_readers_reject_missing_header_column(tmp_path: Path) -> None:
    path = write(tmp_path, "verbs.tsv", "lemma\tcode\nattack\t190\n")
    with pytest.raises(LexiconError, match=rf"^{path}:1: header lacks"):
        _drain(read_verbs, path)


def test_read_discards_merges_repeated_lemmas(tmp_path: Path) -> None:
    write(tmp_path, "verbs.tsv", VERB_HEADER + "attack\t\t\t\t180\t\n")
    write(tmp_path, "nouns.tsv", NOUN_HEADER)
    write_empty_word_lists(tmp_path)
    write(tmp_path, "discards.tsv", "lemma\tcontext\tnote\nattack\tmatch\t\nattack\tcardiac\t\n")
    lexicon = load_lexicon(tmp_path, ontology=read_ontology())
    assert lexicon.discards["attack"] == frozenset({"match", "cardiac"})


def test_load_lexicon_rejects_code_missing_from_ontology(tmp_path: Path) -> None:
    verbs = write(tmp_path, "verbs.tsv", "# provenance\n" + VERB_HEADER + "attack\t\t\t\t199\t\n")
    write(tmp_path, "nouns.tsv", NOUN_HEADER)
    write_empty_word_lists(tmp_path)
    with pytest.raises(LexiconError, match=rf"^{verbs}:3: code 199 is not in the ontology"):
        load_lexicon(tmp_path)


def test_lexicon_topics_two_word_terms_first(lexicon: Lexicon) -> None:
    assert lexicon.topic("crime") == "crime"
    assert lexicon.topic("crime", ["war"]) == "war_crimes"
    assert lexicon.topic("weather") is None


def test_lexicon_frames_refine_by_topic(lexicon: Lexicon) -> None:
    assert lexicon.derived_code("accuse", "crime") == "1121"
    assert lexicon.derived_code("investigate", "1951") == "093"  # by longest code prefix, as for other frames
    assert lexicon.derived_code("accuse", "cri") is None  # a topic is matched whole, never by prefix


def test_load_lexicon_rejects_frame_of_unknown_topic(tmp_path: Path) -> None:
    write(tmp_path, "verbs.tsv", VERB_HEADER + "attack\t\t\t\t180\t\n")
    write(tmp_path, "nouns.tsv", NOUN_HEADER)
    write_empty_word_lists(tmp_path)
    write(tmp_path, "topics.tsv", "topic\tterms\tnote\ncrime\tbribe\t\n")
    write(tmp_path, "frames.tsv", "frame\tinner\tcode\tnote\naccuse\tcrime\t1121\t\naccuse\tspying\t1125\t\n")
    with pytest.raises(LexiconError, match="accuse spying: no such topic"):
        load_lexicon(tmp_path)


def test_load_lexicon_reads_instruments_two_word_first(tmp_path: Path) -> None:
    write(tmp_path, "verbs.tsv", VERB_HEADER + "kill\t\t\t\t1823\t\n")
    write(tmp_path, "nouns.tsv", NOUN_HEADER)
    write_empty_word_lists(tmp_path)
    write(tmp_path, "instruments.tsv", NOUN_HEADER + "bomb\t183\t\t\ncar bomb\t1832\t\t\n")
    lexicon = load_lexicon(tmp_path, ontology=read_ontology())
    assert [(e.modifier, e.code) for e in lexicon.instrument_entries("bomb")] == [("car", "1832"), (None, "183")]


def test_load_lexicon_without_instruments_uses_the_built_in(tmp_path: Path) -> None:
    write(tmp_path, "verbs.tsv", VERB_HEADER + "kill\t\t\t\t1823\t\n")
    write(tmp_path, "nouns.tsv", NOUN_HEADER)
    write_empty_word_lists(tmp_path)
    assert load_lexicon(tmp_path).instrument_entries("warplane") == load_lexicon().instrument_entries("warplane") != ()
