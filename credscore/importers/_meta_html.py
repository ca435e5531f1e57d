"""The pages of Meta's "Download your information" export requested in HTML (Instagram, Threads): read by structure.

The HTML export is the same folders and file names as the JSON one (``followers_1.html`` for ``followers_1.json``),
each file a page written for a browser. Its class names are generated (``_a6-p``, ``_3-95``…) and change from one
version of the export to the next, so nothing here looks at a class. What public readers of real exports describe,
and what this module relies on:

- a page's entries are the element children of its main element (``<main>``, or ``<div role="main">`` in older
  exports); the header before it holds the page's title (``<h1>``) and when the export was made (``<time>``);
- an entry is a block whose first child is its heading when it has several (a post's caption, a message's sender,
  the account followed in ``following.html``), whose content follows (text, ``<img>``/``<video>`` with paths in the
  export, links, a ``<table>`` of labelled rows in forms such as the profile or a comment), and whose date is the
  last line of text, e.g. ``Jan 10, 2026 5:13 pm``; a message's reactions are a list (``<ul>``) in its content;
- a labelled row is ``<td>Label</td><td>value</td>``, or one cell holding the label then the value in a ``<div>``;
- dates are in the account's language and in the zone of whoever asked for the export, without saying which. The
  header's ``<time datetime="…Z">`` gives the same instant in UTC and in that zone's words: their difference is the
  page's offset, applied to its dates. Without it, dates are read as UTC and the note says so.

Sources (read, not copied): the design notes of an HTML export parser written against a January 2026 export
(brentyJ/ReCog ``_docs/INSTAGRAM_PARSER_ANALYSIS.md``: blocks, ``Dec 28, 2020 7:20 am``, comment and profile tables),
a reader of real pt-BR exports of August 2026 and its tests (the header's ``<time>`` pair and its lying "UTC", the
three list layouts, ``/_u/`` profile links, ``ago 10, 2026 4:38 da manhã``), a macOS reader of HTML message pages
(messages newest first, a first block listing the participants, ``<img>/<video>/<audio>`` in the content), and
scripts reading ``your_instagram_activity/media/posts_1.html`` (caption heading, images, date line).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from credscore.importers._common import media_kind
from credscore.importers.facebook_export import repair_mojibake

__all__ = ["Block", "Page", "parse_date", "parse_page", "profile_username"]

MAX_DEPTH = 200
"""Elements nested deeper than this are read as siblings of the deepest: a page is a few levels deep, a file nested
thousands of levels deep is damage and must not exhaust the stack."""
_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr",
                   "track", "param"})
_SKIPPED = frozenset({"script", "style", "template", "head", "title", "noscript"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# What a heading or a line of text may hold and still be one line (a caption with a line break or an emphasis).
_INLINE = frozenset({"br", "wbr", "span", "b", "i", "em", "strong", "u", "small", "abbr", "time"})
_BLOCKS = frozenset({"div", "p", "table", "tr", "ul", "ol", "li", "section", "article", *_HEADINGS})
_MEDIA_TAGS = frozenset({"img", "video", "audio", "source"})
_LISTS = frozenset({"ul", "ol"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200e\u200f]+")
_NEWLINES = re.compile(r"\s*\n\s*")
# A line that is a date, read or not: a year, another number, and little else. A caption is not taken for one.
_DATE_SHAPED = re.compile(r"^(?=.*\b(?:19|20)\d{2}\b)(?=.*\d.*\D\d)[^\n]{6,60}$")

# Month names as the export writes them, in English, French, Portuguese and Spanish, folded (no accents, lower case,
# no final dot). English and Portuguese forms were seen in real exports (sources above); French and Spanish are the
# languages' usual abbreviations and full names. No two languages give one name different months.
_MONTH_NAMES = {
    1: "jan january janv janvier janeiro ene enero",
    2: "feb february fev fevr fevrier fevereiro febrero",
    3: "mar march mars marco marzo",
    4: "apr april avr avril abr abril",
    5: "may mai maio mayo",
    6: "jun june juin junho junio",
    7: "jul july juil juillet julho julio",
    8: "aug august aout ago agosto",
    9: "sep sept september septembre set setembro septiembre",
    10: "oct october octobre out outubro octubre",
    11: "nov november novembre novembro noviembre",
    12: "dec december decembre dez dezembro dic diciembre",
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_AM = re.compile(r"^(?:a\.?\s?m\.?|da manh[ãa]|da madrugada)$", re.IGNORECASE)
_PM = re.compile(r"^(?:p\.?\s?m\.?|da tarde(?:/noite)?|da noite|de la tarde|de la noche)$", re.IGNORECASE)
_TIME = r"(?P<hour>\d{1,2})(?:[:h](?P<minute>\d{2}))(?::(?P<second>\d{2}))?\s*(?P<period>[^\d\s][^\d]{0,18}?)?"
_WEEKDAY = r"(?:[^\W\d_]+\.?,?\s+)?"
# "Jan 10, 2026 5:13 pm" (what Meta writes in every language seen) and "10 janv. 2026 17:13" (the usual French order).
_MONTH_FIRST = re.compile(rf"^{_WEEKDAY}(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
                          rf"(?:,?\s+(?:at\s+|à\s+|às\s+|a las\s+)?{_TIME})?$")
_DAY_FIRST = re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:er)?\.?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\.?\s+(?:de\s+)?"
                        rf"(?P<year>\d{{4}})(?:,?\s+(?:at\s+|à\s+|às\s+|a las\s+)?{_TIME})?$")
_ZONE_WORDS = re.compile(r"\s+(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?$", re.IGNORECASE)
_MAX_OFFSET = (timedelta(hours=-12), timedelta(hours=14))
_QUARTER = 15 * 60
# Paths of instagram.com that are not people.
_NOT_PEOPLE = frozenset({"p", "reel", "reels", "stories", "explore", "accounts", "direct", "tv", "_u", "_n", ""})
_PROFILE_HOSTS = ("instagram.com", "threads.net", "threads.com")
_USERNAME = re.compile(r"^@?[A-Za-z0-9._]{1,30}$")


class _Node:
    __slots__ = ("attrs", "children", "kids", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], parent: _Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[_Node | str] = []
        self.kids: list[_Node] = []  # the elements among the children, kept apart: pages have tens of thousands

    def append(self, child: _Node | str) -> None:
        self.children.append(child)
        if isinstance(child, _Node):
            self.kids.append(child)

    def elements(self) -> list[_Node]:
        return self.kids

    def walk(self) -> Iterator[_Node]:
        """This element and every element inside it, in document order (without recursion)."""
        stack: list[_Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.kids))

    def inside(self, tags: frozenset[str], *, until: _Node) -> bool:
        """Whether an element between this one (included) and ``until`` (excluded) has one of ``tags``."""
        node: _Node | None = self
        while node is not None and node is not until:
            if node.tag in tags:
                return True
            node = node.parent
        return False


class _Builder(HTMLParser):
    """A forgiving tree: an end tag closes up to its open element, one without an open element is ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self._open: list[_Node] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        parent = self._open[-1]
        node = _Node(tag, {name: value or "" for name, value in attrs}, parent)
        parent.append(node)
        if tag not in _VOID and len(self._open) < MAX_DEPTH:
            self._open.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        parent = self._open[-1]
        parent.append(_Node(tag, {name: value or "" for name, value in attrs}, parent))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, 0, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                return

    def handle_data(self, data: str) -> None:
        self._open[-1].append(data)


def _tree(markup: str) -> _Node:
    builder = _Builder()
    try:
        builder.feed(markup)
        builder.close()
    except AssertionError:
        # html.parser gives up on a marked section it does not know (`<![foo[`): read it as text, as browsers do.
        builder = _Builder()
        builder.feed(markup.replace("<![", "&lt;!["))
        builder.close()
    return builder.root


def _text(node: _Node, skip: set[int] | None = None) -> str:
    """The visible text of ``node`` as lines: a line break or a block element starts a line; ``skip`` holds the ids of
    elements left out (a heading, a date, reactions)."""
    parts: list[str] = []
    stack: list[_Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        if item.tag in _SKIPPED or (skip and id(item) in skip):
            continue
        if item.tag == "br" or item.tag in _BLOCKS:
            parts.append("\n")
        if item.tag == "td":
            parts.append(" ")
        stack.extend(reversed(item.children))
    lines = (_SPACES.sub(" ", line).strip() for line in _NEWLINES.sub("\n", "".join(parts)).split("\n"))
    return _clean("\n".join(line for line in lines if line))


def _clean(text: str) -> str:
    # Defensive: no HTML export with Meta's JSON mojibake has been seen, but a text that is nothing else is repaired
    # as in the JSON export (real accented text is left as it is).
    repaired = repair_mojibake(text)
    return repaired if isinstance(repaired, str) else text


def _own_text(node: _Node) -> str:
    """The text written directly in ``node``, not in its elements (the label of a one-cell labelled row)."""
    return _clean(_SPACES.sub(" ", " ".join(child for child in node.children if isinstance(child, str))).strip())


def _one_line(node: _Node) -> bool:
    """An element that is one piece of text: no element inside but line breaks and inline emphasis."""
    return all(child.tag in _INLINE for child in node.walk() if child is not node)


@dataclass
class Block:
    """One entry of a page, as read by structure."""

    node: _Node
    heading: str | None = None
    """The first child's text when the block has several children and it is one line (a caption, a sender)."""
    text: str = ""
    """The rest of the block's text: headings, date, labelled rows, lists (reactions) and media left out."""
    date_text: str | None = None
    """The block's date line (the last line of text that has the shape of a date), read or not."""
    fields: list[tuple[str, str]] = field(default_factory=list)
    """The labelled rows of its tables, in order."""
    media: list[tuple[str, str]] = field(default_factory=list)
    """``(kind, path)`` of its photos, videos and sounds."""
    links: list[str] = field(default_factory=list)
    """The web links (``http…``) outside its heading."""
    profile_links: list[str] = field(default_factory=list)
    """Every link to a profile (instagram.com, threads.net), the heading's included."""

    def field_value(self, *names: str) -> str | None:
        """The value of the first row whose label is one of ``names`` (folded)."""
        return next((value for label, value in self.fields if fold_label(label) in names and value), None)


@dataclass
class Page:
    """One HTML file: its title, its entries, and the offset of its local times from UTC when the header gives it."""

    title: str | None
    blocks: list[Block]
    offset: timedelta | None
    has_main: bool


def fold_label(label: str) -> str:
    """A label as compared: case folded, spaces collapsed, a final colon left out."""
    return _SPACES.sub(" ", label).strip().rstrip(":").strip().casefold()


def parse_page(markup: str) -> Page:
    """The entries of one page of the export (see the module's docstring)."""
    root = _tree(markup)
    main = next((node for node in root.walk() if node.tag == "main" or node.attrs.get("role") == "main"), None)
    container = main or next((node for node in root.walk() if node.tag == "body"), root)
    heading = next((node for node in root.walk() if node.tag == "h1"), None)
    title_node = next((node for node in root.walk() if node.tag == "title"), None)
    title = (_text(heading) if heading is not None and (main is None or not _is_in(heading, main)) else None) or (
        _clean(" ".join(child for child in title_node.children if isinstance(child, str)).strip())
        if title_node is not None else None)
    blocks = []
    for child in container.elements():
        if child.tag in _SKIPPED or child.tag in {"header", "h1", "nav", "footer", "aside"}:
            continue
        block = _block(child)
        if block.heading or block.text or block.date_text or block.fields or block.media or block.profile_links:
            blocks.append(block)
    return Page(title or None, blocks, _offset(root, main), main is not None)


def _is_in(node: _Node, ancestor: _Node) -> bool:
    current: _Node | None = node
    while current is not None:
        if current is ancestor:
            return True
        current = current.parent
    return False


def _block(node: _Node) -> Block:
    block = Block(node)
    skip: set[int] = set()
    children = [child for child in node.elements() if child.tag not in _SKIPPED and child.tag not in {"br", "wbr"}]
    first = children[0] if len(children) >= 2 else None
    if first is not None and (first.tag in _HEADINGS or (first.tag in {"div", "span", "p"} and _one_line(first))):
        heading = _text(first)
        if heading:
            block.heading = heading
            skip.add(id(first))
    heading_only = set(skip)
    # The date: the last line of text outside the heading, tables, lists and links, when it has a date's shape.
    lines = [element for element in node.walk() if element is not node and element.tag not in _MEDIA_TAGS
             and element.tag not in _VOID and _one_line(element) and not _is_skipped(element, skip, node)
             and not element.inside(frozenset({"table", "ul", "ol", "a"}), until=node) and _text(element)]
    # ... and not the entry's only content (a caption such as "Top 10 of 2025" in an entry that lost its date line).
    others = len(lines) > 1 or block.heading is not None or any(
        element.tag in {"a", "table", *_MEDIA_TAGS} for element in node.walk())
    if lines and others and _DATE_SHAPED.match(candidate := _text(lines[-1])):
        block.date_text = candidate
        skip.add(id(lines[-1]))
    for row in (element for element in node.walk() if element.tag == "tr"):
        cells = [cell for cell in row.elements() if cell.tag in {"td", "th"}]
        if len(cells) >= 2:
            block.fields.append((_text(cells[0]), _text(cells[1])))
        elif len(cells) == 1:
            block.fields.append((_own_text(cells[0]), _inner_text(cells[0])))
    if block.date_text is None:
        block.date_text = next((value for _, value in block.fields if _DATE_SHAPED.match(value)), None)
    for element in node.walk():
        if element.tag in {"table", *_LISTS}:
            skip.add(id(element))  # labelled rows are fields, lists are reactions: not the entry's words
        if _is_skipped(element, heading_only, node):
            continue
        if element.tag in _MEDIA_TAGS and (source := element.attrs.get("src", "").strip()):
            if not source.startswith("data:"):
                kind = media_kind(url=source)
                if kind == "other":
                    kind = {"video": "video", "audio": "audio", "img": "image"}.get(_media_parent(element), "other")
                _add(block.media, (kind, source))
        elif element.tag == "a" and (href := element.attrs.get("href", "").strip()):
            if profile_username(href) is not None:
                _add(block.profile_links, href)
            elif "://" not in href and media_kind(url=href) != "other":
                _add(block.media, (media_kind(url=href), href))  # a photo linked, not shown
            elif href.lower().startswith(("http://", "https://")):
                _add(block.links, href)
    for element in node.walk():  # profile links in the heading too (following.html names the account there)
        if element.tag == "a" and _is_skipped(element, heading_only, node):
            href = element.attrs.get("href", "").strip()
            if profile_username(href) is not None:
                _add(block.profile_links, href)
    block.text = _text(node, skip)
    if block.heading is not None and block.text == block.heading:
        block.text = ""
    return block


def _inner_text(cell: _Node) -> str:
    """The text of a cell's elements (the value of a one-cell labelled row)."""
    return "\n".join(filter(None, (_text(child) for child in cell.elements())))


def _media_parent(element: _Node) -> str:
    """``video``/``audio`` for a ``<source>`` inside one; the element's own tag otherwise."""
    if element.tag == "source" and element.parent is not None:
        return element.parent.tag
    return element.tag


def _is_skipped(element: _Node, skip: set[int], until: _Node) -> bool:
    node: _Node | None = element
    while node is not None and node is not until:
        if id(node) in skip:
            return True
        node = node.parent
    return False


def _add(found: list[Any], item: Any) -> None:
    if item not in found:
        found.append(item)


def profile_username(href: str) -> str | None:
    """The account a profile link points to (``https://www.instagram.com/name``, ``…/_u/name``,
    ``https://www.threads.net/@name``); ``None`` for any other link (a post, a story, another site)."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not any(host == known or host.endswith(f".{known}") for known in _PROFILE_HOSTS):
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if segments and segments[0] in {"_u", "_n"}:
        segments = segments[1:]
    if len(segments) != 1 or segments[0].lower() in _NOT_PEOPLE:
        return None
    name = segments[0].removeprefix("@")
    return name if _USERNAME.match(name) else None


def username_like(text: str | None) -> str | None:
    """``text`` when it is one username (``@name`` or ``name``), without the ``@``."""
    if text is None:
        return None
    text = text.strip()
    return text.removeprefix("@") if _USERNAME.match(text) else None


# --- dates ------------------------------------------------------------------------------------------------


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold().rstrip("."))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def local_time(text: str) -> datetime | None:
    """A date line as written (see :data:`_MONTH_FIRST`, :data:`_DAY_FIRST`), without a zone; ``None`` when it is
    not one of those forms or not a real date (a month, an hour or a day out of range)."""
    text = _ZONE_WORDS.sub("", _SPACES.sub(" ", text).strip())
    match = _MONTH_FIRST.match(text) or _DAY_FIRST.match(text)
    if match is None:
        return None
    month = MONTHS.get(_fold(match["month"]))
    if month is None:
        return None
    hour, minute, second = (int(match[key]) if match[key] else 0 for key in ("hour", "minute", "second"))
    period = (match["period"] or "").strip()
    if period:
        if _AM.match(period):
            if not 1 <= hour <= 12:
                return None
            hour = 0 if hour == 12 else hour
        elif _PM.match(period):
            if not 1 <= hour <= 12:
                return None
            hour = 12 if hour == 12 else hour + 12
        else:
            return None  # words after the time that are not a known half of the day: not read rather than guessed
    try:
        return datetime(int(match["year"]), month, int(match["day"]), hour, minute, second)
    except ValueError:
        return None


def parse_date(text: str, offset: timedelta | None) -> datetime | None:
    """A date line as an aware UTC time: local time minus the page's ``offset`` (UTC when it is not known)."""
    local = local_time(text)
    if local is None:
        return None
    try:
        return (local - (offset or timedelta(0))).replace(tzinfo=UTC)
    except OverflowError:
        return None


_LOOSE_TIME = re.compile(r"(?<!\d)(\d{1,2})[:h](\d{2})(?!\d)\s*"
                         r"([ap]\.?\s?m\.?|da manh[ãa]|da tarde(?:/noite)?|da noite)?", re.IGNORECASE)
_LOOSE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_LOOSE_DAY = re.compile(r"(?<![\d:])(\d{1,2})(?![\d:])")
_WORD = re.compile(r"[^\W\d_]+\.?")


def _loose_local(text: str) -> datetime | None:
    """The header's long date ("Tuesday, 11 August 2026 at 22:03 UTC", "Terça-feira, 11 de agosto de 2026 às 22:03")
    read by its parts: one year, one time, one day number and one month name in any order."""
    time, year = _LOOSE_TIME.search(text), _LOOSE_YEAR.search(text)
    if time is None or year is None:
        return None
    rest = text[:time.start()] + " " + text[time.end():]
    rest = rest.replace(year.group(1), " ")
    days = _LOOSE_DAY.findall(rest)
    months = {MONTHS[_fold(word)] for word in _WORD.findall(rest) if _fold(word) in MONTHS}
    if len(days) != 1 or len(months) != 1:
        return None
    hour, minute = int(time.group(1)), int(time.group(2))
    period = (time.group(3) or "").strip()
    if period:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if _PM.match(period) else 0)
    try:
        return datetime(int(year.group(1)), months.pop(), int(days[0]), hour, minute)
    except ValueError:
        return None


def _offset(root: _Node, main: _Node | None) -> timedelta | None:
    """The page's offset from UTC: a ``<time datetime>`` outside the entries, its words against its value."""
    for node in root.walk():
        if node.tag != "time" or (main is not None and _is_in(node, main)):
            continue
        stamp = node.attrs.get("datetime", "").strip()
        try:
            instant = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            continue
        if instant.tzinfo is None:
            continue
        local = _loose_local(_text(node))
        if local is None:
            continue
        seconds = (local - instant.astimezone(UTC).replace(tzinfo=None)).total_seconds()
        offset = timedelta(seconds=round(seconds / _QUARTER) * _QUARTER)
        if _MAX_OFFSET[0] <= offset <= _MAX_OFFSET[1]:
            return offset
    return None


def describe_offset(offset: timedelta) -> str:
    """``UTC+02:00``, ``UTC-07:00``."""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
