"""`explain`: the parse, the triggers considered, the actors and why each code was chosen."""

from __future__ import annotations

from dataclasses import dataclass

from tacitus.coding.events import events_from_doc
from tacitus.coding.extract import mend_lemmas
from tacitus.pipeline import Coder
from tacitus.records import Article, Event


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenRow:
    """One parsed token as shown by `explain`."""

    index: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    entity: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Explanation:
    """Everything the coder saw and decided for one text."""

    tokens: tuple[TokenRow, ...]
    decisions: tuple[str, ...]
    events: tuple[Event, ...]


def explain_text(text: str, coder: Coder, *, doc_id: str = "explain") -> Explanation:
    """Parse and code `text`, keeping every decision. Example: explain_text("Iran condemned Israel.", coder)"""
    doc = coder.nlp(text)
    mend_lemmas(doc, coder.lexicon)
    decisions: list[str] = []
    article = Article(article_id=doc_id, text=text)
    events = events_from_doc(doc, article, lexicon=coder.lexicon, dictionary=coder.dictionary,
                             trace=decisions.append)
    tokens = tuple(
        TokenRow(index=t.i, text=t.text, lemma=t.lemma_, pos=t.pos_, dep=t.dep_, head=t.head.i,
                 entity=t.ent_type_)
        for t in doc
    )
    return Explanation(tokens=tokens, decisions=tuple(decisions), events=tuple(events))
