"""Errors the core raises for bad input, each with a one-line message for the user."""


class FactcheckError(Exception):
    """Base class: the message is shown to the user as it is."""


class InputError(FactcheckError):
    """An article or import file that cannot be read (names the file, line or field)."""


class StoreError(FactcheckError):
    """The evidence database cannot be opened or written (locked, damaged, not a database)."""


class Cancelled(FactcheckError):
    """A long job was cancelled by the user."""
