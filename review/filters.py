"""Jinja filters and labels shared by the templates."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from flask import Flask

LOW, MEDIUM = 0.5, 0.8
FIELD_LABELS = {
    "title": "Title",
    "status": "Status",
    "start_date": "Start date",
    "end_date": "End date",
    "start_time": "Start time",
    "end_time": "End time",
    "timezone": "Time zone",
    "mode": "Format",
    "venue": "Venue",
    "city": "City",
    "country": "Country",
    "event_type": "Type",
    "organizer": "Organiser",
    "registration_url": "Registration link",
}
STATE_LABELS = {
    "needs_review": "Needs review",
    "approved": "Approved",
    "rejected": "Rejected",
    "merged": "Merged",
}


def confidence_class(confidence: dict[str, Any] | None, field: str) -> str:
    """``low`` / ``medium`` / ``high`` / ``none`` for a field's confidence."""
    value = (confidence or {}).get(field)
    if not isinstance(value, int | float):
        return "none"
    if value < LOW:
        return "low"
    return "medium" if value < MEDIUM else "high"


def min_confidence(confidence: dict[str, Any] | None) -> float | None:
    values = [v for v in (confidence or {}).values() if isinstance(v, int | float)]
    return min(values) if values else None


def when(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return value.isoformat()


def label(value: str | None) -> str:
    if not value:
        return ""
    return FIELD_LABELS.get(value) or STATE_LABELS.get(value) or value.replace("_", " ")


def is_past(event: Any) -> bool:
    """The event is over: its last day (end date, else start date) is before today."""
    last = getattr(event, "end_date", None) or getattr(event, "start_date", None)
    return isinstance(last, date) and last < date.today()


def install_filters(app: Flask) -> None:
    app.jinja_env.filters["when"] = when
    app.jinja_env.filters["label"] = label
    app.jinja_env.globals["confidence_class"] = confidence_class
    app.jinja_env.globals["min_confidence"] = min_confidence
    app.jinja_env.globals["is_past"] = is_past
    app.jinja_env.globals["FIELD_LABELS"] = FIELD_LABELS
