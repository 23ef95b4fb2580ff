"""Proofreading: rules as data (id, kind, message, examples), one module per family."""

from .base import ProofConfig, Rule
from .engine import RULES, proofread, rules_by_id

__all__ = ["RULES", "ProofConfig", "Rule", "proofread", "rules_by_id"]
