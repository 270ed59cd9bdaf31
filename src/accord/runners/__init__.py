"""Runners: drive the pipeline over many articles.

``ingest`` reads sources into the knowledge base (and re-extracts stored articles) batch
by batch through the store's public write API; ``dask`` runs the pipeline on a Dask
cluster (only runners import dask).
"""
