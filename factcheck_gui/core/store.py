"""The evidence database: entities with aliases, sourced facts, FTS5, migrations. All SQL lives here."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .errors import InputError, StoreError
from .evidence_io import FactRow, RowError, read_rows
from .textnorm import normalize

APP_NAME = "factcheck-gui"
BACKUPS_KEPT = 5
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
_CORPORATE = {"inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "co", "sa", "ag",
              "nv", "se", "the", "incorporated", "s", "lp"}  # fmt: skip

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


SCHEMA_VERSION = 3  # the number of migrations above; recorded as PRAGMA user_version


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
    updated: int
    unchanged: int
    errors: tuple[RowError, ...]
    backup: Path | None = None


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Normalised form of a name for alias lookup: 'Amazon.com, Inc.' → 'amazon com'."""
    s = normalize(name).lower()
    s = re.sub(r"'s\b", "", s)
    words = re.findall(r"[a-z0-9&]+", s)
    kept = [w for w in words if w not in _CORPORATE]
    return " ".join(kept or words)


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


def _fingerprint(r: FactRow) -> str:
    key = "\x1f".join([name_key(r.entity), r.attribute.lower(), repr(float(r.value)), r.unit.lower(),
                       r.qualifier, r.as_of, r.source.strip().lower()])  # fmt: skip
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def _friendly(exc: sqlite3.Error, path: Path) -> StoreError:
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        return StoreError(f"{path}: the evidence database is locked by another program; close it and try again")
    if "not a database" in msg or "malformed" in msg or "disk image" in msg:
        return StoreError(f"{path}: not an evidence database, or it is damaged ({msg})")
    if "readonly" in msg or "read-only" in msg:
        return StoreError(f"{path}: the evidence database is read-only")
    if "unable to open" in msg:
        return StoreError(f"{path}: cannot open the evidence database ({msg})")
    return StoreError(f"{path}: database error ({msg})")


class EvidenceStore:
    """A connection to one evidence database. Not shared between threads."""

    def __init__(self, path: str | Path, *, seed: Path | None = None, timeout: float = 3.0) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file")
        fresh = not self.path.exists() or self.path.stat().st_size == 0
        if fresh:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot create the folder ({exc.strerror})") from None
        try:
            conn = sqlite3.connect(str(self.path), timeout=timeout)
            self.db = sqlite_utils.Database(conn)
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                self.db.execute("PRAGMA journal_mode = WAL")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: made by a newer version of factcheck-gui (schema {version}); update the app"
                )
            if not fresh and version == 0 and self._foreign_tables():
                raise StoreError(f"{self.path}: not an evidence database (it holds other tables)")
            if not fresh and version > 0:
                self._check_integrity()
            if version < SCHEMA_VERSION:
                if not fresh and version > 0:
                    self.backup()  # before the schema changes
                migrations.apply(self.db)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None
        if fresh and seed is not None and seed.exists():
            self.import_file(seed, is_sample=True, backup=False)

    def _check_integrity(self) -> None:
        """PRAGMA quick_check reads every page: on a big database (1,000,000 facts is ~300 MB)
        that costs a second, so there it checks the first pages of each table instead."""
        big = self.path.stat().st_size > QUICK_CHECK_MAX_BYTES
        if big:
            for table in ("entities", "aliases", "facts"):
                self.db.execute(f"SELECT * FROM {table} LIMIT 1000").fetchall()
            result = "ok"
        else:
            result = self.db.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            backups = self.backups()
            hint = f"; the latest backup is {backups[-1]} (factcheck db restore {backups[-1]})" if backups else ""
            raise StoreError(f"{self.path}: the evidence database is damaged ({result}){hint}")

    def backups(self) -> list[Path]:
        return backups_of(self.path)

    def _foreign_tables(self) -> bool:
        names = set(self.db.table_names())
        return bool(names) and "facts" not in names

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> EvidenceStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ import

    def import_file(self, path: str | Path, *, is_sample: bool = False, backup: bool = True) -> ImportResult:
        """Import a CSV or JSON evidence file in one transaction; bad rows are reported, not fatal."""
        good, bad = read_rows(path)
        return self.import_rows(good, bad, is_sample=is_sample, backup=backup)

    def import_rows(self, good: list[tuple[int, FactRow]], bad: list[RowError] | None = None, *,
                    is_sample: bool = False, backup: bool = True) -> ImportResult:  # fmt: skip
        bad = list(bad or [])
        backup_path = self.backup() if backup and good and self.count_facts() > 0 else None
        now = _now()
        added = updated = unchanged = 0
        conn = self.db.conn
        try:
            with conn:  # one transaction: all rows or none
                if not conn.in_transaction:
                    conn.execute("BEGIN IMMEDIATE")
                entity_ids = self._entity_ids()
                for chunk in _chunks(good, 2000):
                    prints = {_fingerprint(r): (line, r) for line, r in chunk}
                    existing = self._existing(list(prints))
                    rows = []
                    for fp, (_line, r) in prints.items():
                        eid = self._ensure_entity(r, entity_ids, now)
                        old = existing.get(fp)
                        new_extra = ("|".join(r.keywords), r.url, r.notes)
                        if old is None:
                            rows.append((eid, r.attribute, "|".join(r.keywords), r.value, r.unit,
                                         r.qualifier, r.as_of, r.source, r.url, r.notes,
                                         int(is_sample), fp, now, now))  # fmt: skip
                            added += 1
                        elif old != new_extra:
                            conn.execute(
                                "UPDATE facts SET keywords=?, url=?, notes=?, updated_at=? WHERE fingerprint=?",
                                (*new_extra, now, fp),
                            )
                            updated += 1
                        else:
                            unchanged += 1
                    conn.executemany(
                        """INSERT INTO facts (entity_id, attribute, keywords, value, unit, qualifier,
                           as_of, source, url, notes, is_sample, fingerprint, created_at, updated_at)
                           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                        rows,
                    )
                    unchanged += len(chunk) - len(prints)  # the same row twice in one file
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None
        return ImportResult(added, updated, unchanged, tuple(bad), backup_path)

    def _entity_ids(self) -> dict[str, int]:
        return {name_key(n): i for i, n in self.db.execute("SELECT id, name FROM entities").fetchall()}

    def _ensure_entity(self, r: FactRow, ids: dict[str, int], now: str) -> int:
        key = name_key(r.entity)
        eid = ids.get(key)
        conn = self.db.conn
        if eid is None:
            cur = conn.execute(
                "INSERT INTO entities (name, created_at, updated_at) VALUES (?,?,?)", (r.entity, now, now)
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

    def _existing(self, prints: list[str]) -> dict[str, tuple[str, str, str]]:
        marks = ",".join("?" * len(prints))
        sql = f"SELECT fingerprint, keywords, url, notes FROM facts WHERE fingerprint IN ({marks})"
        return {fp: (k, u, n) for fp, k, u, n in self.db.execute(sql, prints).fetchall()}

    def backup(self) -> Path:
        """Copy the database to backups/ beside it (kept: the last few) before a bulk change."""
        folder = backup_folder(self.path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{self.path.stem}-{stamp}.db"
        dest = sqlite3.connect(str(target))
        try:
            self.db.conn.backup(dest)
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
        try:
            with self.db.conn:
                before = self.db.conn.total_changes
                self.db.conn.executemany("DELETE FROM house_words WHERE word = ?", [(w.strip(),) for w in words])
                return self.db.conn.total_changes - before
        except sqlite3.Error as exc:
            raise _friendly(exc, self.path) from None

    def house_words(self) -> list[tuple[str, str, str, str]]:
        """(word, added_by, added_at, note), alphabetical."""
        return [tuple(r) for r in self._query(  # type: ignore[misc]
            "SELECT word, added_by, added_at, note FROM house_words ORDER BY word COLLATE NOCASE")]

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
        for (_fid, eid, name, attr, kw, value, unit, qual, as_of, source, url, notes) in self._query(sql):
            out.append(FactRow(name, tuple(a for a in aliases.get(eid, ()) if a.lower() != name.lower()),
                               attr, tuple(k for k in kw.split("|") if k), value, unit, qual, as_of,
                               source, url, notes))  # fmt: skip
        return out

    def aliases_by_entity(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for eid, alias in self._query("SELECT entity_id, alias FROM aliases ORDER BY id"):
            out.setdefault(eid, []).append(alias)
        return out

    def entities_by_keys(self, keys: Iterable[str]) -> dict[str, list[tuple[int, str]]]:
        """Entities whose normalised name or alias equals one of `keys`."""
        keys = sorted({k for k in keys if k})
        out: dict[str, list[tuple[int, str]]] = {}
        for chunk in _chunks(keys, 500):
            marks = ",".join("?" * len(chunk))
            sql = f"""SELECT a.norm, e.id, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id
                      WHERE a.norm IN ({marks})"""
            for norm, eid, name in self._query(sql, chunk):
                out.setdefault(norm, []).append((eid, name))
        return out

    def search_entities(self, words: Iterable[str], limit: int = 50) -> list[tuple[int, str, str]]:
        """Entities whose aliases share words with `words` (FTS5): (entity id, name, alias)."""
        terms = sorted({w for w in words if re.fullmatch(r"[A-Za-z0-9]{2,}", w)})
        if not terms:
            return []
        query = " OR ".join(f'"{t}"' for t in terms)
        sql = """SELECT e.id, e.name, a.alias FROM aliases_fts JOIN aliases a ON a.rowid = aliases_fts.rowid
                 JOIN entities e ON e.id = a.entity_id WHERE aliases_fts MATCH ? ORDER BY rank LIMIT ?"""
        return [(eid, name, alias) for eid, name, alias in self._query(sql, [query, limit])]

    def facts_for(self, entity_ids: Iterable[int], units: Iterable[str] | None = None) -> list[Fact]:
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


def _chunks(items: list, size: int):  # type: ignore[no-untyped-def,type-arg]
    for i in range(0, len(items), size):
        yield items[i : i + size]


def resources_dir() -> Path:
    """The bundled resources: the repository's resources/ folder, or a packaged copy."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "resources", here.parents[1] / "_resources"):
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
