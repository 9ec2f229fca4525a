"""From event mentions to Event records: CAMEO/PLOVER lookup, compound and reciprocal actors, ids."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from tacitus.actors.dictionary import ActorDictionary
from tacitus.actors.resolve import DocumentActors
from tacitus.coding.extract import Trace, mentions_from_doc
from tacitus.coding.lexicon import Lexicon
from tacitus.coding.mentions import EventMention
from tacitus.coding.police import crowd_force_code
from tacitus.parse import document_text, sentence_of
from tacitus.records import Actor, Article, Attribution, Event, TextSpan

MAX_RECIPROCAL_ACTORS = 4
# CAMEO codes of acts between the parties that do them together: intents to cooperate (03), consultations (04),
# diplomatic cooperation and agreements (050, 057), material cooperation (06), yielding to each other (08: reopened
# their borders, exchanged prisoners, a ceasefire), reduced relations and halted talks (160, 161, 164), fighting (19).
RECIPROCAL_PREFIXES = ("03", "04", "050", "057", "06", "08", "160", "161", "164", "19")
# "each other", "one another" as an object, as the parser gives them: (head, its determiner)
RECIPROCAL_PRONOUNS = frozenset({("other", "each"), ("one", "another"), ("another", "one")})
_OBJECTS = frozenset({"dobj", "pobj", "dative"})


def _confidence(mention: EventMention) -> float:
    score = 0.3 + 0.25 * bool(mention.source) + 0.25 * bool(mention.target) + 0.1 * mention.specific
    if mention.derived:
        score -= 0.15
    if mention.derived == "claim":
        score -= 0.1  # "claimed that the Taliban kidnapped 27": the kidnapping is the news, the accusation its frame
    if mention.main_clause:
        score += 0.05  # the sentence's main predicate is what the sentence reports
    if mention.sentence == 0:
        score += 0.05  # news puts its main event in the lead sentence
    if mention.background:
        score -= 0.2  # "tribesmen backed by the coalition": a description of someone, not the news
    return round(min(score, 0.95), 2)


def _dyads(mention: EventMention, doc: Doc) -> Iterator[tuple[tuple[Actor, ...], tuple[Actor, ...]]]:
    """ "Jordan and Britain agreed ..." with no target is reciprocal: each actor towards each other one, for acts
    done between parties (agreeing, meeting, signing, cooperating, a ceasefire, cutting ties, fighting) and for any
    act done to "each other"; "the US and Britain condemned the decision" is two condemnations of no one."""
    sources = mention.source[:MAX_RECIPROCAL_ACTORS]
    between = mention.code.startswith(RECIPROCAL_PREFIXES) or _each_other(doc[mention.trigger_start])
    # "police and home guards arrested two men": actors of one code act together, towards no one of them
    if mention.target or len({a.code for a in sources}) < 2 or not between:
        yield mention.source, mention.target
        if mention.mutual and mention.source:
            yield mention.target, mention.source
        return
    for a in sources:
        for b in sources:
            if a is not b and a.code != b.code:
                yield (a,), (b,)


def _each_other(trigger: Token) -> bool:
    """ "The two sides accused each other", "blamed one another": the act goes from each party to the other."""
    for child in trigger.children:
        if child.dep_ in _OBJECTS and any((child.lower_, c.lower_) in RECIPROCAL_PRONOUNS for c in child.children):
            return True
    return False


def _to_events(mention: EventMention, doc: Doc, article: Article, lexicon: Lexicon) -> Iterator[Event]:
    info = lexicon.ontology[mention.code]
    span = doc[mention.trigger_start : mention.trigger_end]
    sentence = sentence_of(doc[mention.trigger_start])
    text = document_text(doc)  # a Span's text joins its tokens again on every access
    trigger = TextSpan(start=span.start_char, end=span.end_char, text=text[span.start_char : span.end_char])
    sentence_text = text[sentence.start_char : sentence.end_char]
    attribution = Attribution(speaker=mention.speaker, according_to=mention.according_to)
    for k, (source, target) in enumerate(_dyads(mention, doc)):
        suffix = (f"/{mention.derived}" if mention.derived else "") + (f".{k}" if k else "")
        code, why = crowd_force_code(mention.code, source, target, doc)
        yield Event(
            doc_id=article.article_id,
            event_id=f"{article.article_id}:{mention.sentence}:{trigger.start}{suffix}",
            sentence=mention.sentence,
            sentence_text=sentence_text,
            sentence_start=sentence.start_char,
            date=article.published,
            cameo=info if code == mention.code else lexicon.ontology[code],
            source=source,
            target=target,
            trigger=trigger,
            modality=mention.modality,
            attribution=attribution,
            confidence=_confidence(mention),
            evidence=(*mention.evidence, why) if why else mention.evidence,
            casualties=mention.casualties,
        )


def events_from_doc(doc: Doc, article: Article, *, lexicon: Lexicon, dictionary: ActorDictionary,
                    trace: Trace | None = None, actors: DocumentActors | None = None) -> list[Event]:
    """Code one parsed article into Event records (`actors` shares the person memory with other stages)."""
    if actors is None:
        actors = DocumentActors(doc, dictionary, on=article.published)
    events: list[Event] = []
    for mention in mentions_from_doc(doc, lexicon, actors, trace):
        events.extend(_to_events(mention, doc, article, lexicon))
    return events
