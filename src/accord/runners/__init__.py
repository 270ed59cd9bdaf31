"""Runners: the same pipeline locally or on a Dask cluster (only runners import dask)."""
