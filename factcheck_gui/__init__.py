"""factcheck-gui: a desktop fact-checker for editors of financial news."""

__version__ = "0.1.0"
