"""The article view on its own: new text comes without any mark's format, and a paint still under
way for the previous text neither paints the new one nor reports it done."""

from PySide6.QtCore import Qt

from factcheck_gui.core.marks import Mark
from factcheck_gui.core.text.articles import article_from_text
from factcheck_gui.gui.article_view import PAINT_CHUNK, ArticleView

WORD = "Acme paid $5m. "


def article(copies: int):
    return article_from_text("Title\n\n" + WORD * copies, "a.txt")


def marks_on(a) -> list[Mark]:
    out = []
    at = a.text.find("$5m")
    while at >= 0:
        out.append(
            Mark(f"claim:{at}", "claim", at, at + 3, "contradicted", "$5m", "", "tip", "#D55E00", 3)
        )
        at = a.text.find("$5m", at + 1)
    return out


def test_new_text_has_no_format_of_the_selected_mark(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    first = article(3)
    view.show_article(first)
    marks = marks_on(first)
    with qtbot.waitSignal(view.marksPainted):
        view.show_marks(marks)
    view.select_mark(marks[1])  # the widget's cursor now sits on a painted claim
    second = article(4)
    view.show_article(second)
    for pos in range(len(second.text) - 1):
        fmt = view.format_at(pos)
        assert fmt.background().style() == Qt.BrushStyle.NoBrush, (pos, second.text[pos])
        assert fmt.underlineStyle() == fmt.UnderlineStyle.NoUnderline
    assert view.currentCharFormat().background().style() == Qt.BrushStyle.NoBrush


def test_a_stale_paint_stops_when_the_text_is_replaced(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    big = article(PAINT_CHUNK * 3)
    view.show_article(big)
    view.show_marks(marks_on(big))  # three chunks queued
    qtbot.wait(0)
    small = article(PAINT_CHUNK * 2)
    view.show_article(small)
    new_marks = marks_on(small)
    done = []
    view.marksPainted.connect(
        lambda: done.append([view.format_at(m.start).background().style() for m in new_marks])
    )
    view.show_marks(new_marks)
    qtbot.waitUntil(lambda: view.painting_done and bool(done), timeout=5_000)
    qtbot.wait(100)
    assert len(done) == 1, "marksPainted was emitted more than once"
    assert all(style != Qt.BrushStyle.NoBrush for style in done[0]), (
        "reported painted before all marks were"
    )
