"""Calibrated confidence: each field's P(value right), and an event's P(ready to publish).

A small logistic model per field (``data/scorer_model.json``, fitted by ``eval/train.py``) reads
the chosen value's features: its evidence (source kind, rule, part, position, quoted or
forwarded), the finder's own confidence, the rank and features of the candidate it came from
(a place's population, a date's flags, a type's score), how many other readings the field had,
the message's language, mode and number of events. Its output replaces the finder's confidence.
``ready`` is a second small model over the straight-through fields' probabilities: the
probability that the secretariat need not touch the event.

Scoring is pure Python (no numpy): a sum of weights and a sigmoid, deterministic for one model
file. A field the model does not know keeps its finder confidence.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from typing import Any

from parsers.types import Candidate, ExtractedEvent, FieldValue

__all__ = [
    "READY_FIELDS",
    "Context",
    "Linear",
    "ScorerModel",
    "calibrate_events",
    "field_features",
    "load_model",
    "rank_choice",
    "ready_features",
]

# The fields that decide straight-through (shared/eval/score.py STRAIGHT_THROUGH).
READY_FIELDS: tuple[str, ...] = (
    "title",
    "status",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "mode",
    "city",
    "country",
    "event_type",
)
_DECAY = 0.8  # an alternative's confidence stays below this share of the one above it
_FLOOR = 1e-4


@dataclass(frozen=True, slots=True)
class Context:
    """What a field's features read from outside the field: the message and the event."""

    language: str
    n_events: int
    mode: str
    has_calendar: bool


@dataclass(frozen=True, slots=True)
class Linear:
    """One logistic model: P = sigmoid(bias + sum of weight * feature)."""

    bias: float
    weights: Mapping[str, float]

    def probability(self, feats: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in sorted(feats.items()))
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class ScorerModel:
    """A model per field and the ``ready`` model; built from the JSON data file."""

    fields: Mapping[str, Linear]
    ready: Linear | None
    rank: Mapping[str, Linear] = field(default_factory=dict)  # fields whose candidates it ranks

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScorerModel:
        fields = {name: _linear(m) for name, m in data.get("fields", {}).items()}
        rank = {name: _linear(m) for name, m in data.get("rank", {}).items()}
        ready = data.get("ready")
        return cls(fields, _linear(ready) if ready else None, rank)


def _linear(data: Mapping[str, Any]) -> Linear:
    weights = {str(k): float(v) for k, v in data.get("weights", {}).items()}
    return Linear(float(data.get("bias", 0.0)), weights)


def load_model(name: str = "scorer_model.json") -> ScorerModel:
    """The shipped model (``parsers/data/scorer_model.json``); an empty one when absent."""
    path = resources.files("parsers").joinpath("data/" + name)
    if not path.is_file():
        return ScorerModel({}, None)
    return ScorerModel.from_json(json.loads(path.read_text("utf-8")))


# ---------------------------------------------------------------------------------- features


def _value_features(value: object) -> dict[str, float]:
    if value is None or value == "":
        return {"null": 1.0}
    if isinstance(value, str):
        n = len(value.split())
        return {"words": min(n, 20) / 10.0, "long": float(n > 12), "one_word": float(n == 1)}
    if isinstance(value, date):
        return {"dated": 1.0}
    return {}


def _evidence_features(fv: FieldValue) -> dict[str, float]:
    ev = fv.evidence
    if ev is None:
        return {"no_evidence": 1.0}
    source = ev.source or "unknown"
    return {
        "src=" + source: 1.0,
        "rule=" + (ev.method or "unknown"): 1.0,
        "part=" + ev.part: 1.0,
        "pos": min(math.log1p(max(ev.start, 0)) / 10.0, 1.0),
        "quoted": float("quoted" in source or "forward" in source),
    }


def _candidate_features(cand: Candidate | None) -> dict[str, float]:
    if cand is None:
        return {}
    out: dict[str, float] = {"src=" + cand.source: 1.0, "crule=" + cand.rule: 1.0}
    for key, val in cand.features:
        if key in ("finder_confidence", "rank"):
            continue
        if isinstance(val, bool):
            out["c:" + key] = float(val)
        elif isinstance(val, int | float):
            out["c:" + key] = _squash(key, float(val))
        else:
            out[f"c:{key}={val}"] = 1.0
    return out


def _squash(key: str, val: float) -> float:
    if key == "population":
        return math.log10(1.0 + max(val, 0.0)) / 7.0
    return max(-3.0, min(3.0, val))


def field_features(
    fv: FieldValue,
    ctx: Context,
    cands: Sequence[Candidate] = (),
    cand: Candidate | None = None,
    rank: int = 0,
) -> dict[str, float]:
    """The features of one value of a field: ``fv`` itself, the candidate it came from (None:
    looked up among ``cands`` by value) and its place among the field's ``cands``."""
    if cand is None:
        cand = next((c for c in cands if c.value == fv.value), None)
    feats: dict[str, float] = {
        "conf": float(fv.confidence),
        "rank": min(rank, 5) / 5.0,
        "n_cands": min(len(cands), 5) / 5.0,
        "lang=" + ctx.language: 1.0,
        "mode=" + ctx.mode: 1.0,
        "n_events": min(ctx.n_events, 6) / 6.0,
        "multi": float(ctx.n_events > 1),
        "has_calendar": float(ctx.has_calendar),
        "not_a_candidate": float(bool(cands) and cand is None),
    }
    feats.update(_value_features(fv.value))
    feats.update(_evidence_features(fv))
    feats.update(_candidate_features(cand))
    return feats


def context_of(event: ExtractedEvent, language: str, n_events: int) -> Context:
    """The context features of one event of a message."""
    mode = event.fields.get("mode")
    has_cal = any(
        fv.evidence is not None and fv.evidence.part == "calendar" for fv in event.fields.values()
    )
    return Context(language, n_events, str(mode.value if mode else None), has_cal)


def event_features(event: ExtractedEvent, ctx: Context) -> dict[str, dict[str, float]]:
    """Per field of the event, the features of its chosen value."""
    return {
        name: field_features(fv, ctx, event.candidates.get(name, ()))
        for name, fv in event.fields.items()
    }


def ready_features(probs: Mapping[str, float], ctx: Context) -> dict[str, float]:
    """The ``ready`` model's features: the straight-through fields' probabilities together
    (the log of their product, the lowest one), several events, a calendar part."""
    ps = [min(max(probs.get(n, 0.5), _FLOOR), 1.0 - _FLOOR) for n in READY_FIELDS]
    return {
        "logp": sum(math.log(p) for p in ps),
        "minp": min(ps),
        "multi": float(ctx.n_events > 1),
        "has_calendar": float(ctx.has_calendar),
    }


# ---------------------------------------------------------------------------------- scoring


def choice_features(event: ExtractedEvent, name: str, ctx: Context) -> list[dict[str, float]]:
    """The features of each of a field's alternatives (the chosen value first, rank 0)."""
    cands = event.candidates.get(name, ())
    return [
        field_features(fv, ctx, cands, rank=i)
        for i, fv in enumerate(event.alternatives.get(name, ()))
    ]


def _allowed(event: ExtractedEvent, name: str, fv: FieldValue) -> bool:
    """The rules as hard constraints: an online event has no place; a start after the end
    of a several-day event is no start."""
    if name in ("city", "venue"):
        return bool(event.value("mode") != "online")
    if name == "start_date":
        start, end = event.value("start_date"), event.value("end_date")
        if isinstance(fv.value, date) and isinstance(end, date) and start != end:
            return bool(fv.value <= end)
    return True


def rank_choice(
    event: ExtractedEvent, name: str, ctx: Context, linear: Linear
) -> tuple[int, float]:
    """The index of the alternative with the highest P(right) that the rules allow (ties: the
    lower rank), and that probability."""
    alts = event.alternatives.get(name, ())
    best, best_p = 0, -1.0
    for i, feats in enumerate(choice_features(event, name, ctx)):
        p = linear.probability(feats)
        if p > best_p and (i == 0 or _allowed(event, name, alts[i])):
            best, best_p = i, p
    return best, best_p


def with_choice(event: ExtractedEvent, name: str, index: int) -> ExtractedEvent:
    """The event with alternative ``index`` of ``name`` as the chosen value (first)."""
    alts = event.alternatives.get(name, ())
    if index == 0 or index >= len(alts):
        return event
    chosen = alts[index]
    fields = {**event.fields, name: chosen}
    start, end = event.value("start_date"), event.value("end_date")
    if name == "start_date" and start == end:  # a one-day event moves as a whole
        fields["end_date"] = replace(event.fields["end_date"], value=chosen.value)
    order = (chosen, *(a for i, a in enumerate(alts) if i != index))
    return replace(event, fields=fields, alternatives={**event.alternatives, name: order})


def _reranked(
    event: ExtractedEvent, ctx: Context, model: ScorerModel
) -> tuple[ExtractedEvent, dict[str, float]]:
    """The event with each ranked field's best allowed alternative chosen, and its P(right)."""
    probs: dict[str, float] = {}
    for name, linear in sorted(model.rank.items()):
        if event.alternatives.get(name):
            index, probs[name] = rank_choice(event, name, ctx, linear)
            event = with_choice(event, name, index)
    return event, probs


def _calibrated(event: ExtractedEvent, ctx: Context, model: ScorerModel) -> ExtractedEvent:
    event, ranked = _reranked(event, ctx, model)
    feats = event_features(event, ctx)
    fields = dict(event.fields)
    for name, fv in event.fields.items():
        linear = model.fields.get(name)
        if name in ranked:
            fields[name] = replace(fv, confidence=round(ranked[name], 3))
        elif linear is not None:
            fields[name] = replace(fv, confidence=round(linear.probability(feats[name]), 3))
    alts = {n: _recapped(a, fields[n]) for n, a in event.alternatives.items()}
    ready = None
    if model.ready is not None:
        probs = {n: fields[n].confidence for n in READY_FIELDS if n in fields}
        ready = round(model.ready.probability(ready_features(probs, ctx)), 3)
    return replace(event, fields=fields, alternatives=alts, ready=ready)


def _recapped(alts: tuple[FieldValue, ...], chosen: FieldValue) -> tuple[FieldValue, ...]:
    """The alternatives under the chosen value's new confidence, each below the one above."""
    if not alts:
        return alts
    out = [replace(alts[0], confidence=chosen.confidence)]
    ceiling = chosen.confidence
    for fv in alts[1:]:
        ceiling = round(min(fv.confidence, ceiling * _DECAY), 3)
        out.append(replace(fv, confidence=ceiling))
    return tuple(out)


def calibrate_events(
    events: tuple[ExtractedEvent, ...], language: str, model: ScorerModel
) -> tuple[ExtractedEvent, ...]:
    """The events with each field's confidence the model's P(right) and ``ready`` set."""
    n = len(events)
    return tuple(_calibrated(e, context_of(e, language, n), model) for e in events)
