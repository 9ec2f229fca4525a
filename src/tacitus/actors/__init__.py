"""Actor coding: noun phrases -> CAMEO actor codes (country or organisation + sector).

`tacitus.actors.dictionary.load_actor_dictionary()` reads the reviewed data files once;
`tacitus.actors.resolve.DocumentActors(doc, dictionary)` resolves the phrases of one parsed document, remembering
the people it names and their roles. Import from the submodules: this package imports nothing, so reading
dictionaries does not load spaCy.
"""
