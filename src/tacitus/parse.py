"""Build the spaCy pipeline that tacitus parses with."""

from __future__ import annotations

import spacy
from spacy.language import Language

from tacitus.errors import ConfigError


def build_nlp(model_name: str) -> Language:
    """Load the installed spaCy pipeline `model_name`; it must have a parser, a lemmatizer and NER."""
    try:
        nlp = spacy.load(model_name)
    except OSError as err:
        raise ConfigError(
            f"spaCy pipeline {model_name!r} is not installed; install it (pip install {model_name}) "
            "or set spacy_model / TACITUS_SPACY_MODEL to an installed one"
        ) from err
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy pipeline {model_name!r} lacks {', '.join(sorted(missing))}")
    return nlp
