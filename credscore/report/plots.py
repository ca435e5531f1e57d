"""The report's plots, drawn with matplotlib as SVG to inline in the HTML.

Figures are built with the object-oriented API (``matplotlib.figure.Figure``), never pyplot: no
GUI backend is touched and the global backend of a user's session is left alone. Output is
deterministic (fixed ``svg.hashsalt``, no date, text kept as text) so the same verdicts give the
same bytes, and the ids inside each figure are prefixed so that many figures can live in one
page without clashing.

A reference strip depends only on the model's reference distribution, not on the account: it is
drawn once per feature as an SVG ``<symbol>``, and each account's value is a line placed over it
(:meth:`Strip.marker_x`).
"""

from __future__ import annotations

import io
import math
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import matplotlib
import matplotlib.dates
import matplotlib.style
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

if TYPE_CHECKING:  # RcKeyType is in recent matplotlib releases only; only the type checker needs it
    from matplotlib.typing import RcKeyType

__all__ = ["BAND_COLOURS", "Strip", "composition_svg", "engagement_svg", "growth_svg", "histogram_svg", "nice_ceiling",
           "reference_strip"]

BAND_COLOURS = {
    "likely_genuine": "#1b7f4b",
    "uncertain": "#b7791f",
    "likely_fake": "#b42318",
    "insufficient_data": "#667085",
}
GENUINE_COLOUR = BAND_COLOURS["likely_genuine"]
FAKE_COLOUR = BAND_COLOURS["likely_fake"]
INK = "#344054"

_RC: dict[RcKeyType, Any] = {
    "svg.hashsalt": "credscore-report",
    "svg.fonttype": "none",
    "font.size": 8,
    "axes.edgecolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "axes.labelcolor": INK,
}
# rcParams are global: two threads (e.g. the HTTP API) must not interleave their rc contexts.
_LOCK = threading.Lock()

# Where a strip's data area lies, as fractions of the figure (left, bottom, width, height).
_STRIP_SIZE = (3.2, 0.46)
_STRIP_AXES = (0.015, 0.34, 0.97, 0.64)


@dataclass(frozen=True)
class Strip:
    """One feature's reference strip: an SVG symbol and the scale it was drawn on."""

    symbol_id: str
    width: float
    height: float
    body: str
    low: float
    high: float

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:g} {self.height:g}"

    def marker_x(self, value: float) -> float:
        """Where ``value`` lies on the strip, in the symbol's units (clamped to the scale)."""
        left, _, width, _ = _STRIP_AXES
        fraction = min(max((value - self.low) / (self.high - self.low), 0.0), 1.0)
        return round(self.width * (left + width * fraction), 2)

    @property
    def marker_span(self) -> tuple[float, float]:
        """Top and bottom of the data area, in the symbol's units (SVG's y runs downwards)."""
        _, bottom, _, height = _STRIP_AXES
        return round(self.height * (1 - bottom - height), 2), round(self.height * (1 - bottom), 2)


def reference_strip(symbol_id: str, genuine: Mapping[str, float] | None, fake: Mapping[str, float] | None,
                    low: float, high: float, labels: tuple[str, str]) -> Strip:
    """The strip of a feature: genuine accounts above, fake below (5–95 line, 25–75 box, median tick)."""
    left, bottom, width, height = _STRIP_AXES

    def x(value: float) -> float:
        return left + width * (min(max(value, low), high) - low) / (high - low)

    with _figure_context():
        # Artists straight on the figure, in figure coordinates: an Axes per strip would cost ten times more.
        figure = Figure(figsize=_STRIP_SIZE)
        rows = ((bottom + height * 0.72, genuine, GENUINE_COLOUR), (bottom + height * 0.28, fake, FAKE_COLOUR))
        half = height * 0.13
        for y, quantiles, colour in rows:
            figure.add_artist(Line2D([left, left + width], [y, y], color="#eaecf0", linewidth=0.6))
            if quantiles is None:
                continue
            figure.add_artist(Line2D([x(quantiles["p5"]), x(quantiles["p95"])], [y, y], color=colour, linewidth=1.1))
            start = x(quantiles["p25"])
            box = max(x(quantiles["p75"]) - start, width * 0.006)
            figure.add_artist(Rectangle((start, y - half), box, 2 * half, facecolor=colour, edgecolor="none",
                                        alpha=0.85))
            median = x(quantiles["p50"])
            figure.add_artist(Line2D([median, median], [y - half, y + half], color="white", linewidth=1.3))
        figure.text(left, 0.02, labels[0], ha="left", va="bottom", color=INK, fontsize=7)
        figure.text(left + width, 0.02, labels[1], ha="right", va="bottom", color=INK, fontsize=7)
        svg_width, svg_height, body = _svg_parts(figure, symbol_id)
    return Strip(symbol_id, svg_width, svg_height, body, low, high)


def histogram_svg(scores: Sequence[float], thresholds: tuple[float, float], axis_labels: tuple[str, str],
                  prefix: str) -> str:
    """A histogram of 0–100 scores in bins of 5, coloured by band, with the band thresholds dashed."""
    genuine_below, fake_from = thresholds
    with _figure_context():
        figure = Figure(figsize=(6.4, 2.3))
        axes = figure.add_axes((0.08, 0.2, 0.9, 0.74))
        edges = list(range(0, 105, 5))
        counts = [0] * (len(edges) - 1)
        for score in scores:
            counts[min(int(score // 5), len(counts) - 1)] += 1
        for left, count in zip(edges, counts, strict=False):
            middle = left + 2.5
            band = "likely_fake" if middle >= fake_from else "likely_genuine" if middle < genuine_below else "uncertain"
            if count:
                axes.bar(left, count, width=5, align="edge", color=BAND_COLOURS[band], edgecolor="white",
                         linewidth=0.8)
        for threshold in thresholds:
            axes.axvline(threshold, color=INK, linestyle=(0, (3, 2)), linewidth=0.8)
        axes.set_xlim(0, 100)
        axes.set_ylim(0, max([*counts, 1]) * 1.1)
        axes.set_xticks(range(0, 101, 10))
        axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
        axes.set_xlabel(axis_labels[0])
        axes.set_ylabel(axis_labels[1])
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        width, height, body = _svg_parts(figure, prefix)
    return (f'<svg class="histogram" viewBox="0 0 {width:g} {height:g}" xmlns="http://www.w3.org/2000/svg" '
            f'role="img">{body}</svg>')


# The audience plots: wide and short, to sit in the text column like the histogram.
_SERIES_SIZE = (6.4, 2.3)
_SERIES_AXES = (0.11, 0.2, 0.86, 0.74)
# With one point (or all at one moment) the time axis spans this much on each side of it.
_LONE_POINT_PAD = timedelta(days=1)
# A burst at one instant is still drawn wide enough to see: this fraction of the time axis.
_MIN_SPAN_FRACTION = 0.008
# Below this span the time axis labels the hour too: a day's bursts happen within hours.
_SHORT_SPAN = timedelta(days=3)
# Headroom above the highest value, so that the top dot is not cut by the frame.
_HEADROOM = 1.08
# The engagement plot shows the range's high end when it is at most this many times the highest post.
_FIT_HIGH = 1.5
_RANGE_COLOUR = GENUINE_COLOUR
_BAR_HEIGHT = 0.62


def engagement_svg(points: Sequence[tuple[datetime, float]], expected: tuple[float, float] | None,
                   median: float | None, shown: Callable[[float], str], label: str, prefix: str) -> str:
    """Engagement per post over time, one dot per post, over the follower tier's expected range (a shaded band).

    ``shown`` formats a rate for the y axis in the reader's language; ``label`` describes the plot for
    screen readers. The dots are the group ``{prefix}-posts``, the band ``{prefix}-expected``.
    """
    with _figure_context():
        figure, axes = _series_axes()
        if expected is not None:
            axes.axhspan(expected[0], expected[1], color=_RANGE_COLOUR, alpha=0.16, linewidth=0, gid="expected")
        if median is not None:
            axes.axhline(median, color=INK, linestyle=(0, (3, 2)), linewidth=0.7, gid="median")
        times = [_date_number(when) for when, _ in points]
        values = [value for _, value in points]
        axes.plot(times, values, color=INK, linewidth=0.5, marker="o", markersize=2.6, gid="posts")
        # The scale fits the posts and the range's low end; a generous high end may run off the top rather
        # than squash the posts into the bottom few pixels.
        top = max([*values, expected[0] if expected else 0.0, median or 0.0])
        if expected is not None and expected[1] <= top * _FIT_HIGH:
            top = max(top, expected[1])
        axes.set_ylim(0, nice_ceiling(top * _HEADROOM) if top > 0 else 1.0)
        axes.yaxis.set_major_locator(MaxNLocator(nbins=4))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: shown(value)))
        _time_axis(axes, times)
        width, height, body = _svg_parts(figure, prefix)
    return _svg_element("plot engagement", width, height, body, label)


def growth_svg(series: Sequence[tuple[datetime, float]], bursts: Sequence[tuple[datetime, datetime, bool]],
               shown: Callable[[float], str], label: str, prefix: str) -> str:
    """Followers over time, with the bursts shaded: the groups ``{prefix}-followers`` and ``{prefix}-burst-<n>``.

    Each burst is ``(start, end, explained)``: red when no post explains it, amber when one does.
    """
    with _figure_context():
        figure, axes = _series_axes()
        times = [_date_number(when) for when, _ in series]
        values = [value for _, value in series]
        spans = [(_date_number(start), _date_number(end), explained) for start, end, explained in bursts]
        _time_axis(axes, [*times, *(edge for start, end, _ in spans for edge in (start, end))])
        low, high = axes.get_xlim()
        least = (high - low) * _MIN_SPAN_FRACTION
        for number, (start, end, explained) in enumerate(spans, 1):
            middle, half = (start + end) / 2, max(end - start, least) / 2
            axes.axvspan(middle - half, middle + half, color=BAND_COLOURS["uncertain"] if explained else FAKE_COLOUR,
                         alpha=0.22, linewidth=0, gid=f"burst-{number}")
        axes.plot(times, values, color=INK, linewidth=1.0, marker="o", markersize=2.2, gid="followers")
        axes.set_ylim(0, nice_ceiling(max([*values, 1.0]) * _HEADROOM))
        axes.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: shown(value)))
        width, height, body = _svg_parts(figure, prefix)
    return _svg_element("plot growth", width, height, body, label)


def composition_svg(rows: Sequence[tuple[str, int, str, bool]], label: str, prefix: str) -> str:
    """Horizontal bars, one per ``(label, count, annotation, suspect)`` row, top to bottom; suspect ones in red.

    The bars are the groups ``{prefix}-bar-1``, ``{prefix}-bar-2``…; each bar's annotation (its count and share)
    is written beside it.
    """
    with _figure_context():
        figure = Figure(figsize=(6.4, 0.42 * len(rows) + 0.3))
        axes = figure.add_axes((0.34, 0.06, 0.56, 0.9))
        positions = list(range(len(rows)))[::-1]
        counts = [count for _, count, _, _ in rows]
        colours = [FAKE_COLOUR if suspect else GENUINE_COLOUR for *_, suspect in rows]
        bars = axes.barh(positions, counts, height=_BAR_HEIGHT, color=colours)
        for number, bar in enumerate(bars, 1):
            bar.set_gid(f"bar-{number}")
        top = max([*counts, 1])
        for position, (_, count, annotation, _) in zip(positions, rows, strict=True):
            axes.text(count + top * 0.015, position, annotation, va="center", ha="left", color=INK)
        axes.set_xlim(0, top * 1.3)
        axes.set_ylim(-0.6, len(rows) - 0.4)
        axes.set_yticks(positions, [name for name, *_ in rows])
        axes.set_xticks([])
        for side in ("top", "right", "bottom"):
            axes.spines[side].set_visible(False)
        width, height, body = _svg_parts(figure, prefix)
    return _svg_element("plot composition", width, height, body, label)


def _series_axes() -> tuple[Figure, Any]:
    figure = Figure(figsize=_SERIES_SIZE)
    axes = figure.add_axes(_SERIES_AXES)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure, axes


def _date_number(when: datetime) -> float:
    # Aware times in UTC, as the report writes every time: the axis never depends on this machine's zone.
    moment = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    return float(matplotlib.dates.date2num(moment))


def _time_axis(axes: Any, times: Sequence[float]) -> None:
    """A time axis over ``times`` with ISO dates (numbers only: no month name in any language)."""
    if times:
        low, high = min(times), max(times)
    else:
        low = high = _date_number(datetime(2000, 1, 1, tzinfo=UTC))
    if high - low < 1e-9:
        pad = _LONE_POINT_PAD / timedelta(days=1)
        low, high = low - pad, high + pad
    else:
        margin = (high - low) * 0.03
        low, high = low - margin, high + margin
    axes.set_xlim(low, high)
    short = high - low < _SHORT_SPAN / timedelta(days=1)
    pattern = "%Y-%m-%d %H:%M" if short else "%Y-%m-%d"
    axes.xaxis.set_major_locator(matplotlib.dates.AutoDateLocator(minticks=2, maxticks=5, tz=UTC))
    axes.xaxis.set_major_formatter(FuncFormatter(
        lambda value, _: matplotlib.dates.num2date(value, tz=UTC).strftime(pattern)))


def _svg_element(kind: str, width: float, height: float, body: str, label: str) -> str:
    from markupsafe import escape

    return (f'<svg class="{kind}" viewBox="0 0 {width:g} {height:g}" xmlns="http://www.w3.org/2000/svg" '
            f'role="img" aria-label="{escape(label)}">{body}</svg>')


def nice_ceiling(value: float) -> float:
    """A round upper bound for a scale: 1, 1.5, 2, 2.5, 3 … times a power of ten, at least ``value``."""
    if value <= 0 or not math.isfinite(value):
        return 1.0
    step = 10 ** math.floor(math.log10(value)) / 2
    return math.ceil(value / step - 1e-9) * step


@contextmanager
def _figure_context() -> Iterator[None]:
    """The lock and the settings every figure of the report is drawn under."""
    # The default style first, so that a user's matplotlibrc cannot change the report's look.
    with _LOCK, matplotlib.style.context("default"), matplotlib.rc_context(_RC):
        yield


_SVG_OPEN = re.compile(r'<svg\b[^>]*\bviewBox="0 0 ([0-9.]+) ([0-9.]+)"[^>]*>')
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_ID = re.compile(r'\bid="([^"]+)"')
_REFERENCE = re.compile(r'(xlink:href="#|href="#|url\(#)([^")]+)')
_FONT_FAMILY = re.compile(r"font-family: [^;\"]+")


def _svg_parts(figure: Figure, prefix: str) -> tuple[float, float, str]:
    """The figure's width, height and SVG content (inside ``<svg>``), its ids prefixed with ``prefix``."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    opening = _SVG_OPEN.search(text)
    if opening is None:  # pragma: no cover - matplotlib always writes a viewBox
        raise RuntimeError("matplotlib wrote an SVG without a viewBox")
    body = text[opening.end():text.rindex("</svg>")]
    body = _METADATA.sub("", body)
    body = _ID.sub(lambda found: f'id="{prefix}-{found[1]}"', body)
    body = _REFERENCE.sub(lambda found: f"{found[1]}{prefix}-{found[2]}", body)
    # Text takes the page's font rather than naming fonts the reader may not have.
    body = _FONT_FAMILY.sub("font-family: inherit", body)
    return float(opening[1]), float(opening[2]), body.strip()
