"""Evidence files: one bad row never costs the good ones; values, dates, types and text checked;
CSV export safe to open in a spreadsheet and round-tripping through import."""

import json

import pytest

from factcheck_gui.core.errors import InputError
from factcheck_gui.core.evidence.formats import (
    MAX_FIELD_CHARS,
    MAX_RECORD_LINES,
    FactRow,
    escape_cell,
    parse_value,
    read_rows,
    rows_to_csv,
    rows_to_json,
    unescape_cell,
)
from factcheck_gui.core.evidence.store import EvidenceStore

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"


def good_row(name, notes=""):
    return f"{name},,revenue,revenue,5,USD,,2024,src,,{notes}\n"


def read_csv(tmp_path, body):
    p = tmp_path / "e.csv"
    p.write_text(HEADER + body, encoding="utf-8")
    good, bad = read_rows(p)
    return [(line, r.entity) for line, r in good], [(e.line, e.message) for e in bad]


def read_json(tmp_path, data):
    p = tmp_path / "e.json"
    p.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    good, bad = read_rows(p)
    return [(line, r.entity) for line, r in good], [(e.line, e.message) for e in bad]


# ---------------------------------------------------------------------- a bad row keeps to itself


def test_unbalanced_quote_at_the_end_costs_only_its_row(tmp_path):
    good, bad = read_csv(tmp_path, good_row("A", '"never closed') + good_row("B") + good_row("C"))
    assert good == [(3, "B"), (4, "C")]
    assert bad == [(2, "a quoted field opened on this line is never closed (unbalanced quote)")]


def test_unbalanced_quote_before_quoted_fields_costs_only_its_row(tmp_path):
    body = (good_row("A", '"never closed') + good_row("B") + '"Acme, Inc.",,revenue,,7,USD,,2024,src,,\n'
            + good_row("D", '"a note\nover two lines"') + good_row("E"))  # fmt: skip
    good, bad = read_csv(tmp_path, body)
    assert good == [(3, "B"), (4, "Acme, Inc."), (5, "D"), (7, "E")]
    assert [line for line, _ in bad] == [2]


def test_unbalanced_quote_closed_by_a_later_quote_does_not_swallow_the_rows_between(tmp_path):
    # the quote opened on line 2 is "closed" by the opening quote of line 5's note, which ends its
    # line: as CSV that is one record of 11 fields, with rows 3 and 4 inside its notes
    body = (
        good_row("A", '"never closed')
        + good_row("B")
        + good_row("C")
        + good_row("D", '"')
        + good_row("E")
    )
    good, bad = read_csv(tmp_path, body)
    assert (3, "B") in good and (4, "C") in good and (6, "E") in good
    assert bad[0][0] == 2 and "line 3, a row of its own" in bad[0][1]


def test_real_multi_line_notes_still_read_as_one_row(tmp_path):
    notes = '"First line, with commas, in it\n\nA, b, c, d, e, f, g, h, i, j\n""Quoted"" last line"'
    good, bad = read_csv(
        tmp_path,
        good_row("A", notes) + '"Multi\nline Corp",,revenue,,7,USD,,2024,src,,\n' + good_row("B"),
    )
    assert good == [(2, "A"), (6, "Multi line Corp"), (8, "B")] and bad == []
    p = tmp_path / "e.csv"
    assert (
        read_rows(p)[0][0][1].notes
        == 'First line, with commas, in it\n\nA, b, c, d, e, f, g, h, i, j\n"Quoted" last line'
    )


def test_a_field_over_the_limit_is_reported_and_the_rows_after_it_import(tmp_path):
    long = "x" * (MAX_FIELD_CHARS + 1)
    good, bad = read_csv(
        tmp_path, good_row("A", f'"{long}"') + good_row("B") + good_row("C", long) + good_row("D")
    )
    assert good == [(3, "B"), (5, "D")]
    assert [line for line, _ in bad] == [2, 4] and "longer than 131,072 characters" in bad[0][1]


def test_text_after_a_closing_quote_is_named(tmp_path):
    good, bad = read_csv(tmp_path, good_row("A", '"quoted"tail') + good_row("B"))
    assert good == [(3, "B")] and bad == [
        (2, 'text follows the closing quote of a field (write a quote inside a quoted field as "")')
    ]


def test_a_quoted_field_may_not_run_on_forever(tmp_path):
    body = good_row("A", '"' + "more\n" * (MAX_RECORD_LINES + 5) + '"') + good_row("B")
    good, bad = read_csv(tmp_path, body)
    assert good[-1] == (MAX_RECORD_LINES + 8, "B")
    assert bad[0] == (
        2,
        f"a quoted field opened on this line runs over more than {MAX_RECORD_LINES:,} lines (a quote left open?)",
    )


# ---------------------------------------------------------------------- values and text


@pytest.mark.parametrize("raw,value", [("1,500", 1500), ("1,500,000", 1.5e6), ("-1,500.25", -1500.25), ("1 500 000", 1.5e6),
                                       ("1_000", 1000), ("8e9", 8e9), ("-0", 0.0), ("0.0", 0.0), ("5e-324", 5e-324)])  # fmt: skip
def test_values_that_are_plain_numbers(raw, value):
    assert parse_value(raw) == value


def test_minus_zero_is_zero():
    assert str(parse_value("-0")) == "0.0" and str(parse_value("-0.000")) == "0.0"


@pytest.mark.parametrize("raw,message", [("1,5", "a comma may only group thousands"), ("12,5", "a comma may only group thousands"),
                                         ("1,5000", "a comma may only group thousands"), ("1 5", "not a number"),
                                         ("1e-400", "too small to store"), ("1e400", "too large to store"),
                                         ("9" * 400, "too large to store"), ("nan", "not a number"), ("inf", "too large")])  # fmt: skip
def test_values_that_would_be_guessed_or_lost_are_refused(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_value(raw)


def test_minus_zero_and_zero_are_one_fact(tmp_path):
    p = tmp_path / "e.csv"
    p.write_text(
        HEADER + "A,,change,,-0,%,,2024,src,,\nA,,change,,0,%,,2024,src,,\n", encoding="utf-8"
    )
    with EvidenceStore(tmp_path / "e.db") as store:
        result = store.import_file(p)
        assert (result.added, result.unchanged) == (1, 1)


def test_control_characters_in_names_are_refused_naming_the_field(tmp_path):
    body = (
        "Ac\x01me,,revenue,,5,USD,,2024,src,,\n"
        + "A,,reve\x7fnue,,5,USD,,2024,src,,\n"
        + good_row("B", '"tab\tand\nnewline"')
    )
    good, bad = read_csv(tmp_path, body)
    assert good == [(4, "B")]
    assert bad == [(2, "entity holds a control character (U+0001); remove it"),
                   (3, "attribute holds a control character (U+007F); remove it")]  # fmt: skip
    good, bad = read_json(
        tmp_path, {"facts": [{"entity": "A\u0000B", "attribute": "x", "value": 1, "unit": "USD"}]}
    )
    assert bad == [(1, "entity holds a control character (U+0000); remove it")]


# ---------------------------------------------------------------------- JSON


def fact(**kw):
    return {
        "entity": "Acme",
        "attribute": "revenue",
        "value": 5,
        "unit": "USD",
        "as_of": "2024",
        **kw,
    }


def test_json_deep_nesting_is_one_clear_error(tmp_path):
    p = tmp_path / "e.json"
    p.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply"):
        read_rows(p)


def test_json_numbers_too_big_or_small_are_bad_rows(tmp_path):
    text = json.dumps(
        {"facts": [fact(entity="A"), fact(entity="B"), fact(entity="C"), fact(entity="D")]}
    )
    text = text.replace('"value": 5', '"value": ' + "9" * 5000, 1).replace(
        '"value": 5', '"value": 1e-400', 1
    )
    text = text.replace('"value": 5', '"value": NaN', 1)
    good, bad = read_json(tmp_path, text)
    assert good == [(4, "D")]
    assert [line for line, _ in bad] == [1, 2, 3]
    assert (
        "too large to store" in bad[0][1]
        and "too small to store" in bad[1][1]
        and "not a number" in bad[2][1]
    )


@pytest.mark.parametrize("field,value,message", [
    ("entity", ["Acme"], "entity must be text, not a list"),
    ("source", {"name": "x"}, "source must be text, not an object"),
    ("source", 2024, "source must be text, not a number"),
    ("value", True, "value must be a number or text, not true/false"),
    ("value", [5], "value must be a number or text, not a list"),
    ("keywords", ["revenue", 3], "keywords must be text or a list of text, not a list"),
    ("as_of", 2024.5, "as_of '2024.5' is not a date"),
])  # fmt: skip
def test_json_wrong_types_are_bad_rows_not_python_text(tmp_path, field, value, message):
    good, bad = read_json(tmp_path, {"facts": [fact(**{field: value}), fact(entity="Other")]})
    assert good == [(2, "Other")] and len(bad) == 1 and bad[0][0] == 1 and message in bad[0][1]


def test_json_lists_numbers_and_nulls_where_they_fit(tmp_path):
    p = tmp_path / "e.json"
    p.write_text(
        json.dumps(
            [
                fact(
                    aliases=["Acme Inc", "ACME"],
                    keywords="revenue|sales",
                    as_of=2024,
                    url=None,
                    value="1,500",
                )
            ]
        )
    )
    ((_, row),) = read_rows(p)[0]
    assert (row.aliases, row.keywords, row.as_of, row.url, row.value) == (
        ("Acme Inc", "ACME"),
        ("revenue", "sales"),
        "2024",
        "",
        1500,
    )


@pytest.mark.parametrize("data,message", [
    ({"fact": [{"entity": "A"}]}, 'expected {"facts": [...]} or a list of facts; the top-level keys are "fact"'),
    ({}, "the top-level keys are none"),
    ({"facts": {"entity": "A"}}, '"facts" must be a list of facts, not an object'),
    ("just text", "expected {\"facts\": [...]} or a list of facts, not str"),
])  # fmt: skip
def test_json_top_level_that_is_not_a_list_of_facts_says_what_was_expected(tmp_path, data, message):
    with pytest.raises(InputError) as err:
        read_json(tmp_path, json.dumps(data))
    assert message in str(err.value) and "\n" not in str(err.value)


# ---------------------------------------------------------------------- CSV injection


def row(**kw):
    values = dict(entity="Acme", aliases=(), attribute="revenue", keywords=(), value=5.0, unit="USD",
                  qualifier="exact", as_of="2024", source="src", url="", notes="")  # fmt: skip
    values.update(kw)
    return FactRow(**values)


@pytest.mark.parametrize("cell,escaped", [("=1+2", "'=1+2"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
                                          ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), (" =1", "' =1"), ("'=1", "''=1"),
                                          ("-5", "-5"), ("+44", "+44"), ("-1.5e-05", "-1.5e-05"), ("Acme", "Acme"),
                                          ("'tis", "'tis"), ("", "")])  # fmt: skip
def test_cells_a_spreadsheet_would_run_get_a_quote(cell, escaped):
    assert escape_cell(cell) == escaped
    assert unescape_cell(escape_cell(cell)) == cell


def test_csv_export_is_escaped_and_round_trips_through_import(tmp_path):
    rows = [row(entity="=HYPERLINK(\"http://x\",\"y\")", aliases=("@alias",), notes="-2+3 said the CFO", value=-5.0),
            row(entity="Acme", attribute="+growth", keywords=("=kw",), source="'=quoted", notes="-5")]  # fmt: skip
    text = rows_to_csv(rows)
    cells = [line.split(",") for line in text.splitlines()[1:]]
    assert text.splitlines()[1].startswith("\"'=HYPERLINK(") and ",-5,USD," in text.splitlines()[1]
    assert not any(c.startswith(("=", "+", "@")) for line in cells for c in line)
    p = tmp_path / "out.csv"
    p.write_text(text, encoding="utf-8")
    good, bad = read_rows(p)
    assert bad == [] and sorted((r for _, r in good), key=lambda r: r.entity) == sorted(
        rows, key=lambda r: r.entity
    )
    assert (
        json.loads(rows_to_json(rows))["facts"][0]["entity"] == '=HYPERLINK("http://x","y")'
    )  # JSON stays exact
