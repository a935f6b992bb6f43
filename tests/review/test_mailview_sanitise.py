"""review.mailview.sanitise_html, the HTML sanitiser of the record page, on hostile markup.

Each case asserts on the sanitised markup itself, exactly, not on what a browser would do with it:
the record page's sandboxed frame and Content-Security-Policy are a second line, and a sanitiser
bug hidden behind them (an ``onclick`` let through) must still fail here.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from review.mailview import ALLOWED_TAGS, sanitise_html

# Event-handler content attributes of HTML, SVG and MathML (WHATWG "global event handlers",
# window/document/element handlers, SVG animation events), plus case and spelling variants.
_EVENT_NAMES = (
    "onabort onafterprint onanimationend onanimationiteration onanimationstart onauxclick "
    "onbeforeinput onbeforeprint onbeforetoggle onbeforeunload onbegin onblur oncancel "
    "oncanplay oncanplaythrough onchange onclick onclose oncontextlost oncontextmenu "
    "oncontextrestored oncopy oncuechange oncut ondblclick ondrag ondragend ondragenter "
    "ondragleave ondragover ondragstart ondrop ondurationchange onemptied onend onended "
    "onerror onfocus onfocusin onfocusout onformdata onhashchange oninput oninvalid onkeydown "
    "onkeypress onkeyup onlanguagechange onload onloadeddata onloadedmetadata onloadstart "
    "onmessage onmessageerror onmousedown onmouseenter onmouseleave onmousemove onmouseout "
    "onmouseover onmouseup onoffline ononline onpagehide onpagereveal onpageshow onpageswap "
    "onpaste onpause onplay onplaying onpointercancel onpointerdown onpointerenter "
    "onpointerleave onpointermove onpointerout onpointerover onpointerrawupdate onpointerup "
    "onpopstate onprogress onratechange onrejectionhandled onrepeat onreset onresize onscroll "
    "onscrollend onsearch onsecuritypolicyviolation onseeked onseeking onselect "
    "onselectionchange onselectstart onslotchange onstalled onstorage onsubmit onsuspend "
    "ontimeupdate ontoggle ontouchcancel ontouchend ontouchmove ontouchstart "
    "ontransitioncancel ontransitionend ontransitionrun ontransitionstart onunhandledrejection "
    "onunload onvolumechange onwaiting onwheel onzoom OnClick ONLOAD onClick"
)
EVENT_ATTRIBUTES = _EVENT_NAMES.split()

# where each allowed tag is valid, so the HTML parser keeps it ({} is the tag itself)
CONTEXT = {
    "li": "<ul>{}</ul>",
    "dd": "<dl>{}</dl>",
    "dt": "<dl>{}</dl>",
    "caption": "<table>{}</table>",
    "tbody": "<table>{}</table>",
    "thead": "<table>{}</table>",
    "tfoot": "<table>{}</table>",
    "tr": "<table><tbody>{}</tbody></table>",
    "td": "<table><tbody><tr>{}</tr></tbody></table>",
    "th": "<table><tbody><tr>{}</tr></tbody></table>",
}
VOID = {"br", "hr"}


def element(tag: str, attributes: str) -> str:
    """``tag`` with ``attributes`` and some text, in a context where it is valid."""
    opening = f"<{tag} {attributes}>".replace(" >", ">")
    inner = opening if tag in VOID else f"{opening}text</{tag}>"
    return CONTEXT.get(tag, "{}").format(inner)


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.extend((tag, name, value) for name, value in attrs)


def attributes_of(html: str) -> list[tuple[str, str, str | None]]:
    parser = _Attributes()
    parser.feed(html)
    parser.close()
    return parser.seen


@pytest.mark.parametrize("tag", sorted(ALLOWED_TAGS))
def test_no_event_attribute_survives_on_any_allowed_tag(tag: str) -> None:
    """Every on* attribute, on every tag the sanitiser keeps (with its allowed attributes
    present), is removed: the output equals the output of the same markup without it."""
    keep = {"a": 'href="https://ok.example/" title="t"', "td": 'colspan="2"', "th": 'colspan="2"'}
    base = keep.get(tag, "")
    clean = sanitise_html(element(tag, base))
    assert f"<{tag}" in clean  # the tag itself is kept, so the attribute had somewhere to go
    for name in EVENT_ATTRIBUTES:
        hostile = sanitise_html(element(tag, f'{base} {name}="steal(document.cookie)"'))
        assert hostile == clean, name
    unquoted = sanitise_html(element(tag, f"{base} onclick=steal() onerror=steal()"))
    assert unquoted == clean


def test_event_attributes_in_odd_spellings_are_removed() -> None:
    """A slash instead of a space, no quotes, a duplicate, a newline before the name: gone."""
    hostile = (
        "<p/onclick=steal()>a</p>"
        '<p class="x"\nonmouseover="steal()">b</p>'
        '<a href="https://ok.example/" onclick="1" onclick="2">c</a>'
        "<div\tonfocus=steal() tabindex=1>d</div>"
    )
    assert sanitise_html(hostile) == (
        "<p>a</p><p>b</p>"
        '<a href="https://ok.example/" target="_blank" rel="noopener noreferrer">c</a>'
        "<div>d</div>"
    )


def test_every_attribute_left_is_on_the_allow_list() -> None:
    """A mail full of vectors keeps only href/title on links, colspan/rowspan on cells and the
    target/rel the sanitiser sets itself; no attribute named on* anywhere."""
    html = sanitise_html(
        "".join(HOSTILE) + "".join(element(t, "onclick=x()") for t in ALLOWED_TAGS)
    )
    allowed = {
        ("a", "href"),
        ("a", "title"),
        ("a", "target"),
        ("a", "rel"),
        ("td", "colspan"),
        ("td", "rowspan"),
        ("th", "colspan"),
    }
    seen = attributes_of(html)
    assert seen and {(tag, name) for tag, name, _ in seen} <= allowed
    assert not [name for _, name, _ in seen if name.lower().startswith("on")]


STYLE_CASES = [
    ('<p style="background:url(https://evil.example/t.png)">hi</p>', "<p>hi</p>"),
    ("<p style='background-image: URL( \"//evil.example/t.png\" )'>hi</p>", "<p>hi</p>"),
    ('<div style="behavior:url(x.htc);width:expression(alert(1))">hi</div>', "<div>hi</div>"),
    ("<style>body{background:url(https://evil.example/t.png)}</style><p>hi</p>", "<p>hi</p>"),
    ("<style>@import url(https://evil.example/s.css);</style>hi", "hi"),
    ('<table background="https://evil.example/t.png"><tr><td>c</td></tr></table>',
     "<table><tbody><tr><td>c</td></tr></tbody></table>"),
    ('<link rel="stylesheet" href="https://evil.example/s.css">hi', "hi"),
]  # fmt: skip


@pytest.mark.parametrize(("hostile", "expected"), STYLE_CASES)
def test_styles_that_load_remote_content_are_removed(hostile: str, expected: str) -> None:
    """style attributes (url(), expression(), behavior), <style> blocks with url() or @import,
    background attributes and stylesheet links: nothing remote is left to load."""
    assert sanitise_html(hostile) == expected


FORM_AND_META_CASES = [
    ('<form action="https://evil.example/grab" method="post"><input name="pw" type="password">'
     '<button formaction="https://evil.example/">Go</button><select><option>a</option></select>'
     "<textarea>t</textarea></form>", "Goat"),
    ('<p>Log in again:</p><form action="https://evil.example/"><input type="submit" '
     'value="Verify"></form>', "<p>Log in again:</p>"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">hi', "hi"),
    ('<meta http-equiv="Set-Cookie" content="session=evil">hi', "hi"),
    ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *\">hi", "hi"),
    ('<base href="https://evil.example/"><a href="https://ok.example/">x</a>',
     '<a href="https://ok.example/" target="_blank" rel="noopener noreferrer">x</a>'),
]  # fmt: skip


@pytest.mark.parametrize(("hostile", "expected"), FORM_AND_META_CASES)
def test_forms_meta_and_base_are_removed(hostile: str, expected: str) -> None:
    """A phishing form keeps none of its controls (only the text of buttons, options and text
    areas); <meta http-equiv> (refresh, cookies, a looser CSP) and <base> are dropped."""
    assert sanitise_html(hostile) == expected


SVG_MATHML_CASES = [
    '<svg onload="alert(1)"><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a>'
    "</svg>",
    '<svg><image href="https://evil.example/t.png"/></svg>',
    '<svg><use href="data:image/svg+xml;base64,PHN2Zz4="/></svg>',
    '<svg><animate onbegin="alert(1)" attributeName="x"/>'
    '<set attributeName="href" to="javascript:alert(1)"/></svg>',
    '<svg><foreignObject><iframe src="https://evil.example/"></iframe></foreignObject></svg>',
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg><script>alert(1)</script></svg>",
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction>'
    "</math>",
    '<math href="javascript:alert(1)"><mi>x</mi></math>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table>"
    "</mtext></math>",
    "<math><mi><svg><style><img src=x onerror=alert(1)></style></svg></mi></math>",
]


@pytest.mark.parametrize("hostile", SVG_MATHML_CASES)
def test_svg_and_mathml_vectors_leave_nothing(hostile: str) -> None:
    """SVG and MathML (scripts, event attributes, javascript: and remote hrefs, foreignObject,
    and the namespace-confusion mXSS forms) are removed with their content."""
    assert sanitise_html(hostile) == ""


LINK_CASES = [
    ('<a href="javascript:alert(1)">x</a>', '<a target="_blank" rel="noopener noreferrer">x</a>'),
    ('<a href=" JaVaScRiPt:alert(1)">x</a>', '<a target="_blank" rel="noopener noreferrer">x</a>'),
    ('<a href="data:text/html,<script>alert(1)</script>">x</a>',
     '<a target="_blank" rel="noopener noreferrer">x</a>'),
    ('<a href="vbscript:msgbox(1)">x</a>', '<a target="_blank" rel="noopener noreferrer">x</a>'),
    ('<a href="https://ok.example/" onmouseover="x()" target="_self" rel="opener">ok</a>',
     '<a href="https://ok.example/" target="_blank" rel="noopener noreferrer">ok</a>'),
    ('<a href="mailto:iom@example.org" title="write">m</a>',
     '<a href="mailto:iom@example.org" title="write" target="_blank" rel="noopener noreferrer">'
     "m</a>"),
]  # fmt: skip


@pytest.mark.parametrize(("hostile", "expected"), LINK_CASES)
def test_links_keep_only_web_and_mail_schemes_and_open_without_referrer(
    hostile: str, expected: str
) -> None:
    """javascript:, data: and vbscript: hrefs are dropped (the link text stays); kept links get
    target=_blank and rel=noopener noreferrer whatever the mail said."""
    assert sanitise_html(hostile) == expected


HOSTILE = [
    '<img src="https://evil.example/t.png" onerror="x()">',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    "<!--[if IE]><script>alert(1)</script><![endif]-->",
    '<body onload="x()"><p>hi</p></body>',
    '<details open ontoggle="x()"><summary>s</summary>d</details>',
    '<video poster="https://evil.example/p.png" onplay="x()"><source src="x.mp4"></video>',
    *(hostile for hostile, _ in STYLE_CASES + FORM_AND_META_CASES + LINK_CASES),
    *SVG_MATHML_CASES,
]


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        (HOSTILE[0], ""),
        (HOSTILE[1], ""),
        (HOSTILE[2], ""),
        (HOSTILE[3] + "hi", "hi"),
        (HOSTILE[4], "<p>hi</p>"),
        (HOSTILE[5], "sd"),
        (HOSTILE[6], ""),
    ],
)
def test_images_frames_plugins_and_comments_are_removed(hostile: str, expected: str) -> None:
    """img, iframe, object, embed, video, conditional comments, body and details handlers."""
    assert sanitise_html(hostile) == expected


ALLOW_LIST_CASES = [
    ('<a href="http://ok.example/">h</a>',
     '<a href="http://ok.example/" target="_blank" rel="noopener noreferrer">h</a>'),
    ('<a href="ftp://x.example/f">f</a><a href="tel:+41227179111">t</a>'
     '<a href="sms:+41227179111">s</a><a href="webcal://x.example/c.ics">c</a>',
     '<a target="_blank" rel="noopener noreferrer">f</a>'
     '<a target="_blank" rel="noopener noreferrer">t</a>'
     '<a target="_blank" rel="noopener noreferrer">s</a>'
     '<a target="_blank" rel="noopener noreferrer">c</a>'),
    ('<a href="https://ok.example/" hreflang="fr" type="text/html">a</a>',
     '<a href="https://ok.example/" target="_blank" rel="noopener noreferrer">a</a>'),
    ('<table><tbody><tr><td align="left" headers="h" rowspan="2">c</td>'
     '<th scope="col" rowspan="2">h</th></tr></tbody></table>',
     '<table><tbody><tr><td rowspan="2">c</td><th>h</th></tr></tbody></table>'),
    ('<ol start="3" reversed type="a"><li value="4">x</li></ol>', "<ol><li>x</li></ol>"),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "expected"), ALLOW_LIST_CASES)
def test_only_the_listed_schemes_and_attributes_are_kept(markup: str, expected: str) -> None:
    """http, https and mailto links only (ftp, tel, sms, webcal lose their href); of the
    attributes nh3 would allow by default, only href/title on links and colspan/rowspan on
    cells (colspan alone on th) are kept."""
    assert sanitise_html(markup) == expected
