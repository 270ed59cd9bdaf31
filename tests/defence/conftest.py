"""Fixtures for the defence tests: the rules loaded once, and a resolver for dates."""

from __future__ import annotations

import pytest

from accord.dates import DateResolver
from accord.defence.rules import DefenceRules


@pytest.fixture(scope="session")
def rules() -> DefenceRules:
    return DefenceRules.load()


@pytest.fixture(scope="session")
def grammar():
    from accord.events.syntax import Grammar

    return Grammar.load()


@pytest.fixture
def dates() -> DateResolver:
    return DateResolver("2025-03-14")
