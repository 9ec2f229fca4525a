"""Argument finding over hand-built parses."""

from __future__ import annotations

from tacitus.coding import arguments as args

from .docs import make_doc


def test_conjuncts_expand_coordinated_nouns() -> None:
    doc = make_doc([("Jordan", "Jordan", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
                    ("Britain", "Britain", "PROPN", "conj", 0), ("agreed", "agree", "VERB", "ROOT", 3)])
    assert [t.text for t in args.children_with(doc[3], args.SUBJECT_DEPS)] == ["Jordan", "Britain"]


def test_passive_agent_and_subject() -> None:
    doc = make_doc([("Protesters", "protester", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
                    ("arrested", "arrest", "VERB", "ROOT", 2), ("by", "by", "ADP", "agent", 2),
                    ("police", "police", "NOUN", "pobj", 3)])
    assert args.is_passive(doc[2])
    assert [t.text for t in args.agents(doc[2])] == ["police"]


def test_prep_objects_and_particle() -> None:
    doc = make_doc([("Police", "police", "NOUN", "nsubj", 1), ("cracked", "crack", "VERB", "ROOT", 1),
                    ("down", "down", "ADP", "prt", 1), ("on", "on", "ADP", "prep", 1),
                    ("protesters", "protester", "NOUN", "pobj", 3)])
    assert args.particle(doc[1]) == "down"
    assert [t.text for t in args.prep_objects(doc[1], ("on",))] == ["protesters"]
    assert args.has_prep(doc[1], frozenset({"on"}))


def test_relative_pronoun_stands_for_its_noun() -> None:
    # Guaido, whom the US recognised
    doc = make_doc([("Guaido", "Guaido", "PROPN", "ROOT", 0), (",", ",", "PUNCT", "punct", 0),
                    ("whom", "whom", "PRON", "dobj", 5), ("the", "the", "DET", "det", 4),
                    ("US", "US", "PROPN", "nsubj", 5), ("recognised", "recognise", "VERB", "relcl", 0)])
    assert [t.text for t in args.children_with(doc[5], args.OBJECT_DEPS)] == ["Guaido"]


def test_clause_head_of_noun_is_its_verb() -> None:
    doc = make_doc([("US", "US", "PROPN", "nsubj", 1), ("imposed", "impose", "VERB", "ROOT", 1),
                    ("sanctions", "sanction", "NOUN", "dobj", 1)])
    assert args.clause_head(doc[2]).text == "imposed"


def test_subjects_of_a_participle_parsed_as_subject() -> None:
    # "The Red Cross operating in Iraq said ...": the parser makes "operating" the subject of "said"
    doc = make_doc([("Cross", "Cross", "PROPN", "nsubj", 1), ("operating", "operate", "VERB", "nsubj", 4),
                    ("in", "in", "ADP", "prep", 1), ("Iraq", "Iraq", "PROPN", "pobj", 2),
                    ("said", "say", "VERB", "ROOT", 4)])
    doc[1].tag_ = "VBG"
    assert [t.text for t in args.subjects(doc[4])] == ["Cross"]


def test_object_counted_with_up_to_on_a_particle() -> None:
    # "kidnapped up to 16 advisers": the parser makes "up" a particle and the object its "to" phrase
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), ("kidnapped", "kidnap", "VERB", "ROOT", 1),
                    ("up", "up", "ADP", "prt", 1), ("to", "to", "ADP", "prep", 2), ("16", "16", "NUM", "nummod", 5),
                    ("advisers", "adviser", "NOUN", "pobj", 3)])
    assert [t.text for t in args.direct_objects(doc[1])] == ["advisers"]
    # without a number it is a phrasal verb's prepositional phrase, not an object
    doc = make_doc([("They", "they", "PRON", "nsubj", 1), ("signed", "sign", "VERB", "ROOT", 1),
                    ("up", "up", "ADP", "prt", 1), ("to", "to", "ADP", "prep", 2),
                    ("reforms", "reform", "NOUN", "pobj", 3)])
    assert args.direct_objects(doc[1]) == []


def test_means_agent_when_the_parser_hangs_the_event_on_its_agent() -> None:
    # "killed in police firing" parsed as "police" with "firing" as its clause
    doc = make_doc([("Two", "two", "NUM", "nummod", 1), ("died", "die", "VERB", "ROOT", 1),
                    ("in", "in", "ADP", "prep", 1), ("police", "police", "NOUN", "pobj", 2),
                    ("firing", "fire", "VERB", "acl", 3)])
    assert [t.text for t in args.means_agents(doc[1], lambda t: t.lemma_ == "fire")] == ["police"]
    assert args.means_agents(doc[1], lambda t: False) == []
