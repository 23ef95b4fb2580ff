"""The annotated PDF read back: one real comment per mark, on exactly the words of its mark."""

import os

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from factcheck_gui.core.pipeline import check_article
from factcheck_gui.core.text.articles import article_from_text
from factcheck_gui.export.pdf import PdfOptions, export_pdf
from factcheck_gui.gui.decisions import Decision

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
EVIDENCE = HEADER + (
    "Acme Corp,Acme,annual revenue,revenue|sales,5200000000,USD,,2024,Acme 10-K 2024,https://acme.example/10k,\n"
    "Acme Corp,Acme,employees,employees|staff|people,12000,count,,2024,Acme 10-K 2024,,\n"
    "Société Générale,SocGen,net profit,net profit|profit,4200000000,EUR,,2024,SocGen annual report,,\n"
)
ARTICLE = (
    "Acme’s record year\n\n"
    "Acme Corp said revenue was $5.2\u202fbillion in 2024, and the company now employs more than 15,000 people "
    "across its US\u2011China operations. Société Générale reported net profit of €4.2bn, while analysts at "
    "Crédit Agricole called it “a strong result”. The company recieved £30m in grants.\n\n"
    "Key points:\n\n- Revenue rose.\n- . Costs fell.\n"
)


@pytest.fixture
def report(make_store, qapp):
    store = make_store(EVIDENCE)
    text = ARTICLE + "\n".join(
        f"\nParagraph {i}: Acme Corp said revenue was $5.2 billion in 2024." for i in range(60)
    )
    yield check_article(article_from_text(text, "acme.txt"), store)
    store.close()


def quad_texts(path):
    reader = PdfReader(str(path))
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i, page in enumerate(reader.pages):
        tp = pdf[i].get_textpage()
        for ref in page.get("/Annots") or []:
            a = ref.get_object()
            if a["/Subtype"] not in ("/Highlight", "/Underline"):
                continue
            q = [float(x) for x in a["/QuadPoints"]]
            parts = []
            for k in range(0, len(q), 8):
                xs, ys = q[k : k + 8 : 2], q[k + 1 : k + 8 : 2]
                parts.append(
                    tp.get_text_bounded(
                        left=min(xs), bottom=min(ys) + 2, right=max(xs), top=max(ys) - 2
                    ).strip()
                )
            out.append((a, " ".join(parts)))
    pdf.close()
    return out


def norm(s):
    return " ".join(s.replace("\u202f", " ").replace("\u2011", "-").split())


def test_one_comment_per_mark_on_exactly_its_words(report, tmp_path):
    out = tmp_path / "review.pdf"
    placed = export_pdf(report, out, PdfOptions(reviewer="Desk"))
    annots = quad_texts(out)
    assert len(annots) == len(report.claims) + len(report.findings) == len(placed)
    for a, under in annots:
        number = int(a["/Contents"].split("]")[0][1:])
        mark = placed[number - 1]
        assert norm(under) == norm(mark.text), (mark.text, under)
        assert a["/T"] == "Desk" and a["/NM"].startswith("fc-") and "/Popup" in a
        assert a["/Subtype"] == ("/Highlight" if mark.category == "claim" else "/Underline")
    ids = [a["/NM"] for a, _ in annots]
    assert len(set(ids)) == len(ids)


def test_notes_carry_verdict_value_and_source(report, tmp_path):
    out = tmp_path / "review.pdf"
    export_pdf(report, out)
    notes = [a["/Contents"] for a, _ in quad_texts(out)]
    revenue = next(n for n in notes if "money, read as $5.2 billion" in n)
    assert (
        "SUPPORTED" in revenue
        and "Acme 10-K 2024" in revenue
        and "https://acme.example/10k" in revenue
    )
    people = next(n for n in notes if "more than 15,000" in n)
    assert "CONTRADICTED" in people
    assert any("recieved" in n or "received" in n for n in notes)


def test_text_is_searchable_and_unicode_survives(report, tmp_path):
    out = tmp_path / "review.pdf"
    export_pdf(report, out)
    reader = PdfReader(str(out))
    text = norm(" ".join(p.extract_text() for p in reader.pages))
    for words in ("Acme Corp said revenue was $5.2 billion", "Société Générale", "€4.2bn", "£30m", "Crédit Agricole",
                  "US-China", "“a strong result”", "page 1 of"):  # fmt: skip
        assert norm(words) in text, words
    assert len(reader.pages) >= 3
    assert reader.metadata.title.startswith("Fact-check:")
    descriptors = []
    for p in reader.pages:
        for f in (p["/Resources"].get("/Font") or {}).values():
            font = f.get_object()
            target = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptors.append(target["/FontDescriptor"].get_object())
    assert descriptors and all(
        any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors
    )


def test_decisions_become_review_states_and_dismissed_marks_can_be_left_out(report, tmp_path):
    from factcheck_gui.core.marks import marks_from

    marks = marks_from(report)
    decisions = {
        marks[0].key: Decision(status="accepted"),
        marks[1].key: Decision(status="dismissed", note="fine"),
    }
    out = tmp_path / "review.pdf"
    export_pdf(report, out, PdfOptions(reviewer="Desk"), decisions)
    states = [ref.get_object() for p in PdfReader(str(out)).pages for ref in (p.get("/Annots") or [])
              if ref.get_object().get("/StateModel") == "Review"]  # fmt: skip
    assert sorted(s["/State"] for s in states) == ["Accepted", "Rejected"]
    without = tmp_path / "clean.pdf"
    placed = export_pdf(
        report,
        without,
        PdfOptions(include_dismissed=False, summary=False, page_size="Letter"),
        decisions,
    )
    assert len(placed) == len(marks) - 1
    page = PdfReader(str(without)).pages[0]
    assert round(float(page.mediabox.width)) == 612  # Letter
