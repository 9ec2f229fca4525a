"""Legacy event dictionaries (PETRARCH / TABARI formats) in, tacitus lexicon and actor files out.

One reader per format yields typed records and notes each malformed entry as a `Problem` naming
`file:line` in a shared `Report`, then goes on; `convert.import_dictionaries` writes a folder that
`load_lexicon` and `load_actor_dictionary` read, once, so no legacy syntax is parsed at coding time.
"""

from tacitus.dictionaries.report import Problem, Report

__all__ = ["Problem", "Report"]
