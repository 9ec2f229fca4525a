"""Build small Docs by hand for unit tests, so a parser quirk cannot hide a logic bug."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tacitus.coding.lexicon import Lexicon, VerbEntry
from tacitus.coding.ontology import read_ontology
from tacitus.records import Modality

_NLP = spacy.blank("en")


def make_doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """Rows of (word, lemma, pos, dep, head index); the sentence is one sentence."""
    words = [r[0] for r in rows]
    return Doc(_NLP.vocab, words=words, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows],
               sent_starts=[True] + [False] * (len(rows) - 1))


def small_lexicon(verbs: dict[str, str], *, reporting: tuple[str, ...] = ("say", "tell"),
                  modality: dict[str, Modality] | None = None) -> Lexicon:
    """A lexicon with the real ontology and the given verb lemma -> code entries."""
    entries = {
        lemma: (VerbEntry(lemma=lemma, particle=None, objects=frozenset(), preps=frozenset(), code=code,
                          source=f"test:{lemma}"),)
        for lemma, code in verbs.items()
    }
    return Lexicon(ontology=read_ontology(), verbs=entries, nouns={}, light_verbs=frozenset(),
                   modality=modality or {"want": Modality.REQUESTED, "plan": Modality.FUTURE},
                   reporting=frozenset(reporting), discards={})
