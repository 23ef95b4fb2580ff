"""As-of dates are real calendar dates (years 1800..2200): refused at import and at edit, and a bad
one already in a database is an unknown date at check time, never a crash."""

import datetime as dt
import sqlite3

import pytest

from factcheck_gui.core.errors import InputError
from factcheck_gui.core.evidence import edit as ed
from factcheck_gui.core.evidence.formats import FactRow, check_as_of, read_rows
from factcheck_gui.core.evidence.store import EvidenceStore
from factcheck_gui.core.verdicts.matching import fact_date

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
BAD = [
    "2024-02-30",
    "2023-02-29",
    "0000",
    "9999-12",
    "2024-13",
    "2024-00",
    "2024-06-31",
    "1799",
    "2201-01-01",
]
GOOD = ["2024-02-29", "1800", "2200-12-31", "2025-07", "2024", ""]


@pytest.mark.parametrize("as_of", BAD)
def test_impossible_dates_are_refused(as_of):
    with pytest.raises(ValueError, match=f"as_of '{as_of}'"):
        check_as_of(as_of)


@pytest.mark.parametrize("as_of", GOOD)
def test_real_dates_are_kept(as_of):
    assert check_as_of(as_of) == as_of


def test_import_reports_the_bad_date_rows_and_imports_the_good(tmp_path):
    p = tmp_path / "e.csv"
    p.write_text(HEADER + "".join(f"Acme,,measure {i},,5,USD,,{d},src,,\n" for i, d in enumerate(BAD + GOOD)),
                 encoding="utf-8")  # fmt: skip
    good, bad = read_rows(p)
    assert [r.as_of for _, r in good] == GOOD
    assert [e.line for e in bad] == list(range(2, 2 + len(BAD)))
    assert str(bad[0]) == "line 2: as_of '2024-02-30': February 2024 has no day 30"
    assert str(bad[2]) == "line 4: as_of '0000': the year must be between 1800 and 2200"
    assert str(bad[4]) == "line 6: as_of '2024-13': there is no month 13"


def values(**kw):
    return {
        "entity": "Acme",
        "attribute": "revenue",
        "value": "5",
        "unit": "USD",
        "as_of": "2024",
        **kw,
    }


def test_edits_refuse_impossible_dates(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        fid = ed.add_fact(store, ed.row_for(values()))
        with pytest.raises(ValueError, match="February 2024 has no day 30"):
            ed.row_for(values(as_of="2024-02-30"))  # the window's form and `db add`
        with pytest.raises(InputError, match="there is no month 13"):
            ed.edit_fact(store, fid, {"as_of": "2024-13"})
        built = FactRow(
            "Acme", (), "other", (), 5.0, "USD", "exact", "0000", "src", "", ""
        )  # built in code
        with pytest.raises(InputError, match="between 1800 and 2200"):
            ed.add_fact(store, built)
        with pytest.raises(InputError, match="between 1800 and 2200"):
            ed.update_fact(store, fid, built)
        assert ed.get_fact(store, fid).as_of == "2024" and store.count_facts() == 1


@pytest.mark.parametrize(
    "as_of", ["2024-02-30", "0000", "9999-12", "2024-13", "2024-00-10", "junk"]
)
def test_a_bad_date_in_a_database_is_an_unknown_date(as_of):
    assert fact_date(as_of) is None


def test_fact_date_is_the_end_of_the_period():
    assert [fact_date(a) for a in ("2024", "2024-02", "2023-02", "2025-07-04")] == [
        dt.date(2024, 12, 31), dt.date(2024, 2, 29), dt.date(2023, 2, 28), dt.date(2025, 7, 4)]  # fmt: skip


@pytest.mark.parametrize("as_of", ["2024-02-30", "0000", "9999-12", "2024-13"])
def test_checking_against_a_fact_with_a_bad_date_does_not_crash(tmp_path, capsys, as_of):
    from factcheck_gui.cli import main

    db = tmp_path / "e.db"
    with EvidenceStore(db) as store:
        ed.add_fact(
            store,
            ed.row_for(
                values(attribute="annual revenue", keywords="revenue", value="$5.2bn", as_of="2024")
            ),
        )
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE facts SET as_of = ?", [as_of]
    )  # as an older version or another tool left it
    conn.commit()
    conn.close()
    art = tmp_path / "a.txt"
    art.write_text("Acme results\n\nAcme said revenue was $5.2 billion.\n", encoding="utf-8")
    assert main(["check", str(art), "--db", str(db)]) == 0
    assert "internal error" not in capsys.readouterr().err
