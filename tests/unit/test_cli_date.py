"""`factcheck check --date`: the articles' date for every ARTICLE given, and a bad date in one line."""

import json

import pytest

from factcheck_gui.cli import main

ARTICLE = "Acme beats forecasts\n\nAcme Corp said revenue rose 4% last year.\n"
DATED = "Acme beats forecasts\n\nNEW YORK, March 3, 2020 (Reuters) - Acme Corp said revenue rose 4% last year.\n"


@pytest.fixture
def arts(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text(DATED, encoding="utf-8")
    return a, b, tmp_path / "t.db"


def _reports(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_date_applies_to_every_article(arts, capsys):
    a, b, db = arts
    assert (
        main(["check", str(a), str(b), "--db", str(db), "--format", "json", "--date", "2021-06-30"])
        == 0
    )
    got = [
        (r["article"]["date"], r["article"]["date_source"])
        for r in _reports(capsys.readouterr().out)
    ]
    assert got == [("2021-06-30", "set"), ("2021-06-30", "set")]


def test_without_date_the_file_decides(arts, capsys):
    a, b, db = arts
    assert main(["check", str(a), str(b), "--db", str(db), "--format", "json"]) == 0
    got = [
        (r["article"]["date"], r["article"]["date_source"])
        for r in _reports(capsys.readouterr().out)
    ]
    assert got == [(None, None), ("2020-03-03", "dateline")]


def test_text_report_says_the_date(arts, capsys):
    a, b, db = arts
    assert main(["check", str(b), "--db", str(db)]) == 0
    assert "dated 2020-03-03 (from the dateline)" in capsys.readouterr().out
    assert main(["check", str(a), "--db", str(db), "--date", "2021-06-30"]) == 0
    assert "dated 2021-06-30 (set by you)" in capsys.readouterr().out
    assert main(["check", str(a), "--db", str(db)]) == 0
    assert "no article date" in capsys.readouterr().out


@pytest.mark.parametrize("bad", ["2021-13-01", "2021-02-30", "30/06/2021", "yesterday", ""])
def test_bad_date_is_one_line_and_exit_2(arts, capsys, bad):
    a, _, db = arts
    assert main(["check", str(a), "--db", str(db), "--date", bad]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--date" in err and "Traceback" not in err
