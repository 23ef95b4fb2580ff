"""Same-length normalisation of typographic Unicode, so offsets stay valid."""

from __future__ import annotations

import re

# Every mapping is one character to one character: an index into the normalised
# text is the same index into the original text.
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_HYPHENS = "\u2010\u2011\u2012\u2212\ufe63\uff0d"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u00b4"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"

_TABLE = str.maketrans(
    {
        **{c: " " for c in _SPACES},
        **{c: "-" for c in _HYPHENS},
        **{c: "'" for c in _SINGLE_QUOTES},
        **{c: '"' for c in _DOUBLE_QUOTES},
        "\u2013": "-",  # en dash: ranges ("5–7%") and compounds
        "\ufeff": " ",
        "\u200b": " ",
        "\u00ad": "-",
        "\uff05": "%",
        "\uff04": "$",
    }
)


# A no-break, narrow or thin space between digit groups is a thousands separator ("1 200", as
# French and SI style and many generators write it): read as a comma, so "1 200" is 1,200.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f\u2009\u2007]\d{3})+(?![\d])")
_GROUP_SPACE = re.compile(r"[\u00a0\u202f\u2009\u2007]")


def normalize(text: str) -> str:
    """Return `text` with odd spaces, hyphens, dashes and quotes made plain, same length."""
    out = _GROUPED.sub(lambda m: _GROUP_SPACE.sub(",", m.group()), text).translate(_TABLE)
    assert len(out) == len(text)
    return out


def is_space_like(ch: str) -> bool:
    """True for any whitespace, including no-break, narrow and thin spaces."""
    return ch.isspace() or ch in _SPACES


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
