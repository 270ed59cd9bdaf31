"""``accord serve``: the JSON API and the dashboard over a knowledge base, under uvicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from accord.interfaces.cli.calls import fail
from accord.interfaces.render.console import print_note

#: Environment variable holding the token that enables writing (ingest) through the API.
TOKEN_ENV = "ACCORD_TOKEN"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def read_token(token_file: str | None) -> str | None:
    """The write token from ``--token-file`` (first line) or ``$ACCORD_TOKEN``; None when neither is set.

    Raises:
        typer.Exit: the file cannot be read, or holds no token.
    """
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip().splitlines()[0:1]
        except OSError as exc:
            raise fail(f"cannot read the token file {token_file}: {exc.strerror or exc}") from None
        if not token or not token[0].strip():
            raise fail(f"the token file {token_file} is empty; put the token on its first line")
        return token[0].strip()
    return os.environ.get(TOKEN_ENV, "").strip() or None


def make_server(app_: object, host: str, port: int) -> object:
    """The uvicorn server (tests replace this function)."""
    import uvicorn

    return uvicorn.Server(uvicorn.Config(app_, host=host, port=port, log_level="info", server_header=False))


def serve(
    db: Optional[str] = typer.Option(None, "--db", help="The database file (default: $ACCORD_DB or ./accord.duckdb).", show_default=False),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default: only this machine can connect)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    token_file: Optional[str] = typer.Option(None, "--token-file", help="File whose first line is the token that enables POST /api/ingest (else $ACCORD_TOKEN)."),
) -> None:
    """Serve the JSON API (/api, docs at /docs) and the dashboard over the knowledge base."""
    from accord.errors import AccordError
    from accord.interfaces.web import create_app

    token = read_token(token_file)
    try:
        web = create_app(db, token=token)
    except AccordError as exc:
        raise fail(str(exc)) from None
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    print_note(f"accord: serving {web.state.web.stores.path} at {url} (API docs at {url}docs)")
    print_note("writing (POST /api/ingest) is " + ("enabled: requests need the token" if token else "disabled: the store is read-only"))
    if host not in LOOPBACK:
        print_note(f"note: listening on {host}, so other machines can reach this server")
    make_server(web, host, port).run()  # type: ignore[attr-defined]


def register(app: typer.Typer) -> None:
    """Add ``accord serve`` to the application."""
    app.command()(serve)
