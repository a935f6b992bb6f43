"""Calibrated confidence (issue 10 item 3): the shipped model file and scoring with it.

Each field's confidence is the model's P(value right) and each event carries ``ready``, the
P(every straight-through field right). Loading the model and scoring are pure and
deterministic. The mails are written for these tests.
"""

from __future__ import annotations

import json
import math
from datetime import date
from importlib import resources

from mailkit import plain_mail

from parsers.extract import Extractor
from parsers.scorer import (
    READY_FIELDS,
    Context,
    Linear,
    ScorerModel,
    calibrate_events,
    field_features,
    load_model,
    ready_features,
)
from parsers.settings import ExtractSettings
from parsers.types import EVENT_FIELDS, Evidence, ExtractedEvent, FieldValue

_BODY = (
    "Dear colleagues,\n\nThe Lakeside Migrant Workers Forum invites you to a workshop on "
    "safe labour migration.\n\nDate: 14 April 2026, 09:30-12:30\n"
    "Venue: Imperial Royale Hotel, Kampala, Uganda\n\nKind regards,\nOkello Brian\n"
)
_SUBJECT = "Invitation: Workshop on Safe Labour Migration, Kampala, 14 April"


def test_model_file_covers_every_field_and_ready() -> None:
    """The shipped data file has a model for every event field and for ``ready``."""
    raw = resources.files("parsers").joinpath("data/scorer_model.json").read_text("utf-8")
    data = json.loads(raw)
    assert set(data["fields"]) == set(EVENT_FIELDS)
    assert data["ready"]["weights"]
    model = load_model()
    assert set(model.fields) == set(EVENT_FIELDS)
    assert model.ready is not None


def test_loading_and_scoring_is_deterministic() -> None:
    """Two loads of the model give the same probability for the same features, in (0, 1)."""
    ctx = Context("en", 1, "in_person", False)
    fv = FieldValue("Kampala", 0.7, Evidence("body", 120, 127, "gazetteer", "labelled line"))
    feats = field_features(fv, ctx)
    first, second = load_model(), load_model()
    for name in EVENT_FIELDS:
        p1 = first.fields[name].probability(feats)
        assert p1 == second.fields[name].probability(dict(reversed(list(feats.items()))))
        assert 0.0 < p1 < 1.0
    probs = dict.fromkeys(READY_FIELDS, 0.9)
    assert first.ready is not None and second.ready is not None
    r = ready_features(probs, ctx)
    assert first.ready.probability(r) == second.ready.probability(r)


def test_linear_probability_is_a_sigmoid_of_the_weighted_sum() -> None:
    """P = 1 / (1 + exp(-(bias + w . x))); unknown features weigh nothing."""
    linear = Linear(-1.0, {"a": 2.0})
    assert linear.probability({"a": 0.5, "unknown": 9.0}) == 0.5
    assert ScorerModel.from_json({"fields": {}}).ready is None


def test_extraction_gives_calibrated_confidences_and_ready() -> None:
    """extract --json carries ``ready`` per event; the confidences are the model's and differ
    from the finders' own, and extracting twice gives the same numbers."""
    raw = plain_mail(_SUBJECT, _BODY)
    calibrated = Extractor(ExtractSettings(use_nlp=False))
    first = calibrated.extract(raw).as_json()
    again = calibrated.extract(raw).as_json()
    assert first["confidence"] == again["confidence"]
    conf = first["confidence"][0]
    assert 0.0 < conf["ready"] < 1.0
    assert set(conf) == {*EVENT_FIELDS, "ready"}
    own = Extractor(ExtractSettings(use_nlp=False, calibrate=False)).extract(raw).as_json()
    assert "ready" not in own["confidence"][0]
    assert own["events"] == first["events"]
    assert own["confidence"][0] != {k: v for k, v in conf.items() if k != "ready"}


def _event(mode: str) -> ExtractedEvent:
    day = date(2026, 5, 12)
    fields = {
        "title": FieldValue("Dialogue", 0.5),
        "mode": FieldValue(mode, 0.5),
        "city": FieldValue(None, 0.5),
        "start_date": FieldValue(day, 0.5),
        "end_date": FieldValue(day, 0.5),
    }
    alts = {
        "title": (FieldValue("Dialogue", 0.5), FieldValue("Regional Dialogue on Mobility", 0.4)),
        "city": (FieldValue("Nairobi", 0.5), FieldValue("Mombasa", 0.4)),
    }
    return ExtractedEvent(fields, alts)


def test_a_ranking_model_chooses_the_likeliest_allowed_alternative() -> None:
    """A rank model that favours longer titles picks the second title, with its P as the
    confidence; an online event keeps its place fields whatever the city model says."""
    favour_second = {"bias": -1.0, "weights": {"rank": 10.0, "words": 2.0}}
    model = ScorerModel.from_json(
        {"fields": {}, "rank": {"title": favour_second, "city": favour_second}}
    )
    (online,) = calibrate_events((_event("online"),), "en", model)
    assert online.value("title") == "Regional Dialogue on Mobility"
    assert online.alternatives["title"][1].value == "Dialogue"
    # bias -1 + rank 1/5 * 10 + 4 words/10 * 2 = 1.8
    assert online.fields["title"].confidence == round(1 / (1 + math.exp(-1.8)), 3)
    assert online.value("city") is None
    (in_person,) = calibrate_events((_event("in_person"),), "en", model)
    assert in_person.alternatives["city"][0].value == "Mombasa"


def test_without_rank_models_the_precedence_choice_stays() -> None:
    """A model with no rank part never changes a value: only confidences move."""
    (event,) = calibrate_events((_event("in_person"),), "en", ScorerModel({}, None))
    assert event.value("title") == "Dialogue"
    assert event.ready is None
