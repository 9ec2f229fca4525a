"""Readers that turn input files into Article records (or Rejected ones)."""

from tacitus.ingest.files import article_from_mapping, read_inputs

__all__ = ["article_from_mapping", "read_inputs"]
