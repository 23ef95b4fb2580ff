"""Tables: the scale a caption or header gives every cell under it ("($ millions)", "(in
thousands of euros)", "(€m)", "in billions"), and the rows of Markdown pipe tables.

A caption's currency is kept as written ("$", "euros", "USD"); the figure reader turns it into
an ISO code with its own currency names (the text stage knows no currencies)."""

from __future__ import annotations

import re

# Scale words of a caption, with their multipliers.
SCALES: tuple[tuple[str, float], ...] = (
    ("thousands", 1e3), ("thousand", 1e3), ("'000s", 1e3), ("’000s", 1e3), ("'000", 1e3),
    ("’000", 1e3), ("000s", 1e3), ("000", 1e3), ("k", 1e3),
    ("millions", 1e6), ("million", 1e6), ("mln", 1e6), ("mn", 1e6), ("mm", 1e6), ("m", 1e6),
    ("billions", 1e9), ("billion", 1e9), ("bln", 1e9), ("bn", 1e9), ("b", 1e9),
    ("trillions", 1e12), ("trillion", 1e12), ("trn", 1e12), ("tn", 1e12),
)  # fmt: skip
_SCALE_OF = {w: v for w, v in SCALES}

# Currencies as captions write them: symbols, codes, names ("U.S. dollars").
_SYMBOL = r"(?:US\$|U\.S\.\s?\$|[A-Z]{1,2}\$|[$€£¥₹₩₽₺₪])"
_CODE = r"(?:[A-Z]{3}(?![A-Za-z]))"
_NAME = (
    r"(?:(?:U\.?S\.?|Canadian|Australian|Hong\s+Kong|New\s+Zealand|Singapore|Taiwan|Swiss)\s+)?"
    r"(?:dollars|euros|pounds(?:\s+sterling)?|sterling|yen|yuan|renminbi|francs|rupees|won|"
    r"rand|reais|roubles|rubles|lira)"
)
_SCALE = "|".join(re.escape(w) for w, _ in sorted(SCALES, key=lambda t: -len(t[0])))
_SCALE_RE = rf"(?P<scale>{_SCALE})(?![A-Za-z0-9])"
_SCALE_WORDS = r"(?P<scale>thousands|millions|billions|trillions)(?![A-Za-z])"
_EXCEPT = r"(?:\s*[,;]\s*(?:except|unless|other\s+than)\b[^()\n]{0,80}?)?"

# The forms of a scale caption: (regex of the caption's body, inside parentheses or a whole line).
CAPTION_FORMS: tuple[str, ...] = (
    rf"(?:in\s+)?(?P<cur>{_SYMBOL}|{_CODE})\s?{_SCALE_RE}",  # "$ millions", "€m", "USD m", "£000"
    rf"(?:in\s+)?{_SCALE_WORDS}\s+of\s+(?P<cur>{_NAME}|{_CODE})",  # "in thousands of euros"
    rf"(?P<cur>{_NAME}|{_SYMBOL}|{_CODE})\s+in\s+{_SCALE_WORDS}",  # "Dollars in millions"
    rf"in\s+(?P<cur>{_NAME})",  # "in euros"
    rf"(?:in\s+)?(?P<cur>{_SYMBOL})",  # "($)", "(in €)"
    rf"(?:in\s+)?{_SCALE_WORDS}",  # "(in millions)", "in billions"
    r"(?:in\s+)?(?P<scale>'000s?|’000s?|000s)",  # "(000s)"
    r"(?:in\s+)?(?P<cur>%|per\s?cent|percent)",  # "Margin (%)": bare cells are percentages
    r"(?:in\s+)?(?P<cur>pence|cents)",  # "Basic earnings per share (pence)": hundredths
)


def _body(tag: str) -> str:
    """The caption forms as one alternation, each named group made unique (`tag`, form number)."""
    forms = (
        f.replace("(?P<cur>", f"(?P<cur{tag}{i}>").replace("(?P<scale>", f"(?P<scale{tag}{i}>")
        for i, f in enumerate(CAPTION_FORMS)
    )
    return "|".join(f"(?:{f})" for f in forms)


_LEAD = r"(?:(?:all\s+)?(?:figures|amounts|numbers|values)\s+(?:are\s+)?|expressed\s+)?"
# In parentheses anywhere on the line, or the end of a short line ("All figures in € billions").
_CAPTION_RE = re.compile(
    rf"\(\s*{_LEAD}(?:{_body('p')}){_EXCEPT}\s*\)"
    rf"|(?:^|[\s:,–—-])\s*{_LEAD}(?:{_body('e')}){_EXCEPT}\s*[.:]?\s*$",
    re.I,
)
# Words read case-insensitively would make "(M)" or "(B)" of a header a scale: single letters
# and codes must be written as such.
_CASE_SENSITIVE = re.compile(rf"^(?:{_CODE}|[A-Z]{{1,2}}\$)$")

# Captions with their reading (scale, currency as written): read by the table-driven tests.
EXAMPLES: tuple[tuple[str, float, str | None], ...] = (
    ("($ millions)", 1e6, "$"),
    ("Revenue by region (in thousands of euros)", 1e3, "euros"),
    ("Operating profit (€m)", 1e6, "€"),
    ("All figures in billions", 1e9, None),
    ("(Dollars in millions, except per share data)", 1e6, "Dollars"),
    ("(in millions of U.S. dollars)", 1e6, "U.S. dollars"),
    ("Key figures (USD m)", 1e6, "USD"),
    ("(£000)", 1e3, "£"),
    ("Group results (HK$'000)", 1e3, "HK$"),
    ("(000s)", 1e3, None),
    ("Price ($)", 1.0, "$"),
    ("Amounts in € billions", 1e9, "€"),
    ("EBIT margin (%)", 1.0, "%"),
    ("Growth (in per cent)", 1.0, "%"),
    ("Basic earnings per share (pence)", 0.01, "£"),
    ("Dividend (cents)", 0.01, "$"),
)
NOT_CAPTIONS: tuple[str, ...] = (
    "Revenue rose to $14.2 million in the quarter",
    "(Reuters)",
    "NEW YORK (AP) --",
    "Shares of IBM (IBM) fell",
    "Estimates (in line with guidance)",
    "The plant (B) line",
)


def caption_scale(line: str) -> tuple[float, str | None] | None:
    """(scale, currency as written) of a caption or header that scales the cells under it,
    or None when the line is no such caption. Only short lines are captions."""
    if len(line) > 160:
        return None
    m = _CAPTION_RE.search(line)
    if m is None:
        return None
    groups = m.groupdict()
    scale_word = next((v for k, v in groups.items() if k.startswith("scale") and v), None)
    cur = next((v for k, v in groups.items() if k.startswith("cur") and v), None)
    if cur is not None and re.fullmatch(r"[A-Za-z]{3}", cur) and not _CASE_SENSITIVE.match(cur):
        return None  # "(usd m)" is no code; "(IBM)" never gets here (no scale word)
    if scale_word is not None and len(scale_word) <= 2 and cur is None:
        return None  # "(m)" alone is a footnote letter or metres, not a scale
    if cur is None and scale_word is None:
        return None
    scale = _SCALE_OF.get(scale_word.lower().replace("’", "'"), 1.0) if scale_word else 1.0
    if cur is not None and re.fullmatch(r"%|per\s?cent|percent", cur, re.I):
        cur = "%"
    if cur is not None and re.fullmatch(r"pence|cents", cur, re.I):
        if not m.group(0).lstrip().startswith("("):
            return None  # "he paid 5 cents": only "(pence)" is a caption
        return 0.01 * scale, "£" if cur.lower().startswith("p") else "$"
    return scale, (" ".join(cur.split()) if cur else None)


# What a header row may hold with digits in it: years, "'000", "12 months", and the periods of
# its columns ("Q3 2025", "9M 2024", "1H", "FY25", "4Q24").
_NOT_A_CELL_FIGURE = re.compile(
    r"\b(?:19|20)\d\d\b|['’]?000s?|\d{1,2}(?=\s*(?:months?|weeks?)\b)"
    r"|\b(?:Q[1-4]|[1-4]Q|H[12]|[12]H|[369]M)(?:\s?(?:FY\s?)?'?\d{2}(?:\d{2})?)?\b|\bFY\s?'?\d{2}(?:\d{2})?\b"
)


_PER_SHARE = re.compile(r"\bper\s+(?:share|ADS|ADR|unit)\b|\bper-share\b|\bEPS\b|\bDPS\b", re.I)


Scale = tuple[float, str | None]  # (multiplier, currency as written, or "%"; None: a number)


class TableScale:
    """The scale of a table's rows: from the caption before the table, or from a header row
    (a row with no figures but years) for every row after it — the whole table's
    ("($ millions) | 2019 | 2020") or a column's ("Item | Revenue (€m) | Margin (%)")."""

    def __init__(self, caption: str = "") -> None:
        self.scale: Scale = caption_scale(caption) or (1.0, None)
        self.columns: list[Scale | None] | None = None  # by cell position, from a header row

    def of_row(self, cells: list[str]) -> tuple[Scale, list[Scale] | None]:
        """The scale of this row's bare numbers, and of each of its cells when columns have
        their own. A header row sets them for the rows after it, itself keeping what came
        before. A row whose label gives its own ("Earnings per share ($)") has that;
        per-share figures are never scaled ("(in millions, except per share data)")."""
        cells = [re.sub(r"\s+", " ", c).strip() for c in cells]
        row_text = " | ".join(c for c in cells if c)
        got, columns = self.scale, self.columns
        if columns is not None and len(columns) != len(cells):
            columns = None  # spans or missing cells: the columns no longer line up
        if not re.search(r"\d", _NOT_A_CELL_FIGURE.sub("", row_text)):  # a header row
            per_cell = [caption_scale(c) if c else None for c in cells]
            if any(per_cell[1:]):
                self.columns = per_cell
                self.scale = per_cell[0] or self.scale
            elif (found := caption_scale(row_text)) is not None:
                self.scale, self.columns = found, None
            return got, None
        label = next((c for c in cells if c), "")
        if len(cells) > 1 and (own := caption_scale(label)) is not None:
            got, columns = own, None
        scales = [c or got for c in columns] if columns is not None else None
        if _PER_SHARE.search(label):
            got = (1.0, got[1]) if got[1] != "%" and got[0] > 1 else got
            scales = [(1.0, c[1]) if c[0] > 1 else c for c in scales] if scales else None
        return got, scales


# ----------------------------------------------------------------- tables aligned with spaces

# A row of a plain-text table: a label, then two or more figures, columns set apart by two or
# more spaces ("Revenue (£m)     2,846.0    2,702.3    +5.3%").
_ALIGNED_ROW = re.compile(
    r"^\s*(?P<label>[^\s\d|].*?\S)?(?:\s{2,}|\t+)(?:[-+−(]?[$€£¥]?\d[\d.,]*%?\)?|n/?a|[-–—])"
    r"(?:(?:\s{2,}|\t+)(?:[-+−(]?[$€£¥]?\d[\d.,]*(?:%|x|bps?|pp|pts?)?\)?|n/?a|nm|[-–—]))+\s*$",
    re.I,
)


def aligned_cells(line: str, offset: int) -> list[tuple[int, int]] | None:
    """(start, end) of each cell of a plain-text table row (columns set apart by two or more
    spaces or tabs), offsets into the text; None when the line is no such row."""
    if not _ALIGNED_ROW.match(line) or "|" in line:
        return None
    return [(offset + m.start(), offset + m.end()) for m in re.finditer(r"\S+(?: \S+)*", line)]


# --------------------------------------------------------------------------- Markdown tables

_MD_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|\n]+(?:\|[^|\n]*){1,64}$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*){0,64}\|?\s*$")


def is_md_rule(line: str) -> bool:
    """The line under a Markdown table's header: "|---|:---:|"."""
    return "-" in line and _MD_RULE.match(line) is not None


def is_md_row(line: str) -> bool:
    return "|" in line and _MD_ROW.match(line) is not None


def md_cells(line: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a pipe-table row, empty ones too (start == end), offsets
    into the text; the pipes at the row's ends open and close it."""
    out: list[tuple[int, int]] = []
    parts = line.split("|")
    pos = 0
    for i, part in enumerate(parts):
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        edge = (i == 0 or i == len(parts) - 1) and not body
        if not edge:
            start = offset + pos + lead
            out.append((start, start + len(body)))
        pos += len(part) + 1
    return out
