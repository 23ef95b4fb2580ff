"""What installs and ships: resources in the wheel, desktop files, icons, one version, the README
kept in step with `--help`."""

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from factcheck_gui import __version__
from factcheck_gui.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop"


def test_one_version_everywhere(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--version"])
    assert capsys.readouterr().out.strip() == f"factcheck {__version__}"
    metainfo = (DESKTOP / "io.github.factcheckgui.FactcheckGui.metainfo.xml").read_text()
    assert f'release version="{__version__}"' in metainfo


def test_icons_exist_in_every_size():
    icons = ROOT / "resources" / "icons"
    assert (icons / "factcheck-gui.svg").exists()
    for size in (16, 32, 48, 64, 128, 256):
        assert (icons / f"{size}x{size}" / "factcheck-gui.png").stat().st_size > 100


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate is not installed"
)
def test_desktop_file_validates():
    r = subprocess.run(
        ["desktop-file-validate", *map(str, DESKTOP.glob("*.desktop"))],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_metainfo_validates():
    r = subprocess.run(["appstreamcli", "validate", "--no-net", *map(str, DESKTOP.glob("*.metainfo.xml"))],
                       capture_output=True, text=True)  # fmt: skip
    assert r.returncode == 0, r.stdout


def _subcommands(parser):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield name, sub
                for inner, subsub in _subcommands(sub):
                    yield f"{name} {inner}", subsub


def test_readme_documents_every_command_and_option():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = []
    for name, sub in _subcommands(build_parser()):
        if f"factcheck {name}" not in readme and f"factcheck {name.split()[0]}" not in readme:
            missing.append(name)
        for action in sub._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt not in ("--help",) and opt not in readme:
                    missing.append(f"{name} {opt}")
    assert missing == []


def test_wheel_holds_what_the_app_needs_at_run_time(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
                       capture_output=True, text=True)  # fmt: skip
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = tmp_path.glob("factcheck_gui-*.whl")
    assert f"-{__version__}-" in wheel.name
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("factcheck_gui/_resources/seed/evidence.csv", "factcheck_gui/_resources/samples/halcyon-robotics.md",
                   "factcheck_gui/_resources/icons/factcheck-gui.svg", "factcheck_gui/_resources/icons/256x256/factcheck-gui.png",
                   "factcheck_gui/_resources/desktop/io.github.factcheckgui.FactcheckGui.desktop",
                   "factcheck_gui/core/proof/data/newsroom.txt", "factcheck_gui/core/verdicts/measures.toml",
                   "factcheck_gui/export/pdf.py"):  # fmt: skip
        assert needed in names, needed
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert (
        re.search(r"factcheck = factcheck_gui.cli:main", text)
        and "factcheck-gui = factcheck_gui.cli:gui_main" in text
    )


def test_repository_root_holds_only_the_project_layout():
    """Stray outputs (a PDF or database written by a test run) must not be committed at the top level."""
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    top = {line.split("/", 1)[0] for line in tracked.stdout.splitlines() if line}
    allowed = {
        "pyproject.toml",
        "README.md",
        "Makefile",
        "requirements.in",
        "requirements.lock",
        ".gitignore",
        "factcheck_gui",
        "resources",
        "tests",
        "packaging",
        "benchmarks",
        ".ci",
    }
    assert top <= allowed, sorted(top - allowed)
