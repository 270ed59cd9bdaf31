"""User-facing interfaces, from lowest to highest.

``export`` writes stored records to files (CSV, JSONL, Parquet, GDELT, PLOVER, GraphML,
GEXF); ``render`` draws an extraction for the terminal; ``library`` is the Python front
door, ``accord.Store``, composing the store, the queries, the ingest runner and the
exports; ``cli`` is the ``accord`` command, built on ``accord.Store``. A web service
belongs beside ``cli`` (``interfaces/web``) and is built on ``accord.Store`` as well.
"""
