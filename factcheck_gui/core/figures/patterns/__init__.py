"""Figure patterns by family, as tables with their examples.

Each module holds one family of figures (amounts of money and percentages, dates, durations,
shares and multiples, numbers in words), the spans that look like figures but are not (`skips`),
how two figures join into a range (`ranges`) and the qualifier words around a figure
(`qualifiers`). Every module lists `EXAMPLES`: (text, kind, value, unit) rows that the tests read
with `find_quantities`, so each pattern is documented and tested by its own examples.
`..quantities.find_quantities` runs the families in a fixed order.
"""
