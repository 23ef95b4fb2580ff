"""What matching costs per claim with a newsroom-sized evidence database (issue 13: a median of at
most 10 ms per claim with 1,000,000 facts). Builds, once, a database of N facts that looks like a
newsroom's (companies, banks, indices, yields, economies, people, products, funds; aliases and
tickers; many measures over many years), adds the evidence of the keyed sets, then checks the
sets' articles and some Reuters stories through the real code path: claims are extracted once
(not timed); each claim costs its Matcher.judge() plus its share of the article's Matcher().

    .venv/bin/python benchmarks/bench_matching.py [--facts 1000000] [--db PATH] [--passes 2]

The database is kept (default: the system temp dir) and rebuilt only when it is missing or was
built for another size, generator or set of evidence files. The same articles are timed against
a small database of the sets' evidence only, for comparison.
"""

from __future__ import annotations

import argparse
import collections
import gc
import hashlib
import json
import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck_gui.core.evidence.formats import FactRow  # noqa: E402
from factcheck_gui.core.evidence.store import EvidenceStore, name_key  # noqa: E402
from factcheck_gui.core.figures.claims import extract_claims  # noqa: E402
from factcheck_gui.core.figures.nlp import load_pipeline  # noqa: E402
from factcheck_gui.core.text.articles import load_article  # noqa: E402
from factcheck_gui.core.verdicts.matching import Matcher  # noqa: E402

GENERATOR = 2  # bump when the generated data changes: cached databases are rebuilt
DATA = ROOT / "tests" / "data"
SETS = [DATA / "verdicts-a", DATA / "verdicts-b", DATA / "real2"]
# ../shared beside the checkout (or beside the main checkout, for a git worktree elsewhere)
REUTERS = next((p / "shared" / "data" / "outside" / "reuters" for p in ROOT.parents
                if (p / "shared" / "data" / "outside" / "reuters").is_dir()), ROOT.parent / "shared")  # fmt: skip
SOURCE_FILE = "newsroom-benchmark.csv"
CHUNK = 200_000  # rows per import transaction

# ---------------------------------------------------------------------- names


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


_ONSETS = _words("b br c ch cl cr d dr f fl g gr h j k kl l m n p pr qu r s sk st t tr v w z th sh")
_VOWELS = _words("a e i o u a e o ai ea io ou y")
_CODAS = ["", "", "", "n", "r", "l", "s", "x", "m", "nt", "rd", "st", "ck", "th", "v"]
_ENDINGS = ["", "", "", "a", "ex", "ia", "on", "ica", "ara", "ent", "is", "ix", "or", "um", "ian"]
_PARTS = _words("North South East West Blue Red Silver Golden Green Black White Iron Stone River Lake "
          "Harbor Bay Ridge Oak Pine Cedar Maple Summit Peak Crest Bright Clear Star Sun Moon Wind "
          "Water Field Brook Gate Bridge Haven Wood Vale Ford Port Mill Hill Rock Spring Fair Glen "
          "Ash Elm Thorn Wolf Eagle Falcon Lion Bear Fox Hawk Raven Swan Kings Queens Crown")  # fmt: skip
_COMMON = _words("General American National United International Global First Standard Royal Pacific "
           "Union Continental Imperial Consolidated Allied Universal Federal Premier Advanced Applied "
           "Integrated Digital Smart Future Modern Prime Alpha Delta Omega Nova Vertex Zenith Apex "
           "Titan Phoenix Orion Atlas Mercury Jupiter Apollo Horizon Frontier Liberty Heritage "
           "Pioneer Keystone Cornerstone Sterling Crown Empire Eagle Summit Meridian Vanguard "
           "Sovereign Capital Metro Urban Coastal Mountain Ocean Century Millennium Dynamic "
           "Strategic Precision Quantum Fusion Nexus Matrix Vector Pinnacle Beacon Harbour")  # fmt: skip
_SURNAMES = _words("Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez "
             "Anderson Taylor Thomas Hernandez Moore Martin Jackson Thompson White Lopez Lee "
             "Gonzalez Harris Clark Lewis Robinson Walker Perez Hall Young Allen Sanchez Wright King "
             "Scott Green Baker Adams Nelson Hill Ramirez Campbell Mitchell Roberts Carter Phillips "
             "Evans Turner Torres Parker Collins Edwards Stewart Flores Morris Nguyen Murphy Rivera "
             "Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Gomez Kelly Howard Ward Cox Diaz "
             "Richardson Wood Watson Brooks Bennett Gray James Reyes Cruz Hughes Price Myers Long "
             "Foster Sanders Ross Morales Powell Sullivan Russell Ortiz Jenkins Gutierrez Perry "
             "Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton "
             "Graham Kim Gonzales Alexander Ramos Wallace Griffin West Cole Hayes Chavez Gibson "
             "Bryant Ellis Stevens Murray Ford Marshall Owens McDonald Harrison Ruiz Kennedy Wells "
             "Alvarez Woods Mendoza Castillo Olson Webb Washington Tucker Freeman Burns Henry "
             "Vasquez Snyder Simpson Crawford Jimenez Porter Mason Shaw Gordon Wagner Hunter Romero "
             "Hicks Dixon Hunt Palmer Robertson Black Holmes Stone Meyer Boyd Mills Warren Fox Rose "
             "Rice Moreno Schmidt Patel Ferguson Nichols Herrera Medina Ryan Fernandez Weaver "
             "Daniels Stephens Gardner Payne Kelley Dunn Pierce Arnold Tran Spencer Peters Hawkins "
             "Grant Hansen Castro Hoffman Hart Elliott Cunningham Knight Bradley Muller Schneider "
             "Fischer Weber Becker Schulz Wagner Koch Richter Klein Wolf Schröder Neumann Larsen "
             "Nielsen Jensen Andersen Pedersen Johansson Lindqvist Berg Haugen Rossi Russo Ferrari "
             "Esposito Bianchi Romano Colombo Ricci Dubois Lefebvre Moreau Laurent Girard Bonnet "
             "Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Wang Li Zhang "
             "Liu Chen Yang Huang Zhao Wu Zhou Singh Kumar Sharma Gupta Khan Ali Ahmed Silva Santos "
             "Oliveira Souza Costa Pereira Almeida Ivanov Petrov Novak Kowalski Nowak Horvat")  # fmt: skip
_FIRST = _words("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
          "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony "
          "Betty Mark Sandra Donald Ashley Steven Emily Paul Kimberly Andrew Donna Joshua Michelle "
          "Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca "
          "Jason Laura Edward Helen Jeffrey Sharon Ryan Cynthia Jacob Kathleen Gary Amy Nicholas "
          "Anna Eric Angela Jonathan Ruth Stephen Brenda Larry Pamela Justin Nicole Scott Katherine "
          "Hans Ingrid Lars Sofia Marco Giulia Pierre Claire Hiroshi Yuki Wei Mei Raj Priya Ahmed "
          "Fatima Olga Ivan Lucas Ana Mateo Elena Sven Astrid Klaus Petra Jean Amelie")  # fmt: skip
_PLACES = _words("Atlantic Pacific Northern Southern Eastern Western Central Midland Coastal Highland "
           "Alpine Nordic Baltic Iberian Celtic Texas Ohio Carolina Florida Georgia Virginia Dakota "
           "Nevada Oregon Arizona Montana Colorado Kentucky Jersey Hudson Delaware Chesapeake "
           "Mississippi Missouri Columbia Yukon Ontario Quebec Alberta Manitoba Yorkshire Lancashire "
           "Cornwall Devon Essex Kent Sussex Wessex Cumbria Clyde Tyne Mersey Severn Thames Avon "
           "Bavaria Saxony Hessen Rhine Danube Lombardy Tuscany Piedmont Catalonia Andalusia "
           "Brittany Normandy Provence Flanders Zeeland Jutland Bergen Oslo Malmo Helsinki Riga "
           "Krakow Prague Vienna Zurich Geneva Lyon Porto Seville Naples Turin Hamburg Munich "
           "Osaka Nagoya Kyushu Shenzhen Guangdong Fujian Sichuan Punjab Bengal Kerala Deccan "
           "Java Sumatra Luzon Mindanao Queensland Victoria Tasman Canterbury Otago Transvaal "
           "Natal Lagos Nairobi Cairo Andes Patagonia Amazonia Sonora Yucatan Caribbean")  # fmt: skip
_ECONOMIES = _words("United States|U.S.|US|America, China, Japan, Germany, India, United Kingdom|UK|Britain, "
              "France, Italy, Brazil, Canada, Russia, Mexico, Australia, South Korea|Korea, Spain, "
              "Indonesia, Netherlands|Holland, Saudi Arabia, Turkey, Switzerland, Taiwan, Poland, Sweden, "
              "Belgium, Argentina, Thailand, Ireland, Austria, Norway, Israel, Nigeria, Egypt, Singapore, "
              "Malaysia, Philippines, Vietnam, Bangladesh, Denmark, Colombia, Chile, Finland, Romania, "
              "Czech Republic|Czechia, Portugal, Peru, New Zealand, Greece, Iraq, Algeria, Qatar, "
              "Kazakhstan, Hungary, Kuwait, Morocco, Ukraine, Ecuador, Kenya, Ethiopia, "
              "Euro zone|euro area|eurozone", ", ")  # fmt: skip
_INDUSTRIES = _words("Energy Capital Holdings Group Pharmaceuticals Therapeutics Systems Technologies Software "
               "Semiconductor Motors Airlines Foods Beverages Mining Resources Retail Logistics "
               "Shipping Telecom Media Insurance Realty Properties Industries Materials Chemicals "
               "Steel Partners Networks Biotech Healthcare Utilities Power Solar Robotics Aerospace "
               "Defense Brands Apparel Hotels Gaming Payments Financial Petroleum Gas Water "
               "Construction Engineering Cement Paper Packaging Automotive Electric Devices Labs "
               "Bio Data Cloud Analytics Security Rail Freight Marine Agri Farms Dairy Brewing "
               "Tobacco Cosmetics Fashion Entertainment Studios Publishing Education")  # fmt: skip
_SUFFIXES = ["Inc.", "Inc.", "Corp.", "Corporation", "plc", "plc", "Ltd", "Limited", "AG", "SA",
             "SE", "NV", "ASA", "AB", "Co.", "LLC", "S.p.A.", "GmbH", "Oyj", "Berhad", "Tbk", "", ""]  # fmt: skip
_SECTORS = _words(
    "Technology Banks Energy Utilities Healthcare Industrials Consumer Telecoms Property Mining"
)
_CURRENCIES = ["USD"] * 8 + ["EUR"] * 3 + ["GBP"] * 2 + ["JPY", "CHF", "CAD", "AUD", "SEK", "NOK",
                                                         "INR", "CNY", "HKD", "SGD", "KRW", "BRL"]  # fmt: skip


def _pseudo_words(rng: random.Random, n: int) -> list[str]:
    """n distinct made-up name stems ('Brexaton', 'Quorix', 'Thalvia')."""
    out: set[str] = set()
    while len(out) < n:
        syllables = rng.choice((1, 2, 2, 2, 2, 3))
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables))
        word += rng.choice(_CODAS) + rng.choice(_ENDINGS)
        if 4 <= len(word) <= 12:
            out.add(word.capitalize())
    return sorted(out)


class _Names:
    """Entity names, their aliases and kind, unique by the store's key."""

    def __init__(self, rng: random.Random, reserved: set[str]) -> None:
        self.rng = rng
        self.used = set(reserved)
        self.tickers: set[str] = set()
        compounds = [a + b.lower() for a in _PARTS for b in _PARTS if a != b]
        self.coined = _pseudo_words(rng, 40_000) + compounds  # names of their own
        self.coined_set = set(self.coined)
        self.worded = _COMMON + _SURNAMES + _PLACES  # names shared with copy and other names

    def _stem(self) -> str:
        return self.rng.choice(self.worded if self.rng.random() < 0.2 else self.coined)

    def _ticker(self, name: str) -> str:
        letters = [c for c in name.upper() if c.isascii() and c.isalpha()]
        for _ in range(20):
            size = self.rng.choice((2, 3, 3, 4, 4, 4, 5))
            t = "".join(letters[:1] + self.rng.sample(letters, min(len(letters), size - 1)))
            if self.rng.random() < 0.4:
                t = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(size))
            if t not in self.tickers and len(t) >= 2:
                self.tickers.add(t)
                return t
        return ""

    def next(self) -> tuple[str, list[str], str]:
        rng = self.rng
        while True:
            kind = rng.choices(["company", "bank", "index", "bond", "person", "product", "fund"],
                               [58, 8, 3, 2, 14, 10, 5])[0]  # fmt: skip
            name, aliases = getattr(self, "_" + kind)()
            key = name_key(name)
            if key and key not in self.used:
                self.used.add(key)
                return name, [a for a in dict.fromkeys(aliases) if a and a != name][:3], kind

    def _company(self) -> tuple[str, list[str]]:
        stem, industry, suffix = (
            self._stem(),
            self.rng.choice(_INDUSTRIES),
            self.rng.choice(_SUFFIXES),
        )
        if self.rng.random() < 0.15:
            stem = f"{stem} {self.rng.choice(_PARTS + _PLACES)}"
        short = f"{stem} {industry}"
        name = f"{short} {suffix}".strip()
        aliases = [short if suffix else "", self._ticker(stem + industry)]
        if self.rng.random() < 0.5 and stem in self.coined_set:
            aliases.append(stem)  # "Brexaton" for "Brexaton Energy plc": look-alikes galore
        return name, aliases

    def _bank(self) -> tuple[str, list[str]]:
        place, stem = self.rng.choice(_PLACES), self._stem()
        forms = [(f"Bank of {place}", [f"{place} Bank"]), (f"{stem} Bank plc", [f"{stem} Bank"]),
                 (f"First {place} Bancorp", [f"First {place}"]), (f"{stem} Bancorp", [stem if stem in self.coined_set else ""]),
                 (f"{place} {stem} Bank", [f"{stem} Bank"]), (f"{stem} Savings Bank", [f"{stem} Savings"]),
                 (f"{place} Cooperative Bank", [f"{place} Co-op"])]  # fmt: skip
        name, aliases = self.rng.choice(forms)
        return name, [*aliases, self._ticker(name)]

    def _index(self) -> tuple[str, list[str]]:
        stem, n = self._stem(), self.rng.choice((20, 30, 40, 50, 100, 200, 250, 500, 600))
        forms = [(f"{stem} {n} Index", [f"{stem} {n}", f"{stem} {n} index"]),
                 (f"{self.rng.choice(_PLACES)} Composite Index", []),
                 (f"{stem} All-Share Index", [f"{stem} All-Share"]),
                 (f"{self.rng.choice(_PLACES)} {self.rng.choice(_SECTORS)} Index", [])]  # fmt: skip
        return self.rng.choice(forms)

    def _bond(self) -> tuple[str, list[str]]:
        place, years = self.rng.choice(_PLACES + _ECONOMIES), self.rng.choice((2, 5, 10, 30))
        place = place.split("|")[0]
        return f"{place} {years}-year bond yield", [
            f"{place} {years}-year",
            f"{years}-year {place} bond",
        ]

    def _person(self) -> tuple[str, list[str]]:
        first, last = self.rng.choice(_FIRST), self.rng.choice(_SURNAMES)
        middle = f" {self.rng.choice('ABCDEFGHJKLMNPRSTW')}." if self.rng.random() < 0.3 else ""
        aliases = [f"{first[0]}. {last}"]
        if self.rng.random() < 0.1:
            aliases.append(last)  # "Powell"
        return f"{first}{middle} {last}", aliases

    def _product(self) -> tuple[str, list[str]]:
        stem = self._stem()
        model = self.rng.choice(["X", "Pro", "Max", "One", "S", "GT", "Air", "Ultra", "Neo", ""])
        number = self.rng.choice(["", str(self.rng.randint(2, 20)), f"{self.rng.randint(1, 9)}00"])
        name = " ".join(p for p in (stem, model, number) if p) or stem
        if name == stem:
            name = f"{stem} Cloud"
        return name, [stem if stem in self.coined_set else ""]  # "iPhone" for "iPhone 15"

    def _fund(self) -> tuple[str, list[str]]:
        stem = self._stem()
        style = self.rng.choice(["Global Equity", "Income", "Growth", "Emerging Markets", "Bond",
                                 "Infrastructure", "Smaller Companies", "Value"])  # fmt: skip
        return f"{stem} {style} Fund", [f"{stem} {style}", f"{stem} {style} Trust"]


# ---------------------------------------------------------------------- facts

_Q_ENDS = ("03-31", "06-30", "09-30", "12-31")


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def _money(rng: random.Random, low: float, high: float) -> float:
    v = _log_uniform(rng, low, high)
    return float(f"{v:.3g}")


def _pct(rng: random.Random, low: float, high: float, digits: int = 1) -> float:
    return round(rng.uniform(low, high), digits)


# kind → (attribute, keywords, unit ("cur" = the entity's currency), value, period: y|q|d|m)
_MEASURES: dict[str, list[tuple[str, str, str, object, str]]] = {
    "company": [
        ("annual revenue", "revenue|sales|turnover", "cur", lambda r: _money(r, 2e7, 4e11), "y"),
        ("quarterly revenue", "revenue|sales|quarter", "cur", lambda r: _money(r, 5e6, 1e11), "q"),
        ("net income", "net income|net profit|profit|earnings", "cur", lambda r: _money(r, 1e6, 5e10), "y"),
        ("quarterly net income", "net income|profit|quarter", "cur", lambda r: _money(r, 1e5, 1e10), "q"),
        ("operating profit", "operating profit|operating income|EBIT", "cur", lambda r: _money(r, 1e6, 6e10), "y"),
        ("adjusted EBITDA", "EBITDA|adjusted EBITDA", "cur", lambda r: _money(r, 1e6, 8e10), "y"),
        ("diluted earnings per share", "EPS|earnings per share|per share", "cur", lambda r: round(r.uniform(0.02, 14), 2), "q"),
        ("dividend per share", "dividend|per share", "cur", lambda r: round(r.uniform(0.01, 4), 2), "y"),
        ("employees", "employees|staff|workforce|headcount|people", "count", lambda r: r.randint(40, 380_000), "y"),
        ("market capitalisation", "market value|market cap|valued|worth", "cur", lambda r: _money(r, 5e7, 2e12), "d"),
        ("share price close", "shares|stock|closed|close", "cur", lambda r: round(_log_uniform(r, 0.5, 900), 2), "d"),
        ("gross margin", "gross margin|margin", "%", lambda r: _pct(r, 5, 80), "q"),
        ("operating margin", "operating margin|margin", "%", lambda r: _pct(r, -10, 45), "y"),
        ("revenue growth year on year", "revenue|growth|rose|up", "%", lambda r: _pct(r, -30, 60), "q"),
        ("capital expenditure", "capex|capital spending|investment", "cur", lambda r: _money(r, 1e6, 4e10), "y"),
        ("net debt", "net debt|debt|borrowings", "cur", lambda r: _money(r, 1e6, 9e10), "y"),
        ("year founded", "founded|established", "year", lambda r: float(r.randint(1850, 2021)), "-"),
        ("stores", "stores|outlets|branches|locations", "count", lambda r: r.randint(3, 9000), "y"),
    ],
    "bank": [
        ("CET1 ratio", "CET1|capital ratio|core tier one", "%", lambda r: _pct(r, 9, 19), "q"),
        ("net interest margin", "net interest margin|NIM|margin", "%", lambda r: _pct(r, 0.8, 4.5, 2), "q"),
        ("total deposits", "deposits|customer deposits", "cur", lambda r: _money(r, 1e9, 2e12), "q"),
        ("total loans", "loans|lending|loan book", "cur", lambda r: _money(r, 1e9, 1.5e12), "q"),
        ("total assets", "assets|balance sheet", "cur", lambda r: _money(r, 2e9, 3e12), "y"),
        ("net income", "net income|net profit|profit|earnings", "cur", lambda r: _money(r, 1e7, 4e10), "y"),
        ("return on equity", "return on equity|ROE|return", "%", lambda r: _pct(r, 2, 22), "y"),
        ("employees", "employees|staff|workforce|headcount|people", "count", lambda r: r.randint(300, 250_000), "y"),
        ("branches", "branches|offices", "count", lambda r: r.randint(5, 5000), "y"),
    ],
    "index": [
        ("closing level", "closed|close|index|level", "points", lambda r: round(_log_uniform(r, 300, 40_000), 2), "d"),
        ("daily move", "rose|fell|points|move", "points", lambda r: round(r.uniform(-400, 400), 2), "d"),
        ("daily change", "rose|fell|percent|change", "%", lambda r: _pct(r, -4, 4, 2), "d"),
        ("annual performance", "gained|lost|year|return", "%", lambda r: _pct(r, -35, 45), "y"),
        ("dividend yield", "dividend yield|yield", "%", lambda r: _pct(r, 0.5, 6, 2), "m"),
    ],
    "bond": [
        ("yield", "yield|bond|benchmark", "%", lambda r: _pct(r, -0.5, 9, 3), "d"),
        ("daily change in yield", "basis points|yield|rose|fell", "bp", lambda r: float(r.randint(-30, 30)), "d"),
    ],
    "economy": [
        ("GDP growth", "GDP|economy|growth|grew", "%", lambda r: _pct(r, -8, 9), "q"),
        ("annual inflation", "inflation|consumer prices|CPI", "%", lambda r: _pct(r, -1, 12), "m"),
        ("unemployment rate", "unemployment|jobless rate", "%", lambda r: _pct(r, 2, 18), "m"),
        ("policy interest rate", "interest rate|policy rate|benchmark rate", "%", lambda r: _pct(r, 0, 15, 2), "m"),
        ("gross domestic product", "GDP|economy|output", "USD", lambda r: _money(r, 5e10, 2.8e13), "y"),
        ("trade balance", "trade surplus|trade deficit|trade", "USD", lambda r: _money(r, 1e8, 9e11), "m"),
        ("government debt to GDP", "debt|GDP|public debt", "%", lambda r: _pct(r, 10, 250), "y"),
        ("population", "population|people|inhabitants", "count", lambda r: r.randint(3_000_000, 1_400_000_000), "y"),
    ],
    "person": [
        ("total compensation", "pay|compensation|paid|salary|package", "USD", lambda r: _money(r, 2e5, 9e7), "y"),
        ("shares owned", "shares|stake|owns", "count", lambda r: r.randint(1000, 90_000_000), "d"),
        ("age", "aged|age|old", "year", lambda r: float(r.randint(29, 88)), "y"),
        ("stake", "stake|holding|owns", "%", lambda r: _pct(r, 0.1, 60), "d"),
    ],
    "product": [
        ("units sold", "units|sold|sales|shipments", "count", lambda r: r.randint(1000, 90_000_000), "q"),
        ("launch price", "price|priced|costs|retail", "cur", lambda r: round(_log_uniform(r, 5, 4000), 2), "-"),
        ("market share", "market share|share", "%", lambda r: _pct(r, 0.2, 55), "q"),
        ("year launched", "launched|introduced|released", "year", lambda r: float(r.randint(1990, 2025)), "-"),
        ("revenue", "revenue|sales", "cur", lambda r: _money(r, 1e6, 9e10), "y"),
    ],
    "fund": [
        ("assets under management", "assets under management|AUM|assets|manages", "cur", lambda r: _money(r, 1e7, 9e11), "q"),
        ("annual return", "return|returned|gained|performance", "%", lambda r: _pct(r, -30, 45), "y"),
        ("ongoing charge", "fee|charge|costs", "%", lambda r: _pct(r, 0.05, 2.0, 2), "y"),
        ("net inflows", "inflows|flows|net new money", "cur", lambda r: _money(r, 1e6, 9e10), "q"),
    ],
}  # fmt: skip


def _as_of(rng: random.Random, period: str, year: int) -> str:
    if period == "-":
        return ""
    if period == "y":
        return str(year) if rng.random() < 0.7 else f"{year}-{rng.choice(('03', '06', '09', '12'))}"
    if period == "q":
        return f"{year}-{rng.choice(_Q_ENDS)[:2]}"
    if period == "m":
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def newsroom_rows(facts: int, reserved: set[str], seed: int = 13):
    """Yield `facts` FactRows over entities drawn from _Names (3-15 facts each)."""
    rng = random.Random(seed)
    names = _Names(rng, reserved)
    economies = [e.split("|") for e in _ECONOMIES]
    made = 0
    while made < facts:
        if economies and rng.random() < 0.002:
            name, *aliases = economies.pop(0)
            kind = "economy"
            if name_key(name) in names.used:
                continue
            names.used.add(name_key(name))
        else:
            name, aliases, kind = names.next()
        currency = rng.choice(_CURRENCIES)
        source = {"company": "annual report", "bank": "results", "index": "exchange data",
                  "bond": "central bank data", "economy": "statistics office", "person": "proxy statement",
                  "product": "company data", "fund": "factsheet"}[kind]  # fmt: skip
        n = min(facts - made, rng.randint(3, 15) if kind != "economy" else rng.randint(20, 60))
        seen: set[tuple[str, str]] = set()
        for _ in range(n * 3):
            if len(seen) >= n:
                break
            attr, keywords, unit, value_of, period = rng.choice(_MEASURES[kind])
            as_of = _as_of(rng, period, rng.randint(2008, 2025))
            if (attr, as_of) in seen:
                continue
            seen.add((attr, as_of))
            value = value_of(rng)  # type: ignore[operator]
            unit = currency if unit == "cur" else unit
            qualifier = "approx" if unit == "count" and rng.random() < 0.1 else "exact"
            year = as_of[:4] or "n.d."
            yield FactRow(name, tuple(aliases), attr, tuple(keywords.split("|")), float(value), unit,
                          qualifier, as_of, f"{name.split()[0]} {source} {year}",
                          "", "")  # fmt: skip
            made += 1


# ---------------------------------------------------------------------- databases


def _set_files() -> list[Path]:
    return [s / "evidence.csv" for s in SETS if (s / "evidence.csv").exists()]


def _reserved_keys() -> set[str]:
    """Names of the sets' entities: the generator makes no entity of the same key (their
    aliases may still be look-alikes of generated ones, as in a real newsroom)."""
    import csv

    keys = set()
    for path in _set_files():
        with open(path, encoding="utf-8") as f:
            keys |= {name_key(r["entity"]) for r in csv.DictReader(f)}
    return keys


def _stamp(facts: int) -> dict:
    digest = hashlib.sha1(b"".join(p.read_bytes() for p in _set_files())).hexdigest()[:12]
    return {"facts": facts, "generator": GENERATOR, "sets": digest}


def _remove(db: Path) -> None:
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)


def build_small(db: Path) -> None:
    _remove(db)
    with EvidenceStore(db) as store:
        for path in _set_files():
            store.import_file(path, backup=False)


def ensure_big(db: Path, facts: int) -> dict:
    """The newsroom database, built unless a matching one is already there."""
    meta_path = db.with_name(db.name + ".json")
    want = _stamp(facts)
    if db.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if {k: meta.get(k) for k in want} == want:
            with EvidenceStore(db) as store:
                if store.count_facts() == meta["total"]:
                    return {**meta, "cached": True}
    _remove(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    with EvidenceStore(db) as store:
        chunk: list[tuple[int, FactRow]] = []
        for i, row in enumerate(newsroom_rows(facts, _reserved_keys()), start=2):
            chunk.append((i, row))
            if len(chunk) == CHUNK:
                store.import_rows(chunk, backup=False, source_file=SOURCE_FILE)
                chunk = []
                print(
                    f"  {i - 1:,} facts imported ({time.perf_counter() - t:.0f} s)", file=sys.stderr
                )
        store.import_rows(chunk, backup=False, source_file=SOURCE_FILE)
        for path in _set_files():
            store.import_file(path, backup=False)
        total = store.count_facts()
        entities = store.db.execute("SELECT count(*) FROM entities").fetchone()[0]
        aliases = store.db.execute("SELECT count(*) FROM aliases").fetchone()[0]
    meta = {**want, "total": total, "entities": entities, "aliases": aliases,
            "build_s": round(time.perf_counter() - t, 1)}  # fmt: skip
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    return {**meta, "cached": False}


# ---------------------------------------------------------------------- timing


def articles() -> list[Path]:
    paths = [
        p for s in ("verdicts-a", "verdicts-b") for p in sorted((DATA / s / "articles").glob("*"))
    ]
    if REUTERS.is_dir():
        stories = sorted(REUTERS.glob("reuters_*.txt"))
        paths += stories[::15][:20]
    return paths


def time_matching(db: Path, analyses: list, passes: int, profile: bool = False) -> dict:
    """Per-claim cost of each pass: Matcher.judge plus the claim's share of Matcher()."""
    store = EvidenceStore(db)
    store.verify()  # a big database is checked in the background at open: wait for it
    out = []
    profiler = None
    full_gcs: list[float] = []  # Python's full collections (~50 ms): they land in some claim
    started = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if info["generation"] == 2:
            if phase == "start":
                started[0] = time.perf_counter()
            else:
                full_gcs.append((time.perf_counter() - started[0]) * 1000)

    gc.callbacks.append(on_gc)
    for p in range(passes):
        full_gcs.clear()
        if profile and p == passes - 1:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            profiler.start()
        costs, builds, judged, worst = [], [], [], (0.0, "", 0)
        for analysis in analyses:
            if not analysis.claims:
                continue
            t = time.perf_counter()
            matcher = Matcher(store, analysis)
            build = time.perf_counter() - t
            builds.append(build)
            share = build / len(analysis.claims)
            for claim in analysis.claims:
                t = time.perf_counter()
                verdict = matcher.judge(claim)
                costs.append((time.perf_counter() - t + share) * 1000)
                judged.append(verdict.verdict)
                if costs[-1] > worst[0]:
                    worst = (
                        costs[-1],
                        Path(str(analysis.article.source)).name,
                        len(analysis.claims),
                    )
        out.append({"costs": costs, "builds": builds, "verdicts": judged, "worst": worst,
                    "full_gcs": list(full_gcs)})  # fmt: skip
    gc.callbacks.remove(on_gc)
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False), file=sys.stderr)
    store.close()
    return {"passes": out}


def _pct_of(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))] if s else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, help="where to keep the big database (default: temp dir)")
    ap.add_argument(
        "--passes", type=int, default=2, help="timed passes over the articles (first is cold)"
    )
    ap.add_argument(
        "--profile", action="store_true", help="pyinstrument of the big database's last pass"
    )
    args = ap.parse_args()
    db = (
        args.db
        or Path(tempfile.gettempdir()) / "factcheck-bench-matching" / f"facts-{args.facts}.db"
    )
    print(f"building or reusing {db} ...", file=sys.stderr)
    meta = ensure_big(db, args.facts)
    pipeline = load_pipeline()
    paths = articles()
    analyses = [extract_claims(load_article(p), pipeline) for p in paths]
    claims = sum(len(a.claims) for a in analyses)
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "sets.db"
        build_small(small)
        runs = {"sets only": time_matching(small, analyses, args.passes),
                f"{meta['total']:,} facts": time_matching(db, analyses, args.passes, args.profile)}  # fmt: skip
    size_mb = (
        sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.suffix != ".json") / 1e6
    )
    built = (
        f"cached (built in {meta['build_s']} s)"
        if meta["cached"]
        else f"built in {meta['build_s']} s"
    )
    print(f"database: {meta['total']:,} facts, {meta['entities']:,} entities, {meta['aliases']:,} aliases, "
          f"{size_mb:.0f} MB, {built}")  # fmt: skip
    print(
        f"articles: {len(paths)} ({sum(1 for a in analyses if a.claims)} with claims), {claims} claims; "
        "per claim = judge() + its share of Matcher()"
    )
    print(
        f"{'database':22} {'pass':>4} {'median ms':>10} {'p90 ms':>8} {'max ms':>8} "
        f"{'Matcher() med/max ms':>21} {'total s':>8}"
    )
    verdicts = {}
    for name, run in runs.items():
        for i, p in enumerate(run["passes"], start=1):
            c, b = p["costs"], p["builds"]
            print(f"{name:22} {i:>4} {statistics.median(c):>10.2f} {_pct_of(c, 0.9):>8.2f} {max(c):>8.2f} "
                  f"{statistics.median(b) * 1000:>10.1f} / {max(b) * 1000:<8.1f} {sum(c) / 1000:>8.2f}")  # fmt: skip
        verdicts[name] = run["passes"][-1]["verdicts"]
    for name, run in runs.items():
        slowest = "; ".join(f"pass {i}: {ms:.1f} ms in {article} ({n} claims), "
                            f"{len(p['full_gcs'])} full GC ({sum(p['full_gcs']):.0f} ms)"
                            for i, p in enumerate(run["passes"], start=1) for ms, article, n in [p["worst"]])  # fmt: skip
        print(f"slowest claim, {name}: {slowest}")
    small_v, big_v = verdicts.values()
    differ = sum(a != b for a, b in zip(small_v, big_v, strict=True))
    print(
        f"verdicts that differ between the two databases: {differ} of {len(small_v)} "
        "(look-alike names among the million)"
    )
    moves = collections.Counter(
        f"{a} -> {b}" for a, b in zip(small_v, big_v, strict=True) if a != b
    )
    if moves:
        print("  of which: " + ", ".join(f"{k} {n}" for k, n in moves.most_common()))
    print("budget: median ≤ 10 ms per claim with 1,000,000 facts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
