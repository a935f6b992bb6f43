"""Digest content -> HTML and plain text (pure: no database, no network).

Jinja2 with autoescape for HTML (every value from mail is untrusted); the stylesheet in the
template's first ``<style>`` is inlined into ``style=""`` attributes by css-inline; the second one
(media queries for phones and dark mode) is kept as is, which clients that honour it use.
Templates load from ``digest.templates_dir`` first (to override ``digest.html``/``digest.txt``),
then from the package. HTML over ``MAX_HTML_BYTES`` (Gmail clips at 102 KB) is shortened: the
least important events go, and a line says how many more are in the full digest online.

A long digest (more than ``REGIONS_AFTER`` events, in two regions or more) opens with a
one-line count by region ("Africa 5 · Americas 3 · ...") and names each event's region beside
its place. Region sub-headings inside each date were rendered and compared in Chromium at 375 px
and rejected: with events spread over four weeks most dates hold one or two events, so they add
a heading per event (+8% page height, +2 KB for 16 events) and do not help a reader find theirs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import css_inline
import jinja2

from digest.content import CHANGED, NEW, UPCOMING, DigestContent, DigestEvent, group_by_day
from digest.format import EventView, labels, long_date, short_date, view
from digest.regions import DISPLAY_REGIONS, display_region

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"
MAX_HTML_BYTES = 100_000
REGIONS_AFTER = 12  # more events than this: count them by region at the top, name it on each
UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/UNMIGNET-UNSUBSCRIBE-TOKEN"
_DROP_ORDER = (UPCOMING, NEW, CHANGED)  # first to go when the mail is too long


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    html: str
    text: str
    shown: int  # events in the mail
    more: int  # events left out for size

    def with_unsubscribe(self, url: str) -> Rendered:
        """Put a subscriber's link where the placeholder is (cheap: render once per audience)."""
        return replace(
            self,
            html=self.html.replace(UNSUBSCRIBE_PLACEHOLDER, url),
            text=self.text.replace(UNSUBSCRIBE_PLACEHOLDER, url),
        )


@dataclass(frozen=True, slots=True)
class Options:
    """Per-rendering choices; ``unsubscribe_url`` None leaves the link out (previews)."""

    language: str = "en"
    title: str = "UN Network on Migration: events"
    base_url: str = "http://127.0.0.1:8080"
    unsubscribe_url: str | None = UNSUBSCRIBE_PLACEHOLDER
    browser_url: str | None = None
    max_bytes: int | None = MAX_HTML_BYTES
    regions_after: int = REGIONS_AFTER


class Renderer:
    """Holds the Jinja2 environment and the CSS inliner; build once, render many times."""

    def __init__(self, templates_dir: str | Path | None = None) -> None:
        search = [str(templates_dir)] if templates_dir else []
        loader = jinja2.FileSystemLoader([*search, str(PACKAGE_TEMPLATES)])
        self.env = jinja2.Environment(
            loader=loader,
            autoescape=jinja2.select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
        )
        self.inliner = css_inline.CSSInliner(
            keep_at_rules=True, minify_css=True, load_remote_stylesheets=False
        )

    def render(self, content: DigestContent, options: Options) -> Rendered:
        """Render, then shorten while the HTML is over ``options.max_bytes``."""
        rendered = self._render_once(content, options)
        limit = options.max_bytes
        events = list(content.events)
        while limit and len(rendered.html.encode()) > limit and events:
            keep = max(0, int(len(events) * limit / len(rendered.html.encode()) * 0.97) - 1)
            events = _keep_most_important(events, keep)
            shorter = replace(content, events=tuple(events))
            more = len(content.events) - len(events) + content.more_count
            rendered = self._render_once(replace(shorter, more_count=more), options)
        return rendered

    def _render_once(self, content: DigestContent, options: Options) -> Rendered:
        context = self._context(content, options)
        html = self.env.get_template("digest.html").render(context)
        text = self.env.get_template("digest.txt").render(context)
        return Rendered(
            subject=str(context["subject"]),
            html=self.inliner.inline(html),
            text=_tidy_text(text),
            shown=len(content.events),
            more=content.more_count,
        )

    def _context(self, content: DigestContent, options: Options) -> dict[str, object]:
        lang = options.language
        lab = labels(lang)
        window = content.window
        last_day = window.end.toordinal() - 1
        start = short_date(window.start, lang)
        end = short_date(type(window.start).fromordinal(last_day), lang)
        key = "subject" if not content.empty else "empty_subject"
        subject = str(lab[key]).format(title=options.title, start=start, end=end)
        by_region = _worth_grouping(content.events, options.regions_after)
        sections = _sections(content, lang, options.base_url, by_region=by_region)
        more = str(lab["more_events"]).format(count=content.more_count)
        return {
            "lang": lang,
            "L": lab,
            "title": options.title,
            "subject": subject,
            "range": f"{start} – {end}",
            "intro": str(lab["intro"]).format(start=start, end=end),
            "preheader": _preheader(sections),
            "sections": sections,
            "regions": _region_counts(content.events, lang) if by_region else [],
            "more": more if content.more_count else "",
            "browser_url": options.browser_url,
            "unsubscribe_url": options.unsubscribe_url,
        }


Days = list[tuple[str, list[EventView]]]


def _sections(
    content: DigestContent, lang: str, base_url: str, *, by_region: bool
) -> list[tuple[str, Days]]:
    lab = labels(lang)
    out: list[tuple[str, Days]] = []
    for name in (NEW, CHANGED, UPCOMING):
        events = content.section(name)
        if not events:
            continue
        days = [
            (long_date(day, lang), [_view(e, lang, base_url, by_region) for e in items])
            for day, items in group_by_day(events)
        ]
        out.append((str(lab[f"section_{name}"]), days))
    return out


def _view(event: DigestEvent, lang: str, base_url: str, by_region: bool) -> EventView:
    """The event's view; in a long digest with its region beside the place (not for online
    events, whose place already says so, nor for an unknown place)."""
    shown = view(event, lang, base_url)
    region = display_region(event.country, event.mode) if by_region else "online"
    if region in ("online", "elsewhere"):
        return shown
    return replace(shown, region=str(labels(lang)["regions"][region]))


def _worth_grouping(events: Sequence[DigestEvent], after: int) -> bool:
    """More than ``after`` events in at least two regions (one region: nothing to tell apart)."""
    if len(events) <= after:
        return False
    return len({display_region(e.country, e.mode) for e in events}) > 1


def _region_counts(events: Sequence[DigestEvent], lang: str) -> list[tuple[str, int]]:
    """(region label, events) in a fixed order, regions without events left out."""
    counts = dict.fromkeys(DISPLAY_REGIONS, 0)
    for event in events:
        counts[display_region(event.country, event.mode)] += 1
    names = labels(lang)["regions"]
    return [(str(names[key]), n) for key, n in counts.items() if n]


def _preheader(sections: list[tuple[str, Days]]) -> str:
    titles = [e.title for _, days in sections for _, items in days for e in items]
    return " · ".join(titles[:3])[:140]


def _keep_most_important(events: Sequence[DigestEvent], keep: int) -> list[DigestEvent]:
    """Keep ``keep`` events: changes first, then new ones, then the rest; soonest first within."""
    rank = {name: i for i, name in enumerate(reversed(_DROP_ORDER))}
    ordered = sorted(events, key=lambda e: (rank.get(e.section, 9), e.start_date, e.id))
    kept = {e.id for e in ordered[:keep]}
    return [e for e in events if e.id in kept]


def _tidy_text(text: str) -> str:
    """No runs of more than one blank line; lines end without trailing spaces."""
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"
