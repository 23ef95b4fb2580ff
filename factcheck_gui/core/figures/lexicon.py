"""Word lists shared by claims, matching and the evidence store."""

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
# What someone does to a figure ("raised its forecast", "cut 9% of its staff"): not a move of
# the figure itself, but "cut $5 to $7" is still no range.
ACTION_VERBS = r"raised|cut|lifted|lowered|boosted|trimmed"

# ISO 4217 codes the reader and the evidence store know as money (one list for both).
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR", "AUD", "CAD", "HKD", "SGD", "SEK", "NOK",
                  "DKK", "KRW", "BRL", "ZAR", "MXN", "RUB", "TRY", "NZD", "TWD", "ILS")  # fmt: skip
