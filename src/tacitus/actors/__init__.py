"""Actor coding: noun phrases -> CAMEO actor codes (country or organisation + sector).

`load_actor_dictionary()` reads the reviewed data files once; `DocumentActors(doc, dictionary)` resolves the
phrases of one parsed document, remembering the people it names and their roles.
"""

from tacitus.actors.dictionary import ActorDictionary, NameEntry, NameKind, load_actor_dictionary
from tacitus.actors.resolve import DocumentActors

__all__ = ["ActorDictionary", "DocumentActors", "NameEntry", "NameKind", "load_actor_dictionary"]
