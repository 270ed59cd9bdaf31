"""The shapes of accord's records, as generated artefacts.

``fields.py`` reads a record field's shape (type, optionality, allowed values, metadata)
from ``accord.records``; ``generate.py`` writes ``extraction.schema.json`` and the field
tables of docs/schema.md from it (``python -m accord.schema.generate``).
"""
