"""Many marks: numbering them is one pass, marks that touch keep exactly their words, and the
export time grows in proportion to the marks (issue 11: 68 s for 10,000, quadratic)."""

import os
import time

import pytest

from factcheck_gui.core.report import Finding, Report
from factcheck_gui.core.text.articles import article_from_text
from factcheck_gui.export.pdf import PageLines, _article_document, export_pdf, number_marks

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def norm(s):
    return " ".join(s.split())


def quad_texts(path):
    """(annotation, the text under its quads) for each mark's comment, read back with pypdfium2."""
    import pypdfium2 as pdfium
    from pypdf import PdfReader

    pdf, out = pdfium.PdfDocument(str(path)), []
    for i, page in enumerate(PdfReader(str(path)).pages):
        tp = pdf[i].get_textpage()
        for ref in page.get("/Annots") or []:
            a = ref.get_object()
            if a["/Subtype"] in ("/Highlight", "/Underline"):
                q = [float(x) for x in a["/QuadPoints"]]
                boxes = [
                    (
                        min(q[k : k + 8 : 2]),
                        min(q[k + 1 : k + 8 : 2]),
                        max(q[k : k + 8 : 2]),
                        max(q[k + 1 : k + 8 : 2]),
                    )
                    for k in range(0, len(q), 8)
                ]
                out.append(
                    (
                        a,
                        " ".join(
                            tp.get_text_bounded(
                                left=x1, bottom=y1 + 2, right=x2, top=y2 - 2
                            ).strip()
                            for x1, y1, x2, y2 in boxes
                        ),
                    )
                )
    pdf.close()
    return out


def test_numbers_go_after_their_marks_and_offsets_map_back():
    text = "abcdefghij"
    #        marks: [0,3) "abc", [3,5) "de" (touches the first), [3,5) again, [8,8) empty at "i"
    numbered = number_marks(text, [3, 5, 5, 8])
    assert numbered.text == "abc[1]de[2][3]fgh[4]ij"
    assert [numbered.text[s:e] for s, e, _ in numbered.labels] == ["[1]", "[2]", "[3]", "[4]"]
    assert [i for _, _, i in numbered.labels] == [0, 1, 2, 3]
    assert numbered.text[numbered.start_of(0) : numbered.end_of(3)] == "abc"
    assert numbered.text[numbered.start_of(3) : numbered.end_of(5)] == "de"  # not "[1]de"
    assert numbered.text[numbered.start_of(8) : numbered.end_of(9)] == "i"
    assert numbered.text[numbered.start_of(9) :] == "j"


def test_numbering_is_in_order_whatever_the_order_of_the_marks():
    numbered = number_marks("one two three", [13, 3, 7])
    assert numbered.text == "one[2] two[3] three[1]"


def findings_report(text, spans, kind="spelling"):
    findings = tuple(
        Finding(s, e, kind, text[s:e], "message", (), f"{kind}.rule") for s, e in spans
    )
    return Report(article_from_text(text, "t.txt"), (), findings, "", "test")


def test_marks_that_touch_keep_exactly_their_words(qapp, tmp_path):
    text = "Title\n\nThe board met teh,, investors on Monday and recieved;; praise.\n"
    spans = [(text.index("teh"), text.index("teh") + 3), (text.index(",,"), text.index(",,") + 2),
             (text.index("recieved"), text.index("recieved") + 8), (text.index(";;"), text.index(";;") + 2)]  # fmt: skip
    out = tmp_path / "touching.pdf"
    placed = export_pdf(findings_report(text, spans), out)
    annots = quad_texts(out)
    assert len(annots) == 4
    for a, under in annots:
        mark = placed[int(a["/Contents"].split("]")[0][1:]) - 1]
        assert norm(under) == norm(mark.text), (mark.text, under)


SENTENCE = "The compnay said revenue rose, and the board recieved praise from investors. "


def many_marks(marks: int, paragraph_sentences: int = 6) -> Report:
    sentences = -(-marks // 2)
    paragraphs = [
        SENTENCE * min(paragraph_sentences, sentences - i)
        for i in range(0, sentences, paragraph_sentences)
    ]
    text = "Many marks\n\n" + "\n\n".join(p.strip() for p in paragraphs) + "\n"
    spans = []
    for word in ("compnay", "recieved"):
        at = text.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = text.find(word, at + 1)
    return findings_report(text, sorted(spans)[:marks])


def layout_seconds(report, with_marks: bool = True) -> float:
    """CPU time to build and lay out the article's document and place every mark on it (the part
    of the export that grew quadratically), best of two. Without marks: the same text and notes
    laid out plain, the yardstick of this machine's speed."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
    from PySide6.QtGui import QPdfWriter, QTextDocument

    from factcheck_gui.core.marks import marks_from

    marks = marks_from(report)
    notes = {m.key: "A note." for m in marks}
    plain = (
        number_marks(report.article.text, [m.end for m in marks]).text
        + "\n\nNotes"
        + "\n[1] A note." * len(marks)
    )
    best = float("inf")
    for _ in range(2):
        buffer = QBuffer(QByteArray())
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(300)
        t = time.process_time()
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        if with_marks:
            numbered = _article_document(doc, report, marks, notes)
        else:
            doc.setPlainText(plain)
        doc.setPageSize(QSizeF(2067, 3000))
        doc.pageCount()
        if with_marks:
            lines = PageLines(doc, 3000, 842)
            for m in marks:
                lines.quads(numbered.start_of(m.start), numbered.end_of(m.end))
        best = min(best, time.process_time() - t)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("paragraph_sentences", [6, 100_000], ids=["paragraphs", "one-paragraph"])
def test_layout_time_grows_linearly_with_marks(qapp, paragraph_sentences):
    small = layout_seconds(many_marks(2_000, paragraph_sentences))
    report = many_marks(8_000, paragraph_sentences)
    large, yardstick = layout_seconds(report), layout_seconds(report, with_marks=False)
    # 4x the marks: linear is 4x the time, quadratic 16x; the bound leaves room for a loaded machine.
    assert large < 7 * small + 0.2, f"2,000 marks {small:.2f} s, 8,000 marks {large:.2f} s"
    # Painting, numbering and placing 8,000 marks costs a few plain layouts, not fifty (as before issue 11).
    assert large < 8 * yardstick + 0.5, (
        f"8,000 marks {large:.2f} s, the same text plain {yardstick:.2f} s"
    )
