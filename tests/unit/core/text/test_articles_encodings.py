"""Legacy encodings of news copy: Windows-1252 read as such, mixed UTF-8 files read, not refused."""

import pytest

from factcheck_gui.core.text.articles import load_article
from factcheck_gui.core.text.decoding import decode_bytes

# Short English copy full of the characters Windows-1252 adds to Latin-1: a detector reads
# such text as cp852 or mac-iceland ("Acmeĺs … Ç3.2bn").
NEWS_1252 = [
    "Acme’s revenue rose to €3.2bn – “a record”, the chief executive said.",
    "Shares rose 5% on Tuesday. The company said profit was €2bn.\n\nIt’s a “big” day — analysts said.",
    "Vantage Holdings said on Monday that it expects full-year sales of €14.2bn, up 8% from a year "
    "earlier, as demand for its “premium” range held up… The group’s shares — which fell 12% in "
    "March — rose 3.1% in Frankfurt.\n\n“We’re confident,” said chief financial officer Renée Dubois.",
    "CAFÉ’S OWNER said revenue rose 5% – “great”.",  # É’ happens to be a valid UTF-8 pair
    "Der Umsatz stieg um 5 % auf 3 Mrd. €, sagte Jürgen Größ. Café crème, señor: ¿qué pasa?",
]


@pytest.mark.parametrize("text", NEWS_1252)
def test_windows_1252_news_copy_decodes_as_1252(tmp_path, text):
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("cp1252"))
    article = load_article(p)
    assert article.text.strip() == text
    assert article.encoding == "cp1252"


def test_mostly_utf8_file_with_pasted_1252_quotes_is_read(tmp_path):
    utf8 = "Acme results\n\nRevenue was €3.2bn, up 5% from last year, said Renée Dubois.\n\n"
    pasted = "It’s a “record” quarter – the best since 2019.\n"
    p = tmp_path / "a.txt"
    p.write_bytes(utf8.encode("utf-8") + pasted.encode("cp1252"))
    article = load_article(p)
    assert article.text == utf8 + pasted
    assert article.encoding == "utf-8+cp1252"


def test_utf8_bom_file_with_a_stray_1252_byte_is_read(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfRevenue rose 5% \x96 to $3bn.\n")
    assert load_article(p).text == "Revenue rose 5% – to $3bn.\n"


@pytest.mark.parametrize(
    "text,encoding",
    [
        ("Выручка компании выросла на 5% до 3 млрд рублей в прошлом году.", "cp1251"),
        ("Przychody spółki wzrosły o 5%, a zysk był większy niż rok wcześniej.", "cp1250"),
    ],
)
def test_other_code_pages_are_not_read_as_1252(text, encoding):
    decoded, _ = decode_bytes(text.encode(encoding), "a.txt")
    assert decoded == text
