"""Attribution: reporting verbs above an event, and cited sources."""

from __future__ import annotations

from tacitus.coding.attribution import according_to, attribution_of

from .docs import make_doc, small_lexicon

LEXICON = small_lexicon({"attack": "180"})


def test_attribution_speaker_of_reporting_verb() -> None:
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ccomp", 4),
                    ("Goma", "Goma", "PROPN", "dobj", 1), ("police", "police", "NOUN", "nsubj", 4),
                    ("said", "say", "VERB", "ROOT", 4)])
    cue = attribution_of(doc[1], LEXICON, None)
    assert cue.speaker is not None
    assert cue.speaker.text == "police"


def test_according_to_report_by_outlet() -> None:
    # According to a report by CNN, rebels attacked Goma
    doc = make_doc([("According", "accord", "VERB", "prep", 8), ("to", "to", "ADP", "prep", 0),
                    ("a", "a", "DET", "det", 3), ("report", "report", "NOUN", "pobj", 1),
                    ("by", "by", "ADP", "prep", 3), ("CNN", "CNN", "PROPN", "pobj", 4), (",", ",", "PUNCT", "punct", 8),
                    ("rebels", "rebel", "NOUN", "nsubj", 8), ("attacked", "attack", "VERB", "ROOT", 8),
                    ("Goma", "Goma", "PROPN", "dobj", 8)])
    assert according_to(doc[:]) == "CNN"
    cue = attribution_of(doc[8], LEXICON, according_to(doc[:]))
    assert (cue.speaker, cue.according_to) == (None, "CNN")


def test_told_outlet_is_cited() -> None:
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ccomp", 4),
                    ("Goma", "Goma", "PROPN", "dobj", 1), ("Kabila", "Kabila", "PROPN", "nsubj", 4),
                    ("told", "tell", "VERB", "ROOT", 4), ("CNN", "CNN", "PROPN", "dobj", 4)])
    doc.ents = [doc.char_span(doc[5].idx, doc[5].idx + 3, label="ORG")]
    cue = attribution_of(doc[1], LEXICON, None)
    assert cue.speaker is not None
    assert cue.speaker.text == "Kabila"
    assert cue.according_to == "CNN"


def test_speaker_of_a_reporting_verb_coordinated_with_an_act_is_its_subject() -> None:
    # Rebels rejected the plan and said they attacked Goma
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), ("rejected", "reject", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3), ("plan", "plan", "NOUN", "dobj", 1),
                    ("and", "and", "CCONJ", "cc", 1), ("said", "say", "VERB", "conj", 1),
                    ("they", "they", "PRON", "nsubj", 7), ("attacked", "attack", "VERB", "ccomp", 5),
                    ("Goma", "Goma", "PROPN", "dobj", 7)])
    cue = attribution_of(doc[7], LEXICON, None)
    assert cue.speaker is not None
    assert cue.speaker.text == "Rebels"


def test_speaker_of_a_saying_participle_is_the_subject_of_its_clause() -> None:
    # Rebels rejected the plan, saying they attacked Goma
    doc = make_doc([("Rebels", "rebel", "NOUN", "nsubj", 1), ("rejected", "reject", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3), ("plan", "plan", "NOUN", "dobj", 1),
                    (",", ",", "PUNCT", "punct", 1), ("saying", "say", "VERB", "advcl", 1),
                    ("they", "they", "PRON", "nsubj", 7), ("attacked", "attack", "VERB", "ccomp", 5),
                    ("Goma", "Goma", "PROPN", "dobj", 7)])
    doc[5].tag_ = "VBG"
    cue = attribution_of(doc[7], LEXICON, None)
    assert cue.speaker is not None
    assert cue.speaker.text == "Rebels"
