"""Resolving noun phrases to actors: logic on hand-built parses, then sentences through the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.actors.dictionary import ActorDictionary
from tacitus.actors.resolve import DocumentActors
from tacitus.coding.lexicon import load_lexicon
from tacitus.geo.gazetteer import load_gazetteer
from tacitus.records import Actor

# Each row: word, head (absolute index), dep, pos, lemma, entity (IOB "B-NORP" / "O"), optional tag.
Row = tuple[str, int, str, str, str, str] | tuple[str, int, str, str, str, str, str]


_NO_SPACE_BEFORE = frozenset({",", ".", "'s"})


def make_doc(blank: Language, rows: list[Row]) -> Doc:
    return Doc(
        blank.vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        ents=[r[5] for r in rows],
        tags=[r[6] if len(r) > 6 else "" for r in rows],  # type: ignore[misc]
        spaces=[k + 1 < len(rows) and rows[k + 1][0] not in _NO_SPACE_BEFORE for k in range(len(rows))],
    )


def resolve(doc: Doc, dictionary: ActorDictionary, i: int) -> Actor | None:
    actor = DocumentActors(doc, dictionary).resolve(doc[i])
    if actor is not None:
        assert doc.text[actor.start : actor.end] == actor.text
    return actor


# "Venezuelan army defectors met Israeli troops ."
DEFECTORS: list[Row] = [
    ("Venezuelan", 2, "amod", "ADJ", "venezuelan", "B-NORP"),
    ("army", 2, "compound", "NOUN", "army", "O"),
    ("defectors", 3, "nsubj", "NOUN", "defector", "O", "NNS"),
    ("met", 3, "ROOT", "VERB", "meet", "O"),
    ("Israeli", 5, "amod", "ADJ", "israeli", "B-NORP"),
    ("troops", 3, "dobj", "NOUN", "troop", "O", "NNS"),
    (".", 3, "punct", "PUNCT", ".", "O"),
]


def test_resolve_demonym_and_modifier_sector(blank: Language, dictionary: ActorDictionary) -> None:
    actor = resolve(make_doc(blank, DEFECTORS), dictionary, 2)
    assert actor is not None
    assert (actor.code, actor.country, actor.sector, actor.text) == (
        "VENMIL", "VEN", "MIL", "Venezuelan army defectors"
    )
    assert actor.name == "Venezuela"
    assert "demonym 'Venezuelan'" in actor.why
    assert "'army'" in actor.why


def test_resolve_demonym_and_head_sector(blank: Language, dictionary: ActorDictionary) -> None:
    actor = resolve(make_doc(blank, DEFECTORS), dictionary, 5)
    assert actor is not None
    assert actor.code == "ISRMIL"


def _two_word(blank: Language, first: tuple[str, str, str, str], second: tuple[str, str, str, str]) -> Doc:
    """`first second left .` with `first` modifying `second`."""
    w1, dep1, pos1, ent1 = first
    w2, pos2, lemma2, ent2 = second
    return make_doc(blank, [
        (w1, 1, dep1, pos1, w1.lower(), ent1),
        (w2, 2, "nsubj", pos2, lemma2, ent2),
        ("left", 2, "ROOT", "VERB", "leave", "O"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ])


@pytest.mark.parametrize(
    ("first", "second", "code", "text"),
    [
        (("The", "det", "DET", "O"), ("Kremlin", "PROPN", "Kremlin", "B-ORG"), "RUSGOV", "The Kremlin"),
        (("The", "det", "DET", "O"), ("U.S.", "PROPN", "U.S.", "B-GPE"), "USA", "The U.S."),
        (("the", "det", "DET", "O"), ("rebels", "NOUN", "rebel", "O"), "---REB", "rebels"),
        (("UN", "compound", "PROPN", "B-ORG"), ("peacekeepers", "NOUN", "peacekeeper", "O"), "IGOUNOMIL",
         "UN peacekeepers"),
        (("a", "det", "DET", "O"), ("Tunisian", "PROPN", "Tunisian", "B-NORP"), "TUN", "Tunisian"),
        (("Two", "nummod", "NUM", "B-CARDINAL"), ("Palestinians", "PROPN", "Palestinians", "B-NORP"), "PSE",
         "Two Palestinians"),
        (("government", "compound", "NOUN", "O"), ("troops", "NOUN", "troop", "O"), "---MIL",
         "government troops"),
        (("opposition", "compound", "NOUN", "O"), ("leader", "NOUN", "leader", "O"), "---OPP",
         "opposition leader"),
        (("former", "amod", "ADJ", "O"), ("president", "NOUN", "president", "O"), "---ELI",
         "former president"),
        (("Georgian", "amod", "ADJ", "B-NORP"), ("opposition", "NOUN", "opposition", "O"), "GEOOPP",
         "Georgian opposition"),
        (("Nigerian", "amod", "ADJ", "B-NORP"), ("student", "NOUN", "student", "O"), "NGAEDU",
         "Nigerian student"),
        (("Hamas", "compound", "PROPN", "B-ORG"), ("leaders", "NOUN", "leader", "O"), "PSEREBHMS",
         "Hamas leaders"),
        (("Pentagon", "compound", "PROPN", "B-ORG"), ("officials", "NOUN", "official", "O"), "USAMIL",
         "Pentagon officials"),
    ],
)
def test_resolve_two_word_phrases(
    blank: Language, dictionary: ActorDictionary, first: tuple[str, str, str, str],
    second: tuple[str, str, str, str], code: str, text: str,
) -> None:
    actor = resolve(_two_word(blank, first, second), dictionary, 1)
    assert actor is not None
    assert (actor.code, actor.text) == (code, text)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("the", "det", "DET", "O"), ("measures", "NOUN", "measure", "O")),
        (("new", "amod", "ADJ", "O"), ("arms", "NOUN", "arm", "O")),
        (("Venezuelan", "amod", "ADJ", "B-NORP"), ("economy", "NOUN", "economy", "O")),
        (("the", "det", "DET", "O"), ("us", "PRON", "we", "O")),
    ],
)
def test_resolve_non_actors_are_none(
    blank: Language, dictionary: ActorDictionary, first: tuple[str, str, str, str],
    second: tuple[str, str, str, str],
) -> None:
    assert resolve(_two_word(blank, first, second), dictionary, 1) is None


def test_resolve_country_name_is_bare(blank: Language, dictionary: ActorDictionary) -> None:
    doc = make_doc(blank, [
        ("Israel", 1, "nsubj", "PROPN", "Israel", "B-GPE"),
        ("left", 1, "ROOT", "VERB", "leave", "O"),
    ])
    actor = resolve(doc, dictionary, 0)
    assert actor is not None
    assert (actor.code, actor.country, actor.sector, actor.name) == ("ISR", "ISR", None, "Israel")


def test_resolve_possessive_gives_country(blank: Language, dictionary: ActorDictionary) -> None:
    doc = make_doc(blank, [
        ("Venezuela", 2, "poss", "PROPN", "Venezuela", "B-GPE"),
        ("'s", 0, "case", "PART", "'s", "O"),
        ("soldiers", 3, "nsubj", "NOUN", "soldier", "O", "NNS"),
        ("left", 3, "ROOT", "VERB", "leave", "O"),
    ])
    actor = resolve(doc, dictionary, 2)
    assert actor is not None
    assert (actor.code, actor.text) == ("VENMIL", "Venezuela's soldiers")


def test_resolve_in_phrase_gives_country_and_sector(blank: Language, dictionary: ActorDictionary) -> None:
    # "officers in the Venezuelan military left"
    doc = make_doc(blank, [
        ("officers", 5, "nsubj", "NOUN", "officer", "O", "NNS"),
        ("in", 0, "prep", "ADP", "in", "O"),
        ("the", 4, "det", "DET", "the", "O"),
        ("Venezuelan", 4, "amod", "ADJ", "venezuelan", "B-NORP"),
        ("military", 1, "pobj", "NOUN", "military", "O"),
        ("left", 5, "ROOT", "VERB", "leave", "O"),
    ])
    actor = resolve(doc, dictionary, 0)
    assert actor is not None
    assert (actor.code, actor.text) == ("VENMIL", "officers in the Venezuelan military")


def test_resolve_ignores_conjuncts(blank: Language, dictionary: ActorDictionary) -> None:
    # "rebels and Israeli troops left": the coder calls once per conjunct
    doc = make_doc(blank, [
        ("rebels", 4, "nsubj", "NOUN", "rebel", "O", "NNS"),
        ("and", 0, "cc", "CCONJ", "and", "O"),
        ("Israeli", 3, "amod", "ADJ", "israeli", "B-NORP"),
        ("troops", 0, "conj", "NOUN", "troop", "O", "NNS"),
        ("left", 4, "ROOT", "VERB", "leave", "O"),
    ])
    actor = resolve(doc, dictionary, 0)
    assert actor is not None
    assert (actor.code, actor.text) == ("---REB", "rebels")


# "Venezuelan President Nicolas Maduro spoke . Maduro and the president left . He stayed ."
MADURO: list[Row] = [
    ("Venezuelan", 3, "amod", "ADJ", "venezuelan", "B-NORP"),
    ("President", 3, "compound", "PROPN", "President", "O"),
    ("Nicolas", 3, "compound", "PROPN", "Nicolas", "B-PERSON"),
    ("Maduro", 4, "nsubj", "PROPN", "Maduro", "I-PERSON"),
    ("spoke", 4, "ROOT", "VERB", "speak", "O"),
    (".", 4, "punct", "PUNCT", ".", "O"),
    ("Maduro", 10, "nsubj", "PROPN", "Maduro", "B-PERSON"),
    ("and", 6, "cc", "CCONJ", "and", "O"),
    ("the", 9, "det", "DET", "the", "O"),
    ("president", 6, "conj", "NOUN", "president", "O", "NN"),
    ("left", 10, "ROOT", "VERB", "leave", "O"),
    (".", 10, "punct", "PUNCT", ".", "O"),
    ("He", 13, "nsubj", "PRON", "he", "O"),
    ("stayed", 13, "ROOT", "VERB", "stay", "O"),
    (".", 13, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.parametrize(
    ("i", "text"), [(3, "Venezuelan President Nicolas Maduro"), (6, "Maduro"), (12, "He")]
)
def test_resolve_person_keeps_role_and_fullest_name(
    blank: Language, dictionary: ActorDictionary, i: int, text: str
) -> None:
    actor = resolve(make_doc(blank, MADURO), dictionary, i)
    assert actor is not None
    assert (actor.code, actor.name, actor.text) == ("VENGOV", "Nicolas Maduro", text)


def test_resolve_definite_role_takes_remembered_person(blank: Language, dictionary: ActorDictionary) -> None:
    actor = resolve(make_doc(blank, MADURO), dictionary, 9)
    assert actor is not None
    assert (actor.code, actor.name, actor.text) == ("VENGOV", "Nicolas Maduro", "president")
    assert "role 'president'" in actor.why


def test_resolve_pronoun_without_person_is_none(blank: Language, dictionary: ActorDictionary) -> None:
    doc = make_doc(blank, [
        ("He", 1, "nsubj", "PRON", "he", "O"),
        ("stayed", 1, "ROOT", "VERB", "stay", "O"),
    ])
    assert resolve(doc, dictionary, 0) is None


def _titled(blank: Language, country_sentences: int) -> Doc:
    """`President Zamora spoke .` after N sentences `Venezuela suffers .` (Zamora is in no people.tsv row)."""
    rows: list[Row] = []
    for k in range(country_sentences):
        base = 3 * k
        rows += [
            ("Venezuela", base + 1, "nsubj", "PROPN", "Venezuela", "B-GPE"),
            ("suffers", base + 1, "ROOT", "VERB", "suffer", "O"),
            (".", base + 1, "punct", "PUNCT", ".", "O"),
        ]
    base = len(rows)
    rows += [
        ("President", base + 1, "compound", "PROPN", "President", "O"),
        ("Zamora", base + 2, "nsubj", "PROPN", "Zamora", "B-PERSON"),
        ("spoke", base + 2, "ROOT", "VERB", "speak", "O"),
        (".", base + 2, "punct", "PUNCT", ".", "O"),
    ]
    return make_doc(blank, rows)


def test_resolve_titled_person_takes_main_country(blank: Language, dictionary: ActorDictionary) -> None:
    doc = _titled(blank, 2)
    actors = DocumentActors(doc, dictionary)
    actor = actors.resolve(doc[7])
    assert actors.main_country == "VEN"
    assert actor is not None
    assert (actor.code, actor.name) == ("VENGOV", "Zamora")
    assert "main country" in actor.why


def test_resolve_titled_person_without_country_is_unknown_country(
    blank: Language, dictionary: ActorDictionary
) -> None:
    doc = _titled(blank, 0)
    actors = DocumentActors(doc, dictionary)
    actor = actors.resolve(doc[1])
    assert actors.main_country is None
    assert actor is not None
    assert actor.code == "---GOV"


def test_resolve_unknown_person_without_role_is_none(blank: Language, dictionary: ActorDictionary) -> None:
    doc = make_doc(blank, [
        ("John", 1, "compound", "PROPN", "John", "B-PERSON"),
        ("Smith", 2, "nsubj", "PROPN", "Smith", "I-PERSON"),
        ("left", 2, "ROOT", "VERB", "leave", "O"),
    ])
    assert resolve(doc, dictionary, 1) is None


def test_resolve_person_in_apposition_to_role(blank: Language, dictionary: ActorDictionary) -> None:
    # "Maduro , the Venezuelan president , left ." with Maduro mis-tagged as ORG
    doc = make_doc(blank, [
        ("Maduro", 6, "nsubj", "PROPN", "Maduro", "B-ORG"),
        (",", 0, "punct", "PUNCT", ",", "O"),
        ("the", 4, "det", "DET", "the", "O"),
        ("Venezuelan", 4, "amod", "ADJ", "venezuelan", "B-NORP"),
        ("president", 0, "appos", "NOUN", "president", "O", "NN"),
        (",", 0, "punct", "PUNCT", ",", "O"),
        ("left", 6, "ROOT", "VERB", "leave", "O"),
    ])
    actor = resolve(doc, dictionary, 0)
    assert actor is not None
    assert (actor.code, actor.text) == ("VENGOV", "Maduro")  # the span stops at the comma


def test_resolve_is_cached_per_head(blank: Language, dictionary: ActorDictionary) -> None:
    doc = make_doc(blank, DEFECTORS)
    actors = DocumentActors(doc, dictionary)
    assert actors.resolve(doc[2]) is actors.resolve(doc[2])


# --- the real model on sentences written for these tests ---

STORY = (
    "Venezuelan President Nicolas Maduro accused Washington of plotting a coup. "
    "US national security advisor John Bolton urged the Venezuelan military to abandon Maduro. "
    "Former Venezuelan soldiers Carlos Ruiz Pena and Luis Mora Diaz said the soldiers wanted help from "
    "the United Nations. Bolton said he would meet Colombian officials in Bogota."
)


@pytest.fixture(scope="module")
def story(nlp: Language, dictionary: ActorDictionary) -> tuple[Doc, DocumentActors]:
    doc = nlp(STORY)
    return doc, DocumentActors(doc, dictionary)


def _find(doc: Doc, word: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == word][nth]


@pytest.mark.parametrize(
    ("word", "nth", "code", "name"),
    [
        ("Maduro", 0, "VENGOV", "Nicolas Maduro"),
        ("Washington", 0, "USAGOV", "United States"),
        ("Bolton", 0, "USAGOV", "John Bolton"),
        ("military", 0, "VENMIL", "Venezuela"),
        ("Maduro", 1, "VENGOV", "Nicolas Maduro"),
        ("Nations", 0, "IGOUNO", "United Nations"),
        ("Bolton", 1, "USAGOV", "John Bolton"),
        ("he", 0, "USAGOV", "John Bolton"),
        ("officials", 0, "COLGOV", "Colombia"),
    ],
)
def test_real_model_story(
    story: tuple[Doc, DocumentActors], word: str, nth: int, code: str, name: str
) -> None:
    doc, actors = story
    actor = actors.resolve(doc[_find(doc, word, nth)])
    assert actor is not None
    assert (actor.code, actor.name) == (code, name)
    assert doc.text[actor.start : actor.end] == actor.text


def test_real_model_story_main_country(story: tuple[Doc, DocumentActors]) -> None:
    assert story[1].main_country == "VEN"


def test_real_model_former_soldiers_keep_country(story: tuple[Doc, DocumentActors]) -> None:
    doc, actors = story
    soldiers = actors.resolve(doc[_find(doc, "soldiers", 0)])
    later = actors.resolve(doc[_find(doc, "soldiers", 1)])
    assert soldiers is not None
    assert later is not None
    assert (soldiers.code, later.code) == ("VENELI", "VENMIL")


def test_real_model_measures_are_not_actors(nlp: Language, dictionary: ActorDictionary) -> None:
    doc = nlp("The Kremlin announced new measures against Ukrainian rebels.")
    actors = DocumentActors(doc, dictionary)
    heads = [t for t in doc if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod")]
    codes = {t.text: a.code for t in heads if (a := actors.resolve(t)) is not None}
    assert codes == {"Kremlin": "RUSGOV", "rebels": "UKRREB"}


def test_resolve_leader_of_country(blank: Language, dictionary: ActorDictionary) -> None:
    # "the leader of Russia left"
    doc = make_doc(blank, [
        ("the", 1, "det", "DET", "the", "O"),
        ("leader", 4, "nsubj", "NOUN", "leader", "O", "NN"),
        ("of", 1, "prep", "ADP", "of", "O"),
        ("Russia", 2, "pobj", "PROPN", "Russia", "B-GPE"),
        ("left", 4, "ROOT", "VERB", "leave", "O"),
    ])
    actor = resolve(doc, dictionary, 1)
    assert actor is not None
    assert (actor.code, actor.text, actor.name) == ("RUSGOV", "leader of Russia", "Russia")


@pytest.mark.parametrize(("demonym", "code"), [("Palestinian", "PSE"), (None, None)])
def test_resolve_sectorless_person_noun_needs_a_country(
    blank: Language, dictionary: ActorDictionary, demonym: str | None, code: str | None
) -> None:
    first = ("Palestinian", "amod", "ADJ", "B-NORP") if demonym else ("the", "det", "DET", "O")
    actor = resolve(_two_word(blank, first, ("prisoners", "NOUN", "prisoner", "O")), dictionary, 1)
    assert (actor.code if actor else None) == code


def test_resolve_countryless_sector_takes_the_only_country_of_its_sentence(
    blank: Language, dictionary: ActorDictionary
) -> None:
    # "Venezuelan troops met rebels ."
    doc = make_doc(blank, [
        ("Venezuelan", 1, "amod", "ADJ", "venezuelan", "B-NORP"),
        ("troops", 2, "nsubj", "NOUN", "troop", "O", "NNS"),
        ("met", 2, "ROOT", "VERB", "meet", "O"),
        ("rebels", 2, "dobj", "NOUN", "rebel", "O", "NNS"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ])
    actor = resolve(doc, dictionary, 3)
    assert actor is not None
    assert (actor.code, actor.country, actor.sector) == ("VENREB", "VEN", "REB")
    assert "the only country its sentence names" in actor.why


def test_resolve_countryless_sector_stays_unknown_between_two_countries(
    blank: Language, dictionary: ActorDictionary
) -> None:
    # "Venezuelan troops met rebels from Israel ." is two countries: no guess for a bare "rebels"
    doc = make_doc(blank, [
        ("Venezuelan", 1, "amod", "ADJ", "venezuelan", "B-NORP"),
        ("troops", 2, "nsubj", "NOUN", "troop", "O", "NNS"),
        ("met", 2, "ROOT", "VERB", "meet", "O"),
        ("rebels", 2, "dobj", "NOUN", "rebel", "O", "NNS"),
        ("in", 2, "prep", "ADP", "in", "O"),
        ("Israel", 4, "pobj", "PROPN", "Israel", "B-GPE"),
        (".", 2, "punct", "PUNCT", ".", "O"),
    ])
    actor = resolve(doc, dictionary, 3)
    assert actor is not None
    assert actor.code == "---REB"


# "Russian - backed rebels attacked ." with the hyphenated modifier parsed flat, and "pro - Russia rebels"
BACKED: list[Row] = [
    ("Russian", 2, "npadvmod", "ADJ", "russian", "B-NORP"),
    ("-", 2, "punct", "PUNCT", "-", "O"),
    ("backed", 3, "amod", "VERB", "back", "O", "VBN"),
    ("rebels", 4, "nsubj", "NOUN", "rebel", "O", "NNS"),
    ("attacked", 4, "ROOT", "VERB", "attack", "O"),
    (".", 4, "punct", "PUNCT", ".", "O"),
]
PRO: list[Row] = [
    ("pro", 3, "amod", "ADJ", "pro", "O"),
    ("-", 3, "amod", "PUNCT", "-", "O"),
    ("Russia", 3, "amod", "PROPN", "Russia", "B-GPE"),
    ("rebels", 4, "nsubj", "NOUN", "rebel", "O", "NNS"),
    ("attacked", 4, "ROOT", "VERB", "attack", "O"),
    (".", 4, "punct", "PUNCT", ".", "O"),
]


@pytest.mark.parametrize("rows", [BACKED, PRO], ids=["backed", "pro"])
def test_resolve_backer_in_a_hyphenated_modifier_is_not_the_actor(
    blank: Language, dictionary: ActorDictionary, rows: list[Row]
) -> None:
    doc = make_doc(blank, rows)
    doc = Doc(doc.vocab, words=[t.text for t in doc], spaces=[False, False, True, True, False, False],
              heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc], pos=[t.pos_ for t in doc],
              lemmas=[t.lemma_ for t in doc], ents=[r[5] for r in rows], tags=[t.tag_ for t in doc])  # glued "-"
    actor = resolve(doc, dictionary, 3)
    assert actor is not None
    assert actor.code == "---REB"  # no country: the sentence names none but the backer


def test_resolve_dateline_place_is_no_actor(nlp: Language, dictionary: ActorDictionary) -> None:
    doc = nlp("KABUL, May 3 (Tacitus Wire) - Afghan police arrested two men.")
    actors = DocumentActors(doc, dictionary)
    assert actors.resolve(doc[0]) is None
    police = next(t for t in doc if t.text == "police")
    resolved = actors.resolve(police)
    assert resolved is not None
    assert resolved.code == "AFGCOP"


@pytest.mark.parametrize(("text", "head", "code"), [
    ("The UN secretary-general urged calm.", "general", "IGOUNO"),
    ("Sri Lanka's president promised reforms.", "president", "LKAGOV"),
])
def test_real_model_hyphenated_agents_and_possessive_country_names(nlp: Language, dictionary: ActorDictionary,
                                                                   text: str, head: str, code: str) -> None:
    doc = nlp(text)
    actor = DocumentActors(doc, dictionary).resolve(next(t for t in doc if t.text == head))
    assert actor is not None
    assert actor.code == code


@pytest.mark.parametrize(("text", "head", "code"), [
    # "Russian" says whose strike it was, not whose the civilians are (the stage after places them in Kharkiv)
    ("Three civilians were killed in a Russian air strike on Kharkiv.", "civilians", "---CVL"),
    # a demonym on an actor noun still places the others ("forces" is an agent, though "force" is an act)
    ("Protesters demanded the withdrawal of Serbian forces.", "Protesters", "SRBOPP"),
])
def test_resolve_country_on_an_act_is_not_the_context(nlp: Language, dictionary: ActorDictionary,
                                                      text: str, head: str, code: str) -> None:
    lexicon = load_lexicon()
    gazetteer = load_gazetteer()
    doc = nlp(text)
    actors = DocumentActors(doc, dictionary, cities=gazetteer.city_country,
                            event_noun=lambda lemma: bool(lexicon.noun_entries(lemma)))
    actor = actors.resolve(next(t for t in doc if t.text == head))
    assert actor is not None
    assert actor.code == code


def test_unborrowed_gives_an_actor_before_its_sentence_placed_it(nlp: Language, dictionary: ActorDictionary) -> None:
    doc = nlp("Russian troops killed five civilians.")
    actors = DocumentActors(doc, dictionary)
    civilians = actors.resolve(doc[4])
    troops = actors.resolve(doc[1])
    assert civilians is not None
    assert troops is not None
    assert civilians.code == "RUSCVL"  # the one country of its sentence
    before = actors.unborrowed(civilians)
    assert before is not None
    assert before.code == "---CVL"
    assert actors.unborrowed(troops) is None  # "Russian" is its own


@pytest.mark.parametrize(("text", "head"), [
    ("Gulf states promised billions in deposits to shore up Egypt's economy.", "states"),
    ("Western governments condemned Iran on Monday.", "governments"),
])
def test_resolve_several_states_take_no_country_of_their_sentence(nlp: Language, dictionary: ActorDictionary,
                                                                  text: str, head: str) -> None:
    doc = nlp(text)
    actor = DocumentActors(doc, dictionary).resolve(next(t for t in doc if t.text == head))
    assert actor is not None
    assert actor.code == "---GOV"
