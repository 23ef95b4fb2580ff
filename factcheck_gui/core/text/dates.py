"""The article's own date: from HTML metadata, a Word document's properties, a dateline at the
start of the text, or Markdown front matter. Never from the file's modification time.

Dates are parsed with python-dateutil (already in the lock, via sqlite-utils): on the forms
metadata and datelines use ("2020-03-03T10:15:00Z", "Tue, 03 Mar 2020 10:00:00 GMT",
"Sept. 30, 2019", "20200303") it read 14 of 15 right at ~180 µs a string, where dateparser read
13 of 15 at ~4,100 µs and takes 250 ms to import; dateparser's strengths (relative dates, other
languages) are not what an article's own date needs. A date is only taken when day, month and
year are all written: dateutil fills missing parts from a default, so each string is parsed
against two defaults and kept only when both agree."""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from collections.abc import Iterable, Iterator

YEARS = (1900, 2200)  # a publication date outside these years is a misreading

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
_DEFAULTS = (dt.datetime(1904, 1, 1), dt.datetime(1908, 2, 2))


def parse_date(value: str) -> dt.date | None:
    """The date written in `value` (day, month and year all given), or None. The date is the
    one written, whatever the time zone ("2020-03-03T23:30:00-05:00" is 3 March)."""
    value = (value or "").strip()
    if not value or len(value) > 80:
        return None
    m = _ISO.match(value)
    if m:
        try:
            return _in_range(dt.date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
    from dateutil import parser

    value = re.sub(r"(?<=[A-Za-z])\.(?=\s)", "", value)  # "Sept. 30" → "Sept 30"
    value = re.sub(r"\bSept\b", "Sep", value)
    got: list[dt.date] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "ET", "EST": unknown zones; the date is what we want
        for default in _DEFAULTS:
            try:
                got.append(parser.parse(value, default=default, ignoretz=True).date())
            except (ValueError, OverflowError, TypeError):
                return None
    if got[0] != got[1]:
        return None  # the year, month or day was not written
    return _in_range(got[0])


def _in_range(d: dt.date) -> dt.date | None:
    return d if YEARS[0] <= d.year <= YEARS[1] else None


def parse_iso_date(value: str) -> dt.date:
    """A date given by the user (`--date`, the window): YYYY-MM-DD; ValueError with a clear
    reason otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"{value!r} is not a date as YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a date of the calendar") from None


# --------------------------------------------------------------------------- HTML metadata

# <meta> names and properties that carry the publication date, most specific first.
META_NAMES: tuple[str, ...] = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "article.published", "published_time", "publish-date", "publish_date",
    "publishdate", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "citation_publication_date", "date",
)  # fmt: skip
_META_RANK = {name: i for i, name in enumerate(META_NAMES)}


def html_date(root) -> dt.date | None:  # type: ignore[no-untyped-def]
    """The publication date of a parsed page (an lxml tree, before anything is dropped):
    <meta> tags, JSON-LD datePublished, itemprop="datePublished", then a <time datetime> in
    the article's header."""
    best: tuple[int, dt.date] | None = None
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        rank = _META_RANK.get(key)
        if rank is None or (best is not None and rank >= best[0]):
            continue
        d = parse_date(el.get("content") or "")
        if d is not None:
            best = (rank, d)
    if best is not None:
        return best[1]
    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() == "application/ld+json":
            d = _json_ld_date(el.text or "")
            if d is not None:
                return d
    for el in root.iter():
        if isinstance(el.tag, str) and (el.get("itemprop") or "").lower() == "datepublished":
            d = parse_date(el.get("content") or el.get("datetime") or el.text_content())
            if d is not None:
                return d
    return _time_in_header(root)


def _json_ld_date(data: str) -> dt.date | None:
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return None
    for value in _values_of(doc, "datePublished"):
        d = parse_date(value) if isinstance(value, str) else None
        if d is not None:
            return d
    return None


def _values_of(doc: object, key: str, depth: int = 0) -> Iterator[object]:
    """Every `key` in a JSON document ("@graph" lists nest them), a few levels deep."""
    if depth > 6:
        return
    if isinstance(doc, dict):
        if key in doc:
            yield doc[key]
        for v in doc.values():
            if isinstance(v, (dict, list)):
                yield from _values_of(v, key, depth + 1)
    elif isinstance(doc, list):
        for v in doc[:50]:
            yield from _values_of(v, key, depth + 1)


def _time_in_header(root) -> dt.date | None:  # type: ignore[no-untyped-def]
    """<time pubdate>, else a <time datetime> in the article's <header> (one inside <article>
    or <main>, or holding the headline: a site's banner may show today's date), or in an
    <article> before its first paragraph (a date further down is one the story talks about)."""
    for el in root.iter("time"):
        if el.get("pubdate") is not None and (d := parse_date(el.get("datetime") or "")):
            return d
    headers = [h for h in root.iter("header") if _is_article_header(h)]
    for container in (*headers, *root.iter("article")):
        for el in container.iter("p", "time"):
            if el.tag == "p" and container.tag == "article":
                break
            if el.tag == "time" and (d := parse_date(el.get("datetime") or "")):
                return d
    return None


def _is_article_header(header) -> bool:  # type: ignore[no-untyped-def]
    if any(a.tag in ("article", "main") for a in header.iterancestors()):
        return True
    return next(header.iter("h1"), None) is not None


# --------------------------------------------------------------------------- Word documents

# Custom document properties that name the publication date (lower case, spaces dropped).
DOCX_DATE_PROPERTIES = ("published", "publicationdate", "publishdate", "datepublished",
                        "pubdate", "releasedate", "date")  # fmt: skip
# python-docx's own template is stamped 2013-12-23 23:15 UTC: a file made from it says nothing
# about when the article was written.
_TEMPLATE_STAMPS = {dt.datetime(2013, 12, 23, 23, 15)}


def docx_custom_date(custom_xml: bytes | None) -> dt.date | None:
    """The date of a publication property in docProps/custom.xml, if the document has one."""
    if not custom_xml:
        return None
    from lxml import etree

    try:
        root = etree.fromstring(
            custom_xml, etree.XMLParser(resolve_entities=False, no_network=True)
        )
    except etree.XMLSyntaxError:
        return None
    found: dict[str, dt.date] = {}
    for prop in root:
        name = re.sub(r"[\s_-]", "", (prop.get("name") or "")).lower()
        if name in DOCX_DATE_PROPERTIES and len(prop):
            d = parse_date("".join(prop[0].itertext()))
            if d is not None:
                found.setdefault(name, d)
    return next((found[n] for n in DOCX_DATE_PROPERTIES if n in found), None)


def docx_created(created: dt.datetime | None) -> dt.date | None:
    """A Word document's creation date, unless it is a template's stamp."""
    if created is None:
        return None
    if created.replace(tzinfo=None, second=0, microsecond=0) in _TEMPLATE_STAMPS:
        return None
    return _in_range(created.date())


# --------------------------------------------------------------------------- datelines

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DATE = (
    rf"(?P<date>{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?))(?![\w-])"
)
_TIME = r"(?:\s*(?:[,|]\s*|at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?"
_PLACE = (
    r"(?:[A-Z][A-Za-z.'’ -]{0,40}?(?:,\s?[A-Z][A-Za-z.'’ -]{0,30}?){0,2}\s*(?:[,/]|--?|—|–)\s*)"
)
_AGENCY = r"(?:[A-Z][\w.&' -]{0,40}?\s*/\s*)"
_END = r"\s*(?:\(|/|\||--|[-—–](?:\s|$)|$)"

# The dateline forms: (name, regex matched at the start of one of the first lines).
DATELINE_FORMS: tuple[tuple[str, str], ...] = (
    ("label", rf"(?:Published|Posted|Dated?|Issued|Released|First\s+published)(?:\s+on)?\s*:?\s*{_DATE}"),
    ("byline", rf"By\s+[^|•·\n]{{1,80}}?\s*(?:[|•·—–,]|--?)\s*{_DATE}"),
    ("wire", rf"{_PLACE}?{_AGENCY}?{_DATE}{_END}"),  # "NEW YORK, March 3, 2020 (Reuters) -"
    # a date line under the title, alone or before a middle dot or a bar ("… · Markets desk")
    ("line", rf"{_DATE}{_TIME}\s*(?:[·•|].*)?$"),
)  # fmt: skip
_DATELINES = tuple((name, re.compile(rx)) for name, rx in DATELINE_FORMS)
DATELINE_LINES = 6  # the title, a byline, a date line, the first paragraph's start…
DATELINE_CHARS = 1_500

# Opening lines with the date they give (None: no dateline): read by the table-driven tests.
EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("NEW YORK, March 3, 2020 (Reuters) - Stocks fell", "2020-03-03"),
    ("March 3, 2020 /PRNewswire/ -- Acme Corp. today announced", "2020-03-03"),
    ("LONDON, Sept. 30, 2019 /PRNewswire/ -- Acme plc said", "2019-09-30"),
    ("VANCOUVER, BC / ACCESSWIRE / June 15, 2017 / GGX Gold Corp. is pleased", "2017-06-15"),
    ("Published: 2020-03-03", "2020-03-03"),
    ("Posted on January 5, 2020", "2020-01-05"),
    ("By Jane Doe | Jan. 5, 2020", "2020-01-05"),
    ("By Jane Doe and John Roe, Bloomberg News — 12 March 2019", "2019-03-12"),
    ("Tuesday, March 3, 2020", "2020-03-03"),
    ("March 3, 2020 8:00 AM ET", "2020-03-03"),
    ("**Wednesday, March 11, 2026** · Last updated 16:12 ET · Markets desk", "2026-03-11"),
    ("Tuesday, March 3, 2020 | Updated 9:14 a.m.", "2020-03-03"),
    ("2021-06-30", "2021-06-30"),
    ("NEW YORK, March 3 (Reuters) - Stocks fell", None),  # no year: no date
    ("On Thursday, Jan. 5 at 1 p.m. EST, Yahoo Finance will stream", None),
    ("Effective January 13, 2020, current Board Chairman takes over", None),
    ("Revenue for the year ended March 31, 2020 rose 4%", None),
    ("(Bloomberg) -- Oil fell for a third day", None),
)


FRONT_MATTER_DATES = ("date", "published", "publishdate", "pubdate", "published_at")


def text_date(text: str, periods: bool = True) -> tuple[dt.date | None, str]:
    """(date, "metadata") from Markdown front matter's `date:`, else (date, "dateline") from a
    dateline in the first lines, else (when `periods`) (date, "period"): the last day of the
    reporting period a results release or earnings call names in its title ("AWI q3 2020
    earnings call", "Fourth-Quarter 2021 Results"), the day it speaks from; else (None, "")."""
    front = front_matter(text[:DATELINE_CHARS])
    if front is not None:
        items = dict(front[2])
        for key in FRONT_MATTER_DATES:
            if (d := parse_date(items.get(key, ""))) is not None:
                return d, "metadata"
    d = dateline_date(text[front[1] :] if front else text)
    if d:
        return d, "dateline"
    if periods and (d := period_date(text)):
        return d, "period"
    return None, ""


_ORDINAL_QUARTERS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
# A title that names a reporting quarter and says it is a report of it.
_PERIOD_TITLE = re.compile(
    r"(?i)\b(?:q(?P<q>[1-4])|(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter)"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|fy\s?)?)?\s*(?P<y>(?:19|20)\d{2})\b"
    r"(?=.*\b(?:earnings|results|call|report|conference|update)\b)"
)


def period_date(text: str) -> dt.date | None:
    """The last day of the quarter that the title (first line) of a results release or earnings
    call names: "AWI q3 2020 earnings call" → 2020-09-30. Calendar quarters: a fiscal quarter is
    read as the calendar one of the same number (a year's difference at most in the other
    dates, never more)."""
    first = next(iter(_first_lines(text[:DATELINE_CHARS], 1)), "")
    m = _PERIOD_TITLE.search(first)
    if m is None:
        return None
    q = int(m.group("q")) if m.group("q") else _ORDINAL_QUARTERS[m.group("o").lower()]
    year = int(m.group("y"))
    month = 3 * q
    end = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return _in_range(end)


def dateline_date(text: str) -> dt.date | None:
    """The date of a dateline in the first lines of plain text or Markdown."""
    head = text[:DATELINE_CHARS]
    for line in _first_lines(head, DATELINE_LINES):
        # Markdown: "## Published: …", "*March 3*", "**Wednesday, March 11, 2026** · Updated"
        line = re.sub(r"^[#>*_\s]+|[*_\s]+$", "", line).replace("**", "").replace("__", "")
        for _name, rx in _DATELINES:
            m = rx.match(line)
            if m and (d := parse_date(m.group("date"))):
                return d
    return None


def _first_lines(text: str, n: int) -> Iterable[str]:
    lines = (line for line in text.split("\n") if line.strip())
    for _, line in zip(range(n), lines, strict=False):
        yield line[:300]


_FRONT_OPEN = re.compile(r"^\ufeff?---[ \t]*\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_FRONT_ITEM = re.compile(r"^([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)


def front_matter(text: str) -> tuple[int, int, list[tuple[str, str]]] | None:
    """Markdown front matter ("---" lines around "key: value" lines) at the very start:
    (start, end of its closing line, the items with keys in lower case), or None."""
    m = _FRONT_OPEN.match(text)
    if m is None:
        return None
    close = _FRONT_CLOSE.search(text, m.end(), m.end() + 4000)
    if close is None:
        return None
    body = text[m.end() : close.start()]
    items = [(k.lower(), v.strip().strip("'\"")) for k, v in _FRONT_ITEM.findall(body)]
    if not items:
        return None
    end = close.end() + (1 if text[close.end() : close.end() + 1] == "\n" else 0)
    return 0, end, items
