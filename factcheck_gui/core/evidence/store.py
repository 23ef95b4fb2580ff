"""The evidence database: entities with aliases, sourced facts, FTS5, migrations. All SQL lives here."""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import json
import os
import re
import sqlite3
import threading
import urllib.parse
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from ..errors import InputError, StoreError
from ..text.names import compact_with_offsets, is_unspaced, name_key, old_name_key
from .formats import FactRow, RowError, read_rows

__all__ = [
    "EvidenceStore",
    "Fact",
    "ImportResult",
    "compact_with_offsets",
    "name_key",
    "open_store",
]

APP_NAME = "factcheck-gui"
BACKUPS_KEPT = 5
# Up to this size the whole file is checked at open (0.1 s); past it (1,000,000 facts are
# 310 MB, 2 s to check) the check runs in the background and writes wait for its verdict.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
_RANK_CACHE_ROWS = 300_000  # per-term ranks kept (5 MB) before the cache starts again
OUR_TABLES = frozenset({"entities", "aliases", "facts", "_sqlite_migrations"})
IMPORTED = "imported"  # the fact_history action of a fact that came in (or changed) by import
_SQLITE_HEADER = b"SQLite format 3\x00"
_SNAPSHOT_SQL = """json_object('id', f.id, 'entity', e.name, 'attribute', f.attribute, 'keywords', f.keywords,
    'value', f.value, 'unit', f.unit, 'qualifier', f.qualifier, 'as_of', f.as_of, 'source', f.source,
    'url', f.url, 'notes', f.notes, 'is_sample', f.is_sample, 'file', ?)"""

migrations = Migrations("factcheck_gui.evidence")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE entities (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL, norm TEXT NOT NULL, UNIQUE(entity_id, norm))"""
    )
    db.execute("CREATE INDEX aliases_norm ON aliases(norm)")
    db.execute(
        """CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            attribute TEXT NOT NULL, keywords TEXT NOT NULL DEFAULT '',
            value REAL NOT NULL, unit TEXT NOT NULL, qualifier TEXT NOT NULL DEFAULT 'exact',
            as_of TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
            is_sample INTEGER NOT NULL DEFAULT 0, fingerprint TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX facts_entity_unit ON facts(entity_id, unit)")
    db["aliases"].enable_fts(["alias"], create_triggers=True, tokenize="unicode61")
    db["facts"].enable_fts(["attribute", "keywords"], create_triggers=True, tokenize="porter")


@migrations()
def m002_house_words(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE house_words (
            word TEXT PRIMARY KEY COLLATE NOCASE, added_by TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')"""
    )


@migrations()
def m003_fact_history(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE fact_history (
            id INTEGER PRIMARY KEY, fact_id INTEGER NOT NULL, action TEXT NOT NULL,
            old TEXT, new TEXT, at TEXT NOT NULL, by TEXT NOT NULL DEFAULT '')"""
    )
    db.execute("CREATE INDEX fact_history_fact ON fact_history(fact_id, id)")


@migrations()
def m004_keys_in_every_script(db: sqlite_utils.Database) -> None:
    """Schema 3 keyed names by their ASCII letters only, so 'Газпром', 'トヨタ自動車' and '!!!'
    shared the empty key and fell into one entity. Recompute the keys of names and aliases
    and the fingerprints of facts; give back an alias a merged entity holds that is another
    entity's name; list the entities the old key may have merged others into, so that a
    re-import of the source files moves each fact to its own entity (see import_rows)."""
    conn = db.conn
    db.execute(
        """CREATE TABLE entity_old_keys (
            entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
            old_key TEXT NOT NULL)"""
    )
    names = dict(conn.execute("SELECT id, name FROM entities").fetchall())
    keys = {eid: name_key(name) for eid, name in names.items()}
    merged = {
        eid: old_name_key(name) for eid, name in names.items() if old_name_key(name) != keys[eid]
    }
    conn.executemany(
        "INSERT INTO entity_old_keys (entity_id, old_key) VALUES (?,?)", merged.items()
    )
    named: dict[str, set[int]] = {}
    for eid, key in keys.items():
        named.setdefault(key, set()).add(eid)
    held: set[tuple[int, str]] = set()
    drop, renorm = [], []
    for aid, eid, alias, norm in conn.execute(
        "SELECT id, entity_id, alias, norm FROM aliases ORDER BY id"
    ).fetchall():
        key = name_key(alias)
        owners = named.get(key, set())
        if not key or (eid, key) in held or (eid in merged and owners and eid not in owners):
            drop.append((aid,))  # a duplicate, or another entity's name merged in here
            continue
        held.add((eid, key))
        if key != norm:
            renorm.append((key, aid))
    conn.executemany("DELETE FROM aliases WHERE id = ?", drop)
    conn.executemany("UPDATE aliases SET norm = ? WHERE id = ?", renorm)
    conn.executemany(
        "INSERT INTO aliases (entity_id, alias, norm) VALUES (?,?,?)",
        [(eid, names[eid], key) for eid, key in keys.items() if (eid, key) not in held],
    )
    _refingerprint(conn, {eid: keys[eid] for eid in merged})


def _refingerprint(conn: sqlite3.Connection, keys: dict[int, str]) -> None:
    """New fingerprints for the facts of entities whose key changed. Two facts that now print
    alike are both kept (the later one's print gets its id), never dropped."""
    if not keys:
        return
    for chunk in _chunks(sorted(keys), 500):
        sql = f"""SELECT id, entity_id, attribute, value, unit, qualifier, as_of, source, fingerprint FROM facts
                  WHERE entity_id IN ({",".join("?" * len(chunk))}) ORDER BY id"""
        news = [(_print(keys[eid], attr, value, unit, qual, as_of, source), fid, old)
                for fid, eid, attr, value, unit, qual, as_of, source, old in conn.execute(sql, chunk).fetchall()]  # fmt: skip
        for fp, fid, old in news:
            if fp != old:
                taken = conn.execute("SELECT 1 FROM facts WHERE fingerprint = ?", [fp]).fetchone()
                conn.execute(
                    "UPDATE facts SET fingerprint = ? WHERE id = ?",
                    [f"{fp}-{fid}" if taken else fp, fid],
                )


_UNSPACED_SQL = "norm GLOB '*[^ -~]*'"  # an alias key with a character beyond printable ASCII


@migrations()
def m005_unspaced_alias_index(db: sqlite_utils.Database) -> None:
    """Names in scripts written without spaces are looked for in every check of an article that
    holds such a script: a partial index of the keys beyond ASCII (a few hundred, say) instead of
    reading every alias (70 ms a check with 1,000,000 facts)."""
    db.execute(
        f"CREATE INDEX IF NOT EXISTS aliases_unspaced ON aliases(norm, entity_id) WHERE {_UNSPACED_SQL}"
    )


SCHEMA_VERSION = 5  # the number of migrations above; recorded as PRAGMA user_version
READABLE_FROM = 3  # a read-only database of this schema or newer is read as it is


@dataclass(frozen=True)
class Fact:
    """A sourced fact about an entity."""

    id: int
    entity_id: int
    entity: str
    attribute: str
    keywords: tuple[str, ...]
    value: float
    unit: str
    qualifier: str
    as_of: str
    source: str
    url: str
    notes: str
    is_sample: bool


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int  # changed keywords, url or notes, or moved to their own entity (see m004)
    unchanged: int
    errors: tuple[RowError, ...]
    backup: Path | None = None


@dataclass
class _Plan:
    """What an import will change, decided from the rows and the database before writing."""

    new_entities: dict[str, str] = field(default_factory=dict)  # key → name
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)  # (entity key, norm) → alias
    inserts: dict[str, tuple[str, FactRow]] = field(
        default_factory=dict
    )  # print → (entity key, row)
    updates: dict[int, tuple[tuple[str, str, str], tuple[str, str, str]]] = field(
        default_factory=dict
    )  # id → old, new
    moves: list[tuple[int, str, str, FactRow, str]] = field(
        default_factory=list
    )  # id, old print, key, row, from
    unmerged: set[tuple[int, str]] = field(default_factory=set)  # (merged entity, norm) to drop
    unchanged: int = 0

    def changes(self) -> bool:
        return bool(self.new_entities or self.aliases or self.inserts or self.updates or self.moves)


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backups_of(db_path: Path) -> list[Path]:
    """Backups of a database, oldest first (usable even when the database cannot be opened)."""
    folder = backup_folder(db_path)
    return sorted(folder.glob(f"{db_path.stem}-*.db")) if folder.is_dir() else []


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "evidence.db"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _print(
    key: str, attribute: str, value: float, unit: str, qualifier: str, as_of: str, source: str
) -> str:
    text = "\x1f".join([key, attribute.lower(), repr(float(value)), unit.lower(), qualifier, as_of,
                        source.strip().lower()])  # fmt: skip
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _fingerprint(r: FactRow, key: str | None = None) -> str:
    """_print of a row (written out: an import prints every row)."""
    text = "\x1f".join([name_key(r.entity) if key is None else key, r.attribute.lower(), repr(float(r.value)),
                        r.unit.lower(), r.qualifier, r.as_of, r.source.strip().lower()])  # fmt: skip
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _damaged(path: Path, what: str) -> StoreError:
    """One line: what is wrong, the file, and what the user can do."""
    backups = backups_of(path)
    fix = (f"restore the latest backup with: factcheck db restore {backups[-1]} --db {path}" if backups
           else "no backup of it was found beside it; restore it from a copy of your own")  # fmt: skip
    return StoreError(f"{path}: {what}; {fix}")


def _friendly(exc: sqlite3.Error, path: Path) -> StoreError:
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        return StoreError(
            f"{path}: the evidence database is locked by another program; close it and try again"
        )
    if "not a database" in msg or "malformed" in msg or "disk image" in msg:
        return _damaged(path, f"not an evidence database, or it is damaged ({msg})")
    if "readonly" in msg or "read-only" in msg:
        return StoreError(f"{path}: the evidence database is read-only; nothing was changed")
    if "unable to open" in msg:
        return StoreError(f"{path}: cannot open the evidence database ({msg})")
    return StoreError(f"{path}: database error ({msg})")


def _problems(conn: sqlite3.Connection) -> list[str]:
    """What PRAGMA quick_check finds, one problem per item ([] when the file is sound)."""
    lines = [
        line for (row,) in conn.execute("PRAGMA quick_check(100)") for line in str(row).splitlines()
    ]
    return [line for line in lines if line != "ok" and not line.startswith("*** in database")]


def _summary(problems: list[str]) -> str:
    more = f", and {len(problems) - 1} more problems" if len(problems) > 1 else ""
    return f"{problems[0]}{more}"


def _is_read_only(path: Path) -> bool:
    """Whether this process cannot write the file, or make the journal files beside it."""
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK)


_checked: dict[tuple[str, int, int, int], list[str]] = {}  # (path, inode, size, mtime) → problems


def _stamp(path: Path) -> tuple[str, int, int, int]:
    st = path.stat()
    return (str(path.resolve()), st.st_ino, st.st_size, st.st_mtime_ns)


class _BackgroundCheck(threading.Thread):
    """PRAGMA quick_check of a big database on a connection of its own."""

    def __init__(self, path: Path) -> None:
        super().__init__(name=f"quick_check {path.name}", daemon=True)
        self.path = path
        self.problems: list[str] = []
        self.error = ""
        self.conn = sqlite3.connect(_uri(path, immutable=False), uri=True, check_same_thread=False)

    def run(self) -> None:
        try:
            stamp = _stamp(self.path)
            self.problems = _problems(self.conn)
            _checked[stamp] = self.problems
        except sqlite3.Error as exc:  # interrupted by close(), or the file is unreadable
            self.error = str(exc)
            if "interrupt" not in self.error:
                self.problems = [self.error]
        finally:
            self.conn.close()

    def stop(self) -> None:
        if self.is_alive():
            self.conn.interrupt()
            self.join()


def _uri(path: Path, immutable: bool) -> str:
    return f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro" + (
        "&immutable=1" if immutable else ""
    )


class EvidenceStore:
    """A connection to one evidence database. Not shared between threads.

    A database this process may not write (file mode, read-only mount, or `read_only=True`)
    is opened read-only: checks work, writes are refused with a clear message. Nothing is
    written to a database before it is accepted (SQLite, ours, sound)."""

    def __init__(self, path: str | Path, *, seed: Path | None = None, timeout: float = 3.0,
                 read_only: bool | None = None) -> None:  # fmt: skip
        self.path = Path(path)
        self.notice = ""  # a one-line remark for the user (read-only, upgrade not written)
        self._check: _BackgroundCheck | None = None
        self._ranks = _RankCache()  # search_entities' per-term ranks, while nothing changes
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file")
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        self.read_only = (
            (not fresh and _is_read_only(self.path)) if read_only is None else read_only
        )
        if fresh:
            if self.read_only:
                raise StoreError(f"{self.path}: there is no evidence database here to read")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"{self.path}: cannot create the folder ({exc.strerror})"
                ) from None
        else:
            self._sniff()
        conn = None
        try:
            conn = self._connect(timeout)
            self.db = sqlite_utils.Database(conn)
            self._accept(fresh)
            if not self.read_only:
                self._upgrade(fresh)
        except sqlite3.Error as exc:
            self._abandon(conn)
            raise _friendly(exc, self.path) from None
        except StoreError:
            self._abandon(conn)
            raise
        if fresh and seed is not None and seed.exists():
            self.import_file(seed, is_sample=True, backup=False)

    # ------------------------------------------------------------------ opening

    def _sniff(self) -> None:
        """Refuse a file that is not SQLite before SQLite touches it."""
        try:
            with open(self.path, "rb") as f:
                head = f.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise StoreError(
                f"{self.path}: cannot read the evidence database ({exc.strerror})"
            ) from None
        if head != _SQLITE_HEADER:
            if backups_of(self.path):
                raise _damaged(
                    self.path, "not an evidence database, or it is damaged (no SQLite header)"
                )
            raise StoreError(
                f"{self.path}: not an evidence database (not an SQLite file); choose another file"
            )

    def _connect(self, timeout: float) -> sqlite3.Connection:
        if not self.read_only:
            return sqlite3.connect(str(self.path), timeout=timeout)
        conn = sqlite3.connect(_uri(self.path, immutable=False), uri=True, timeout=timeout)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            if "unable to open" not in str(exc):
                raise
            conn.close()  # a WAL database on a read-only mount, without its -shm file
            conn = sqlite3.connect(_uri(self.path, immutable=True), uri=True, timeout=timeout)
        return conn

    def _accept(self, fresh: bool) -> None:
        """Read-only checks: whose database this is, its schema, and that it is sound."""
        self.db.execute("PRAGMA foreign_keys = ON")
        tables = set(self.db.table_names())
        if tables and not tables & OUR_TABLES:
            shown = ", ".join(sorted(tables)[:3]) + (", …" if len(tables) > 3 else "")
            raise StoreError(f"{self.path}: not an evidence database (another program's SQLite file, with tables "
                             f"{shown}); choose another file")  # fmt: skip
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer version of factcheck-gui (schema {version}); update the app"
            )
        if not fresh and tables:
            self._check_integrity()
        if self.read_only and version < SCHEMA_VERSION:
            if version < READABLE_FROM:
                raise StoreError(f"{self.path}: the evidence database is read-only and too old to read (schema "
                                 f"{version}); open it once with write access to upgrade it")  # fmt: skip
            lacks = ("names without Latin letters may not be found" if version < 4
                     else "names in scripts without spaces are looked up more slowly")  # fmt: skip
            self.notice = (f"{self.path} is read-only, so its upgrade to schema {SCHEMA_VERSION} is not written; "
                           f"{lacks} until it is opened with write access")  # fmt: skip
        elif self.read_only:
            self.notice = f"{self.path} is read-only: checks work, changes are refused"

    def _upgrade(self, fresh: bool) -> None:
        """Now that the database is accepted: WAL, and the migrations it lacks (after a backup)."""
        if self.db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            self.db.execute("PRAGMA journal_mode = WAL")
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            if not fresh and version > 0:
                self.backup()  # before the schema changes
            migrations.apply(self.db)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _abandon(self, conn: sqlite3.Connection | None) -> None:
        if self._check is not None:
            self._check.stop()
        if conn is not None:
            conn.close()

    def _check_integrity(self) -> None:
        """PRAGMA quick_check reads every page: 0.1 s up to 64 MB, checked now; past that
        (1,000,000 facts: 2 s) it runs in the background and writes wait for its verdict."""
        try:
            stamp = _stamp(self.path)
        except OSError:
            stamp = None
        problems = _checked.get(stamp) if stamp else None
        if problems is None and stamp and stamp[2] > QUICK_CHECK_MAX_BYTES:
            if (
                not self.read_only
            ):  # nothing is written to a read-only one: damage shows as it is read
                self._check = _BackgroundCheck(self.path)
                self._check.start()
            return
        if problems is None:
            problems = _problems(self.db.conn)
            if stamp:
                _checked[stamp] = problems
        if problems:
            raise _damaged(self.path, f"the evidence database is damaged ({_summary(problems)})")

    def verify(self) -> None:
        """Wait for the background check of a big database; raise if it found damage."""
        check = self._check
        if check is None:
            return
        check.join()
        if check.problems:
            raise _damaged(self.path, f"the evidence database is damaged ({_summary(check.problems)}); "
                                      "nothing was changed")  # fmt: skip

    def require_writable(self, *, sound: bool = True) -> None:
        """Before any change: refuse a read-only database, and (unless restoring it) a damaged one."""
        if self.read_only:
            raise StoreError(f"{self.path}: the evidence database is read-only; nothing was changed "
                             "(make the file writable, or use a copy with --db)")  # fmt: skip
        if sound:
            self.verify()

    def backups(self) -> list[Path]:
        return backups_of(self.path)

    def close(self) -> None:
        if self._check is not None:
            self._check.stop()
        self.db.conn.close()

    def __enter__(self) -> EvidenceStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ import

    def import_file(
        self, path: str | Path, *, is_sample: bool = False, backup: bool = True
    ) -> ImportResult:
        """Import a CSV or JSON evidence file in one transaction; bad rows are reported, not fatal."""
        good, bad = read_rows(path)
        return self.import_rows(
            good, bad, is_sample=is_sample, backup=backup, source_file=Path(path).name
        )

    def import_rows(self, good: list[tuple[int, FactRow]], bad: list[RowError] | None = None, *,
                    is_sample: bool = False, backup: bool = True, source_file: str = "",
                    by: str = "") -> ImportResult:  # fmt: skip
        """Add new facts, update changed ones, in one transaction. What will change is decided
        from the rows before anything is written: an import that changes nothing takes no
        backup. Each fact it adds or changes gets an "imported" history entry."""
        bad = list(bad or [])
        rows = [r for _, r in good]
        if not rows:
            return ImportResult(0, 0, 0, tuple(bad), None)
        self.require_writable()
        prints = [(_fingerprint(r), name_key(r.entity)) for r in rows]
        backup_path = None
        conn = self.db.conn
        try:
            if backup and self.count_facts() > 0:
                with conn:  # a read transaction: one snapshot of the database
                    if not conn.in_transaction:
                        conn.execute("BEGIN")
                    plan = self._plan(rows, prints)
                if not plan.changes():
                    return self._result(plan, rows, bad, None)
                backup_path = self.backup()
            with conn:  # one transaction: all rows or none
                if not conn.in_transaction:
                    conn.execute("BEGIN IMMEDIATE")
                plan = self._plan(rows, prints)  # again, under the write lock
                if plan.changes():
                    self._apply(plan, is_sample, source_file, by)
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None
        return self._result(plan, rows, bad, backup_path)

    @staticmethod
    def _result(
        plan: _Plan, rows: list[FactRow], bad: list[RowError], backup: Path | None
    ) -> ImportResult:
        added, updated = len(plan.inserts), len(plan.updates) + len(plan.moves)
        return ImportResult(added, updated, len(rows) - added - updated, tuple(bad), backup)

    def _plan(self, rows: list[FactRow], prints: list[tuple[str, str]]) -> _Plan:
        plan = _Plan()
        ids = self._entity_ids()
        held = self._alias_norms() if any(r.aliases for r in rows) else set()
        merged = self._merged_entities()
        new_rows: list[tuple[str, str, FactRow]] = []
        for chunk in _chunks(list(zip(prints, rows, strict=True)), 2000):
            existing = self._existing([fp for (fp, _), _ in chunk])
            for (fp, key), r in chunk:
                self._plan_entity(plan, r, key, ids, held)
                old = existing.get(fp)
                if fp in plan.inserts:
                    plan.inserts[fp] = (
                        key,
                        r,
                    )  # the same fact twice in one file: the last one counts
                elif old is None:
                    plan.inserts[fp] = (key, r)
                    if merged:
                        new_rows.append((fp, key, r))
                elif old[1:] != (extra := ("|".join(r.keywords), r.url, r.notes)):
                    first = plan.updates.get(old[0], (old[1:], extra))[0]
                    plan.updates[old[0]] = (first, extra)
                    existing[fp] = (old[0], *extra)
        if new_rows:
            self._plan_moves(plan, new_rows, merged)
        return plan

    def _plan_entity(self, plan: _Plan, r: FactRow, key: str, ids: dict[str, int],
                     held: set[tuple[int, str]]) -> None:  # fmt: skip
        eid = ids.get(key)
        if eid is None and key not in plan.new_entities:
            plan.new_entities[key] = r.entity
            plan.aliases[(key, key)] = r.entity
        for a in r.aliases:
            norm = name_key(a)
            if norm and (eid is None or (eid, norm) not in held):
                plan.aliases.setdefault((key, norm), a)

    def _plan_moves(self, plan: _Plan, new_rows: list[tuple[str, str, FactRow]],
                    merged: dict[str, list[tuple[int, str]]]) -> None:  # fmt: skip
        """A new row whose fact the old key filed under another entity (see m004): move that fact."""
        wanted: dict[str, tuple[str, str, FactRow, int]] = {}
        for fp, key, r in new_rows:
            for eid, mkey in merged.get(old_name_key(r.entity), []):
                if mkey != key:
                    wanted[_fingerprint(r, mkey)] = (fp, key, r, eid)
        for chunk in _chunks(list(wanted), 500):
            sql = f"SELECT fingerprint, id, entity_id FROM facts WHERE fingerprint IN ({','.join('?' * len(chunk))})"
            for old_fp, fid, eid in self.db.execute(sql, chunk).fetchall():
                fp, key, r, merged_eid = wanted[old_fp]
                if eid == merged_eid and fp in plan.inserts:
                    del plan.inserts[fp]
                    plan.moves.append((fid, fp, key, r, old_fp))
                    plan.unmerged |= {(eid, name_key(a)) for a in (r.entity, *r.aliases)}

    def _apply(self, plan: _Plan, is_sample: bool, source_file: str, by: str) -> None:
        conn = self.db.conn
        now = _now()
        conn.executemany("INSERT INTO entities (name, created_at, updated_at) VALUES (?,?,?)",
                         [(name, now, now) for name in plan.new_entities.values()])  # fmt: skip
        ids = self._entity_ids()
        conn.executemany(
            "DELETE FROM aliases WHERE entity_id = ? AND norm = ? AND norm != ?",
            [(eid, norm, name_key(self._entity_name(eid))) for eid, norm in plan.unmerged],
        )
        conn.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias, norm) VALUES (?,?,?)",
                         [(ids[key], alias, norm) for (key, norm), alias in plan.aliases.items()])  # fmt: skip
        last_fact = conn.execute("SELECT coalesce(max(id), 0) FROM facts").fetchone()[0]
        conn.executemany(
            """INSERT INTO facts (entity_id, attribute, keywords, value, unit, qualifier,
               as_of, source, url, notes, is_sample, fingerprint, created_at, updated_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            [(ids[key], r.attribute, "|".join(r.keywords), r.value, r.unit, r.qualifier, r.as_of, r.source,
              r.url, r.notes, int(is_sample), fp, now, now) for fp, (key, r) in plan.inserts.items()],
        )  # fmt: skip
        conn.execute(
            f"""INSERT INTO fact_history (fact_id, action, old, new, at, by)
                SELECT f.id, ?, NULL, {_SNAPSHOT_SQL}, ?, ? FROM facts f JOIN entities e ON e.id = f.entity_id
                WHERE f.id > ? ORDER BY f.id""",
            [IMPORTED, source_file, now, by, last_fact],
        )
        conn.executemany("UPDATE facts SET keywords=?, url=?, notes=?, updated_at=? WHERE id=?",
                         [(*new, now, fid) for fid, (_, new) in plan.updates.items()])  # fmt: skip
        fields = ("keywords", "url", "notes")
        history = [(fid, json.dumps(dict(zip(fields, old, strict=True))),
                    json.dumps({**dict(zip(fields, new, strict=True)), "file": source_file}))
                   for fid, (old, new) in plan.updates.items()]  # fmt: skip
        moved = []
        for fid, fp, key, r, _old_fp in plan.moves:
            before = self._entity_name(
                conn.execute("SELECT entity_id FROM facts WHERE id = ?", [fid]).fetchone()[0]
            )
            moved.append((ids[key], fp, "|".join(r.keywords), r.url, r.notes, now, fid))
            history.append(
                (
                    fid,
                    json.dumps({"entity": before}),
                    json.dumps({"entity": r.entity, "file": source_file}),
                )
            )
        conn.executemany("UPDATE facts SET entity_id=?, fingerprint=?, keywords=?, url=?, notes=?, updated_at=? "
                         "WHERE id=?", moved)  # fmt: skip
        conn.executemany("INSERT INTO fact_history (fact_id, action, old, new, at, by) VALUES (?,?,?,?,?,?)",
                         [(fid, IMPORTED, old, new, now, by) for fid, old, new in history])  # fmt: skip

    def _entity_name(self, eid: int) -> str:
        row = self.db.execute("SELECT name FROM entities WHERE id = ?", [eid]).fetchone()
        return row[0] if row else ""

    def _entity_ids(self) -> dict[str, int]:
        return {
            name_key(n): i for i, n in self.db.execute("SELECT id, name FROM entities").fetchall()
        }

    def _alias_norms(self) -> set[tuple[int, str]]:
        return set(self.db.execute("SELECT entity_id, norm FROM aliases").fetchall())

    def _merged_entities(self) -> dict[str, list[tuple[int, str]]]:
        """Old key → entities that key may have merged other names into (see m004)."""
        out: dict[str, list[tuple[int, str]]] = {}
        sql = "SELECT o.old_key, e.id, e.name FROM entity_old_keys o JOIN entities e ON e.id = o.entity_id"
        for old, eid, name in self.db.execute(sql).fetchall():
            out.setdefault(old, []).append((eid, name_key(name)))
        return out

    def _ensure_entity(self, r: FactRow, ids: dict[str, int], now: str) -> int:
        """The entity of a row, made if new, with the row's aliases (used by single edits)."""
        key = name_key(r.entity)
        eid = ids.get(key)
        conn = self.db.conn
        if eid is None:
            cur = conn.execute(
                "INSERT INTO entities (name, created_at, updated_at) VALUES (?,?,?)",
                (r.entity, now, now),
            )
            eid = int(cur.lastrowid or 0)
            ids[key] = eid
            conn.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, norm) VALUES (?,?,?)",
                         (eid, r.entity, key))  # fmt: skip
        if r.aliases:
            conn.executemany(
                "INSERT OR IGNORE INTO aliases (entity_id, alias, norm) VALUES (?,?,?)",
                [(eid, a, name_key(a)) for a in r.aliases if name_key(a)],
            )
        return eid

    def _existing(self, prints: list[str]) -> dict[str, tuple[int, str, str, str]]:
        marks = ",".join("?" * len(prints))
        sql = f"SELECT fingerprint, id, keywords, url, notes FROM facts WHERE fingerprint IN ({marks})"
        return {fp: (i, k, u, n) for fp, i, k, u, n in self.db.execute(sql, prints).fetchall()}

    def backup(self) -> Path:
        """Copy the database to backups/ beside it (kept: the last few) before a bulk change."""
        folder = backup_folder(self.path)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{self.path.stem}-{stamp}.db"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            dest = sqlite3.connect(str(target))
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                f"{folder}: cannot write a backup there ({getattr(exc, 'strerror', None) or exc})"
            ) from None
        try:
            self.db.conn.backup(dest)
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None
        finally:
            dest.close()
        old = sorted(folder.glob(f"{self.path.stem}-*.db"))
        for extra in old[:-BACKUPS_KEPT]:
            extra.unlink(missing_ok=True)
        return target

    # ------------------------------------------------------------------ house dictionary

    def add_words(self, words: Iterable[str], added_by: str = "", note: str = "") -> int:
        """Add words the newsroom accepts; returns how many were new."""
        clean = sorted({w.strip() for w in words if w.strip()})
        bad = [w for w in clean if not re.fullmatch(r"[^\s]{1,64}", w)]
        if bad:
            raise InputError(f"not a single word: {bad[0]!r}")
        self.require_writable()
        now = _now()
        try:
            with self.db.conn:
                before = self.db.conn.total_changes
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO house_words (word, added_by, added_at, note) VALUES (?,?,?,?)",
                    [(w, added_by, now, note) for w in clean],
                )
                return self.db.conn.total_changes - before
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None

    def remove_words(self, words: Iterable[str]) -> int:
        self.require_writable()
        try:
            with self.db.conn:
                before = self.db.conn.total_changes
                self.db.conn.executemany(
                    "DELETE FROM house_words WHERE word = ?", [(w.strip(),) for w in words]
                )
                return self.db.conn.total_changes - before
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None

    def house_words(self) -> list[tuple[str, str, str, str]]:
        """(word, added_by, added_at, note), alphabetical."""
        return [
            tuple(r)
            for r in self._query(  # type: ignore[misc]
                "SELECT word, added_by, added_at, note FROM house_words ORDER BY word COLLATE NOCASE"
            )
        ]

    # ------------------------------------------------------------------ reading

    def count_facts(self) -> int:
        try:
            return int(self.db.execute("SELECT count(*) FROM facts").fetchone()[0])
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None

    def all_rows(self) -> list[FactRow]:
        """Every fact as an evidence row, for export."""
        sql = """SELECT f.id, e.id, e.name, f.attribute, f.keywords, f.value, f.unit, f.qualifier,
                 f.as_of, f.source, f.url, f.notes FROM facts f JOIN entities e ON e.id = f.entity_id
                 ORDER BY e.name COLLATE NOCASE, f.attribute, f.as_of, f.id"""
        aliases = self.aliases_by_entity()
        out = []
        for _fid, eid, name, attr, kw, value, unit, qual, as_of, source, url, notes in self._query(
            sql
        ):
            out.append(FactRow(name, tuple(a for a in aliases.get(eid, ()) if a.lower() != name.lower()),
                               attr, tuple(k for k in kw.split("|") if k), value, unit, qual, as_of,
                               source, url, notes))  # fmt: skip
        return out

    def aliases_by_entity(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for eid, alias in self._query("SELECT entity_id, alias FROM aliases ORDER BY id"):
            out.setdefault(eid, []).append(alias)
        return out

    def entities_by_keys(
        self, keys: Iterable[str], lowercase_only: bool = False
    ) -> dict[str, list[tuple[int, str]]]:
        """Entities whose normalised name or alias equals one of `keys`; with `lowercase_only`,
        only aliases of two words or more written in lower case ("three-year yield")."""
        keys = sorted({k for k in keys if k})
        out: dict[str, list[tuple[int, str]]] = {}
        lower = (
            " AND instr(a.norm, ' ') > 0 AND substr(a.alias, 1, 1) <> upper(substr(a.alias, 1, 1))"
            if lowercase_only
            else ""
        )
        for chunk in _chunks(keys, 500):
            marks = ",".join("?" * len(chunk))
            sql = f"""SELECT a.norm, e.id, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id
                      WHERE a.norm IN ({marks}){lower}"""
            for norm, eid, name in self._query(sql, chunk):
                out.setdefault(norm, []).append((eid, name))
        return out

    def unspaced_aliases(self) -> dict[str, list[tuple[int, str]]]:
        """Names in scripts written without spaces (Chinese, Japanese, Korean, Thai…), as
        compact keys ('トヨタ自動車'): an article names them inside a longer run of text."""
        sql = f"""SELECT a.norm, e.id, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id
                  WHERE a.{_UNSPACED_SQL}"""  # the partial index aliases_unspaced (m005)
        out: dict[str, list[tuple[int, str]]] = {}
        for norm, eid, name in self._query(sql):
            compact = norm.replace(" ", "")
            if (
                len(compact) >= 2
                and is_unspaced(compact)
                and (eid, name) not in out.get(compact, [])
            ):
                out.setdefault(compact, []).append((eid, name))
        return out

    def search_entities(self, words: Iterable[str], limit: int = 50) -> list[tuple[int, str, str]]:
        """Entities whose aliases share words with `words` (FTS5): (entity id, name, alias), best
        first, exactly as `aliases_fts MATCH '"w1" OR "w2" …' ORDER BY rank LIMIT ?` gives them.

        bm25 of an OR query is the sum of each term's own score, so each term's scores are read
        once and kept until the database changes (_term_ranks): the sentences of an article, and
        the articles of a session, share their common words ("Inc", "Bank", "Energy"), whose
        thousands of aliases were ranked again for every sentence."""
        terms = sorted({w for w in words if re.fullmatch(r"[^\W_]{2,}", w)})
        if not terms or limit <= 0:
            return []
        try:
            if len(terms) == 1:
                rowids, ranks = self._term_ranks(terms[0])
                ranked = zip(ranks, rowids, strict=True)
            else:
                scores: dict[int, float] = {}
                for term in terms:  # summed in the query's order, as FTS5 sums its phrases
                    rowids, ranks = self._term_ranks(term)
                    get = scores.get
                    for rowid, rank in zip(rowids, ranks, strict=True):
                        scores[rowid] = get(rowid, 0.0) + rank
                ranked = zip(scores.values(), scores.keys(), strict=True)
            # FTS5's order: best (lowest) rank first, ties by rowid
            best = [rowid for _, rowid in heapq.nsmallest(limit, ranked)]
            found = self._aliases_by_rowid(best)
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None
        if len(found) < len(best):  # an index row without its alias: let SQL skip it as it ranks
            return self._search_entities_sql(terms, limit)
        return [found[rowid] for rowid in best]

    def _search_entities_sql(self, terms: list[str], limit: int) -> list[tuple[int, str, str]]:
        """search_entities in one query (ranks every alias that matches any term)."""
        query = " OR ".join(f'"{t}"' for t in terms)
        sql = """SELECT e.id, e.name, a.alias FROM aliases_fts JOIN aliases a ON a.rowid = aliases_fts.rowid
                 JOIN entities e ON e.id = a.entity_id WHERE aliases_fts MATCH ? ORDER BY rank LIMIT ?"""
        return [(eid, name, alias) for eid, name, alias in self._query(sql, [query, limit])]

    def _term_ranks(self, term: str) -> tuple[array[int], array[float]]:
        """Alias rowids and bm25 ranks of every alias holding `term`, kept while the database is
        unchanged: by this connection (total_changes) or by any other (PRAGMA data_version).
        Kept in arrays, not tuples: no objects for the garbage collector to walk."""
        conn = self.db.conn
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        cache = self._ranks
        if cache.version != version or cache.rows > _RANK_CACHE_ROWS:
            cache.clear(version)
        ranks = cache.by_term.get(term)
        if ranks is None:
            rows = conn.execute(
                "SELECT rowid, rank FROM aliases_fts WHERE aliases_fts MATCH ?", [f'"{term}"']
            ).fetchall()
            rowids, scores = zip(*rows, strict=True) if rows else ((), ())
            ranks = array("q", rowids), array("d", scores)
            cache.by_term[term] = ranks
            cache.rows += len(rows)
        return ranks

    def _aliases_by_rowid(self, rowids: list[int]) -> dict[int, tuple[int, str, str]]:
        out: dict[int, tuple[int, str, str]] = {}
        for chunk in _chunks(rowids, 500):
            sql = f"""SELECT a.rowid, e.id, e.name, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id
                      WHERE a.rowid IN ({",".join("?" * len(chunk))})"""
            for rowid, eid, name, alias in self.db.execute(sql, chunk):
                out[rowid] = (eid, name, alias)
        return out

    def facts_for(
        self, entity_ids: Iterable[int], units: Iterable[str] | None = None
    ) -> list[Fact]:
        ids = sorted(set(entity_ids))
        if not ids:
            return []
        params: list[object] = list(ids)
        sql = f"""SELECT f.id, f.entity_id, e.name, f.attribute, f.keywords, f.value, f.unit, f.qualifier,
                  f.as_of, f.source, f.url, f.notes, f.is_sample FROM facts f
                  JOIN entities e ON e.id = f.entity_id WHERE f.entity_id IN ({",".join("?" * len(ids))})"""
        if units is not None:
            unit_list = sorted(set(units))
            sql += f" AND f.unit COLLATE NOCASE IN ({','.join('?' * len(unit_list))})"
            params += unit_list
        return [
            Fact(fid, eid, name, attr, tuple(k for k in kw.split("|") if k), value, unit, qual, as_of,
                 source, url, notes, bool(sample))
            for (fid, eid, name, attr, kw, value, unit, qual, as_of, source, url, notes, sample)
            in self._query(sql, params)
        ]  # fmt: skip

    def _query(self, sql: str, params: Iterable[object] = ()) -> list[tuple]:  # type: ignore[type-arg]
        try:
            return self.db.execute(sql, list(params)).fetchall()
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None


@dataclass
class _RankCache:
    """Per-term FTS5 ranks of aliases (see EvidenceStore._term_ranks)."""

    version: tuple[int, int] = (-1, -1)
    by_term: dict[str, tuple[array[int], array[float]]] = field(default_factory=dict)
    rows: int = 0

    def clear(self, version: tuple[int, int]) -> None:
        self.version, self.by_term, self.rows = version, {}, 0


def _chunks(items: list, size: int):  # type: ignore[no-untyped-def,type-arg]
    for i in range(0, len(items), size):
        yield items[i : i + size]


def resources_dir() -> Path:
    """The bundled resources: the repository's resources/ folder, or a packaged copy."""
    package = Path(__file__).resolve().parents[2]  # factcheck_gui/
    for candidate in (package.parent / "resources", package / "_resources"):
        if candidate.is_dir():
            return candidate
    raise InputError("the bundled resources folder is missing; reinstall factcheck-gui")


def seed_path() -> Path:
    return resources_dir() / "seed" / "evidence.csv"


def open_store(path: str | Path | None) -> EvidenceStore:
    """Open the given database, or the user's default one (created and seeded on first use)."""
    if path is None:
        return EvidenceStore(default_db_path(), seed=seed_path())
    return EvidenceStore(path)
