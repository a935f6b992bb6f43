"""Learned ranking of a field's candidates against today's precedence, leave-one-set-out.

    python eval/ranking.py            # the table: each set left out of training
    python eval/ranking.py --fields   # the fields whose ranking improves the left-out sets

For each field with candidates (title, organizer, city, venue, event_type, start_date), a
logistic model scores each alternative (``parsers.scorer.choice_features``) as P(right); the
event takes the best one the rules allow (``scorer.rank_choice``). A field's ranking is kept
(``eval/train.py`` writes it into the model file) only when, each set scored with that set left
out of training, it raises the number of straight-through mails and lowers it on no set.
Needs the ``[train]`` extra.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.train import MAILS, SETS, EventRow, collect, fit_linear, score_module
from parsers.field_candidates import CANDIDATE_FIELDS
from parsers.scorer import Linear, choice_features, rank_choice, with_choice
from parsers.types import ExtractedEvent


def rank_rows(rows: Iterable[EventRow], name: str) -> tuple[list[dict[str, float]], list[bool]]:
    """Every alternative of ``name`` in events matched to gold: features, and whether right."""
    score = score_module()
    xs, ys = [], []
    for row in rows:
        if row.gold is None:
            continue
        alts = row.event.alternatives.get(name, ())
        for fv, feats in zip(alts, choice_features(row.event, name, row.ctx), strict=True):
            pred = {**row.event.as_schema(), name: _plain(fv.value)}
            xs.append(feats)
            ys.append(bool(score.field_correct(name, row.gold, pred)))
    return xs, ys


def _plain(value: object) -> object:
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else value


def fit_rank(rows: list[EventRow], fields: Sequence[str]) -> dict[str, Linear]:
    return {name: fit_linear(*rank_rows(rows, name)) for name in fields}


def chosen(row: EventRow, models: dict[str, Linear]) -> ExtractedEvent:
    event = row.event
    for name, linear in sorted(models.items()):
        if event.alternatives.get(name):
            index, _ = rank_choice(event, name, row.ctx, linear)
            event = with_choice(event, name, index)
    return event


def set_report(rows: list[EventRow], set_name: str, models: dict[str, Linear]) -> dict[str, Any]:
    """shared/eval/score.py's report on one set, the events chosen with ``models``."""
    score = score_module()
    preds: dict[str, dict[str, Any]] = {}
    for (s, stem), mail in MAILS.items():
        if s == set_name:
            preds[stem] = {**mail, "events": []}
    for row in rows:
        if row.set_name == set_name:
            preds[row.stem]["events"].append(chosen(row, models).as_schema())
    report: dict[str, Any] = score.score(SETS[set_name], preds, False)
    return report


def left_out(
    rows: list[EventRow], fields: Sequence[str]
) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """Per set: (precedence report, learned report), the learned models not trained on it."""
    out = {}
    for name in SETS:
        train = [r for r in rows if r.set_name != name]
        models = fit_rank(train, fields)
        out[name] = (set_report(rows, name, {}), set_report(rows, name, models))
    return out


def _stp(report: dict[str, Any]) -> int:
    return round(report["straight_through"] * report["messages"])


def kept_fields(rows: list[EventRow]) -> list[str]:
    """The fields whose learned ranking alone raises the left-out straight-through count and
    lowers it on no set."""
    kept = []
    for name in CANDIDATE_FIELDS:
        results = left_out(rows, [name])
        before = sum(_stp(p) for p, _ in results.values())
        after = sum(_stp(learned) for _, learned in results.values())
        worse = [s for s, (p, learned) in results.items() if _stp(learned) < _stp(p)]
        print(f"{name:<12} straight-through {before} -> {after}, worse on {worse or 'none'}")
        if after > before and not worse:
            kept.append(name)
    return kept


def top3(rows: list[EventRow]) -> float:
    """Share of the candidate fields of matched events whose right value is among the (up to
    three) alternatives."""
    hits = total = 0
    for name in CANDIDATE_FIELDS:
        per_row: dict[int, bool] = {}
        score = score_module()
        for i, row in enumerate(r for r in rows if r.gold is not None):
            alts = row.event.alternatives.get(name, ())
            pred = row.event.as_schema()
            ok = any(
                score.field_correct(name, row.gold, {**pred, name: _plain(fv.value)}) for fv in alts
            )
            per_row[i] = ok or bool(score.field_correct(name, row.gold, pred))
        hits += sum(per_row.values())
        total += len(per_row)
    return hits / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fields", action="store_true", help="decide the fields to rank")
    args = parser.parse_args()
    rows = collect(SETS)
    fields = kept_fields(rows) if args.fields else list(CANDIDATE_FIELDS)
    print(f"ranked fields: {', '.join(fields) or 'none'}")
    print(f"right value among the top 3 (candidate fields, matched events): {top3(rows):.1%}")
    print("| set | mails | precedence | learned | organizer | title | venue | city | event_type |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, (prec, learned) in left_out(rows, fields).items():
        fa, fb = prec["field_accuracy"], learned["field_accuracy"]
        cells = [
            f"{fa[f]:.2f} -> {fb[f]:.2f}"
            for f in ("organizer", "title", "venue", "city", "event_type")
        ]
        print(
            f"| {name} | {prec['messages']} | {prec['straight_through']:.1%} |"
            f" {learned['straight_through']:.1%} | " + " | ".join(cells) + " |"
        )


if __name__ == "__main__":
    main()
