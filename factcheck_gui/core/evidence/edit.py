"""Editing the evidence: add, edit, delete and restore facts with a recorded history; search;
restore a backup. SQL stays with the store (this module and store.py)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from dataclasses import asdict
from pathlib import Path

from ..errors import InputError, StoreError
from ..figures.quantities import find_quantities
from .formats import COLUMNS, FactRow, check_row, parse_value, validate_row
from .store import EvidenceStore, Fact, _fingerprint, _friendly, _now, name_key

_PLAIN_NUMBER_RE = re.compile(r"^[+-]?[\d.,_ ]*\d[\d.,_ ]*(?:[eE][+-]?\d+)?$")


def parse_typed_value(text: str) -> tuple[float, str | None]:
    """What an editor types as a value, normalised: "1.2bn" → (1.2e9, None), "$1 billion" →
    (1e9, "USD"), "12.5%" → (12.5, "%"), "1,000" → (1000, None)."""
    raw = text.strip()
    if not raw:
        raise ValueError("value is empty")
    if _PLAIN_NUMBER_RE.match(raw):  # "1,500", "-0", "1e-400": the rules of an evidence file
        return parse_value(raw), None
    found = find_quantities(raw)
    if len(found) != 1 or found[0].end - found[0].start < len(raw.strip()) - 1:
        raise ValueError(
            f"value {raw!r} is not a figure (write 1200000000, 1.2bn, $1 billion or 12.5%)"
        )
    q = found[0]
    unit = {
        "money": q.unit,
        "percent": "%" if q.unit == "%" else q.unit,
        "date": "year",
        "duration": q.unit,
    }.get(q.kind)
    return q.value + 0.0, unit


def _db_error(exc: sqlite3.Error, path: Path) -> StoreError:
    if "no such table" in str(exc) or "no such column" in str(exc):
        return StoreError(f"{path}: not an evidence database, or made by another program ({exc})")
    return _friendly(exc, path)


def _rows(store: EvidenceStore, sql: str, params: list[object]) -> list[tuple]:  # type: ignore[type-arg]
    """Run a read; a database error becomes one line naming the file."""
    try:
        return store.db.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise _db_error(exc, store.path) from None


def snapshot(store: EvidenceStore, fact_id: int) -> dict | None:
    found = _rows(
        store,
        """SELECT f.id, e.name, f.attribute, f.keywords, f.value, f.unit, f.qualifier, f.as_of, f.source, f.url,
                  f.notes, f.is_sample FROM facts f JOIN entities e ON e.id = f.entity_id WHERE f.id = ?""",
        [fact_id],
    )
    if not found:
        return None
    row = found[0]
    keys = [
        "id",
        "entity",
        "attribute",
        "keywords",
        "value",
        "unit",
        "qualifier",
        "as_of",
        "source",
        "url",
        "notes",
        "is_sample",
    ]
    return dict(zip(keys, row, strict=True))


def _row_from(snap: dict) -> FactRow:
    return FactRow(snap["entity"], (), snap["attribute"], tuple(k for k in snap["keywords"].split("|") if k),
                   float(snap["value"]), snap["unit"], snap["qualifier"], snap["as_of"], snap["source"], snap["url"],
                   snap["notes"])  # fmt: skip


def _record(
    store: EvidenceStore, fact_id: int, action: str, old: dict | None, new: dict | None, by: str
) -> None:
    store.db.conn.execute(
        "INSERT INTO fact_history (fact_id, action, old, new, at, by) VALUES (?,?,?,?,?,?)",
        [
            fact_id,
            action,
            json.dumps(old) if old else None,
            json.dumps(new) if new else None,
            _now(),
            by,
        ],
    )


def _write(store: EvidenceStore, fn):  # type: ignore[no-untyped-def]
    """Run `fn` in one immediate transaction; translate SQLite errors into one-line messages."""
    store.require_writable()  # read-only, or damaged (a big database is checked in the background)
    conn = store.db.conn
    try:
        with conn:
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
            return fn(conn)
    except sqlite3.IntegrityError as exc:
        raise InputError(f"an identical fact is already in the database ({exc})") from None
    except sqlite3.Error as exc:
        raise _db_error(exc, store.path) from None


def _checked(row: FactRow) -> FactRow:
    """A row built in code gets the checks `validate_row` gives a row read from a file."""
    try:
        return check_row(row)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def add_fact(store: EvidenceStore, row: FactRow, by: str = "") -> int:
    _checked(row)

    def do(conn: sqlite3.Connection) -> int:
        ids = store._entity_ids()
        eid = store._ensure_entity(row, ids, _now())
        fp = _fingerprint(row)
        existing = conn.execute("SELECT id FROM facts WHERE fingerprint = ?", [fp]).fetchone()
        if existing:
            raise InputError(f"an identical fact is already in the database (#{existing[0]})")
        now = _now()
        cur = conn.execute(
            """INSERT INTO facts (entity_id, attribute, keywords, value, unit, qualifier, as_of, source, url, notes,
               is_sample, fingerprint, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?,?)""",
            [eid, row.attribute, "|".join(row.keywords), row.value, row.unit, row.qualifier, row.as_of, row.source,
             row.url, row.notes, fp, now, now],
        )  # fmt: skip
        fid = int(cur.lastrowid or 0)
        _record(store, fid, "add", None, snapshot(store, fid), by)
        return fid

    return _write(store, do)


def update_fact(store: EvidenceStore, fact_id: int, row: FactRow, by: str = "") -> None:
    """Replace every field of a fact with `row` (`edit_fact` changes only some)."""
    _checked(row)

    def do(conn: sqlite3.Connection) -> None:
        old = snapshot(store, fact_id)
        if old is None:
            raise InputError(f"no fact #{fact_id}")
        eid = store._ensure_entity(row, store._entity_ids(), _now())
        conn.execute(
            """UPDATE facts SET entity_id=?, attribute=?, keywords=?, value=?, unit=?, qualifier=?, as_of=?, source=?,
               url=?, notes=?, is_sample=0, fingerprint=?, updated_at=? WHERE id=?""",
            [eid, row.attribute, "|".join(row.keywords), row.value, row.unit, row.qualifier, row.as_of, row.source,
             row.url, row.notes, _fingerprint(row), _now(), fact_id],
        )  # fmt: skip
        _record(store, fact_id, "edit", old, snapshot(store, fact_id), by)

    _write(store, do)


FIELDS = tuple(COLUMNS)


def _texts(snap: dict) -> dict[str, str]:
    """A fact's fields as an editor sees them (the form's and the command line's values)."""
    value = float(snap["value"])
    shown = str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    return {"entity": snap["entity"], "aliases": "", "attribute": snap["attribute"], "keywords": snap["keywords"],
            "value": shown, "unit": snap["unit"], "qualifier": snap["qualifier"], "as_of": snap["as_of"],
            "source": snap["source"], "url": snap["url"], "notes": snap["notes"]}  # fmt: skip


def edit_fact(
    store: EvidenceStore, fact_id: int, changes: dict[str, str], by: str = ""
) -> dict[str, str]:
    """Change only the fields in `changes` (written as an editor writes them: value "1.3bn").
    The fact is read and written in one immediate transaction, and only the changed columns are
    written, so an edit made meanwhile by another window or process to another field is kept.
    Aliases in `changes` are added to the entity's. Returns the changed fields' old values (undo)."""
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise InputError(f"no field {unknown[0]!r} (fields: {', '.join(FIELDS)})")

    def do(conn: sqlite3.Connection) -> dict[str, str]:
        old = snapshot(store, fact_id)
        if old is None:
            raise InputError(f"no fact #{fact_id}")
        before = _texts(old)
        try:
            row = row_for({**before, **changes})
        except ValueError as exc:
            raise InputError(str(exc)) from None
        new = {"attribute": row.attribute, "keywords": "|".join(row.keywords), "value": row.value, "unit": row.unit,
               "qualifier": row.qualifier, "as_of": row.as_of, "source": row.source, "url": row.url,
               "notes": row.notes}  # fmt: skip
        columns = {
            k: v for k, v in new.items() if k in changes or (k == "unit" and v != old["unit"])
        }
        if "entity" in changes or "aliases" in changes:
            columns["entity_id"] = store._ensure_entity(row, store._entity_ids(), _now())
        if not columns:
            return {}
        columns.update(is_sample=0, fingerprint=_fingerprint(row), updated_at=_now())
        conn.execute(f"UPDATE facts SET {', '.join(f'{k} = ?' for k in columns)} WHERE id = ?",
                     [*columns.values(), fact_id])  # fmt: skip
        _record(store, fact_id, "edit", old, snapshot(store, fact_id), by)
        return {k: before[k] for k in changes}

    return _write(store, do) if changes else {}


def delete_fact(store: EvidenceStore, fact_id: int, by: str = "") -> None:
    def do(conn: sqlite3.Connection) -> None:
        old = snapshot(store, fact_id)
        if old is None:
            raise InputError(f"no fact #{fact_id}")
        conn.execute("DELETE FROM facts WHERE id = ?", [fact_id])
        _record(store, fact_id, "delete", old, None, by)

    _write(store, do)


def restore_fact(store: EvidenceStore, fact_id: int, by: str = "") -> None:
    """Bring back a deleted fact, under its old number, as it was when deleted."""

    def do(conn: sqlite3.Connection) -> None:
        if snapshot(store, fact_id) is not None:
            raise InputError(f"fact #{fact_id} is not deleted")
        row = conn.execute(
            "SELECT old FROM fact_history WHERE fact_id = ? AND action = 'delete' ORDER BY id DESC LIMIT 1",
            [fact_id],
        ).fetchone()
        if row is None:
            raise InputError(f"no deleted fact #{fact_id} in the history")
        old = json.loads(row[0])
        fact = _row_from(old)
        eid = store._ensure_entity(fact, store._entity_ids(), _now())
        now = _now()
        conn.execute(
            """INSERT INTO facts (id, entity_id, attribute, keywords, value, unit, qualifier, as_of, source, url, notes,
               is_sample, fingerprint, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            [fact_id, eid, fact.attribute, "|".join(fact.keywords), fact.value, fact.unit, fact.qualifier, fact.as_of,
             fact.source, fact.url, fact.notes, int(old.get("is_sample", 0)), _fingerprint(fact), now, now],
        )  # fmt: skip
        _record(store, fact_id, "restore", None, snapshot(store, fact_id), by)

    _write(store, do)


def history(store: EvidenceStore, fact_id: int) -> list[dict]:
    rows = _rows(
        store,
        "SELECT id, action, old, new, at, by FROM fact_history WHERE fact_id = ? ORDER BY id",
        [fact_id],
    )
    return [{"id": i, "action": a, "old": json.loads(o) if o else None, "new": json.loads(n) if n else None,
             "at": at, "by": by} for i, a, o, n, at, by in rows]  # fmt: skip


def get_fact(store: EvidenceStore, fact_id: int) -> Fact | None:
    snap = snapshot(store, fact_id)
    if snap is None:
        return None
    eid = _rows(store, "SELECT entity_id FROM facts WHERE id = ?", [fact_id])[0][0]
    return Fact(fact_id, eid, snap["entity"], snap["attribute"], tuple(k for k in snap["keywords"].split("|") if k),
                snap["value"], snap["unit"], snap["qualifier"], snap["as_of"], snap["source"], snap["url"],
                snap["notes"], bool(snap["is_sample"]))  # fmt: skip


def search(store: EvidenceStore, query: str, limit: int = 50) -> list[Fact]:
    """Facts whose entity, alias, attribute or keywords match (full text), else the nearest
    entity names (fuzzy)."""
    words = re.findall(r"[^\W_]{2,}", query)  # words of any script: "Газпром", "トヨタ"
    if not words:
        return []
    fts = " AND ".join(f'"{w}"*' for w in words)
    ids: list[int] = []
    try:
        ids += [
            r[0]
            for r in store.db.execute(
                "SELECT rowid FROM facts_fts WHERE facts_fts MATCH ? ORDER BY rank LIMIT ?",
                [fts, limit],
            ).fetchall()
        ]
        entity_ids = {r[0] for r in store.db.execute(
            """SELECT a.entity_id FROM aliases_fts JOIN aliases a ON a.rowid = aliases_fts.rowid
               WHERE aliases_fts MATCH ? LIMIT 200""", [fts]).fetchall()}  # fmt: skip
    except sqlite3.Error as exc:
        raise _friendly(exc, store.path) from None
    facts = [f for f in (get_fact(store, i) for i in ids) if f is not None]
    if len(facts) < limit and entity_ids:
        seen = {f.id for f in facts}
        facts += [f for f in store.facts_for(entity_ids) if f.id not in seen][: limit - len(facts)]
    if not facts:
        from rapidfuzz import fuzz, process, utils

        names = {
            name: eid for eid, name in store.db.execute("SELECT id, name FROM entities").fetchall()
        }
        near = process.extract(query, list(names), scorer=fuzz.WRatio, processor=utils.default_process, limit=5,
                               score_cutoff=80)  # fmt: skip
        facts = store.facts_for(names[n] for n, _, _ in near)[:limit]
    return facts


def restore_backup(store: EvidenceStore, backup: Path) -> Path:
    """Replace the database's content with a backup's; the current content is backed up first."""
    store.require_writable(sound=False)  # a damaged database is what a restore is for
    if not backup.is_file():
        raise InputError(f"{backup}: no such backup")
    try:
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        ok = src.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.Error as exc:
        raise StoreError(f"{backup}: not a usable backup ({exc})") from None
    if not ok:
        src.close()
        raise StoreError(f"{backup}: the backup is damaged too")
    saved = store.backup()
    try:
        src.backup(store.db.conn)
    finally:
        src.close()
    return saved


def force_restore(db_path: Path, backup: Path) -> None:
    """For a database too damaged to open: keep it aside and put the backup in its place."""
    aside = db_path.with_suffix(db_path.suffix + ".damaged")
    if db_path.exists():
        shutil.move(str(db_path), aside)
    for extra in ("-wal", "-shm"):
        Path(str(db_path) + extra).unlink(missing_ok=True)
    shutil.copyfile(backup, db_path)


def row_for(values: dict[str, str]) -> FactRow:
    """A FactRow from a form or the command line; the value may be written as an editor writes it."""
    fields = dict(values)
    value, unit = parse_typed_value(fields.get("value", ""))
    fields["value"] = repr(value)
    given = (fields.get("unit") or "").strip()
    if (
        unit
        and given
        and unit.lower() != given.lower()
        and not (unit == "year" and given.lower() in ("date", "count"))
    ):
        raise ValueError(f"the value is in {unit} but the unit says {given}")
    if unit and not given:
        fields["unit"] = unit
    return validate_row(fields)


def as_dict(f: Fact) -> dict:
    d = asdict(f)
    d["keywords"] = list(f.keywords)
    return d


__all__ = ["add_fact", "update_fact", "edit_fact", "delete_fact", "restore_fact", "history", "search", "get_fact",
           "restore_backup", "force_restore", "parse_typed_value", "row_for", "as_dict", "name_key"]  # fmt: skip


# ---------------------------------------------------------------------- browsing (the workbench's table)

SORT_COLUMNS = {"id": "f.id", "entity": "e.name COLLATE NOCASE", "attribute": "f.attribute COLLATE NOCASE",
                "value": "f.value", "unit": "f.unit", "qualifier": "f.qualifier", "as_of": "f.as_of",
                "source": "f.source COLLATE NOCASE"}  # fmt: skip


def fact_ids(store: EvidenceStore, sort: str = "id", descending: bool = False, source: str = "",
             stale_before: str = "", only: list[int] | None = None):  # type: ignore[no-untyped-def]  # fmt: skip
    """Ids of the facts to show, in display order; the table fetches the rows it paints."""
    from array import array

    where, params = [], []
    if source:
        where.append("f.source = ?")
        params.append(source)
    if stale_before:
        where.append("f.as_of != '' AND f.as_of < ?")
        params.append(stale_before)
    if only is not None:
        if not only:
            return array("q")
        where.append(f"f.id IN ({','.join('?' * len(only))})")
        params += only
    join = "JOIN entities e ON e.id = f.entity_id" if sort == "entity" else ""
    sql = f"SELECT f.id FROM facts f {join} {'WHERE ' + ' AND '.join(where) if where else ''} "
    sql += f"ORDER BY {SORT_COLUMNS.get(sort, 'f.id')} {'DESC' if descending else 'ASC'}, f.id"
    try:
        return array("q", (r[0] for r in store.db.execute(sql, params)))
    except sqlite3.Error as exc:
        raise _friendly(exc, store.path) from None


def facts_by_ids(store: EvidenceStore, ids: list[int]) -> dict[int, Fact]:
    if not ids:
        return {}
    sql = f"""SELECT f.id, f.entity_id, e.name, f.attribute, f.keywords, f.value, f.unit, f.qualifier, f.as_of,
              f.source, f.url, f.notes, f.is_sample FROM facts f JOIN entities e ON e.id = f.entity_id
              WHERE f.id IN ({",".join("?" * len(ids))})"""
    return {r[0]: Fact(r[0], r[1], r[2], r[3], tuple(k for k in r[4].split("|") if k), r[5], r[6], r[7], r[8], r[9],
                       r[10], r[11], bool(r[12])) for r in store.db.execute(sql, ids)}  # fmt: skip


def sources(store: EvidenceStore, limit: int = 500) -> list[str]:
    return [r[0] for r in store.db.execute(
        "SELECT source FROM facts WHERE source != '' GROUP BY source ORDER BY count(*) DESC LIMIT ?", [limit])]  # fmt: skip


def aliases_of(store: EvidenceStore, entity: str) -> list[str]:
    return [r[0] for r in store.db.execute(
        """SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.name = ? COLLATE NOCASE
           AND a.alias != e.name ORDER BY a.id""", [entity])]  # fmt: skip


def set_aliases(store: EvidenceStore, entity: str, aliases: list[str]) -> None:
    """Make an entity's aliases exactly `aliases` (its own name always stays)."""

    def do(conn: sqlite3.Connection) -> None:
        row = conn.execute(
            "SELECT id, name FROM entities WHERE name = ? COLLATE NOCASE", [entity]
        ).fetchone()
        if row is None:
            return
        eid, name = row
        conn.execute("DELETE FROM aliases WHERE entity_id = ? AND norm != ?", [eid, name_key(name)])
        conn.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias, norm) VALUES (?,?,?)",
                         [(eid, a, name_key(a)) for a in aliases if name_key(a)])  # fmt: skip

    _write(store, do)
