"""The `factcheck` command: check articles, import and export evidence. Thin over the core."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from . import __version__
from .core.errors import FactcheckError, InputError

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(FactcheckError):
    """Bad command-line usage."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container
        return ""


SQLITE_MAX_INT = 2**63 - 1


def _whole_number(low: int, high: int):  # type: ignore[no-untyped-def]
    """An argparse type: a whole number from `low` to `high` (SQLite's integers end at 2**63 - 1)."""

    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= n <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range (give {low} to {high:,})")
        return n

    return parse


FACT_ID = _whole_number(1, SQLITE_MAX_INT)
SEARCH_LIMIT = _whole_number(1, 1_000_000)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="factcheck",
        description="Check the figures in financial news against sourced evidence.",
    )
    p.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("check", help="check one or more articles (.txt, .md, .html, .docx)")
    c.add_argument("articles", nargs="+", metavar="ARTICLE")
    c.add_argument("--db", help="evidence database (default: your own, in the app's data folder)")
    c.add_argument("--format", choices=["text", "json"], default="text")
    c.add_argument(
        "-o", "--output", metavar="OUT", help="write the report here instead of standard output"
    )
    c.add_argument("--pdf", metavar="OUT.pdf", help="write an annotated PDF of the article")
    c.add_argument(
        "--disable",
        action="append",
        metavar="RULE",
        default=[],
        help="switch off a proofreading rule or family (repeat, or separate with commas)",
    )
    c.add_argument(
        "--config",
        metavar="FILE",
        help="settings file (default: config.toml in the app's config folder)",
    )
    c.add_argument("--no-proofread", action="store_true", help="check figures only")

    db = sub.add_parser("db", help="import or export evidence")
    dbsub = db.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    imp = dbsub.add_parser("import", help="import facts from a CSV or JSON file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--db")
    exp = dbsub.add_parser("export", help="export every fact as CSV or JSON")
    exp.add_argument("--db")
    exp.add_argument("--format", choices=["csv", "json"], default="csv")
    exp.add_argument("-o", "--output", metavar="OUT")
    for verb, helptext in (("add", "add a fact"), ("edit", "change fields of a fact")):
        e = dbsub.add_parser(verb, help=helptext)
        if verb == "edit":
            e.add_argument("id", type=FACT_ID, metavar="ID")
        from .core.evidence.formats import COLUMNS  # light: no spaCy, no SQL

        for field in COLUMNS:
            e.add_argument(f"--{field.replace('_', '-')}", dest=field, required=verb == "add" and field in ("entity", "attribute", "value"),
                           help="1.2bn, $1 billion, 12.5%% or a plain number" if field == "value" else None)  # fmt: skip
        e.add_argument("--by", default=_user_name(), help="who makes the change (for the history)")
        e.add_argument("--db")
    de = dbsub.add_parser("delete", help="delete a fact (it can be restored)")
    de.add_argument("id", type=FACT_ID, metavar="ID")
    de.add_argument("--by", default=_user_name())
    de.add_argument("--db")
    rs = dbsub.add_parser(
        "restore", help="restore a deleted fact (--fact ID) or a backup (BACKUP.db)"
    )
    rs.add_argument("backup", nargs="?", metavar="BACKUP.db")
    rs.add_argument("--fact", type=FACT_ID, metavar="ID")
    rs.add_argument("--by", default=_user_name())
    rs.add_argument("--db")
    se = dbsub.add_parser(
        "search",
        help="search facts (full text on entity, aliases, attribute, keywords; fuzzy on names)",
    )
    se.add_argument("query")
    se.add_argument(
        "--limit", type=SEARCH_LIMIT, default=50, help="at most this many facts (1 to 1,000,000)"
    )
    se.add_argument("--format", choices=["text", "json"], default="text")
    se.add_argument("--db")
    hi = dbsub.add_parser("history", help="every change to a fact")
    hi.add_argument("id", type=FACT_ID, metavar="ID")
    hi.add_argument("--db")
    bk = dbsub.add_parser("backup", help="copy the database to its backups folder (or --to PATH)")
    bk.add_argument("--to", metavar="PATH", help="a file, or a folder to write the backup into")
    bk.add_argument("--db")

    d = sub.add_parser("dict", help="the house dictionary: words the newsroom accepts")
    dsub = d.add_subparsers(dest="dict_command", required=True, parser_class=_Parser)
    da = dsub.add_parser("add", help="add words")
    da.add_argument("words", nargs="+", metavar="WORD")
    da.add_argument("--by", default=_user_name(), help="who adds them (default: your user name)")
    da.add_argument("--note", default="")
    da.add_argument("--db")
    dr = dsub.add_parser("remove", help="remove words")
    dr.add_argument("words", nargs="+", metavar="WORD")
    dr.add_argument("--db")
    dl = dsub.add_parser("list", help="list the words")
    dl.add_argument("--db")

    sub.add_parser("rules", help="list the proofreading rules")

    g = sub.add_parser("gui", help="open the desktop window")
    g.add_argument("article", nargs="?")
    g.add_argument("--db")
    g.add_argument("--screenshot", metavar="OUT.png")
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "db":
            handler = {"import": cmd_import, "export": cmd_export}.get(args.db_command, cmd_db_edit)
            return handler(args)
        if args.command == "dict":
            return cmd_dict(args)
        if args.command == "rules":
            return cmd_rules()
        return cmd_gui(args)
    except FactcheckError as exc:
        _err(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the user gets one line; FACTCHECK_DEBUG=1 shows the traceback
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        _err(
            f"internal error: {type(exc).__name__}: {exc} (run with FACTCHECK_DEBUG=1 for details)"
        )
        return EXIT_INTERNAL


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


def _err(message: str) -> None:
    print(f"factcheck: {message}", file=sys.stderr)


def _open_store(db: str | None):  # type: ignore[no-untyped-def]
    from .core.evidence.store import open_store

    store = open_store(db)
    if store.notice:  # read-only, or an upgrade not written
        _err(f"note: {store.notice}")
    return store


def cmd_check(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from .core.pipeline import check_article
    from .core.report import error_json, report_json, report_text
    from .core.settings import load_check_config
    from .core.text.articles import load_article

    if args.pdf and len(args.articles) != 1:
        raise UsageError("--pdf writes the annotated PDF of a single ARTICLE")
    config = load_check_config(args.config, args.disable)
    if args.no_proofread:
        config = replace(config, proofread=False)
    store = _open_store(args.db)
    outputs: list[str] = []
    failed = 0
    several = len(args.articles) > 1
    try:
        for path in args.articles:
            try:
                report = check_article(load_article(path), store, config)
            except InputError as exc:
                failed += 1
                _err(str(exc))
                if args.format == "json":
                    outputs.append(json.dumps(error_json(path, str(exc)), ensure_ascii=False))
                    if not args.output:
                        _emit(outputs.pop(), args.format)
                continue
            if report.notice:
                _err(f"note: {report.notice}")
            if args.pdf:
                from .export.pdf import PdfOptions, export_pdf

                try:
                    export_pdf(
                        report,
                        args.pdf,
                        PdfOptions(reviewer=_user_name(), database=str(args.db or "default")),
                    )
                except OSError as exc:
                    raise InputError(f"{args.pdf}: cannot write ({exc.strerror or exc})") from None
            if args.format == "json":
                data = report_json(report)
                outputs.append(json.dumps(data, ensure_ascii=False, indent=None if several else 1))
            else:
                outputs.append(report_text(report))
            if not args.output:
                _emit(outputs.pop(), args.format)
    finally:
        store.close()
    if args.output:
        _write_atomic(
            Path(args.output), "".join(o if o.endswith("\n") else o + "\n" for o in outputs)
        )
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _emit(text: str, fmt: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()


def _write_atomic(path: Path, text: str) -> None:
    """Write a file so that a crash never leaves half of it behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def cmd_import(args: argparse.Namespace) -> int:
    from .core.evidence.formats import read_rows

    good, bad = read_rows(args.file)  # read and validate before the database is touched
    with _open_store(args.db) as store:
        result = store.import_rows(good, bad, source_file=Path(args.file).name)
    print(
        f"{args.file}: {result.added} facts added, {result.updated} updated, "
        f"{result.unchanged} already present; {len(result.errors)} rows skipped"
        + (f" (backup: {result.backup})" if result.backup else "")
    )
    for e in result.errors:
        _err(f"{args.file}: {e}")
    return EXIT_BAD_INPUT if result.errors else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .core.evidence.formats import rows_to_csv, rows_to_json

    with _open_store(args.db) as store:
        rows = store.all_rows()
    text = rows_to_csv(rows) if args.format == "csv" else rows_to_json(rows)
    if args.output:
        _write_atomic(Path(args.output), text)
        print(f"{args.output}: {len(rows)} facts exported", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _fact_line(f) -> str:  # type: ignore[no-untyped-def]
    from .core.verdicts.matching import describe

    shown = describe(
        f.value, f.unit, f.qualifier, "date" if f.unit == "year" and 1000 <= f.value <= 2200 else ""
    )
    return f"#{f.id}\t{f.entity}\t{f.attribute}\t{shown}\t{f.as_of}\t{f.source}"


def cmd_db_edit(args: argparse.Namespace) -> int:
    from .core.evidence import edit as ed

    if args.db_command == "restore" and args.backup and args.fact is None:
        from .core.evidence.store import EvidenceStore, default_db_path

        db = Path(args.db) if args.db else default_db_path()
        try:
            store = EvidenceStore(db)
        except FactcheckError:
            ed.force_restore(
                db, Path(args.backup)
            )  # too damaged to open: put the backup in its place
            print(f"{db}: restored from {args.backup} (the damaged file was kept as {db}.damaged)")
            return EXIT_OK
        with store:
            saved = ed.restore_backup(store, Path(args.backup))
        print(f"{db}: restored from {args.backup} (the previous content was saved as {saved})")
        return EXIT_OK
    with _open_store(args.db) as store:
        cmd = args.db_command
        if cmd == "add":
            values = {k: getattr(args, k) or "" for k in ed.FIELDS}
            try:
                fid = ed.add_fact(store, ed.row_for(values), by=args.by)
            except ValueError as exc:
                raise InputError(str(exc)) from None
            print(f"added fact #{fid}")
        elif cmd == "edit":
            changes = {k: getattr(args, k) for k in ed.FIELDS if getattr(args, k) is not None}
            if not changes:
                raise UsageError("db edit: give at least one field to change, e.g. --value 1.3bn")
            ed.edit_fact(
                store, args.id, changes, by=args.by
            )  # only these fields, read and written at once
            print(f"changed fact #{args.id}")
        elif cmd == "delete":
            ed.delete_fact(store, args.id, by=args.by)
            print(
                f"deleted fact #{args.id} (restore it with: factcheck db restore --fact {args.id})"
            )
        elif cmd == "restore":
            if args.fact is None:
                raise UsageError("db restore: give a BACKUP.db file or --fact ID")
            ed.restore_fact(store, args.fact, by=args.by)
            print(f"restored fact #{args.fact}")
        elif cmd == "search":
            facts = ed.search(store, args.query, args.limit)
            if args.format == "json":
                print(json.dumps([ed.as_dict(f) for f in facts], ensure_ascii=False, indent=1))
            else:
                for f in facts:
                    print(_fact_line(f))
        elif cmd == "history":
            entries = ed.history(store, args.id)
            if not entries:
                raise InputError(f"no history for fact #{args.id}")
            for h in entries:
                changed = ""
                if h["old"] and h["new"]:
                    changed = "; ".join(
                        f"{k}: {h['old'][k]!r} → {h['new'][k]!r}"
                        for k in h["new"]
                        if h["old"].get(k) != h["new"][k]
                    )
                print(f"{h['at']}\t{h['action']}\t{h['by'] or '-'}\t{changed}".rstrip())
        elif cmd == "backup":
            print(f"backup written to {_backup(store, Path(args.to) if args.to else None)}")
    return EXIT_OK


def _backup(store, to: Path | None) -> Path:  # type: ignore[no-untyped-def]
    """A backup in the database's backups folder, copied to `to` (a file, or a folder to write into)."""
    import shutil
    import sqlite3

    if to is not None and not to.is_dir() and not to.parent.is_dir():
        raise InputError(f"{to}: the folder {to.parent} does not exist")
    try:
        saved = store.backup()
    except (OSError, sqlite3.Error) as exc:
        raise InputError(f"{store.path}: cannot write a backup beside it ({exc})") from None
    if to is None:
        return saved
    target = to / saved.name if to.is_dir() else to
    try:
        shutil.copyfile(saved, target)
    except OSError as exc:
        raise InputError(f"{target}: cannot write the backup ({exc.strerror or exc})") from None
    return target


def cmd_dict(args: argparse.Namespace) -> int:
    with _open_store(args.db) as store:
        if args.dict_command == "add":
            n = store.add_words(args.words, added_by=args.by, note=args.note)
            print(
                f"{n} words added to the house dictionary ({len(args.words) - n} were there already)"
            )
        elif args.dict_command == "remove":
            n = store.remove_words(args.words)
            print(f"{n} words removed from the house dictionary")
            if n < len(args.words):
                _err(f"{len(args.words) - n} of the words were not in the house dictionary")
        else:
            for word, by, at, note in store.house_words():
                print("\t".join([word, by, at, note]).rstrip())
    return EXIT_OK


def cmd_rules() -> int:
    from .core.proof import RULES

    for r in RULES:
        print(f"{r.id:32} {r.kind:12} {r.message.format_map(_Blank())}")
    return EXIT_OK


class _Blank(dict):  # type: ignore[type-arg]
    """Formats a rule's message template with its placeholders left as '…'."""

    def __missing__(self, key: str) -> str:
        return "…"


def cmd_gui(args: argparse.Namespace) -> int:
    if args.article and not Path(args.article).exists():
        raise InputError(f"{args.article}: no such file")
    try:
        from .gui.app import run
    except ImportError as exc:
        raise UsageError(f"the window needs PySide6 ({exc}); run 'make setup'") from None
    return run(args.article, args.db, args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
