"""On the demo records, every non-null field has its evidence span in the record page's mail
view: the extractor's exact evidence, drawn with the field's label (issue 11, item 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from ingest.localdir import LocalMailbox
from ingest.poll import poll_folder
from models.event import Event
from models.event_store import EVENT_COLUMNS
from parsers.extract import Extractor
from review.mailview import build_mail_view, field_text
from unmignet import jobs
from unmignet.app import App


def test_every_non_null_field_of_the_demo_records_has_a_labelled_span(
    review_app: App, extractor: Extractor, tmp_path: Path
) -> None:
    """The demo inbox extracted as `unmignet demo` does: each event's non-null fields all have
    evidence, and the mail view marks exactly the evidence text for each and labels it once;
    alternatives and `ready` are stored on every event."""
    folder = jobs.demo_inbox(date.today(), tmp_path / "demo")
    poll_folder(review_app.sessions, LocalMailbox(folder, name="demo"), "today")
    review_app.extractor = extractor  # type: ignore[misc]  # the session's real extractor
    jobs.process(review_app, acknowledge=False)
    missing: list[str] = []
    checked = 0
    with review_app.sessions() as session:
        events = list(session.scalars(select(Event).where(Event.message_id.is_not(None))))
        for event in events:
            assert event.message is not None and event.ready is not None
            view = build_mail_view(event.message.raw, event.evidence)
            labels = [n for p in view.parts for s in p.segments for n in s.starts]
            for name in EVENT_COLUMNS:
                if getattr(event, name) is None:
                    continue
                checked += 1
                item = event.evidence.get(name)
                if not isinstance(item, dict) or field_text(view, name) != item.get("text"):
                    missing.append(f"event {event.id} ({event.title[:30]}): {name}")
                elif labels.count(name) != 1:
                    missing.append(f"event {event.id}: {name} labelled {labels.count(name)}x")
    assert len(events) >= 10 and checked >= 10 * len(events)
    assert missing == []
