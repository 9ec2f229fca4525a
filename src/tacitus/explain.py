"""`explain`: the parse, the triggers considered, the actors and why each code was chosen."""

from __future__ import annotations

from dataclasses import dataclass

from tacitus.pipeline import Coder, process_doc
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
    """Parse and code `text` through the same stages as `tacitus code`, keeping every decision. Example:
    explain_text("Iran condemned Israel.", coder)"""
    doc = coder.nlp(text)
    decisions: list[str] = []
    article = Article(article_id=doc_id, text=text)
    result = process_doc(doc, article, lexicon=coder.lexicon, dictionary=coder.dictionary,
                         trace=decisions.append, gazetteer=coder.gazetteer)
    events = result.events
    tokens = tuple(
        TokenRow(index=t.i, text=t.text, lemma=t.lemma_, pos=t.pos_, dep=t.dep_, head=t.head.i,
                 entity=t.ent_type_)
        for t in doc
    )
    return Explanation(tokens=tokens, decisions=tuple(decisions), events=events)
