"""Evidence files (CSV per the contract, or JSON): read and validate rows, write exports."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import InputError

COLUMNS = ["entity", "aliases", "attribute", "keywords", "value", "unit", "qualifier", "as_of",
           "source", "url", "notes"]  # fmt: skip
REQUIRED = ["entity", "attribute", "value", "unit"]
QUALIFIERS = {"exact", "approx", "nearly", "more_than", "at_least", "at_most", "less_than", "range"}
_AS_OF_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
CURRENCY_CODES = set(
    ["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR", "AUD", "CAD", "HKD", "SGD", "SEK", "NOK", "DKK", "KRW", "BRL", "ZAR", "MXN", "RUB", "TRY", "NZD", "TWD", "ILS"]
)


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
    seen: dict[str, None] = {}
    for part in (text or "").split("|"):
        part = " ".join(part.split())
        if part and part.lower() not in (k.lower() for k in seen):
            seen[part] = None
    return tuple(seen)


def parse_value(raw: str) -> float:
    """A plain number in base units; thousands separators and spaces are tolerated."""
    s = (raw or "").strip().replace(",", "").replace("_", "").replace(" ", "")
    if not s:
        raise ValueError("value is empty")
    try:
        v = float(s)
    except ValueError:
        raise ValueError(f"value {raw.strip()!r} is not a number") from None
    if v != v or v in (float("inf"), float("-inf")):
        raise ValueError(f"value {raw.strip()!r} is not a finite number")
    return v


def validate_row(fields: dict[str, str]) -> FactRow:
    """Check one row's fields; raise ValueError naming the bad field."""
    get = {k: (fields.get(k) or "").strip() for k in COLUMNS}
    for name in REQUIRED:
        if not get[name]:
            raise ValueError(f"{name} is empty")
    value = parse_value(get["value"])
    qualifier = get["qualifier"].lower().replace("-", "_").replace(" ", "_") or "exact"
    if qualifier not in QUALIFIERS:
        raise ValueError(f"qualifier {get['qualifier']!r} is not one of {', '.join(sorted(QUALIFIERS))}")
    as_of = get["as_of"]
    if as_of and not _AS_OF_RE.match(as_of):
        raise ValueError(f"as_of {as_of!r} is not a date like 2025-07 or 2025-07-31")
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
        raise InputError(f"{path}: unsupported evidence file type '{suffix or '(none)'}' (use .csv or .json)")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: not a text file (it holds binary data)")
    try:
        text = raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (bad byte at offset {exc.start}); save it as UTF-8") from None
    if suffix == ".json":
        return _json_rows(text, str(path))
    return _csv_rows(text, str(path))


def _csv_rows(text: str, source: str) -> tuple[list[tuple[int, FactRow]], list[RowError]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"{source}: no header row ({exc})") from None
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise InputError(
            f"{source}: line 1: missing column(s) {', '.join(missing)}; the header must be "
            f"{','.join(COLUMNS)}"
        )
    good: list[tuple[int, FactRow]] = []
    bad: list[RowError] = []
    line = reader.line_num
    while True:
        start_line = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            bad.append(RowError(start_line, f"unreadable CSV ({exc})"))
            line = reader.line_num
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            bad.append(RowError(start_line, f"has {len(row)} fields, the header has {len(names)}"))
            continue
        try:
            good.append((start_line, validate_row(dict(zip(names, row, strict=True)))))
        except ValueError as exc:
            bad.append(RowError(start_line, str(exc)))
    return good, bad


def _json_rows(text: str, source: str) -> tuple[list[tuple[int, FactRow]], list[RowError]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: line {exc.lineno}: invalid JSON ({exc.msg})") from None
    if isinstance(data, dict):
        data = data.get("facts", [])
    if not isinstance(data, list):
        raise InputError(f"{source}: expected a list of facts (or {{\"facts\": [...]}})")
    good: list[tuple[int, FactRow]] = []
    bad: list[RowError] = []
    for i, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            bad.append(RowError(i, "is not an object"))
            continue
        fields = {}
        for k in COLUMNS:
            v = item.get(k, "")
            if isinstance(v, list):
                v = "|".join(str(x) for x in v)
            fields[k] = "" if v is None else str(v)
        try:
            good.append((i, validate_row(fields)))
        except ValueError as exc:
            bad.append(RowError(i, str(exc)))
    return good, bad


def format_value(v: float) -> str:
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e18 else repr(float(v))


def rows_to_csv(rows: list[FactRow]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.entity, "|".join(r.aliases), r.attribute, "|".join(r.keywords),
                         format_value(r.value), r.unit, "" if r.qualifier == "exact" else r.qualifier,
                         r.as_of, r.source, r.url, r.notes])  # fmt: skip
    return out.getvalue()


def rows_to_json(rows: list[FactRow]) -> str:
    items = []
    for r in rows:
        d = asdict(r)
        d["aliases"], d["keywords"] = list(r.aliases), list(r.keywords)
        items.append(d)
    return json.dumps({"facts": items}, ensure_ascii=False, indent=1) + "\n"
