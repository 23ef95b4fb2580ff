"""What spaCy is given: bounded pieces, no giant "words", bounded batches; errors as one line."""

import pytest

from factcheck_gui.cli import main
from factcheck_gui.core import pipeline
from factcheck_gui.core.errors import InputError
from factcheck_gui.core.figures import nlp
from factcheck_gui.core.figures.nlp import (
    MAX_CHUNK,
    MAX_WORD,
    Pipeline,
    chunks,
    parse_spans,
    pieces,
)
from factcheck_gui.core.text.articles import article_from_text


def _covers(text, base, parts):
    for piece, at in parts:
        assert text[at - base : at - base + len(piece)] == piece


def test_long_words_are_left_out_and_offsets_stay_exact():
    blob = "QUJD" * 5000  # 20,000 characters of base64, no space
    text = f"Revenue rose 5%. {blob} Profit was $4m."
    parts = list(pieces(text, 100))
    _covers(text, 100, parts)
    assert "".join(p for p, _ in parts) == "Revenue rose 5%.  Profit was $4m."
    assert max(len(p) for p, _ in parts) < MAX_WORD


def test_chunks_never_exceed_the_maximum_and_cut_at_spaces():
    text = ("word " * (3 * MAX_CHUNK // 5)).strip()  # no line or sentence end at all
    parts = list(chunks(text, 0))
    _covers(text, 0, parts)
    assert all(len(p) <= MAX_CHUNK for p, _ in parts)
    assert all(p.endswith(" ") for p, _ in parts[:-1])  # no word cut in two
    assert "".join(p for p, _ in parts) == text


def test_chunks_cut_hard_only_inside_a_run_without_spaces():
    text = "x" * (MAX_CHUNK + 5)
    assert [len(p) for p, _ in chunks(text, 0)] == [MAX_CHUNK, 5]


class _FakeNlp:
    def __init__(self, error=None):
        self.error = error
        self.calls = []

    def pipe(self, texts, batch_size, n_process):
        texts = list(texts)
        self.calls.append((len(texts), batch_size))
        if self.error:
            raise self.error
        yield from texts


def test_batches_hold_fewer_docs_when_pieces_are_long():
    fake = _FakeNlp()
    list(parse_spans(Pipeline(fake, "fake", False, False), [("word " * 2000, 0)]))
    assert fake.calls[0][1] == nlp.BATCH_CHARS // MAX_CHUNK
    fake = _FakeNlp()
    list(parse_spans(Pipeline(fake, "fake", False, False), [("A short paragraph.", 0)] * 3))
    assert fake.calls[0][1] == nlp.MAX_BATCH


def test_a_worker_out_of_memory_becomes_memory_error_not_its_traceback():
    e871 = ValueError(
        "[E871] Error encountered in nlp.pipe with multiprocessing:\n\nTraceback (most recent call last):\n"
        '  File "spacy/language.py", line 2410, in _apply_pipes\n    docs = pipe(docs)\nMemoryError\n'
    )
    spans = [("Revenue rose 5%.", 0)]
    with pytest.raises(MemoryError):
        list(parse_spans(Pipeline(_FakeNlp(e871), "fake", False, False), spans))
    other = ValueError("[E871] Error encountered:\n\nTraceback...\nKeyError: 'x'\n")
    with pytest.raises(RuntimeError) as err:
        list(parse_spans(Pipeline(_FakeNlp(other), "fake", False, False), spans))
    assert str(err.value) == "the language model failed in a worker process: KeyError: 'x'"


def _out_of_memory(*args, **kwargs):
    raise MemoryError


def test_memory_error_in_a_check_is_one_line_naming_the_article(monkeypatch):
    monkeypatch.setattr(pipeline, "extract_claims", _out_of_memory)
    article = article_from_text("Acme\n\nRevenue rose 5%.\n", "big.txt")
    with pytest.raises(InputError) as err:
        pipeline.check_article(article, None)
    assert str(err.value) == "big.txt: not enough memory to analyse 0.0 MB of text — split it"


def test_memory_error_on_the_command_line_exits_2_with_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "extract_claims", _out_of_memory)
    art = tmp_path / "big.txt"
    art.write_text("Acme\n\nRevenue rose 5%.\n", encoding="utf-8")
    assert main(["check", str(art), "--db", str(tmp_path / "t.db")]) == 2
    err = capsys.readouterr().err
    assert err == f"factcheck: {art}: not enough memory to analyse 0.0 MB of text — split it\n"
