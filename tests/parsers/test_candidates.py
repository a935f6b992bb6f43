"""Candidates, not a cascade (issue 9 items 3 and 6).

Field finders yield candidates (value, evidence, source, rule, features); today's precedence is
the first scoring function, so the chosen value is what the rules chose; ``extract --json`` gives
``alternatives``: per event, field -> up to three ranked {value, confidence, evidence}, the chosen
value first. The mails are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from mailkit import plain_mail

from parsers.candidates import alternatives, by_precedence
from parsers.extract import Extractor
from parsers.fields import ranked_dates
from parsers.temporal import find_dates
from parsers.types import Block, Candidate, ExtractionResult, FieldValue

REF = date(2026, 3, 1)

_BODY = (
    "Dear partners,\n\nThe Coastal Migrant Workers Alliance invites you to a stakeholder "
    "consultation and technical workshop on fair recruitment.\n\n"
    "Title: Fair Recruitment Consultation for the Gulf Corridor\n"
    "Date: 12 May 2026, 10:00-13:00\nVenue: Hotel Serena, Kampala, Uganda\n\n"
    "A preparatory call took place in Nairobi last month.\n\nBest regards,\nGrace Achieng\n"
)


@pytest.fixture(scope="module")
def result(extractor: Extractor) -> ExtractionResult:
    """One invitation whose title, city and event type each have more than one reading."""
    subject = "Invitation: consultation on fair recruitment (Kampala, 12 May)"
    return extractor.extract(plain_mail(subject, _BODY))


def test_alternatives_are_parallel_to_events_chosen_first(result: ExtractionResult) -> None:
    """``alternatives`` has one mapping per event; each field's first choice is its value."""
    data = result.as_json()
    assert len(data["alternatives"]) == len(data["events"]) == 1
    alts, event = data["alternatives"][0], data["events"][0]
    assert {"title", "organizer", "city", "venue", "event_type", "start_date"} <= set(alts)
    for name, choices in alts.items():
        assert 1 <= len(choices) <= 3
        assert choices[0]["value"] == event[name]
        assert set(choices[0]) == {"value", "confidence", "evidence"}


def test_alternatives_rank_other_readings_below_the_choice(result: ExtractionResult) -> None:
    """Other readings follow the choice with lower confidences: the subject's title after the
    labelled one, the other city the mail names after the venue's city, the workshop type
    after the consultation."""
    alts = result.as_json()["alternatives"][0]
    titles = [c["value"] for c in alts["title"]]
    assert titles[0] == "Fair Recruitment Consultation for the Gulf Corridor"
    assert "consultation on fair recruitment" in titles[1:]
    assert alts["city"][0]["value"] == "Kampala"
    assert "Nairobi" in [c["value"] for c in alts["city"]]
    types = [c["value"] for c in alts["event_type"]]
    assert types[:2] == ["stakeholder_consultation", "knowledge_sharing"]
    for choices in alts.values():
        confidences = [c["confidence"] for c in choices]
        assert confidences == sorted(confidences, reverse=True)


def test_alternative_evidence_is_the_shown_slice(result: ExtractionResult) -> None:
    """Every alternative's evidence text is the slice of the shown text it names."""
    texts = {p.name: p.text for p in result.texts}
    alts = result.as_json()["alternatives"][0]
    evidence = [c["evidence"] for choices in alts.values() for c in choices if c["evidence"]]
    assert len(evidence) >= 8
    for ev in evidence:
        assert texts[ev["part"]][ev["start"] : ev["end"]] == ev["text"]
    nairobi = next(c for c in alts["city"] if c["value"] == "Nairobi")
    assert nairobi["evidence"]["text"] == "Nairobi"


def test_candidates_carry_source_rule_and_features(result: ExtractionResult) -> None:
    """Each candidate names its source kind and rule, and carries the rule's features."""
    cands = result.events[0].candidates
    assert cands["title"][0].rank == 0 and cands["title"][0].value == result.events[0].value(
        "title"
    )
    subject = next(c for c in cands["title"] if c.rule == "subject")
    assert subject.source == "subject"
    nairobi = next(c for c in cands["city"] if c.value == "Nairobi")
    assert nairobi.source == "gazetteer" and nairobi.feature("population")
    workshop = next(c for c in cands["event_type"] if c.value == "knowledge_sharing")
    assert workshop.rule == "lexicon" and workshop.feature("score")


def _cand(value: object, rank: int, conf: float = 0.5) -> Candidate:
    return Candidate("title", value, conf, None, "subject", "test", rank)


def test_by_precedence_keeps_rank_order_one_per_value_up_to_limit() -> None:
    """The first scoring function keeps the finders' order, drops repeats (folded) and empty
    values, and stops at ``limit`` distinct values."""
    cands = [_cand("Forum A", 0), _cand("forum  a", 1), _cand("", 2), _cand("B", 3), _cand("C", 4)]
    assert [c.value for c in by_precedence(cands)] == ["Forum A", "B", "C"]
    assert [c.value for c in by_precedence(cands, 2)] == ["Forum A", "B"]


def test_alternatives_put_the_chosen_value_first_and_decay() -> None:
    """The chosen value leads, repeats of it are skipped, and each later confidence is below
    the one before even when its finder was more confident."""
    chosen = FieldValue("Forum A", 0.6)
    got = alternatives([_cand("Forum A", 0), _cand("B", 1, 0.9), _cand("C", 2, 0.9)], chosen)
    assert [fv.value for fv in got] == ["Forum A", "B", "C"]
    assert got[0].confidence > got[1].confidence > got[2].confidence


def _block(text: str, new_len: int = 0) -> Block:
    return Block(0, len(text), text, tuple(find_dates(text, reference=REF)), new_len=new_len)


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        # the first labelled date wins, even over a later labelled date that writes its year
        (
            "Date: Friday 18 September (opening)\nDate: Sunday 20 September 2026 (closing)\n",
            "scheduled",
            date(2026, 9, 18),
        ),
        # no label: a date with its year over an earlier one without
        ("We meet on 18 September, then 20 September 2026.", "scheduled", date(2026, 9, 20)),
        # no label, no year: the first
        ("We meet on 18 September, then 20 September.", "scheduled", date(2026, 9, 18)),
        # rescheduled: the latest date
        ("Moved from 18 September 2026 to 25 September 2026.", "rescheduled", date(2026, 9, 25)),
    ],
)
def test_date_precedence_as_a_scoring_function(text: str, status: str, expected: date) -> None:
    """``ranked_dates`` scores the mentions with today's date precedence."""
    assert ranked_dates(_block(text), status)[0].start == expected


def test_date_in_the_newest_part_of_a_reply_ranks_first() -> None:
    """A date the reply writes above the quoted original outranks the original's labelled one."""
    reply = "Correction: we now meet on 21 September.\n\n"
    text = reply + "> Date: 18 September 2026\n"
    assert ranked_dates(_block(text, new_len=len(reply)), "scheduled")[0].start == date(2026, 9, 21)
