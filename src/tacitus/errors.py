"""Errors raised by tacitus.

TacitusError
   ├─ ConfigError     bad settings file or value
   ├─ LexiconError    malformed data file; message starts with path:line
   ├─ IngestError     unreadable input
   └─ StoreError      schema or database problem
"""


class TacitusError(Exception):
    """Base class of every error tacitus raises on purpose."""


class ConfigError(TacitusError):
    """A settings file or value is wrong."""


class LexiconError(TacitusError):
    """A data file is malformed; the message starts with `path:line`."""


class IngestError(TacitusError):
    """An input cannot be read at all (a single bad document becomes a Rejected record instead)."""


class StoreError(TacitusError):
    """The store's schema or database failed."""
