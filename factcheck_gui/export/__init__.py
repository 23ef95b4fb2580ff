"""Exports of a checked article: the annotated PDF (Qt for typesetting, pypdf for comments)."""
