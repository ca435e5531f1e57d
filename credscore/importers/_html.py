"""HTML to plain text as a reader sees it, with the links it points to (stdlib :mod:`html.parser`).

Mastodon statuses and bios, and LinkedIn sponsored messages, are HTML. The text keeps the
line structure (``<br>`` is a line break, a paragraph is separated by a blank line) and shows
links the way Mastodon displays them: the parts in ``<span class="invisible">`` (``https://``,
the tail of a long URL) are hidden, and ``<span class="ellipsis">`` is followed by ``…``.
Entities (``&amp;``, ``&#39;``, ``&nbsp;``) are decoded. The ``href`` of each ``<a>`` is
collected, except links that are mentions or hashtags (``class="mention"``, ``rel="tag"``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["HtmlText", "html_to_text", "looks_like_html", "plain_text"]

_BLOCKS = frozenset({"p", "div", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table"})
_LINE_ITEMS = frozenset({"li", "tr", "dt", "dd"})
_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"})
_SKIPPED = frozenset({"script", "style", "head", "template"})
_HIDDEN_CLASS = "invisible"
_ELLIPSIS_CLASS = "ellipsis"
_NOT_A_LINK_CLASSES = frozenset({"mention", "hashtag"})
_PARAGRAPH = "\n\n"
_TAG = re.compile(r"<(?:p|br|div|span|a|b|i|strong|em|ul|ol|li|table|html|body)\b[^>]*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,8}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_SPACES_AROUND_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")
_WHITESPACE_RUN = re.compile(r"[ \t\r\n\f]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    links: tuple[str, ...]


def looks_like_html(text: str) -> bool:
    """Whether ``text`` carries HTML markup (cheap check)."""
    return "<" in text and _TAG.search(text) is not None


def plain_text(text: str) -> str:
    """``text`` as plain text: converted when it is HTML, its entities decoded when it has any, else as is."""
    if looks_like_html(text):
        return html_to_text(text).text
    if "&" in text and _ENTITY.search(text):
        return html.unescape(text).replace("\u00a0", " ")
    return text


def html_to_text(markup: str) -> HtmlText:
    """The visible text of ``markup`` and the links it holds (mentions and hashtags left out)."""
    try:
        parser = _parsed(markup)
    except AssertionError:
        # html.parser gives up on a marked section it does not know (`<![foo[`) with an AssertionError:
        # read such sections as text, as a browser does.
        parser = _parsed(markup.replace("<![", "&lt;!["))
    return HtmlText(parser.text(), tuple(dict.fromkeys(parser.links)))


def _parsed(markup: str) -> _TextParser:
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return parser


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, hidden, ellipsis)
        self.links: list[str] = []

    def _hidden(self) -> bool:
        return bool(self._stack) and self._stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        classes = set(attributes.get("class", "").split())
        if tag in _VOID:
            if tag == "br" and not self._hidden():
                self._parts.append("\n")
            return
        hidden = self._hidden() or _HIDDEN_CLASS in classes or tag in _SKIPPED
        if tag in _BLOCKS and not hidden:
            self._parts.append(_PARAGRAPH)
        elif tag in _LINE_ITEMS and not hidden:
            self._parts.append("\n")
        if tag == "a" and not hidden:
            href = attributes.get("href", "").strip()
            if href and not classes & _NOT_A_LINK_CLASSES and attributes.get("rel", "") != "tag":
                self.links.append(href)
        self._stack.append((tag, hidden, _ELLIPSIS_CLASS in classes))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        # Unbalanced markup: close up to the matching open tag, if there is one.
        if not any(open_tag == tag for open_tag, _, _ in self._stack):
            return
        while self._stack:
            open_tag, hidden, ellipsis = self._stack.pop()
            if ellipsis and not hidden:
                self._parts.append("…")
            if open_tag == tag:
                break
        if tag in _BLOCKS and not self._hidden():
            self._parts.append(_PARAGRAPH)

    def handle_data(self, data: str) -> None:
        if self._hidden():
            return
        # As a browser shows it: a run of white space in the markup is one space, except in <pre>.
        preformatted = any(open_tag == "pre" for open_tag, _, _ in self._stack)
        self._parts.append(data if preformatted else _WHITESPACE_RUN.sub(" ", data))

    def text(self) -> str:
        text = "".join(self._parts).replace("\u00a0", " ").replace("\r\n", "\n")
        text = _SPACES_AROUND_NEWLINE.sub("\n", text)
        return _MANY_NEWLINES.sub(_PARAGRAPH, text).strip()
