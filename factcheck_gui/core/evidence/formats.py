"""Evidence files (CSV per the contract, or JSON): read and validate rows, write exports."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import InputError
from ..figures.lexicon import CURRENCY_CODES as LEXICON_CURRENCIES

COLUMNS = ["entity", "aliases", "attribute", "keywords", "value", "unit", "qualifier", "as_of",
           "source", "url", "notes"]  # fmt: skip
REQUIRED = ["entity", "attribute", "value", "unit"]
QUALIFIERS = {"exact", "approx", "nearly", "more_than", "at_least", "at_most", "less_than", "range"}
CURRENCY_CODES = set(LEXICON_CURRENCIES)
# An as-of date is a real calendar date whose year lies in this range: old company records
# (founded 1802) and long-range targets (2100) fit; 0000 or 9999 are typing slips.
AS_OF_YEARS = (1800, 2200)
_AS_OF_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)
# A CSV field may hold at most this many characters (the csv module's own limit), and a quoted
# field may run over at most this many lines: past either, a quote was most likely left open.
MAX_FIELD_CHARS = 131_072
MAX_RECORD_LINES = 1_000
# A value may group thousands with one kind of separator ("1,500", "1 500 000", "1_000");
# "1,5" is refused rather than guessed (a decimal comma, or a slip for 15?).
_GROUPED_RE = re.compile(r"^[+-]?\d{1,3}(?:([, _])\d{3})(?:\1\d{3})*(?:\.\d+)?$")
_PLAIN_NUMBER_RE = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
# Control characters (NUL and the like) are refused in every field; tabs and newlines are
# whitespace (names fold them into spaces, notes keep them).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class FactRow:
    """One validated row of evidence."""

    entity: str
    aliases: tuple[str, ...]
    attribute: str
    keywords: tuple[str, ...]
    value: float
    unit: str
    qualifier: str
    as_of: str
    source: str
    url: str
    notes: str


@dataclass(frozen=True)
class RowError:
    """A row that was skipped, with its line number and the reason."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def split_list(text: str) -> tuple[str, ...]:
    """'a|b| c' → ('a', 'b', 'c'), dropping empty items and duplicates."""
    if not text:
        return ()
    seen: dict[str, str] = {}
    for part in text.split("|"):
        part = " ".join(part.split())
        if part:
            seen.setdefault(part.lower(), part)
    return tuple(seen.values())


def parse_value(raw: str) -> float:
    """A plain number in base units; thousands may be grouped ("1,500", "1 500 000").
    Refused: an ambiguous comma ("1,5"), and numbers a float cannot hold (1e400, 1e-400, nan)."""
    shown = (raw or "").strip()
    if not shown:
        raise ValueError("value is empty")
    s = shown
    if "," in s or " " in s or "_" in s:
        if not _GROUPED_RE.match(s):
            if "," in s:
                raise ValueError(f"value {shown!r}: a comma may only group thousands (1,500 or 1,500,000); "
                                 "write decimals with a point (1.5)")  # fmt: skip
            raise ValueError(f"value {shown!r} is not a number")
        s = s.replace(",", "").replace(" ", "").replace("_", "")
    try:
        v = float(s)
    except ValueError:
        raise ValueError(f"value {shown!r} is not a number") from None
    return checked_number(v, shown)


def checked_number(v: float, shown: str) -> float:
    """`v` (read from `shown`) if a float holds it faithfully; -0 becomes 0."""
    if math.isnan(v):
        raise ValueError(f"value {shown!r} is not a number")
    if math.isinf(v):
        raise ValueError(f"value {shown!r} is too large to store (the limit is about 1.8e308)")
    if v == 0 and re.search(r"[1-9]", re.split(r"[eE]", shown)[0]):
        raise ValueError(f"value {shown!r} is too small to store (it would become 0)")
    return v + 0.0  # -0.0 + 0.0 == 0.0: "-0" and "0" are one value


def check_as_of(as_of: str) -> str:
    """An as-of date: a year, year-month or date that exists in the calendar, years 1800..2200."""
    if not as_of or (
        len(as_of) == 4
        and as_of.isascii()
        and as_of.isdigit()
        and AS_OF_YEARS[0] <= int(as_of) <= AS_OF_YEARS[1]
    ):
        return as_of
    m = _AS_OF_RE.match(as_of)
    if not m:
        raise ValueError(f"as_of {as_of!r} is not a date like 2025-07 or 2025-07-31")
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    low, high = AS_OF_YEARS
    if not low <= year <= high:
        raise ValueError(f"as_of {as_of!r}: the year must be between {low} and {high}")
    if not 1 <= month <= 12:
        raise ValueError(f"as_of {as_of!r}: there is no month {month}")
    try:
        dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            f"as_of {as_of!r}: {calendar.month_name[month]} {year} has no day {day}"
        ) from None
    return as_of


def check_row(row: FactRow) -> FactRow:
    """Re-check a row built in code (not read by `validate_row`): its date and its value."""
    check_as_of(row.as_of)
    checked_number(row.value, repr(row.value))
    return row


def _check_controls(get: dict[str, str]) -> None:
    hit = _CONTROL_RE.search("".join(get.values()))
    if hit is None:
        return
    for name, text in get.items():
        hit = _CONTROL_RE.search(text)
        if hit:
            raise ValueError(
                f"{name} holds a control character (U+{ord(hit.group()):04X}); remove it"
            )


def validate_row(fields: dict[str, str]) -> FactRow:
    """Check one row's fields; raise ValueError naming the bad field."""
    get = {k: (fields.get(k) or "").strip() for k in COLUMNS}
    for name in REQUIRED:
        if not get[name]:
            raise ValueError(f"{name} is empty")
    _check_controls(get)
    value = parse_value(get["value"])
    qualifier = get["qualifier"].lower().replace("-", "_").replace(" ", "_") or "exact"
    if qualifier not in QUALIFIERS:
        raise ValueError(
            f"qualifier {get['qualifier']!r} is not one of {', '.join(sorted(QUALIFIERS))}"
        )
    as_of = check_as_of(get["as_of"])
    url = get["url"]
    if url and not re.match(r"^(?:https?|ftp)://\S+$", url):
        raise ValueError(f"url {url!r} is not a web address")
    unit = get["unit"]
    if unit.upper() in CURRENCY_CODES:
        unit = unit.upper()
    elif unit.lower() in ("count", "year", "years", "%", "percent"):
        unit = {"years": "year", "percent": "%"}.get(unit.lower(), unit.lower())
    return FactRow(
        entity=" ".join(get["entity"].split()), aliases=split_list(get["aliases"]),
        attribute=" ".join(get["attribute"].split()), keywords=split_list(get["keywords"]),
        value=value, unit=unit, qualifier=qualifier, as_of=as_of, source=get["source"],
        url=url, notes=get["notes"],
    )  # fmt: skip


def read_rows(path: str | Path) -> tuple[list[tuple[int, FactRow]], list[RowError]]:
    """Read an evidence file; returns the good rows (with line numbers) and the bad ones."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder, not an evidence file")
    suffix = p.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise InputError(
            f"{path}: unsupported evidence file type '{suffix or '(none)'}' (use .csv or .json)"
        )
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: not a text file (it holds binary data)")
    try:
        text = (
            raw.decode("utf-16")
            if raw.startswith((b"\xff\xfe", b"\xfe\xff"))
            else raw.decode("utf-8-sig")
        )
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (bad byte at offset {exc.start}); save it as UTF-8"
        ) from None
    if suffix == ".json":
        return _json_rows(text, str(path))
    return _csv_rows(text, str(path))


# ---------------------------------------------------------------------- CSV


class _TooManyLines(Exception):
    """A quoted field runs over more than MAX_RECORD_LINES lines."""


def _csv_problem(exc: Exception) -> str:
    msg = str(exc)
    if isinstance(exc, _TooManyLines):
        return f"a quoted field opened on this line runs over more than {MAX_RECORD_LINES:,} lines (a quote left open?)"
    if "unexpected end of data" in msg:
        return "a quoted field opened on this line is never closed (unbalanced quote)"
    if "field limit" in msg:
        return f"a field is longer than {MAX_FIELD_CHARS:,} characters (or a quote opened on this line is never closed)"
    if "expected after" in msg:
        return (
            'text follows the closing quote of a field (write a quote inside a quoted field as "")'
        )
    return f"unreadable CSV ({msg})"


def _records(lines: list[str], is_row) -> Iterator[tuple[int, int, list[str] | None, str]]:  # type: ignore[no-untyped-def]
    """(first line, end line, fields or None, problem) for each record of a CSV file's lines
    (indexes into `lines`; the record is lines[first:end]).

    One bad record cannot eat the records after it: a record that does not parse (a quote never
    closed, a field over the limit, text after a closing quote), or whose quoted field spans a
    line that is a good row on its own (`is_row`), is reported on its first line, and reading
    starts again on the next line. Real multi-line quoted notes still read as one record."""
    pos = record_start = 0

    def feed() -> Iterator[str]:
        nonlocal pos
        while pos < len(lines):
            if pos - record_start >= MAX_RECORD_LINES:
                raise _TooManyLines
            pos += 1
            yield lines[pos - 1]

    while pos < len(lines):
        reader = csv.reader(feed(), strict=True)
        while True:
            record_start = pos
            try:
                fields = next(reader)
            except StopIteration:
                return
            except (csv.Error, _TooManyLines) as exc:
                yield record_start, record_start + 1, None, _csv_problem(exc)
                pos = record_start + 1  # resynchronise on the next line
                break
            inner = next((k for k in range(record_start + 1, pos - 1) if is_row(lines[k])), None)
            if inner is not None:
                problem = f"a quote opened on this line is still open at line {inner + 1}, a row of its own (unbalanced quote)"
                yield record_start, record_start + 1, None, problem
                pos = record_start + 1
                break
            yield record_start, pos, fields, ""


def _csv_rows(text: str, source: str) -> tuple[list[tuple[int, FactRow]], list[RowError]]:
    lines = io.StringIO(text, newline="").readlines()
    names: list[str] = []

    def is_row(line: str) -> bool:
        """Does this line alone parse as a good row (so it cannot be the inside of a quoted field)?"""
        if line.count(",") < len(names) - 1:
            return False
        try:
            cells = next(csv.reader([line], strict=True))
            return len(cells) == len(names) and bool(
                validate_row(dict(zip(names, cells, strict=True)))
            )
        except (csv.Error, StopIteration, ValueError):
            return False

    records = _records(lines, is_row)
    first = next(records, None)
    if first is None or first[2] is None:
        raise InputError(
            f"{source}: line 1: no header row ({first[3] if first else 'the file is empty'})"
        )
    names = [h.strip().lower().lstrip("\ufeff") for h in first[2]]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise InputError(
            f"{source}: line 1: missing column(s) {', '.join(missing)}; the header must be "
            f"{','.join(COLUMNS)}"
        )
    good: list[tuple[int, FactRow]] = []
    bad: list[RowError] = []
    for start, end, row, problem in records:
        line = start + 1
        if row is None:
            bad.append(RowError(line, problem))
            continue
        if not "".join(row).strip():
            continue
        if len(row) != len(names):
            bad.append(RowError(line, f"has {len(row)} fields, the header has {len(names)}"))
            continue
        if end - start > 1 or "'" in lines[start]:  # a cell escaped by `escape_cell`?
            row = [unescape_cell(cell) for cell in row]
        try:
            good.append((line, validate_row(dict(zip(names, row, strict=True)))))
        except ValueError as exc:
            bad.append(RowError(line, str(exc)))
    return good, bad


def _is_formula(cell: str) -> bool:
    """Would a spreadsheet run this cell? A plain number ("-5", "1e+18") stays a number."""
    bare = cell.lstrip(" \t\r\n")
    return (
        cell.startswith(_FORMULA_START) or bare.startswith(_FORMULA_START)
    ) and not _PLAIN_NUMBER_RE.match(bare)


def escape_cell(cell: str) -> str:
    """OWASP's advice against CSV injection: a cell a spreadsheet would run as a formula gets a
    leading single quote (and so does a cell that already looks escaped, so import can undo it)."""
    return "'" + cell if _needs_escape(cell) else cell


def _needs_escape(cell: str) -> bool:
    return _is_formula(cell.lstrip("'"))


def unescape_cell(cell: str) -> str:
    """Undo `escape_cell`: export → import gives back the same text."""
    return cell[1:] if cell.startswith("'") and _needs_escape(cell[1:]) else cell


def format_value(v: float) -> str:
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e18 else repr(float(v))


def rows_to_csv(rows: list[FactRow]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([escape_cell(cell) for cell in (
            r.entity, "|".join(r.aliases), r.attribute, "|".join(r.keywords), format_value(r.value), r.unit,
            "" if r.qualifier == "exact" else r.qualifier, r.as_of, r.source, r.url, r.notes)])  # fmt: skip
    return out.getvalue()


# ---------------------------------------------------------------------- JSON


class _JsonNumber(str):
    """A number in a JSON file, kept as it was written (so 1e-400 or a 5,000-digit integer is
    refused by `parse_value` with a message, and a number where text belongs is named as one)."""


_LIST_FIELDS = ("aliases", "keywords")
_JSON_EXPECTED = {"value": "a number or text", "aliases": "text or a list of text",
                  "keywords": "text or a list of text", "as_of": "a date as text"}  # fmt: skip


def _json_kind(v: object) -> str:
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, _JsonNumber):
        return "a number"
    return {list: "a list", dict: "an object"}.get(type(v), type(v).__name__)


def _is_text(v: object) -> bool:
    return isinstance(v, str) and not isinstance(v, _JsonNumber)


def _json_text(name: str, v: object) -> str:
    """One field of a JSON fact as text, checked for its JSON type."""
    if v is None:
        return ""
    if isinstance(v, _JsonNumber):
        if name in ("value", "as_of"):
            return str(v)
    elif isinstance(v, str):
        return v
    elif name in _LIST_FIELDS and isinstance(v, list) and all(_is_text(x) for x in v):
        return "|".join(v)
    raise ValueError(f"{name} must be {_JSON_EXPECTED.get(name, 'text')}, not {_json_kind(v)}")


def _json_rows(text: str, source: str) -> tuple[list[tuple[int, FactRow]], list[RowError]]:
    try:
        data = json.loads(
            text, parse_int=_JsonNumber, parse_float=_JsonNumber, parse_constant=_JsonNumber
        )
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: line {exc.lineno}: invalid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{source}: the JSON is nested too deeply to be a list of facts") from None
    expected = 'expected {"facts": [...]} or a list of facts'
    if isinstance(data, dict):
        if "facts" not in data:
            keys = ", ".join(f'"{k}"' for k in list(data)[:5]) or "none"
            raise InputError(f"{source}: {expected}; the top-level keys are {keys}")
        data = data["facts"]
        if not isinstance(data, list):
            raise InputError(f'{source}: "facts" must be a list of facts, not {_json_kind(data)}')
    if not isinstance(data, list):
        raise InputError(f"{source}: {expected}, not {_json_kind(data)}")
    good: list[tuple[int, FactRow]] = []
    bad: list[RowError] = []
    for i, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            bad.append(
                RowError(i, f"is {_json_kind(item)}, not an object with the fields of a fact")
            )
            continue
        try:
            good.append((i, validate_row({k: _json_text(k, item.get(k)) for k in COLUMNS})))
        except ValueError as exc:
            bad.append(RowError(i, str(exc)))
    return good, bad


def rows_to_json(rows: list[FactRow]) -> str:
    items = []
    for r in rows:
        d = asdict(r)
        d["aliases"], d["keywords"] = list(r.aliases), list(r.keywords)
        items.append(d)
    return json.dumps({"facts": items}, ensure_ascii=False, indent=1) + "\n"
