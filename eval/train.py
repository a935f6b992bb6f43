"""Fit the calibrated-confidence model (parsers/data/scorer_model.json) on the labeled sets.

    python eval/train.py                 # train on every labeled set, write the model file
    python eval/train.py --out FILE      # write elsewhere

Extracts every labeled mail with the finders' own confidences (``calibrate=False``), matches
the events to the gold with ``shared/eval/score.py`` (imported from ../shared/eval, its rules
decide what "right" means), and fits per field a logistic regression from the chosen value's
features (``parsers.scorer.field_features``) to "the value is right". The ``ready`` model is
fitted on the straight-through fields' probabilities, each predicted with its own set left
out, to "every straight-through field right and the event count right". Needs the ``[train]``
extra (scikit-learn); extraction does not. The fields whose candidates a learned model ranks
(``eval/ranking.py``) are those where that raises straight-through on left-out sets.
eval/holdout5 is blind and never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from parsers.extract import Extractor
from parsers.scorer import READY_FIELDS, Context, Linear, context_of, event_features
from parsers.scorer import ready_features as _ready_features
from parsers.settings import ExtractSettings
from parsers.types import EVENT_FIELDS, ExtractedEvent
from unmignet.errors import ParseError

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SETS: dict[str, Path] = {
    "dev": SHARED_EVAL / "dev",
    "hard": SHARED_EVAL / "hard",
    "more": SHARED_EVAL / "more",
    "holdout": ROOT / "eval" / "holdout",
    "holdout2": ROOT / "eval" / "holdout2",
    "holdout3": ROOT / "eval" / "holdout3",
    "holdout4": ROOT / "eval" / "holdout4",
    "extraction": ROOT / "tests" / "fixtures" / "extraction",
}
MODEL_PATH = ROOT / "parsers" / "data" / "scorer_model.json"
C_FIELD = 2.0  # inverse L2 strength, chosen by eval/calibration.py's left-out ECE
C_READY = 2.0  # the ready model


def score_module() -> ModuleType:
    """shared/eval/score.py, imported (not copied) so its matching rules decide "right"."""
    if str(SHARED_EVAL) not in sys.path:
        sys.path.insert(0, str(SHARED_EVAL))
    import score

    return score


@dataclass
class EventRow:
    """One predicted event of a labeled mail: its features, labels and context."""

    set_name: str
    stem: str
    ctx: Context
    feats: dict[str, dict[str, float]]
    right: dict[str, bool]
    ready: bool
    event: ExtractedEvent
    gold: dict[str, Any] | None = None  # the matched gold event (None: an extra event)


def _labels(
    score: ModuleType, gold: dict[str, Any], pred: dict[str, Any]
) -> tuple[dict[str, bool], bool]:
    right = {f: bool(score.field_correct(f, gold, pred)) for f in EVENT_FIELDS}
    return right, all(right[f] for f in READY_FIELDS)


def _mail_rows(
    score: ModuleType, set_name: str, stem: str, gold: dict[str, Any], result: Any
) -> list[EventRow]:
    events: tuple[ExtractedEvent, ...] = result.events
    preds = [e.as_schema() for e in events]
    g_events = gold.get("events", [])
    count_ok = len(preds) == len(g_events) and bool(result.is_event_notification) == bool(
        gold["is_event_notification"]
    )
    matched: dict[int, dict[str, Any]] = {}
    for g, p in score.match_events(g_events, preds):
        if p is not None:
            matched[next(i for i, q in enumerate(preds) if q is p)] = g
    rows = []
    for i, event in enumerate(events):
        ctx = context_of(event, result.language, len(events))
        gold_event = matched.get(i)
        if gold_event is None:
            right, ready = dict.fromkeys(EVENT_FIELDS, False), False
        else:
            right, ready = _labels(score, gold_event, preds[i])
        feats = event_features(event, ctx)
        row = EventRow(set_name, stem, ctx, feats, right, ready and count_ok, event, gold_event)
        rows.append(row)
    return rows


MAILS: dict[tuple[str, str], dict[str, Any]] = {}  # (set, stem) -> notification and language


def collect(sets: Mapping[str, Path]) -> list[EventRow]:
    """Every predicted event of every labeled mail, extracted with the finders' confidences
    (``MAILS`` keeps each mail's verdict and language for re-scoring)."""
    score = score_module()
    extractor = Extractor(ExtractSettings(calibrate=False))
    rows: list[EventRow] = []
    for set_name, folder in sets.items():
        for eml in sorted(folder.glob("*.eml")):
            gold_path = eml.with_suffix(".json")
            if not gold_path.is_file():
                continue
            gold = json.loads(gold_path.read_text("utf-8"))
            try:
                result = extractor.extract(eml.read_bytes())
            except ParseError:
                continue
            MAILS[(set_name, eml.stem)] = {
                "is_event_notification": result.is_event_notification,
                "language": result.language,
            }
            rows.extend(_mail_rows(score, set_name, eml.stem, gold, result))
    return rows


def fit_linear(xs: list[dict[str, float]], ys: list[bool], c: float = C_FIELD) -> Linear:
    """A logistic regression fitted with scikit-learn, as a pure-Python ``Linear``."""
    if not xs:
        return Linear(0.0, {})
    if all(ys) or not any(ys):  # one class only: a constant near the observed rate
        rate = (sum(ys) + 0.5) / (len(ys) + 1.0)
        import math

        return Linear(round(math.log(rate / (1 - rate)), 6), {})
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=True)
    matrix = vec.fit_transform(xs)
    model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
    model.fit(matrix, ys)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 6)
        for n, w in zip(names, model.coef_[0], strict=True)
        if abs(w) > 1e-6
    }
    return Linear(round(float(model.intercept_[0]), 6), weights)


def fit_fields(rows: Iterable[EventRow]) -> dict[str, Linear]:
    rows = list(rows)
    return {
        f: fit_linear([r.feats[f] for r in rows], [r.right[f] for r in rows]) for f in EVENT_FIELDS
    }


def field_probs(models: Mapping[str, Linear], row: EventRow) -> dict[str, float]:
    return {f: m.probability(row.feats[f]) for f, m in models.items()}


def ready_rows(rows: list[EventRow]) -> tuple[list[dict[str, float]], list[bool]]:
    """The ``ready`` model's training rows: field probabilities from models that did not see
    the row's own set (leave-one-set-out inside the training sets)."""
    xs, ys = [], []
    for name in sorted({r.set_name for r in rows}):
        models = fit_fields(r for r in rows if r.set_name != name)
        for row in (r for r in rows if r.set_name == name):
            xs.append(_ready_features(field_probs(models, row), row.ctx))
            ys.append(row.ready)
    return xs, ys


def fit_model(rows: list[EventRow]) -> dict[str, Any]:
    """The model file's content: per field and for ``ready``, bias and weights."""
    fields = fit_fields(rows)
    ready = fit_linear(*ready_rows(rows), c=C_READY)
    return {
        "version": 1,
        "trained_on": sorted({r.set_name for r in rows}),
        "events": len(rows),
        "fields": {
            f: {"bias": m.bias, "weights": dict(sorted(m.weights.items()))}
            for f, m in fields.items()
        },
        "ready": {"bias": ready.bias, "weights": dict(sorted(ready.weights.items()))},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    from eval.ranking import fit_rank, kept_fields

    rows = collect(SETS)
    model = fit_model(rows)
    ranked = fit_rank(rows, kept_fields(rows))
    model["rank"] = {
        f: {"bias": m.bias, "weights": dict(sorted(m.weights.items()))} for f, m in ranked.items()
    }
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(rows)} events from {len(SETS)} sets -> {args.out}")


if __name__ == "__main__":  # run as eval.train, so eval.ranking shares its MAILS
    sys.path.insert(0, str(ROOT))
    from eval.train import main as train_main

    train_main()
