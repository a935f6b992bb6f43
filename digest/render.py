"""Digest content -> HTML and plain text (pure: no database, no network).

Jinja2 with autoescape for HTML (every value from mail is untrusted); the stylesheet in the
template's first ``<style>`` is inlined into ``style=""`` attributes by css-inline; the second one
(media queries for phones and dark mode) is kept as is, which clients that honour it use.
Templates load from ``digest.templates_dir`` first (to override ``digest.html``/``digest.txt``),
then from the package. HTML over ``MAX_HTML_BYTES`` (Gmail clips at 102 KB) is shortened: the
least important events go, and a line says how many more are in the full digest online.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import css_inline
import jinja2

from digest.content import CHANGED, NEW, UPCOMING, DigestContent, DigestEvent, group_by_day
from digest.format import EventView, labels, long_date, short_date, view

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"
MAX_HTML_BYTES = 100_000
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
        sections = _sections(content, lang, options.base_url)
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
            "more": more if content.more_count else "",
            "browser_url": options.browser_url,
            "unsubscribe_url": options.unsubscribe_url,
        }


Days = list[tuple[str, list[EventView]]]


def _sections(content: DigestContent, lang: str, base_url: str) -> list[tuple[str, Days]]:
    lab = labels(lang)
    out: list[tuple[str, Days]] = []
    for name in (NEW, CHANGED, UPCOMING):
        events = content.section(name)
        if not events:
            continue
        days = [
            (long_date(day, lang), [view(e, lang, base_url) for e in items])
            for day, items in group_by_day(events)
        ]
        out.append((str(lab[f"section_{name}"]), days))
    return out


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
