"""Use a user's lexicon and actor folders instead of the built-in ones (replace) or on top of them (extend)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

from tacitus.actors.dictionary import ActorDictionary, load_actor_dictionary
from tacitus.coding.lexicon import Lexicon, NounEntry, VerbEntry, load_lexicon, with_any_trigger
from tacitus.settings import LexiconMode

Entry = TypeVar("Entry", VerbEntry, NounEntry)


def _verb_key(entry: VerbEntry) -> tuple[object, ...]:
    return (entry.lemma, entry.particle, entry.objects, entry.preps)


def _noun_key(entry: NounEntry) -> tuple[object, ...]:
    return (entry.modifier, entry.lemma, entry.preps)


def _merge_senses(base: Mapping[str, tuple[Entry, ...]], user: Mapping[str, tuple[Entry, ...]],
                  key: Callable[[Entry], tuple[object, ...]]) -> dict[str, tuple[Entry, ...]]:
    """Per lemma: the user's senses first, then the built-in senses the user did not redefine."""
    out = dict(base)
    for lemma, senses in user.items():
        taken = {key(s) for s in senses}
        kept = tuple(s for s in base.get(lemma, ()) if key(s) not in taken)
        out[lemma] = senses + kept
    return out


def _sorted_verbs(verbs: Mapping[str, tuple[VerbEntry, ...]]) -> dict[str, tuple[VerbEntry, ...]]:
    # Most specific first, as load_lexicon orders them; sorted() is stable, so user senses lead on a tie.
    return {lemma: tuple(sorted(senses, key=lambda e: -e.specificity)) for lemma, senses in verbs.items()}


def _union(base: Mapping[str, frozenset[str]], user: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    return {k: base.get(k, frozenset()) | user.get(k, frozenset()) for k in {*base, *user}}


def merge_lexicons(base: Lexicon, user: Lexicon) -> Lexicon:
    """`user`'s entries over `base`'s: a verb or noun sense with the same lemma and constraints is the user's;
    word lists are united; modality and frame codes are the user's where both have one."""
    verbs = _sorted_verbs(_merge_senses(base.verbs, user.verbs, _verb_key))
    nouns = _merge_senses(base.nouns, user.nouns, _noun_key)
    lemmas: Iterable[str] = {*verbs, *nouns}
    frames = {name: {**base.frames.get(name, {}), **user.frames.get(name, {})} for name in {*base.frames, *user.frames}}
    return Lexicon(
        ontology=user.ontology,
        verbs=verbs,
        nouns=nouns,
        light_verbs=base.light_verbs | user.light_verbs,
        modality={**base.modality, **user.modality},
        reporting=base.reporting | user.reporting,
        discards=with_any_trigger(_union(base.discards, user.discards), lemmas),
        frames=frames,
        speech_acts=_union(base.speech_acts, user.speech_acts),
        recipients=base.recipients | user.recipients,
        instruments=_merge_senses(base.instruments, user.instruments, _noun_key),
        idioms=_sorted_verbs(_merge_senses(base.idioms, user.idioms, _verb_key)),
        non_agents=base.non_agents | user.non_agents,
    )


def load_lexicons(directory: Path | None, *, mode: LexiconMode = LexiconMode.REPLACE) -> Lexicon:
    """The event lexicon of `directory` (replace), or of `directory` over the built-in one (extend)."""
    if directory is None or mode is LexiconMode.REPLACE:
        return load_lexicon(directory)
    return merge_lexicons(load_lexicon(), load_lexicon(directory))


def load_actors(directory: Path | None, *, mode: LexiconMode = LexiconMode.REPLACE) -> ActorDictionary:
    """The actor dictionary of `directory` (replace), or its files read after the built-in ones (extend)."""
    return load_actor_dictionary(directory, extend=mode is LexiconMode.EXTEND)
