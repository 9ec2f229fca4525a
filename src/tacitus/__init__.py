"""tacitus: explainable political event coding (CAMEO + PLOVER) from news text.

Example:
    >>> import tacitus
    >>> coder = tacitus.Coder.load()
    >>> events = coder.code_text("Police arrested ten protesters in Nairobi.", date=None)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from tacitus.output import event_to_dict
from tacitus.records import Actor, Article, Attribution, CameoInfo, Event, Modality, Rejected, TextSpan

if TYPE_CHECKING:
    from tacitus.pipeline import Coder, DocumentInput

__all__ = [
    "Actor", "Article", "Attribution", "CameoInfo", "Coder", "Event", "Modality", "Rejected", "TextSpan",
    "code_documents", "code_text", "event_to_dict",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # spaCy is imported on first use of the Coder, not by `import tacitus` (the CLI's corpus, export and stats
    # commands and the writing process of a run never parse text).
    if name == "Coder":
        from tacitus.pipeline import Coder

        return Coder
    raise AttributeError(f"module 'tacitus' has no attribute {name!r}")


def code_text(text: str, *, date: date | None = None, doc_id: str = "text",
              coder: Coder | None = None) -> list[Event]:
    """Events of one text; pass a loaded `coder` to avoid reloading the model on every call."""
    from tacitus.pipeline import Coder

    return (coder or Coder.load()).code_text(text, date=date, doc_id=doc_id)


def code_documents(items: Iterable[DocumentInput], *, coder: Coder | None = None,
                   default_date: date | None = None) -> Iterator[Event | Rejected]:
    """Events and Rejected records for Articles, {"id", "text", "date"} dicts or strings, in order."""
    from tacitus.pipeline import Coder

    return (coder or Coder.load()).code_documents(items, default_date=default_date)
