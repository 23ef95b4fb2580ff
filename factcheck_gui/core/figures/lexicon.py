"""Word lists shared by claims, matching and the evidence store."""

import re

from .currency_data import CURRENCIES

# Words that name a financial measure. In a sentence's subject they speak for all of its
# figures ("Net income climbed to $412m, or $1.05 a share, from $380m"); near a figure,
# when they are not among a fact's words, the fact is probably about something else.
MEASURE_WORDS = frozenset(
    [
        "revenue",
        "revenues",
        "sales",
        "turnover",
        "profit",
        "profits",
        "income",
        "earnings",
        "loss",
        "losses",
        "ebitda",
        "ebit",
        "margin",
        "margins",
        "employees",
        "staff",
        "workers",
        "workforce",
        "headcount",
        "jobs",
        "job",
        "customers",
        "users",
        "subscribers",
        "shares",
        "stake",
        "debt",
        "assets",
        "cash",
        "dividend",
        "dividends",
        "capex",
        "spending",
        "investment",
        "valuation",
        "price",
        "prices",
        "cost",
        "costs",
        "fine",
        "fines",
        "penalty",
        "deficit",
        "output",
        "production",
        "deliveries",
        "orders",
        "bookings",
        "backlog",
        "papers",
        "patents",
        "stores",
        "branches",
        "offices",
        "factories",
        "plants",
        "members",
        "accounts",
        "downloads",
        "funding",
        "round",
        "buyback",
        "payout",
        "salary",
        "pay",
        "bonus",
        "tax",
        "taxes",
        "market",
        "share",
        "growth",
        "savings",
        "synergies",
        "estimates",
        "estimate",
        "forecast",
        "forecasts",
        "consensus",
        "guidance",
        "target",
        "yield",
        "yields",
        "rate",
        "rates",
        "inflation",
        "unemployment",
        "exports",
        "imports",
        "volume",
        "volumes",
        "deposits",
        "loans",
        "lending",
        "mortgages",
        "capacity",
        "premium",
    ]
)

# Verbs that say a figure is a move, not a level ("rose 8.4%", "fell by £3.2bn"); FALL_VERBS
# are the ones that move down. Regex alternatives, used by quantities and claims.
FALL_VERBS = (
    r"fell|fallen|fall|falls|falling|lost|loses|shed|sheds|dropped|drops|declined|declines|decreased|"
    r"slipped|slips|slid|plunged|tumbled|shrank|down|lower|edged\s+down|retreated|sank|eased"
)
RISE_VERBS = (
    r"rose|risen|rise|rises|rising|gained|gains|gain|added|adds|climbed|climbs|increased|increases|jumped|"
    r"jumps|soared|surged|grew|grows|up|higher|edged\s+up|advanced|firmed"
)
CHANGE_VERBS = f"{FALL_VERBS}|{RISE_VERBS}"
# Indexes whose level is counted in points ("the Sensex fell to 35,470.15", "PMI rose to 49.7"):
# a bare number after "to", "from" or "at" in a sentence that names one is a level in points.
INDEX_WORDS = (
    "S&P 500", "S&P", "Nikkei", "Sensex", "Nifty", "FTSE", "Dow", "Dow Jones", "Nasdaq", "PMI",
    "PMIs", "Kospi", "Hang Seng", "DAX", "CAC", "CAC 40", "Stoxx", "STOXX", "TSX", "ASX", "Topix",
    "Shanghai Composite", "Russell 2000", "IBEX", "Ibex", "Bovespa", "Straits Times", "VIX",
    "CSI 300", "KLCI", "Jakarta Composite", "MSCI", "Euro Stoxx", "Shenzhen Component", "Taiex",
    "index", "indexes", "indices", "Index", "benchmark", "Industrial Average", "blue-chip",
    "blue chip", "barometer", "gauge",
)  # fmt: skip
INDEX_BEFORE = re.compile(
    r"(?<![\w&])(?:"
    + "|".join(re.escape(w) for w in sorted(INDEX_WORDS, key=len, reverse=True))
    + r")(?![\w&])",
    re.I,  # "the KOSPI, which ended at 2,203"
)
# What stands before a level: "fell to", "from", "closed at", "a record high of".
LEVEL_BEFORE = re.compile(
    r"\b(?:to|from|at|of|near)\s+(?:a\s+(?:record|(?:\d+-\w+\s+)?(?:high|low))\s+(?:of\s+)?)?$"
)
# What someone does to a figure ("raised its forecast", "cut 9% of its staff"): not a move of
# the figure itself, but "cut $5 to $7" is still no range.
ACTION_VERBS = r"raised|cut|lifted|lowered|boosted|trimmed"


# --------------------------------------------------------------------------- currencies
# Every ISO 4217 currency with its English names and symbols, from the Unicode CLDR (generated
# into currency_data by currency_build); the few rules below say how news copy uses them.

# The currency a bare head word names when several share it ("dollars" = USD unless "Canadian
# dollars"; "pesos" = MXN unless "Philippine pesos"). A shared head word not listed here is read
# only with its adjective ("Kuwaiti dinars", "Danish kroner").
HEAD_DEFAULTS = {
    "dollar": "USD", "pound": "GBP", "peso": "MXN", "franc": "CHF", "rupee": "INR",
    "riyal": "SAR", "rial": "IRR", "won": "KRW", "ruble": "RUB", "dirham": "AED",
    "shilling": "KES", "leu": "RON", "kwacha": "ZMW", "manat": "AZN",
}  # fmt: skip
# Names news copy writes that CLDR's English names do not have (plurals, spellings, wire
# abbreviations). "lire" is the old plural of lira.
NAME_ALIASES = {
    "u.s. dollar": "USD", "u.s. dollars": "USD", "dlr": "USD", "dlrs": "USD",
    # wire style: "30.07 billion N.Z. Dlrs", "424 Swedish crowns"
    "u.s. dlrs": "USD", "u.s. dlr": "USD", "n.z. dlrs": "NZD", "n.z. dollars": "NZD",
    "n.z. dlr": "NZD", "h.k. dlrs": "HKD", "hk dlrs": "HKD", "s'pore dlrs": "SGD",
    "swedish crowns": "SEK", "swedish crown": "SEK", "danish crowns": "DKK", "danish crown": "DKK",
    "norwegian crowns": "NOK", "norwegian crown": "NOK", "czech crowns": "CZK", "czech crown": "CZK",
    "icelandic crowns": "ISK",
    "taiwan dollar": "TWD", "taiwan dollars": "TWD", "taiwanese dollars": "TWD",
    "korean won": "KRW", "reais": "BRL", "lire": "TRY", "liras": "TRY", "rouble": "RUB",
    "roubles": "RUB", "rubles": "RUB", "renminbi": "CNY", "sterling": "GBP", "stg": "GBP",
    "pounds sterling": "GBP", "pound sterling": "GBP", "euro": "EUR", "rupee": "INR",
    "zlotys": "PLN", "zloty": "PLN", "kronor": "SEK", "kronur": "ISK", "naira": "NGN",
    "yuan renminbi": "CNY", "swiss francs": "CHF",
    # wire briefs write the code in lower case after the figure ("19.4 bln eur", "6.42 Sfr")
    "eur": "EUR", "sfr": "CHF", "sfrs": "CHF", "chf": "CHF", "gbp": "GBP", "jpy": "JPY",
    "usd": "USD", "cny": "CNY", "hkd": "HKD", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
}  # fmt: skip
# Names that are also English words ("the team won 12", "a real 5 times", "12 marks"): read as
# money only when the figure has a scale word or is written like an amount (1,000 or more, or
# with decimals): "1.2 trillion won", "15,000 won", "R5 billion" but not "12 won by Democrats".
WORD_LIKE_NAMES = frozenset(
    [
        "won",
        "real",
        "reals",
        "mark",
        "marks",
        "lev",
        "leva",
        "lei",
        "leu",
        "kip",
        "som",
        "dram",
        "sol",
        "soles",
        "pula",
        "tala",
        "vatu",
        "kina",
        "loti",
        "gold",
        "dong",
        "leone",
        "gourde",
        "balboa",
        "denar",
        "dobra",
        "escudo",
        "florin",
        "guilder",
        "lek",
        "rand",
        "cedi",
        "birr",
    ]
)
# "pounds" is sterling, except as a weight or torque: "weighs 15 pounds", "500 million pounds of
# beef", "236 pound-feet".
POUND_WEIGHT_BEFORE = r"(?:weigh(?:s|ed|ing)?|weight\s+(?:of|is|was|will\s+be)|lost|gained|heavy|lifted)\s+(?:\w+\s+){0,2}$"
POUND_WEIGHT_AFTER = (
    r"(?:\s+of\s+(?!sterling)|\s+a\s+day|\s+per\b|[\s-]f(?:ee|oo)t\b|\s+(?:each|apiece)\b)"
)
# "a 1,850 pound satellite": "pound" in the singular after "a" and a number above one is a weight,
# unless money follows ("a 50 pound note").
POUND_ADJECTIVE_BEFORE = r"\b(?:a|an)\s+$"
POUND_MONEY_NOUN_AFTER = (
    r"\s+(?:notes?|coins?|bills?|fees?|fines?|stakes?|tickets?|bets?|charges?|prizes?|bonus)\b"
)
# ISO 4217 codes the reader and the evidence store know as money (one list for both): every
# code CLDR knows, historic ones too (a fact may be in Deutsche Mark).
CURRENCY_CODES = tuple(code for code, *_ in CURRENCIES)


def _currency_names() -> dict[str, str]:
    names: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for code, one, other, current, _syms in CURRENCIES:
        for name in (one, other):
            if "(" in name:
                continue  # "Turkish Lira (1922–2005)": a historic name
            low = " ".join(name.lower().split())
            if current or low not in names:
                names[low] = code
            if current:
                heads.setdefault(low.split()[-1], set()).add(code)
    for head, codes in heads.items():
        if len(codes) == 1:
            names.setdefault(head, next(iter(codes)))
    for _code, one, other, current, _syms in CURRENCIES:
        if current:
            for name in (one, other):
                head = name.lower().split()[-1]
                if head in heads and len(heads[head]) > 1:
                    default = HEAD_DEFAULTS.get(head) or HEAD_DEFAULTS.get(one.lower().split()[-1])
                    if default:
                        names[head] = default
    names.update(NAME_ALIASES)
    # wire style: "250 mln Australian dlrs", "a 57 mln Canadian dlr contract"
    for low, code in list(names.items()):
        if low.endswith(" dollars"):
            names.setdefault(low[: -len("dollars")] + "dlrs", code)
        elif low.endswith(" dollar"):
            names.setdefault(low[: -len("dollar")] + "dlr", code)
    return names


# lower-case name ("saudi riyals", "riyals", "ringgit") -> ISO code
CURRENCY_NAMES = _currency_names()


def _currency_symbols() -> dict[str, str]:
    out = {}
    for code, _one, _other, current, syms in CURRENCIES:
        for sym in syms:
            if current or sym not in out:
                out.setdefault(sym, code)
    # Wire and house styles CLDR does not list as the English symbol.
    out.update({"US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "A$": "AUD", "AU$": "AUD",
                "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "SG$": "SGD",
                "R$": "BRL", "NT$": "TWD", "MX$": "MXN", "Rs.": "INR", "Rs": "INR", "$": "USD",
                "¥": "JPY", "£": "GBP", "€": "EUR"})  # fmt: skip
    # the code with the dollar sign: "AUD$42", "NZD$5", "USD$10"
    out.update({f"{code}$": code for code, *_, syms in CURRENCIES if any("$" in s for s in syms)})
    return out


# symbol written before an amount ("₹", "zł", "RM", "HK$") -> ISO code
CURRENCY_SYMBOLS = _currency_symbols()
# ISO codes written as words, which are also English words or common abbreviations in capitals
# ("ALL 5 stores", "TOP 10", "AMD 7nm"): never read as a currency code.
CODE_LIKE_WORDS = frozenset(
    [
        "ALL",
        "TOP",
        "CUP",
        "MOP",
        "BOB",
        "MAD",
        "PEN",
        "SOS",
        "GEL",
        "AMD",
        "ANG",
        "BAM",
        "BOV",
        "CVE",
        "DOP",
        "GIP",
        "LAK",
        "MGA",
        "NIO",
        "PAB",
        "PGK",
        "SHP",
        "STD",
        "TMT",
        "UYU",
        "CHE",
        "CHW",
        "COU",
        "MXV",
        "USN",
        "UYI",
        "CLF",
    ]
)
# Codes read before or after an amount ("SAR 21.5 billion", "5bn NOK"): those in use today that
# are not English words, and "RMB", which news copy writes for CNY.
TEXT_CURRENCY_CODES = {
    **{code: code for code, _o, _p, current, _s in CURRENCIES if current and code not in CODE_LIKE_WORDS},
    "RMB": "CNY",
}  # fmt: skip


# A word of a currency name: bounded, so that a long run with no space ("1a-1-1a-1-…", a scraped
# table row) costs each figure before it a few characters, not the rest of the line.
_WORD = re.compile(r"[^\W\d_](?:[\w'.&-]{0,38}[^\W_])?\.?")
_MAX_NAME_WORDS = max(len(n.split()) for n in CURRENCY_NAMES)


def currency_name_at(text: str, pos: int, stop: int | None = None) -> tuple[str, str, int] | None:
    """(code, name as written, end) of the currency name that starts at `pos` after one optional
    space ("21.54 billion| riyals", "416| Rupees", "5 million| Kuwaiti dinars"), the longest one;
    None when none does. A dictionary look-up of the next few words, not a regex of every name
    (compiling one costs more than the whole reader's other patterns)."""
    stop = len(text) if stop is None else stop
    i = pos + 1 if pos < stop and text[pos] == " " else pos
    words: list[str] = []
    ends: list[int] = []
    j = i
    while len(words) < _MAX_NAME_WORDS:
        m = _WORD.match(text, j, stop)
        if m is None:
            break
        word, end = m.group(), m.end()
        cut = next(
            (k for k in range(1, len(word)) if word[k - 1].islower() and word[k].isupper()), 0
        )
        if cut:
            word, end = (
                word[:cut],
                m.start() + cut,
            )  # "416 RupeesHero": two scraped lines run together
        words.append(word.lower())
        ends.append(end)
        if cut or end + 1 >= stop or text[end] != " ":
            break
        j = m.end() + 1
    for k in range(len(words), 0, -1):
        name, end = " ".join(words[:k]), ends[k - 1]
        code = CURRENCY_NAMES.get(name)
        if code is None and name.endswith("."):
            name, end = name[:-1], end - 1  # "... 5 billion yuan."
            code = CURRENCY_NAMES.get(name)
        if code:
            return code, text[i:end], end
    return None


def currency_named_in(text: str, lo: int, hi: int, not_code: str = "") -> str | None:
    """The currency named last in text[lo:hi] ("the yuan was at 6.8519 per dollar" → CNY), other
    than `not_code`."""
    code = None
    for m in _WORD.finditer(text, lo, hi):
        found = currency_name_at(text, m.start(), hi)
        if found and found[0] != not_code:
            code = found[0]
    return code


def trie_alt(words: list[str] | set[str] | frozenset[str], flags_ci: bool = False) -> str:
    """A regex alternation of literal words as a prefix tree: each position tries one branch per
    distinct next character, not one per word (hundreds of currency names and codes). A space in
    a word matches any one whitespace character."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w.lower() if flags_ci else w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        parts = [(r"\s" if ch == " " else re.escape(ch)) + build(sub)
                 for ch, sub in sorted(node.items()) if ch]  # fmt: skip
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if len(parts) > 3:
            # one look at the next character instead of trying every branch in turn
            first = "".join(r"\s" if ch == " " else re.escape(ch) for ch in sorted(node) if ch)
            body = f"(?=[{first}]){body}"
        return f"(?:{body})?" if end else body

    return build(tree)
