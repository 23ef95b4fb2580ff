"""The article's date in the window: shown with where it came from, set or cleared by the
editor, and kept through a re-check of the same file."""

import datetime as dt

from factcheck_gui.gui.article_date import ArticleDateDialog, DateChoice

DATED = "Acme results\n\nNEW YORK, March 3, 2020 (Reuters) - Acme Corp said revenue rose 4% last year.\n"


def _check(w, qtbot, action):
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        action()


def test_date_from_the_file_then_set_by_the_editor_survives_recheck(make_window, qtbot, tmp_path):
    p = tmp_path / "dated.txt"
    p.write_text(DATED, encoding="utf-8")
    w = make_window()
    _check(w, qtbot, lambda: w.open_path(p))
    assert w.article.date == dt.date(2020, 3, 3)
    assert w.date_label.text() == "Dated 2020-03-03 (from the dateline)"

    _check(w, qtbot, lambda: w.set_article_date(DateChoice(dt.date(2021, 6, 30))))
    assert (w.article.date, w.article.date_source) == (dt.date(2021, 6, 30), "set")
    assert w.date_label.text() == "Dated 2021-06-30 (set by you)"
    assert w.report.article.date == dt.date(2021, 6, 30)

    _check(w, qtbot, w.recheck)  # F5: the editor's date holds
    assert w.article.date == dt.date(2021, 6, 30)
    _check(w, qtbot, lambda: w.open_path(p))  # opened again in the session: still theirs
    assert w.article.date == dt.date(2021, 6, 30)

    _check(w, qtbot, lambda: w.set_article_date(DateChoice(None)))  # "No date"
    assert (w.article.date, w.date_label.text()) == (None, "No article date (cleared by you)")

    _check(w, qtbot, lambda: w.set_article_date(None))  # "Use the file's date"
    assert w.article.date == dt.date(2020, 3, 3)


def test_another_file_has_its_own_date(make_window, qtbot, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(DATED, encoding="utf-8")
    b.write_text("Acme results\n\nAcme said revenue rose 4%.\n", encoding="utf-8")
    w = make_window()
    _check(w, qtbot, lambda: w.open_path(a))
    _check(w, qtbot, lambda: w.set_article_date(DateChoice(dt.date(2021, 6, 30))))
    _check(w, qtbot, lambda: w.open_path(b))
    assert w.article.date is None and w.date_label.text() == "No article date"


def test_pasted_text_takes_the_editors_date(make_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    w = make_window()
    QGuiApplication.clipboard().setText(DATED)
    _check(w, qtbot, w.paste_article)
    assert w.article.date_source == "dateline"
    _check(w, qtbot, lambda: w.set_article_date(DateChoice(dt.date(2019, 1, 2))))
    assert w.article.date == dt.date(2019, 1, 2)
    _check(w, qtbot, lambda: w.set_article_date(None))
    assert w.article.date == dt.date(2020, 3, 3)


def test_dialog(qtbot, tmp_path):
    from factcheck_gui.core.text.articles import article_from_text

    dialog = ArticleDateDialog(article_from_text(DATED))
    qtbot.addWidget(dialog)
    assert dialog.edit.text() == "2020-03-03"
    dialog.edit.setText("2021-02-30")
    dialog.accept_text()
    assert not dialog.changed and "calendar" in dialog.error.text()
    dialog.edit.setText("2021-02-28")
    dialog.accept_text()
    assert dialog.changed and dialog.choice == DateChoice(dt.date(2021, 2, 28))

    dialog = ArticleDateDialog(article_from_text(DATED))
    qtbot.addWidget(dialog)
    dialog.none_button.click()
    assert dialog.changed and dialog.choice == DateChoice(None)
    dialog = ArticleDateDialog(article_from_text(DATED))
    qtbot.addWidget(dialog)
    dialog.file_button.click()
    assert dialog.changed and dialog.choice is None
