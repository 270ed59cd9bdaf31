"""``accord serve``: loopback by default, prints the URL, takes the token from a file or the environment."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import accord.interfaces.cli.serve as serve_module
from accord.interfaces.cli import app


@pytest.fixture
def served(monkeypatch):
    """Run ``accord serve ...`` without starting uvicorn; returns (result, the app and address it would serve)."""
    calls: list = []

    class Server:
        def __init__(self, app_, host, port):
            calls.append((app_, host, port))

        def run(self):
            pass

    monkeypatch.setattr(serve_module, "make_server", Server)
    monkeypatch.delenv(serve_module.TOKEN_ENV, raising=False)

    def run(*args: str, env: dict | None = None):
        result = CliRunner().invoke(app, ["serve", *map(str, args)], env=env)
        return result, (calls[-1] if calls else None)

    return run


def test_serves_on_loopback_by_default_and_prints_the_url(served, collection_db):
    result, (web, host, port) = served("--db", collection_db)
    assert result.exit_code == 0, result.output
    assert (host, port) == ("127.0.0.1", 8000)
    assert "http://127.0.0.1:8000/" in result.output and "disabled" in result.output
    assert web.state.web.token is None


def test_token_comes_from_the_token_file_or_the_environment(served, writable_db, tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text("s3cret\n", encoding="utf-8")
    result, (web, _, _) = served("--db", writable_db, "--token-file", token_file, "--port", 8123)
    assert result.exit_code == 0, result.output
    assert web.state.web.token == "s3cret" and "enabled" in result.output
    web.state.web.stores.close()
    result, (web, _, _) = served("--db", writable_db, env={"ACCORD_TOKEN": "from-env"})
    assert web.state.web.token == "from-env"
    web.state.web.stores.close()


def test_an_unreadable_or_empty_token_file_is_one_clear_error(served, collection_db, tmp_path):
    result, _ = served("--db", collection_db, "--token-file", tmp_path / "missing")
    assert result.exit_code == 1 and "cannot read the token file" in result.output
    (tmp_path / "empty").write_text("\n", encoding="utf-8")
    result, _ = served("--db", collection_db, "--token-file", tmp_path / "empty")
    assert result.exit_code == 1 and "empty" in result.output


def test_a_missing_database_is_one_clear_error(served, tmp_path):
    result, server = served("--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "no database here" in result.output and server is None
    assert "Traceback" not in result.output
