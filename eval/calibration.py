"""How well the confidences are calibrated, each labeled set left out of training.

    python eval/calibration.py [--png eval/reliability.png]

For each labeled set (eval/train.py ``SETS``): fit the field models and the ``ready`` model on
the other sets, score that set's events. Over all left-out events it prints, per field and for
``ready``, the expected calibration error (10 equal-width bins, weighted by bin size) and the
accuracy, then how many events ``ready >= 0.9`` covers and how many of those are fully right,
and draws a reliability plot (PNG). Needs the ``[train]`` extra (scikit-learn, matplotlib).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.train import (
    C_READY,
    SETS,
    EventRow,
    collect,
    field_probs,
    fit_fields,
    fit_linear,
    ready_rows,
)
from parsers.scorer import ready_features
from parsers.types import EVENT_FIELDS

BINS = 10
READY_AT = 0.9

Pairs = list[tuple[float, bool]]


def ece(pairs: Sequence[tuple[float, bool]]) -> float:
    """Expected calibration error: mean |confidence - accuracy| over bins, weighted."""
    if not pairs:
        return 0.0
    total = 0.0
    for b in range(BINS):
        inside = [(p, y) for p, y in pairs if min(int(p * BINS), BINS - 1) == b]
        if inside:
            conf = sum(p for p, _ in inside) / len(inside)
            acc = sum(y for _, y in inside) / len(inside)
            total += len(inside) * abs(conf - acc)
    return total / len(pairs)


def left_out(rows: list[EventRow]) -> tuple[dict[str, Pairs], dict[str, Pairs]]:
    """Per field and for "ready", (probability, right) of every event, its set left out;
    and the finders' own confidences for comparison."""
    learned: dict[str, Pairs] = {f: [] for f in (*EVENT_FIELDS, "ready")}
    finder: dict[str, Pairs] = {f: [] for f in EVENT_FIELDS}
    for name in SETS:
        train = [r for r in rows if r.set_name != name]
        test = [r for r in rows if r.set_name == name]
        if not test:
            continue
        models = fit_fields(train)
        ready = fit_linear(*ready_rows(train), c=C_READY)
        for row in test:
            probs = field_probs(models, row)
            for f in EVENT_FIELDS:
                learned[f].append((probs[f], row.right[f]))
                finder[f].append((row.feats[f]["conf"], row.right[f]))
            learned["ready"].append((ready.probability(ready_features(probs, row.ctx)), row.ready))
    return learned, finder


def plot(learned: dict[str, Pairs], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 6))
    ax.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1)
    for name in ("ready", "title", "organizer", "venue", "city", "event_type", "start_date"):
        xs, ys = [], []
        for b in range(BINS):
            inside = [(p, y) for p, y in learned[name] if min(int(p * BINS), BINS - 1) == b]
            if inside:
                xs.append(sum(p for p, _ in inside) / len(inside))
                ys.append(sum(y for _, y in inside) / len(inside))
        ax.plot(xs, ys, marker="o", linewidth=2 if name == "ready" else 1, label=name)
    ax.set_xlabel("predicted P(right), set left out of training")
    ax.set_ylabel("observed share right")
    ax.set_title("Reliability, leave-one-set-out")
    ax.legend(loc="upper left")
    fig.savefig(path, dpi=90)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--png", type=Path, default=Path("eval/reliability.png"))
    args = parser.parse_args()
    rows = collect(SETS)
    learned, finder = left_out(rows)
    print(f"{len(rows)} events, {len(SETS)} sets, each scored with its set left out")
    print(f"{'field':<18}{'accuracy':>9}{'ECE':>8}{'ECE finder':>12}")
    for name, pairs in learned.items():
        acc = sum(y for _, y in pairs) / len(pairs)
        old = f"{ece(finder[name]):>12.3f}" if name in finder else ""
        print(f"{name:<18}{acc:>9.3f}{ece(pairs):>8.3f}{old}")
    ready = learned["ready"]
    sure = [y for p, y in ready if p >= READY_AT]
    share, right = len(sure) / len(ready), sum(sure) / (len(sure) or 1)
    print(
        f"ready >= {READY_AT}: covers {len(sure)}/{len(ready)} events ({share:.1%}),"
        f" {sum(sure)}/{len(sure)} fully right ({right:.1%})"
    )
    plot(learned, args.png)
    print(f"reliability plot -> {args.png}")


if __name__ == "__main__":
    main()
