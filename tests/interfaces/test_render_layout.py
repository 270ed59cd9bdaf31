"""Tables fit the terminal, and long work reports progress: a bar on a terminal, log lines otherwise."""

from __future__ import annotations

from io import StringIO

from rich.console import Console


def _printed(renderable, width: int) -> list[str]:
    out = StringIO()
    Console(file=out, width=width, color_system=None).print(renderable)
    return out.getvalue().splitlines()


ROWS = [
    {"day": "2025-03-10", "type": "ACCUSE", "actor": ["SRB"], "recipient": ["ALB"], "status": "occurred",
     "source_outlets": ["wire.example", "daily.example"], "story_id": "ed426899102c5469",
     "evidence_text": "Serbia condemned Albania over the joint declaration signed in Tirana on Monday, the ministry said."},
]


def test_columns_are_chosen_by_priority_to_fit_the_width():
    from accord.interfaces.render.tables import RecordTable

    table = RecordTable(None, ROWS, list(ROWS[0]), priority=("type", "actor", "recipient", "status"))
    narrow, wide = _printed(table, 50), _printed(table, 200)
    assert all(len(line) <= 50 for line in narrow)
    assert narrow[0].split()[:4] == ["day", "type", "actor", "recipient"][:4] or "type" in narrow[0]
    assert "story id" in wide[0] and "story id" not in narrow[0]
    assert "ed426899102c5469" in wide[1], "ids are shown whole or not at all"


def test_the_evidence_is_wrapped_under_its_row():
    from accord.interfaces.render.tables import INDENT, RecordTable

    lines = _printed(RecordTable(None, ROWS, list(ROWS[0])), 60)
    evidence = [line for line in lines[2:]]
    assert evidence and all(line.startswith(" " * INDENT) and len(line) <= 60 for line in evidence)
    assert " ".join(" ".join(evidence).split()) == ROWS[0]["evidence_text"]


def test_cells_print_literally():
    from accord.interfaces.render.tables import RecordTable

    lines = _printed(RecordTable("t", [{"name": "[bold]x[/]"}], ["name"]), 40)
    assert "[bold]x[/]" in lines[-1]


def test_log_progress_prints_a_line_every_period_with_the_eta():
    from accord.interfaces.render.progress import LogProgress

    now = [0.0]
    lines: list[str] = []
    log = LogProgress("ingest", "articles", total=100, every=10, clock=lambda: now[0], write=lines.append)
    for done in range(1, 101):
        now[0] = done * 0.5
        log.update(done, events=2 * done)
    log.finish()
    assert len(lines) == 5
    assert lines[0] == "ingest: 20/100 articles (20%), 40 events, 2.0/s, ETA 0:00:40, elapsed 0:00:10"
    assert lines[-1].startswith("ingest: 100/100 articles (100%)") and "ETA" not in lines[-1]


def test_without_a_total_the_log_counts_and_gives_the_rate():
    from accord.interfaces.render.progress import LogProgress

    lines: list[str] = []
    log = LogProgress("evaluate", "documents", clock=lambda: 4.0, write=lines.append)
    log.started = 0.0
    log.update(8)
    log.finish()
    assert lines == ["evaluate: 8 documents, 2.0/s, elapsed 0:00:04"]


def test_on_a_terminal_the_bar_shows_done_of_total(monkeypatch):
    import accord.interfaces.render.progress as progress

    out = StringIO()
    monkeypatch.setattr(progress, "err_console", Console(file=out, force_terminal=True, width=120, color_system=None))
    with progress.progress_bar("evaluate", "documents", total=40) as update:
        update(10)
        update(40)
    assert "40/40" in out.getvalue() and "documents" in out.getvalue()
