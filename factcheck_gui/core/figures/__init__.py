"""Figures in the text: numbers and number words, figure patterns, the spaCy pipeline, claims."""
