"""Word lists shared by claims and matching."""

# Words that name a financial measure. In a sentence's subject they speak for all of its
# figures ("Net income climbed to $412m, or $1.05 a share, from $380m"); near a figure,
# when they are not among a fact's words, the fact is probably about something else.
MEASURE_WORDS = frozenset(
    ["revenue", "revenues", "sales", "turnover", "profit", "profits", "income", "earnings", "loss", "losses", "ebitda", "ebit", "margin", "margins", "employees", "staff", "workers", "workforce", "headcount", "jobs", "job", "customers", "users", "subscribers", "shares", "stake", "debt", "assets", "cash", "dividend", "dividends", "capex", "spending", "investment", "valuation", "price", "prices", "cost", "costs", "fine", "fines", "penalty", "deficit", "output", "production", "deliveries", "orders", "bookings", "backlog", "papers", "patents", "stores", "branches", "offices", "factories", "plants", "members", "accounts", "downloads", "funding", "round", "buyback", "payout", "salary", "pay", "bonus", "tax", "taxes", "market", "share", "growth", "savings", "synergies", "estimates", "estimate", "forecast", "forecasts", "consensus", "guidance", "target", "yield", "yields", "rate", "rates", "inflation", "unemployment", "exports", "imports", "volume", "volumes",
     "deposits", "loans", "lending", "mortgages", "capacity", "premium"]
)
