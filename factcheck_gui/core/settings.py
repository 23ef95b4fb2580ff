"""The user's check settings: a TOML file of disabled rules, merged with command-line choices."""

from __future__ import annotations

import tomllib
from pathlib import Path

from .errors import InputError
from .pipeline import CheckConfig
from .proof import RULES

APP_NAME = "factcheck-gui"


def default_config_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def known_rule_names() -> set[str]:
    return {r.id for r in RULES} | {r.family for r in RULES}


def validate_rules(names: list[str], where: str) -> frozenset[str]:
    known = known_rule_names()
    unknown = [n for n in names if n not in known]
    if unknown:
        families = ", ".join(sorted({r.family for r in RULES}))
        raise InputError(
            f"{where}: unknown rule {unknown[0]!r} (families: {families}; 'factcheck rules' lists all)"
        )
    return frozenset(names)


def load_check_config(
    path: str | Path | None = None, disable: list[str] | None = None
) -> CheckConfig:
    """Read `path` (or the default config file, when it exists) and add rules disabled on the
    command line. The file looks like:

        [checks]
        disable = ["spelling.unknown", "format"]
    """
    disabled: set[str] = set()
    file = Path(path) if path else default_config_path()
    if path and not file.exists():
        raise InputError(f"{file}: no such config file")
    if file.exists():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{file}: not a valid TOML config ({exc})") from None
        checks = data.get("checks", {})
        names = checks.get("disable", []) if isinstance(checks, dict) else []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise InputError(f"{file}: [checks] disable must be a list of rule names")
        disabled |= validate_rules(names, str(file))
    cli = [n.strip() for item in (disable or []) for n in item.split(",") if n.strip()]
    disabled |= validate_rules(cli, "--disable")
    return CheckConfig(disabled_rules=frozenset(disabled))
