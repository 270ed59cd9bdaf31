"""Data files are read when a stage is built (``load()``), never when a module is imported."""

import importlib
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_importing_every_module_reads_no_data_file():
    # A fresh interpreter, so no module is imported yet; every file opened while importing
    # all of accord is recorded, and none may lie under accord/data/.
    probe = textwrap.dedent(
        """
        import builtins, io, pkgutil, importlib, sys
        opened = []
        real_open, real_io_open = builtins.open, io.open
        def spy(file, *a, **k):
            opened.append(str(file))
            return real_open(file, *a, **k)
        builtins.open = io.open = spy
        import accord
        for info in pkgutil.walk_packages(accord.__path__, "accord."):
            if ".web" in info.name or info.name.endswith("__main__"):
                continue  # running __main__ starts the CLI; the web app reads its templates in create_app
            importlib.import_module(info.name)
        print("\\n".join(p for p in opened if "/accord/data/" in p.replace("\\\\", "/")))
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env={"PYTHONPATH": str(SRC)}, check=True)
    assert result.stdout.strip() == "", f"data files read at import: {result.stdout}"


def test_every_data_folder_is_described_in_its_readme():
    import accord.data

    root = Path(accord.data.__file__).parent
    for folder in (p for p in root.iterdir() if p.is_dir() and not p.name.startswith("__")):
        readme = folder / "README.md"
        assert readme.is_file(), f"{folder.name}/ has no README.md"
        text = readme.read_text(encoding="utf-8")
        undocumented = [f.name for f in folder.iterdir() if f.suffix in (".csv", ".toml", ".txt") and f.name not in text and not f.name.startswith(("LICENSE", "PETRARCH_LICENSE"))]
        assert not undocumented, f"{folder.name}/README.md does not mention {undocumented}"
