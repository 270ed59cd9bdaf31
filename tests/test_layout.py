"""The tests mirror the package: ``tests/<package>/test_<module>.py`` tests ``src/accord/<package>/<module>.py``.

A test module's folder under ``tests/`` names a package under ``src/accord/`` (``tests/`` itself
is ``accord``), and its name is ``test_`` + a module or subpackage of that package, optionally
followed by ``_<aspect>`` (``tests/runners/test_dask_runner.py`` tests ``runners/dask.py``).
So a reader finds the tests of a module, and the module of a test, without searching.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
PACKAGE = REPO / "src" / "accord"

#: Folders that test the product as a whole, not one package.
WHOLE_PRODUCT_FOLDERS = {
    "e2e": "the whole pipeline on real articles, against an analyst's expectations",
    "gold": "accord's gold data, its validator, and the external gold sets",
    "examples": "the example notebook, run end to end on the example collection",
    "hostile": "hostile and faulty inputs across readers, store, exports and the CLI (issue 11 harness)",
}

#: Test modules about many packages at once, or named by the project's rules.
WHOLE_PACKAGE_TESTS = {
    "tests/test_public_api.py": "what `import accord` offers",
    "tests/test_layers.py": "which layer may import which (docs/architecture.md)",
    "tests/test_layout.py": "this file",
    "tests/data/test_loading.py": "data files: read by a stage's load(), never at import; each one described in its folder's README",
    "tests/evaluate/test_accuracy_floors.py": "the accuracy gate (evaluate/gate.py) on the real pipeline and gold sets",
}

#: Test modules written before this rule, and where they belong. Move a file (and delete its
#: line) when its package is next worked on; add nothing here.
NOT_YET_MIRRORED: dict[str, str] = {}


def all_test_files(tests: Path = TESTS) -> list[Path]:
    return sorted(tests.rglob("test_*.py"))


def misplaced(path: Path, tests: Path = TESTS, package: Path = PACKAGE) -> str | None:
    """Why ``path`` does not mirror the package, or None when it does."""
    folders = path.relative_to(tests).parts[:-1]
    if folders and folders[0] in WHOLE_PRODUCT_FOLDERS:
        return None
    mirrored = package.joinpath(*folders)
    if not (mirrored / "__init__.py").is_file():
        return f"its folder mirrors no package: there is no {mirrored.relative_to(package.parent)}/__init__.py"
    names = {p.stem for p in mirrored.glob("*.py") if p.stem not in ("__init__", "__main__")}
    names |= {p.name for p in mirrored.iterdir() if (p / "__init__.py").is_file()}
    tested = path.stem.removeprefix("test_")
    if any(tested == name or tested.startswith(name + "_") for name in names):
        return None
    return f"test_{tested} names no module of {mirrored.relative_to(package.parent)} ({', '.join(sorted(names))})"


def test_every_test_module_mirrors_a_module_of_the_package():
    exempt = set(WHOLE_PACKAGE_TESTS) | set(NOT_YET_MIRRORED)
    problems = []
    for path in all_test_files():
        if path.relative_to(REPO).as_posix() in exempt:
            continue
        reason = misplaced(path)
        if reason:
            problems.append(f"{path.relative_to(REPO)}: {reason}")
    assert not problems, "tests must mirror src/accord (tests/<package>/test_<module>.py):\n" + "\n".join(problems)



def test_no_two_test_modules_share_a_name():
    """pytest imports test modules by file name (tests/ holds no __init__.py): a second
    ``test_ingest.py`` in another folder would stop the suite at collection."""
    by_name: dict[str, list[str]] = {}
    for path in all_test_files():
        by_name.setdefault(path.name, []).append(path.relative_to(REPO).as_posix())
    assert not {name: paths for name, paths in by_name.items() if len(paths) > 1}

def test_the_rule_accepts_mirrors_and_aspects_and_rejects_strays(tmp_path):
    package, tests = tmp_path / "src" / "accord", tmp_path / "tests"
    for module in ("ingest/__init__.py", "ingest/read.py", "runners/__init__.py", "runners/dask.py", "__init__.py", "dates.py"):
        (package / module).parent.mkdir(parents=True, exist_ok=True)
        (package / module).touch()

    def check(test: str) -> str | None:
        return misplaced(tests / test, tests, package)

    assert check("ingest/test_read.py") is None
    assert check("runners/test_dask_runner.py") is None
    assert check("test_dates.py") is None
    assert check("e2e/test_anything.py") is None
    assert "names no module" in check("ingest/test_ingest_read.py")
    assert "mirrors no package" in check("export/test_csv.py")
