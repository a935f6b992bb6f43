"""Candidates, not a cascade: what each field finder saw, and a first scoring function.

A finder yields every reading it has of a field as a ``Candidate``: the value, its evidence, the
source kind it came from (calendar part, schema.org, labelled line, subject, heading, body
sentence, signature, quoted/forwarded part, NER, gazetteer), the rule that produced it and that
rule's features. Choosing among them is a separate step. The first scoring function,
``by_precedence``, is today's order of trust: each finder yields its candidates in that order
(rank 0 is what the rules have always chosen), so extraction gives what it gave before; a learned
scorer can replace it by reading the same candidates and features.

``alternatives`` turns a field's ranked candidates into up to three ``FieldValue`` choices for
the reviewer, the chosen value first, each later one with a confidence below the one before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from parsers.fold import fold_lower
from parsers.types import Candidate, Feature, FieldValue

__all__ = ["Candidate", "alternatives", "by_precedence", "candidate"]

MAX_ALTERNATIVES = 3
_DECAY = 0.8  # an alternative's confidence is at most this share of the one ranked above it


def candidate(
    field: str,
    fv: FieldValue,
    *,
    source: str,
    rule: str,
    rank: int,
    features: Iterable[Feature] = (),
) -> Candidate:
    """A candidate from a finder's FieldValue."""
    feats = (("finder_confidence", float(fv.confidence)), ("rank", rank), *features)
    return Candidate(field, fv.value, fv.confidence, fv.evidence, source, rule, rank, feats)


def _key(value: object) -> object:
    if isinstance(value, str):
        return " ".join(fold_lower(value).split())
    return value.isoformat() if isinstance(value, date) else value


def by_precedence(cands: Iterable[Candidate], limit: int | None = None) -> list[Candidate]:
    """The first scoring function: today's precedence. Finders yield their candidates in rank
    order, so this keeps that order, one candidate per value (empty values dropped), and stops
    reading once ``limit`` distinct values are found (None: read them all)."""
    seen: set[object] = set()
    out: list[Candidate] = []
    for cand in cands:
        key = _key(cand.value)
        if cand.value in (None, "") or key in seen:
            continue
        seen.add(key)
        out.append(cand)
        if limit is not None and len(out) >= limit:
            break
    return sorted(out, key=lambda c: c.rank)


def alternatives(ranked: Sequence[Candidate], chosen: FieldValue) -> tuple[FieldValue, ...]:
    """Up to ``MAX_ALTERNATIVES`` choices, ``chosen`` first, then the other values in rank
    order, each with a confidence below the one before it."""
    if chosen.value is None:
        return ()
    out = [chosen]
    ceiling = chosen.confidence
    for cand in ranked:
        if len(out) >= MAX_ALTERNATIVES:
            break
        if _key(cand.value) == _key(chosen.value):
            continue
        ceiling = round(min(cand.confidence, ceiling * _DECAY), 3)
        out.append(FieldValue(cand.value, ceiling, cand.evidence))
    return tuple(out)
