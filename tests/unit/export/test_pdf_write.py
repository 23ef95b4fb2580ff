"""Writing the PDF fails cleanly: one line naming the file, exit 2 from the command line, and no
half-written or temporary file left behind; two exports to one folder never share a temporary file."""

import errno
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from factcheck_gui.core.report import Finding, Report
from factcheck_gui.core.text.articles import article_from_text
from factcheck_gui.export.pdf import ExportError, PdfOptions, export_pdf

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).parents[3]
SAMPLE = ROOT / "resources" / "samples" / "halcyon-robotics.md"
SEED = ROOT / "resources" / "seed" / "evidence.csv"


@pytest.fixture
def report(qapp):
    text = "Title\n\n" + "The compnay grew. " * 40 + "\n"
    findings = []
    at = text.find("compnay")
    while at >= 0:
        findings.append(
            Finding(
                at,
                at + 7,
                "spelling",
                "compnay",
                "Possible misspelling.",
                ("company",),
                "spelling.known",
            )
        )
        at = text.find("compnay", at + 1)
    return Report(article_from_text(text, "a.txt"), (), tuple(findings), "", "test")


def disk_full_after(monkeypatch, written: int = 4096):
    """Writing to a temporary file puts `written` bytes out, then the disk is full."""

    def write(self, data):  # type: ignore[no-untyped-def]
        self.file.write(bytes(data[:written]))
        self.file.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(tempfile._TemporaryFileWrapper, "write", write, raising=False)


def test_a_full_disk_is_one_clear_error_and_leaves_nothing(report, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "review.pdf").write_bytes(b"the previous export")
    disk_full_after(monkeypatch)
    with pytest.raises(ExportError) as info:
        export_pdf(report, folder / "review.pdf")
    message = str(info.value)
    assert (
        "\n" not in message
        and str(folder / "review.pdf") in message
        and "No space left on device" in message
    )
    assert sorted(p.name for p in folder.iterdir()) == ["review.pdf"]  # no temporary file left
    assert (
        folder / "review.pdf"
    ).read_bytes() == b"the previous export"  # the old file is untouched


def test_a_failed_rename_leaves_no_temporary_file(report, tmp_path):
    folder = tmp_path / "out"
    (folder / "review.pdf").mkdir(parents=True)  # a folder where the PDF should go
    with pytest.raises(ExportError, match="review.pdf: cannot write the PDF"):
        export_pdf(report, folder / "review.pdf")
    assert [p.name for p in folder.iterdir()] == ["review.pdf"]


def test_an_unwritable_folder_is_one_clear_error(report, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="cannot write the PDF"):
        export_pdf(report, blocker / "review.pdf")


def test_two_exports_to_one_folder_at_once(report, tmp_path, monkeypatch):
    """A second export runs from start to end just as the first is about to put its file in
    place: each has its own temporary file, both succeed, and the file is whole."""
    real_replace = os.replace
    calls = []

    def replace(src, dst):  # type: ignore[no-untyped-def]
        calls.append(Path(src).name)
        if len(calls) == 1:
            export_pdf(report, tmp_path / "review.pdf", PdfOptions(reviewer="second"))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    export_pdf(report, tmp_path / "review.pdf", PdfOptions(reviewer="first"))
    assert len(calls) == 2 and calls[0] != calls[1]
    assert [p.name for p in tmp_path.iterdir()] == ["review.pdf"]
    assert (
        PdfReader(str(tmp_path / "review.pdf")).metadata.author == "first"
    )  # the last to finish wins, whole


def test_the_pdf_gets_the_usual_file_mode(report, tmp_path):
    out = tmp_path / "review.pdf"
    export_pdf(report, out)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_the_command_line_says_one_line_and_exits_2_on_a_full_disk(
    tmp_path, monkeypatch, capsys, pipeline
):
    from factcheck_gui import cli

    db = tmp_path / "e.db"
    assert cli.main(["db", "import", str(SEED), "--db", str(db)]) == 0
    disk_full_after(monkeypatch)
    capsys.readouterr()
    out = tmp_path / "review.pdf"
    code = cli.main(["check", str(SAMPLE), "--db", str(db), "--pdf", str(out), "--format", "json"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert err == [f"factcheck: {out}: cannot write the PDF (No space left on device)"]
    assert list(tmp_path.glob("review*")) == [] and list(tmp_path.glob(".review*")) == []


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 16 KB file system (needs root and a kernel that lets us mount tmpfs)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    where = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    where.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(where)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield where
    subprocess.run(["umount", str(where)], check=False)


def test_a_real_full_disk(report, tiny_disk):
    """The whole PDF is bigger than the disk: Qt used to write part of it unnoticed and pypdf then
    failed reading it back (exit 1, 'Stream has ended unexpectedly')."""
    with pytest.raises(ExportError, match="No space left on device"):
        export_pdf(report, tiny_disk / "review.pdf")
    assert list(tiny_disk.iterdir()) == []
