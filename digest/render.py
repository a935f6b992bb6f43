"""Digest content -> HTML and plain text (pure: no database, no network).

Jinja2 with autoescape for HTML (every value from mail is untrusted); the stylesheet in the
template's first ``<style>`` is inlined into ``style=""`` attributes by css-inline; the second one
(media queries for phones and dark mode) is kept as is, which clients that honour it use.
Templates load from ``digest.templates_dir`` first (to override ``digest.html``/``digest.txt``),
then from the package. HTML over ``MAX_HTML_BYTES`` (Gmail clips at 102 KB) is shortened: the
least important events go, and a line says how many more are in the full digest online.

The order (``docs/digest.md``): changes since the last digest (full cards, old -> new), this
week's events (full cards), later weeks (one line each). A long digest (more than
``REGIONS_AFTER`` events, in two regions or more) opens with a one-line count by region ("Africa
5 · Americas 3 · ...") whose counts link to the region headings of the last two parts; a change
names its region beside its place. Region headings per *date* were tried earlier and rejected
(most dates hold one or two events: a heading per event); per *part* they hold several.
The subject is at most ``SUBJECT_MAX`` characters in the reader's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import css_inline
import jinja2

from digest.calendar_links import google_url, outlook_url
from digest.content import CHANGED, NEW, UPCOMING, DigestContent, DigestEvent
from digest.format import OFF, EventView, labels, short_date, view
from digest.regions import DISPLAY_REGIONS, display_region
from digest.summary import shorten

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"
MAX_HTML_BYTES = 100_000
REGIONS_AFTER = 12  # more events than this: count them by region at the top, name it on each
UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/UNMIGNET-UNSUBSCRIBE-TOKEN"
_DROP_ORDER = (UPCOMING, NEW, CHANGED)  # first to go when the mail is too long
SUBJECT_MAX = 60  # characters: what a phone shows of a subject
THIS_WEEK_DAYS = 7  # events starting in the window's first week get full cards
SECTION_LABELS = {"changed": "changed", "week": "this_week", "later": "later"}
# While digest.title is one of these, each reader gets the title in their language.
DEFAULT_TITLES = frozenset(
    {"UN Network on Migration: events", "UN Network on Migration: events this month"}
)


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
        ).with_preferences(preferences_url(url) or url)

    def with_preferences(self, url: str) -> Rendered:
        placeholder = preferences_url(UNSUBSCRIBE_PLACEHOLDER) or ""
        return replace(
            self, html=self.html.replace(placeholder, url), text=self.text.replace(placeholder, url)
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
        first, last = window.start, date.fromordinal(window.end.toordinal() - 1)
        start, end = short_date(first, lang), short_date(last, lang)
        by_region = _worth_grouping(content.events, options.regions_after)
        sections, anchors = _sections(content, lang, options.base_url, by_region=by_region)
        more = str(lab["more_events"]).format(count=content.more_count)
        rest = [e for e in content.events if e.section != CHANGED]
        return {
            "lang": lang,
            "L": lab,
            "title": heading_title(options.title, lang),
            "subject": subject_line(content, lang, options.title),
            "range": f"{lab['weekly']} · {start} – {end}",
            "intro": str(lab["intro"]).format(start=start, end=end),
            "preheader": _preheader(sections),
            "sections": sections,
            "regions": _region_counts(rest, lang, anchors) if by_region else [],
            "more": more if content.more_count else "",
            "browser_url": options.browser_url,
            "unsubscribe_url": options.unsubscribe_url,
            "preferences_url": preferences_url(options.unsubscribe_url),
        }


def preferences_url(unsubscribe_url: str | None) -> str | None:
    """The preferences page sits beside the unsubscribe page and takes the same token."""
    if not unsubscribe_url:
        return None
    return unsubscribe_url.replace("/unsubscribe/", "/preferences/").replace(
        "UNSUBSCRIBE-TOKEN", "PREFERENCES-TOKEN"
    )


def heading_title(title: str, lang: str) -> str:
    """The configured title, or the reader's translation of it while it is the default one."""
    return str(labels(lang)["title"]) if title in DEFAULT_TITLES else title


def compact_range(first: date, last: date, lang: str) -> str:
    """``14–20 Dec``, ``30 Nov–27 Dec``: the window as the subject line names it."""
    months = labels(lang)["months_short"]
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {months[last.month - 1]}"
    return f"{first.day} {months[first.month - 1]}–{last.day} {months[last.month - 1]}"


def subject_line(content: DigestContent, lang: str, title: str) -> str:
    """``12 events, 14–20 Dec – UN Network on Migration``: at most ``SUBJECT_MAX`` characters,
    in the reader's language; a shorter name of the network, then none, when it is too long."""
    lab = labels(lang)
    total = len(content.events) + content.more_count
    count = lab["events_one"] if total == 1 else str(lab["events_other"]).format(n=total)
    window = content.window
    last = date.fromordinal(window.end.toordinal() - 1)
    span = compact_range(window.start, last, lang)
    key = "empty_subject" if content.empty else "subject"
    brands = [lab["brand"]] if title in DEFAULT_TITLES else [title]
    line = ""
    for brand in [*brands, lab["brand_short"]]:
        line = str(lab[key]).format(count=count, range=span, brand=brand)
        if len(line) <= SUBJECT_MAX:
            return line
    return shorten(line.rpartition(" – ")[0] or line, SUBJECT_MAX)


@dataclass(frozen=True, slots=True)
class Group:
    """Events under one region heading (``region`` None: no heading, a short issue)."""

    region: str | None
    anchor: str | None
    items: list[EventView]


@dataclass(frozen=True, slots=True)
class Section:
    key: str  # changed | week | later
    heading: str
    groups: list[Group]
    compact: bool = False  # later weeks: one line per event


def _sections(
    content: DigestContent, lang: str, base_url: str, *, by_region: bool
) -> tuple[list[Section], set[str]]:
    """Changes first (full cards, old -> new), then this week's events (full cards), then later
    weeks (compact lines); in a long issue the last two are grouped by region, and the first
    heading of each region carries the anchor the count at the top links to."""
    lab = labels(lang)
    week_end = content.window.start + timedelta(days=THIS_WEEK_DAYS)
    changes = content.section(CHANGED)
    rest = [e for e in content.events if e.section != CHANGED]
    parts = [
        ("changed", changes, False),
        ("week", [e for e in rest if e.day < week_end], False),
        ("later", [e for e in rest if e.day >= week_end], True),
    ]
    anchors: set[str] = set()
    out: list[Section] = []
    for key, events, compact in parts:
        if not events:
            continue
        if key == "changed" or not by_region:
            views = [_view(e, lang, base_url, by_region and key == "changed") for e in events]
            groups = [Group(None, None, views)]
        else:
            groups = _by_region(events, lang, base_url, anchors)
        out.append(Section(key, str(lab[f"section_{SECTION_LABELS[key]}"]), groups, compact))
    return out, anchors


def _by_region(
    events: Sequence[DigestEvent], lang: str, base_url: str, anchors: set[str]
) -> list[Group]:
    names = labels(lang)["regions"]
    buckets: dict[str, list[EventView]] = {key: [] for key in DISPLAY_REGIONS}
    for event in events:
        buckets[display_region(event.country, event.mode)].append(
            _view(event, lang, base_url, False)
        )
    groups: list[Group] = []
    for key, items in buckets.items():
        if not items:
            continue
        anchor = None if f"r-{key}" in anchors else f"r-{key}"
        anchors.add(f"r-{key}")
        groups.append(Group(str(names[key]), anchor, items))
    return groups


def _view(event: DigestEvent, lang: str, base_url: str, with_region: bool) -> EventView:
    """The event's view with its web-calendar links; with its region beside the place when
    asked (not for online events, whose place already says so, nor for an unknown place)."""
    shown = view(event, lang, base_url)
    if shown.calendar_url and event.status not in OFF:
        shown = replace(shown, google_url=google_url(event), outlook_url=outlook_url(event))
    region = display_region(event.country, event.mode) if with_region else "online"
    if region in ("online", "elsewhere"):
        return shown
    return replace(shown, region=str(labels(lang)["regions"][region]))


def _worth_grouping(events: Sequence[DigestEvent], after: int) -> bool:
    """More than ``after`` events in at least two regions (one region: nothing to tell apart)."""
    if len(events) <= after:
        return False
    return len({display_region(e.country, e.mode) for e in events}) > 1


def _region_counts(
    events: Sequence[DigestEvent], lang: str, anchors: set[str]
) -> list[tuple[str, int, str | None]]:
    """(region label, events, anchor of its section) in a fixed order, empty regions left out."""
    counts = dict.fromkeys(DISPLAY_REGIONS, 0)
    for event in events:
        counts[display_region(event.country, event.mode)] += 1
    names = labels(lang)["regions"]
    return [
        (str(names[key]), n, f"r-{key}" if f"r-{key}" in anchors else None)
        for key, n in counts.items()
        if n
    ]


def _preheader(sections: list[Section]) -> str:
    titles = [e.title for s in sections for g in s.groups for e in g.items]
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
