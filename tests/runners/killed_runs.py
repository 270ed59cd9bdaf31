"""Following a run in another process until it has committed enough to be worth killing."""

from __future__ import annotations

import subprocess
import time


def wait_for_commits(proc: subprocess.Popen[str], at_least: int, seconds: float) -> int:
    """Read the run's ``committed N`` lines until N reaches ``at_least``, its output ends or
    ``seconds`` pass; RETURNS the last N read (0 when none)."""
    committed = 0
    deadline = time.time() + seconds
    while committed < at_least and time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith("committed"):
            committed = int(line.split()[1])
    return committed
