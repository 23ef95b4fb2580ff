"""Build `currency_data.py` (every ISO 4217 currency with its English names and symbols) from
the Unicode CLDR, through Babel. Babel is a development dependency only: reading its locale
data costs ~100 ms, so the table is generated once and shipped as a module, and a unit test
checks that it still matches Babel.

    .venv/bin/python -m factcheck_gui.core.figures.currency_build   # rewrites currency_data.py
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).with_name("currency_data.py")

NO_CURRENCY = "X" * 3  # ISO 4217's code for "no currency": a transaction without money


def rows() -> list[tuple[str, str, str, bool, tuple[str, ...]]]:
    """(code, English name, English plural name, in use today, symbols) of every currency CLDR
    knows, by code. Symbols: the English one when it is not the code ("A$", "₹"), then the one
    used in the currency's own territories ("zł", "RM", "Rp", "₦") when no other currency shares
    it and it is not a single letter that could start a word."""
    from babel.core import Locale, get_global
    from babel.localedata import locale_identifiers

    en = Locale.parse("en")
    plural = en._data["currency_names_plural"]
    current: set[str] = set()
    for _territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            if end is None and tender:
                current.add(code)
    codes = sorted(c for c in get_global("all_currencies") if re.fullmatch(r"[A-Z]{3}", c))
    codes = sorted(set(codes) | {c for c in en.currencies if re.fullmatch(r"[A-Z]{3}", c)})
    local: dict[str, set[str]] = {}  # symbol -> currencies that write it
    for ident in sorted(locale_identifiers()):
        if "_" not in ident:
            continue
        try:
            loc = Locale.parse(ident)
        except Exception:  # noqa: BLE001 - a locale Babel cannot read adds nothing
            continue
        if not loc.territory:
            continue
        for code, _start, end, tender in get_global("territory_currencies").get(loc.territory, ()):
            if end is None and tender:
                sym = loc.currency_symbols.get(code)
                if sym and sym != code:
                    local.setdefault(sym.strip(), set()).add(code)
    out = []
    en_symbols = {c: s for c, s in en.currency_symbols.items() if s != c and s != "¤"}
    taken = set(en_symbols.values())
    for code in codes:
        name = en.currencies.get(code)
        if not name or code == NO_CURRENCY:
            continue
        names = plural.get(code)
        one = (names or {}).get("one") or name
        other = (names or {}).get("other") or one
        syms: list[str] = []
        if code in en_symbols:
            syms.append(en_symbols[code])
        for sym, users in sorted(local.items()):
            if users != {code} or sym in taken or sym in syms:
                continue
            if len(sym.rstrip(".")) == 1 and sym[0].isalpha():
                continue  # "R", "K", "L": the start of too many words and names
            syms.append(sym)
        out.append((code, one, other, code in current, tuple(syms)))
    return out


def render(table: list[tuple[str, str, str, bool, tuple[str, ...]]]) -> str:
    lines = [
        '"""Every ISO 4217 currency CLDR knows: (code, English name, plural, in use, symbols).',
        "",
        "Generated from the Unicode CLDR by `currency_build.py` (Babel); do not edit by hand.",
        '"""',
        "",
        "# fmt: off",
        "CURRENCIES: tuple[tuple[str, str, str, bool, tuple[str, ...]], ...] = (",
    ]
    lines += [f"    {row!r}," for row in table]
    lines += [")", "# fmt: on", ""]
    return "\n".join(lines)


def main() -> None:
    OUT.write_text(render(rows()), encoding="utf-8")


if __name__ == "__main__":
    main()
