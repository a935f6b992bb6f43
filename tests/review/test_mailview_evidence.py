"""The record page highlights the extractor's evidence as ``extract --json`` gives it."""

from __future__ import annotations

from parsers.extract import Extractor
from review.mailview import build_mail_view, field_text
from tests.review.conftest import build_mail


def test_extractor_evidence_is_highlighted_character_for_character(extractor: Extractor) -> None:
    """Evidence in the extractor's form ({"part", "start", "end", "text", ...} per field) marks,
    in the texts the record page shows, exactly the characters each field's "text" holds: every
    field with evidence, also fields sharing or overlapping a span (the date and a default
    status, the city inside the venue), each with its label at the start of its span."""
    body = (
        "Dear colleagues,\n\nThe Sahel Mobility Forum invites you to a Regional dialogue on "
        "labour migration on 14 April 2026 at the Hotel Terrou-Bi in Dakar, Senegal.\n\n"
        "Registration: https://partner.example/register\n"
    )
    raw = build_mail("Invitation: Regional dialogue on labour migration", body)
    evidence = extractor.extract(raw).as_json()["evidence"][0]
    view = build_mail_view(raw, evidence)
    assert evidence["start_date"]["text"] == "14 April 2026" == field_text(view, "start_date")
    assert field_text(view, "city") == evidence["city"]["text"] == "Dakar"
    assert len(evidence) >= 5
    assert {name: field_text(view, name) for name in evidence} == {
        name: item["text"] for name, item in evidence.items()
    }
    labels = [n for p in view.parts for s in p.segments for n in s.starts]
    assert sorted(labels) == sorted(evidence)
