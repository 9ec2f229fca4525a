"""Event coding: lexicons, ontology and the rule coder."""
