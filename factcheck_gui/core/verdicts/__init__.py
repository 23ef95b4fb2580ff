"""Verdicts: which facts are candidates for a claim, interval logic, explanations."""
