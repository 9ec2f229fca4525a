"""Quotes and attribution: direct and reported speech, their speakers, and the events they attribute."""

from tacitus.quotes.extract import attribute_events, quotes_from_doc

__all__ = ["attribute_events", "quotes_from_doc"]
