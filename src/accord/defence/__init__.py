"""accord.defence stage: defence records from one parsed Doc.

``extract.DefenceExtractor`` composes one extractor per record kind (``agreements``,
``transfers``, ``activities``, ``alliances``) and the ``equipment`` matcher; ``grammar``
holds what they share, ``rules.DefenceRules`` their vocabulary (``data/patterns/defence.toml``),
read once per pipeline.
"""
