"""Decode article bytes: UTF-8 first, then Windows-1252 for Western copy, then a detector."""

from __future__ import annotations

import re

from ..errors import InputError

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes that "surrogateescape" could not decode as UTF-8 come back as U+DC80..U+DCFF.
_ESCAPED = re.compile("[\udc80-\udcff]")
# Non-letters that may sit inside a word of Western copy ("It’s", "co‑op", "Ca·sa").
_IN_WORD_OK = set("’‘·\u00ad\u00a0")
# A character a real UTF-8 sequence gives; Windows-1252 text seldom forms one by chance, and
# then mostly C1 controls or IPA letters ("É’" reads as U+0252), which are left out here.
_UTF8_CHAR = re.compile("[\u00a0-\u017f\u0300-\ud7ff\ue000-\U0010ffff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
MAX_FOREIGN_LETTERS = 0.3  # Western languages: at most ~10% of letters are accented
MAX_SYMBOLS_IN_WORDS = 0.02  # "b³ąd" (Polish read as 1252) puts symbols inside words


def decode_bytes(raw: bytes, source: str) -> tuple[str, str]:
    """Return (text, encoding name). UTF-8 (with or without BOM, stray Windows-1252 bytes
    mapped), UTF-16 with BOM, Windows-1252 when it reads as Western text, else a detected
    legacy code page; InputError when nothing fits."""
    if raw.startswith(_UTF16_BOMS):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: invalid UTF-16 at byte {exc.start}") from None
    bom = raw.startswith(_UTF8_BOM)
    body = raw[3:] if bom else raw
    if not bom and b"\x00" in body[:8192]:
        raise InputError(f"{source}: not a text file (it holds binary data)")
    label = "utf-8-sig" if bom else "utf-8"
    try:
        return body.decode("utf-8"), label
    except UnicodeDecodeError as exc:
        bad_at = exc.start + (3 if bom else 0)
    escaped = body.decode("utf-8", errors="surrogateescape")
    if bom or _UTF8_CHAR.search(escaped):  # UTF-8 with pasted legacy bytes ("€3bn … It’s")
        return _ESCAPED.sub(_as_cp1252, escaped), label + "+cp1252"
    western = _as_western(body)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes  # imported only for non-UTF-8 input

    best = from_bytes(body).best()
    if best is None or best.encoding is None or best.chaos > 0.25:
        raise InputError(
            f"{source}: not valid UTF-8 (bad byte at offset {bad_at}) and no other text encoding fits"
        )
    return str(best), best.encoding


def _as_cp1252(match: re.Match[str]) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    return byte.decode("cp1252", errors="replace")


def _as_western(raw: bytes) -> str | None:
    """Windows-1252 (and so Latin-1), the usual legacy encoding of Western news copy, when the
    result reads as Latin-script text: few accented letters, no symbols inside words."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = len(raw.translate(None, _NOT_ASCII_LETTERS))
    foreign = symbols_in_words = upper = 0
    for m in _NON_ASCII.finditer(text):
        c, i = m.group(), m.start()
        upper += 1
        if c.isalpha():
            letters += 1
            foreign += 1
        elif c not in _IN_WORD_OK and text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha():
            symbols_in_words += 1
    if letters and foreign / letters > MAX_FOREIGN_LETTERS:
        return None  # Cyrillic, Greek or Hebrew read as accented Latin: "Ïðèâåò"
    if upper and symbols_in_words / upper > MAX_SYMBOLS_IN_WORDS:
        return None
    return text
