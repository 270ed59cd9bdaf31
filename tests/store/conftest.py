"""Fixtures for the store tests: a fake pipeline and a store (from ``store_fakes``)."""

from store_fakes import fake, store  # noqa: F401  (fixtures)
