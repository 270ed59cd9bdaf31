"""The public API: one sorted ``__all__``, and importing accord loads nothing heavy."""

import subprocess
import sys

import accord


def test_all_is_sorted_and_every_name_exists():
    assert accord.__all__ == sorted(accord.__all__)
    for name in accord.__all__:
        assert hasattr(accord, name), name


def test_import_loads_no_model_and_configures_no_logging():
    code = (
        "import logging, sys, accord; "
        "assert 'spacy' not in sys.modules, 'spacy imported at import time'; "
        "assert not logging.getLogger().handlers, 'root logging configured'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
