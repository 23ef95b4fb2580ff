"""The `factcheck` command as scripts use it: output formats, exit codes, one-line errors."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck_gui.cli import main

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
EVIDENCE = HEADER + (
    "Acme Corp,Acme,annual revenue,revenue|sales,5200000000,USD,,2024,Acme 10-K,https://acme.example,\n"
    "Acme Corp,Acme,employees,employees|people|staff,12000,count,,2024,Acme 10-K,,\n"
)
ARTICLE = "Acme beats forecasts\n\nAcme Corp said revenue was $5.2 billion in 2024.\nIt employs 15,000 people.\n"


@pytest.fixture
def files(tmp_path):
    ev = tmp_path / "evidence.csv"
    ev.write_text(EVIDENCE, encoding="utf-8")
    art = tmp_path / "acme.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "t.db"
    assert main(["db", "import", str(ev), "--db", str(db)]) == 0
    return tmp_path, art, db


ADD_ACME = [
    "db",
    "add",
    "--entity",
    "Acme",
    "--attribute",
    "revenue",
    "--value",
    "5",
    "--unit",
    "USD",
]


def test_json_report_follows_the_contract(files, capsys):
    _, art, db = files
    capsys.readouterr()
    assert main(["check", str(art), "--db", str(db), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1
    assert data["article"] == {
        **data["article"],
        "source": str(art),
        "title": "Acme beats forecasts",
        "length": len(ARTICLE),
    }
    money = next(c for c in data["claims"] if c["kind"] == "money")
    assert {k: money[k] for k in ("text", "value", "unit", "qualifier", "verdict")} == {
        "text": "$5.2 billion",
        "value": 5.2e9,
        "unit": "USD",
        "qualifier": "exact",
        "verdict": "supported",
    }
    assert ARTICLE[money["start"] : money["end"]] == "$5.2 billion"
    ev = money["evidence"][0]
    assert {
        "fact_id",
        "entity",
        "attribute",
        "value",
        "unit",
        "qualifier",
        "source",
        "url",
        "score",
    } <= set(ev)
    assert ev["source"] == "Acme 10-K" and ev["url"] == "https://acme.example"
    people = next(c for c in data["claims"] if c["kind"] == "count")
    assert people["verdict"] == "contradicted" and "12,000" in people["explanation"]
    assert data["findings"] == []


def test_text_report_has_line_and_column(files, capsys):
    _, art, db = files
    capsys.readouterr()
    assert main(["check", str(art), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "3:28: SUPPORTED" in out
    assert "4:12: CONTRADICTED" in out


def test_several_articles_give_json_lines_and_errors_go_on(files, capsys):
    tmp, art, db = files
    empty = tmp / "empty.txt"
    empty.write_text("")
    capsys.readouterr()
    code = main(["check", str(art), str(empty), str(art), "--db", str(db), "--format", "json"])
    out, err = capsys.readouterr()
    lines = out.strip().split("\n")
    assert code == 2 and len(lines) == 3
    docs = [json.loads(line) for line in lines]
    assert docs[1] == {
        "schema_version": 1,
        "article": {"source": str(empty)},
        "error": f"{empty}: the file is empty",
    }
    assert docs[0]["claims"] and docs[2]["claims"]
    assert err.strip() == f"factcheck: {empty}: the file is empty"


def test_output_file(files, capsys):
    tmp, art, db = files
    out = tmp / "reports" / "acme.json"
    assert main(["check", str(art), "--db", str(db), "--format", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["claims"]


def test_import_with_bad_rows_reports_lines_and_exits_2(tmp_path, capsys):
    csv = tmp_path / "e.csv"
    csv.write_text(
        HEADER + "Acme,,revenue,,5,USD,,2024,s,,\nAcme,,revenue,,five,USD,,2024,s,,\n",
        encoding="utf-8",
    )
    assert main(["db", "import", str(csv), "--db", str(tmp_path / "t.db")]) == 2
    out, err = capsys.readouterr()
    assert "1 facts added" in out and "1 rows skipped" in out
    assert f"{csv}: line 3: value 'five' is not a number" in err


def test_export_csv_and_json(files, capsys):
    tmp, _, db = files
    capsys.readouterr()
    assert main(["db", "export", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(HEADER) and "Acme Corp" in out
    target = tmp / "out.json"
    assert main(["db", "export", "--db", str(db), "--format", "json", "-o", str(target)]) == 0
    assert len(json.loads(target.read_text())["facts"]) == 2


@pytest.mark.parametrize(
    "args,message",
    [
        (["check"], "the following arguments are required"),
        (["frobnicate"], "invalid choice"),
        (["check", "missing.txt", "--db", "DB"], "missing.txt: no such file"),
        (["check", "ART", "--db", "NOTADB"], "not an evidence database"),
        (["check", "ART", "ART", "--pdf", "x.pdf", "--db", "DB"], "single ARTICLE"),
        (["db", "import", "missing.csv", "--db", "DB"], "missing.csv: no such file"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(files, capsys, args, message):
    tmp, art, db = files
    notadb = tmp / "notes.db"
    notadb.write_bytes(b"plain text, not sqlite" * 50)
    args = [{"ART": str(art), "DB": str(db), "NOTADB": str(notadb)}.get(a, a) for a in args]
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err


def test_locked_database_is_one_line(files, capsys):
    tmp, art, db = files
    locker = sqlite3.connect(db)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        more = (
            tmp / "more.csv"
        )  # new facts: this import must write (one that changes nothing need not)
        more.write_text(
            (tmp / "evidence.csv").read_text(encoding="utf-8").replace("Acme", "Zenith"),
            encoding="utf-8",
        )
        assert main(["db", "import", str(more), "--db", str(db)]) == 2
        assert "locked" in capsys.readouterr().err
    finally:
        locker.rollback()
        locker.close()


def test_failed_import_of_unreadable_file_leaves_database_alone(files, capsys):
    tmp, _, db = files
    bad = tmp / "bad.csv"
    bad.write_bytes(b"\x00\x01binary")
    before = db.read_bytes()
    assert main(["db", "import", str(bad), "--db", str(db)]) == 2
    assert db.read_bytes() == before


def test_installed_command_runs_without_traceback(files):
    """The console script, as a user's shell runs it (no Python test harness around it)."""
    tmp, art, db = files
    exe = Path(sys.executable).with_name("factcheck")
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    bin_file = tmp / "x.txt"
    bin_file.write_bytes(b"\x00\x01\x02" * 100)
    r = subprocess.run(
        [str(exe), "check", str(bin_file), "--db", str(db)], capture_output=True, text=True, env=env
    )
    assert r.returncode == 2
    assert r.stderr.strip() == f"factcheck: {bin_file}: not a text file (it holds binary data)"
    r = subprocess.run(
        [str(exe), "check", str(art), "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 0 and json.loads(r.stdout)["schema_version"] == 1


def test_house_dictionary_commands(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    art = tmp_path / "a.txt"
    art.write_text("Note\n\nThe desk calls it a flurgle.\n", encoding="utf-8")
    assert main(["check", str(art), "--db", db, "--format", "json"]) == 0
    assert [f["text"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["flurgle"]
    assert main(["dict", "add", "flurgle", "--by", "Desk", "--db", db]) == 0
    assert "1 words added" in capsys.readouterr().out
    assert main(["dict", "list", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("flurgle\tDesk\t")
    assert main(["check", str(art), "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    assert main(["dict", "remove", "flurgle", "--db", db]) == 0
    assert "1 words removed" in capsys.readouterr().out


def test_rules_can_be_switched_off_from_a_config_file_and_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    art = tmp_path / "a.txt"
    art.write_text(
        "Note\n\nIt was the the best year, and profits were seperate.\n", encoding="utf-8"
    )
    cfg = tmp_path / "config.toml"
    cfg.write_text('[checks]\ndisable = ["repetition"]\n', encoding="utf-8")

    def rules(*extra):
        capsys.readouterr()
        assert main(["check", str(art), "--db", db, "--format", "json", *extra]) == 0
        return {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}

    assert rules() == {"repetition.doubled_word", "spelling.known"}
    assert rules("--config", str(cfg)) == {"spelling.known"}
    assert rules("--disable", "spelling.known") == {"repetition.doubled_word", "spelling.unknown"}
    assert rules("--disable", "spelling") == {"repetition.doubled_word"}
    assert rules("--no-proofread") == set()
    bad = tmp_path / "bad.toml"
    bad.write_text('[checks]\ndisable = ["nonsense"]\n', encoding="utf-8")
    assert main(["check", str(art), "--db", db, "--config", str(bad)]) == 2
    assert "unknown rule 'nonsense'" in capsys.readouterr().err


def test_text_report_shows_findings_with_suggestion(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Note\n\nThe company recieved a fine.\n", encoding="utf-8")
    assert main(["check", str(art), "--db", str(tmp_path / "t.db")]) == 0
    assert "3:13: SPELLING     spelling.known 'recieved'" in capsys.readouterr().out


def test_db_verbs_for_scripts(tmp_path, capsys):
    db = str(tmp_path / "t.db")

    def run(*args):
        capsys.readouterr()
        code = main(["db", *args, "--db", db])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run(
        "add",
        "--entity",
        "Acme Corp",
        "--attribute",
        "annual revenue",
        "--value",
        "$5.2bn",
        "--keywords",
        "revenue|sales",
        "--as-of",
        "2024",
        "--source",
        "Acme 10-K",
        "--by",
        "ann",
    )
    assert code == 0 and out.strip() == "added fact #1"
    assert run("edit", "1", "--value", "5.3bn", "--by", "bob")[0] == 0
    code, out, _ = run("search", "revenue")
    assert out.startswith("#1\tAcme Corp\tannual revenue\t$5.3 billion\t2024\tAcme 10-K")
    assert run("delete", "1")[0] == 0
    assert run("search", "revenue")[1] == ""
    assert run("restore", "--fact", "1")[0] == 0
    code, out, _ = run("history", "1")
    assert [line.split("\t")[1] for line in out.strip().splitlines()] == [
        "add",
        "edit",
        "delete",
        "restore",
    ]
    assert "value: 5200000000.0 → 5300000000.0" in out
    code, out, _ = run("backup")
    backup = out.strip().split(" to ")[1]
    assert run("delete", "1")[0] == 0
    code, out, _ = run("restore", backup)
    assert code == 0 and "restored from" in out
    assert run("search", "revenue")[1].startswith("#1")
    code, _, err = run(
        "add", "--entity", "X", "--attribute", "y", "--value", "lots", "--unit", "USD"
    )
    assert code == 2 and "not a figure" in err
    code, _, err = run("edit", "99", "--value", "5")
    assert code == 2 and "no fact #99" in err


def test_check_writes_the_annotated_pdf(files, capsys):
    from pypdf import PdfReader

    tmp, art, db = files
    out = tmp / "acme.pdf"
    assert main(["check", str(art), "--db", str(db), "--pdf", str(out)]) == 0
    reader = PdfReader(str(out))
    kinds = [a.get_object()["/Subtype"] for p in reader.pages for a in (p.get("/Annots") or [])]
    assert kinds.count("/Highlight") == 3
    assert main(["check", str(art), str(art), "--db", str(db), "--pdf", str(out)]) == 2
    assert "single ARTICLE" in capsys.readouterr().err


def test_window_without_a_display_says_so(monkeypatch, capsys):
    import sys as _sys

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(_sys, "platform", "linux")
    from factcheck_gui.gui.app import run

    assert run(None, None, None) == 2
    assert "no display found" in capsys.readouterr().err


def test_missing_x11_libraries_are_named(monkeypatch, capsys):
    import ctypes.util
    import sys as _sys

    from factcheck_gui.gui import app

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(_sys, "platform", "linux")
    monkeypatch.setattr(
        ctypes.util,
        "find_library",
        lambda name: None if name in ("xcb-cursor", "xcb-icccm") else f"lib{name}.so",
    )
    assert app.run(None, None, None) == 2
    err = capsys.readouterr().err
    assert "libxcb-cursor0 libxcb-icccm4" in err and "sudo apt install" in err


def _subcommand_paths(parser, prefix=()):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from _subcommand_paths(sub, (*prefix, name))


def test_help_works_for_every_subcommand(capsys):
    from factcheck_gui.cli import build_parser

    paths = list(_subcommand_paths(build_parser()))
    assert ("db", "add") in paths and ("db", "edit") in paths and len(paths) >= 15
    for path in [(), *paths]:
        with pytest.raises(SystemExit) as exit_:
            main([*path, "--help"])
        out, err = capsys.readouterr()
        assert exit_.value.code == 0 and out.startswith("usage: factcheck") and err == "", path


def test_db_errors_are_one_line_and_exit_2(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert main([*ADD_ACME, "--db", db]) == 0
    empty = tmp_path / "empty.db"  # our schema version, none of our tables
    conn = sqlite3.connect(empty)
    conn.execute("CREATE TABLE notes (x)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    (tmp_path / "folder").mkdir()
    cases = [
        (["db", "edit", "1", "--value", "6", "--db", str(empty)], "not an evidence database"),
        (["db", "history", "1", "--db", str(empty)], "not an evidence database"),
        (
            ["db", "search", "revenue", "--limit", "99999999999999999999", "--db", db],
            "--limit: 99999999999999999999 is out of range",
        ),
        (["db", "search", "revenue", "--limit", "0", "--db", db], "out of range"),
        (
            ["db", "edit", "99999999999999999999", "--value", "6", "--db", db],
            "ID: 99999999999999999999 is out of range",
        ),
        (["db", "history", "-1", "--db", db], "out of range"),
        (["db", "backup", "--to", str(tmp_path / "missing" / "b.db"), "--db", db], "the folder"),
        (["db", "edit", "1", "--db", db], "give at least one field to change"),
        (["db", "edit", "1", "--as-of", "2024-02-30", "--db", db], "February 2024 has no day 30"),
        (
            [
                "db",
                "add",
                "--entity",
                "A",
                "--attribute",
                "b",
                "--value",
                "5",
                "--unit",
                "USD",
                "--as-of",
                "0000",
                "--db",
                db,
            ],
            "between 1800 and 2200",
        ),
        (
            [
                "db",
                "add",
                "--entity",
                "A",
                "--attribute",
                "b",
                "--value",
                "1,5",
                "--unit",
                "USD",
                "--db",
                db,
            ],
            "a comma may only group",
        ),
    ]
    for args, message in cases:
        capsys.readouterr()
        assert main(args) == 2, args
        err = capsys.readouterr().err.strip()
        assert message in err and "\n" not in err and "internal error" not in err, (args, err)


def test_backup_into_a_folder(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert main([*ADD_ACME, "--db", db]) == 0
    folder = tmp_path / "copies"
    folder.mkdir()
    capsys.readouterr()
    assert main(["db", "backup", "--to", str(folder), "--db", db]) == 0
    written = Path(capsys.readouterr().out.strip().split(" to ")[1])
    assert written.parent == folder and written.is_file()
    assert sqlite3.connect(written).execute("SELECT count(*) FROM facts").fetchone()[0] == 1


def test_json_import_with_a_mistyped_key_says_what_was_expected(tmp_path, capsys):
    bad = tmp_path / "e.json"
    bad.write_text(
        json.dumps({"fact": [{"entity": "A", "attribute": "b", "value": 1, "unit": "USD"}]}),
        encoding="utf-8",
    )
    assert main(["db", "import", str(bad), "--db", str(tmp_path / "t.db")]) == 2
    err = capsys.readouterr().err.strip()
    assert (
        err
        == f'factcheck: {bad}: expected {{"facts": [...]}} or a list of facts; the top-level keys are "fact"'
    )
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    assert main(["db", "import", str(deep), "--db", str(tmp_path / "t.db")]) == 2
    assert "nested too deeply" in capsys.readouterr().err


def test_export_escapes_formulas_and_import_takes_them_back(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert main(["db", "add", "--entity", "=HYPERLINK(\"http://x\")", "--attribute", "revenue", "--value", "-5",
                 "--unit", "USD", "--notes", "@risk", "--db", db]) == 0  # fmt: skip
    out = tmp_path / "out.csv"
    assert main(["db", "export", "--db", db, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert '"\'=HYPERLINK(""http://x"")"' in text and ",-5,USD," in text and ",'@risk" in text
    again = str(tmp_path / "again.db")
    assert main(["db", "import", str(out), "--db", again]) == 0
    capsys.readouterr()
    assert main(["db", "export", "--db", again, "--format", "json"]) == 0
    facts = json.loads(capsys.readouterr().out)["facts"]
    assert (facts[0]["entity"], facts[0]["notes"], facts[0]["value"]) == (
        '=HYPERLINK("http://x")',
        "@risk",
        -5,
    )
