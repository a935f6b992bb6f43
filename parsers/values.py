"""A field value with its evidence, as every field finder builds it."""

from __future__ import annotations

from typing import Any

from parsers.types import Evidence, FieldValue


def field_value(
    value: Any,
    conf: float,
    part: str = "",
    span: tuple[int, int] | None = None,
    method: str = "",
    offset: int = 0,
    within: str = "",
) -> FieldValue:
    """A field value; ``within`` is the text ``span`` indexes (before ``offset``), whose
    characters there the evidence keeps so that ``parsers.evidence`` can find them again."""
    evidence = None
    if part and span is not None:
        quote = within[span[0] : span[1]] if within else ""
        evidence = Evidence(part, span[0] + offset, span[1] + offset, method, text=quote)
    return FieldValue(value, conf, evidence)
