"""The checking engine: loading, NLP, figures, claims, evidence, verdicts, reports. No Qt here."""
