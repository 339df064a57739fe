"""The flowchart as inline SVG: a deterministic top-down layout, no JavaScript.

Every item of a flow is centred on the flow's axis. A fork draws its question
box, a bus to one column per arm (each labelled with the arm's condition), the
arms' flows side by side, and a merge back to the axis for the arms that go on.
Sizes come from a fixed character-width estimate, so the output depends only on
the guideline.
"""

from __future__ import annotations

from dataclasses import dataclass

from compiler.emit_docs.flowmodel import Box, Entry, FlowBuilder, Fork
from compiler.emit_docs.text import xml
from compiler.semantics import ir

FONT = 12
LINE = 16
CHAR_W = 6.5
PAD = 8
BOX_W = 236
DECISION_W = 260
LABEL_MAX_W = 200
COL_GAP = 20
STEP = 26
FONT_FAMILY = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
COLORS = {
    "decision": ("#e3f2fd", "#1565c0"),
    "section-condition": ("#ede7f6", "#4527a0"),
    "recs": ("#f1f8e9", "#558b2f"),
    "ask": ("#fff3e0", "#e65100"),
    "terminal": ("#eceff1", "#455a64"),
    "label": ("#ffffff", "#90a4ae"),
}


def wrap(text: str, width: int, max_lines: int = 0) -> list[str]:
    """Greedy word wrap at `width` characters; with max_lines, an ellipsis marks the cut."""
    chars = max(8, int((width - 2 * PAD) / CHAR_W))
    lines: list[str] = []
    current = ""
    for whole in text.split():
        word = whole
        while len(word) > chars:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:chars])
            word = word[chars:]
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= chars:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current or not lines:
        lines.append(current)
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: chars - 1].rstrip() + "…"
    return lines


def text_width(lines: list[str]) -> int:
    """Estimated pixel width of the widest line, with padding."""
    return int(max(len(line) for line in lines) * CHAR_W) + 2 * PAD


@dataclass
class Canvas:
    """SVG elements, edges drawn beneath nodes."""

    edges: list[str]
    nodes: list[str]

    def line(self, points: list[tuple[int, int]], arrow: bool = False) -> None:
        """A polyline edge, with an arrowhead at its end when asked."""
        pts = " ".join(f"{x},{y}" for x, y in points)
        end = ' marker-end="url(#gl-arrow)"' if arrow else ""
        self.edges.append(f'<polyline class="edge" points="{pts}" fill="none"{end}/>')


_TEXT_STYLE = {
    "box-title": ' font-weight="bold"',
    "question": ' font-weight="bold"',
    "gap": ' fill="#bf360c" font-style="italic"',
    "rec": ' fill="#1b3a57"',
}


def _text(lines: list[str], x: int, y: int, anchor: str = "middle", css: str = "") -> str:
    cls = f' class="{css}"{_TEXT_STYLE.get(css, "")}' if css else ""
    spans = "".join(
        f'<tspan x="{x}" y="{y + LINE * (i + 1) - 4}">{xml(t)}</tspan>' for i, t in enumerate(lines)
    )
    return f'<text{cls} text-anchor="{anchor}">{spans}</text>'


def _rect(x: int, y: int, w: int, h: int, role: str, *, rx: int = 6) -> str:
    fill, stroke = COLORS[role]
    return (
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{rx}" '
        f'fill="{fill}" stroke="{stroke}"/>'
    )


class Layout:
    """Measures and draws a flow.

    Each item's size is measured once and remembered: a fork's size needs its arms'
    sizes several times, so measuring afresh would take time exponential in nesting.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._sizes: dict[int, tuple[int, int]] = {}
        self._keep: list[object] = []  # the measured items, so that their ids stay theirs

    # ------------------------------------------------------------ measuring
    def size(self, item: Box | Fork | list[Box | Fork]) -> tuple[int, int]:
        """(width, height) of a flow or one of its items."""
        known = self._sizes.get(id(item))
        if known is None:
            known = self._sizes[id(item)] = self._measure(item)
            self._keep.append(item)
        return known

    def _measure(self, item: Box | Fork | list[Box | Fork]) -> tuple[int, int]:
        if isinstance(item, list):
            if not item:
                return 0, 0
            sizes = [self.size(i) for i in item]
            return max(w for w, _ in sizes), sum(h for _, h in sizes) + STEP * (len(sizes) - 1)
        if isinstance(item, Box):
            return BOX_W, self._box_height(item)
        return self._fork_size(item)

    def _entry_lines(self, entry: Entry) -> list[str]:
        if entry.kind == "heading":
            return wrap(entry.text, BOX_W)
        return wrap("• " + entry.text, BOX_W)

    def _box_height(self, box: Box) -> int:
        lines = len(wrap(box.title, BOX_W)) if box.title else 0
        lines += sum(len(self._entry_lines(e)) for e in box.entries)
        return lines * LINE + 2 * PAD

    def _label_lines(self, arm_label: str) -> list[str]:
        return wrap(arm_label, LABEL_MAX_W)

    def _columns(self, fork: Fork) -> list[int]:
        widths = []
        for arm in fork.arms:
            label_w = text_width(self._label_lines(arm.label))
            widths.append(max(label_w, self.size(arm.flow)[0]))
        return widths

    def _question(self, fork: Fork) -> list[str]:
        return wrap(fork.text, DECISION_W)

    def _fork_size(self, fork: Fork) -> tuple[int, int]:
        cols = self._columns(fork)
        width = max(DECISION_W, sum(cols) + COL_GAP * (len(cols) - 1))
        return width, self._fork_geometry(fork)[-1]

    def _fork_geometry(self, fork: Fork) -> tuple[int, int, int, int, int]:
        """Offsets from the fork's top: question bottom, labels top, flows top, merge, end."""
        q_bottom = len(self._question(fork)) * LINE + 2 * PAD
        labels_top = q_bottom + 2 * STEP // 2 + 8
        label_h = max(len(self._label_lines(a.label)) for a in fork.arms) * LINE + 2 * PAD // 2
        flows_top = labels_top + label_h + STEP
        flow_h = max(self.size(a.flow)[1] for a in fork.arms)
        merge = flows_top + flow_h + STEP // 2 + 6
        end = merge if _any_exit(fork) else flows_top + flow_h
        return q_bottom, labels_top, flows_top, merge, end

    # -------------------------------------------------------------- drawing
    def draw(self, flow: list[Box | Fork], cx: int, top: int) -> tuple[int, bool]:
        """Draw a flow centred on cx from top; returns its bottom and whether it goes on."""
        y, goes_on = top, True
        for i, item in enumerate(flow):
            if i:
                if not goes_on:
                    break
                self.canvas.line([(cx, y), (cx, y + STEP)], arrow=True)
                y += STEP
            if isinstance(item, Box):
                y, goes_on = self._draw_box(item, cx, y), item.kind != "ask"
            else:
                y, goes_on = self._draw_fork(item, cx, y)
        return y, goes_on

    def _draw_box(self, box: Box, cx: int, top: int) -> int:
        h = self._box_height(box)
        x = cx - BOX_W // 2
        role = "ask" if box.kind == "ask" else "recs"
        parts = [f'<g class="{role}">', _rect(x, top, BOX_W, h, role)]
        y = top + PAD
        if box.title:
            lines = wrap(box.title, BOX_W)
            anchor_x = cx if box.kind == "ask" else x + PAD
            side = "middle" if box.kind == "ask" else "start"
            parts.append(_text(lines, anchor_x, y, side, "box-title"))
            y += LINE * len(lines)
        for entry in box.entries:
            lines = self._entry_lines(entry)
            if entry.kind == "heading":
                parts.append(_text(lines, x + PAD, y, "start", "box-title"))
                y += LINE * len(lines)
                continue
            parts.append(
                f'<a href="{xml(entry.href)}" class="{entry.kind}"><title>{xml(entry.tooltip)}'
                f"</title>{_text(lines, x + PAD, y, 'start', entry.kind)}</a>"
            )
            y += LINE * len(lines)
        parts.append("</g>")
        self.canvas.nodes.append("".join(parts))
        return top + h

    def _draw_fork(self, fork: Fork, cx: int, top: int) -> tuple[int, bool]:
        q_bottom, labels_top, flows_top, merge, end = self._fork_geometry(fork)
        q_lines = self._question(fork)
        self.canvas.nodes.append(
            f'<g class="{fork.css}" id="{xml(fork.node_id)}"><a href="{xml(fork.href)}">'
            f"<title>{xml(fork.text)}</title>"
            f"{_rect(cx - DECISION_W // 2, top, DECISION_W, q_bottom, fork.css, rx=12)}"
            f"{_text(q_lines, cx, top + PAD, 'middle', 'question')}</a></g>"
        )
        cols = self._columns(fork)
        total = sum(cols) + COL_GAP * (len(cols) - 1)
        left = cx - total // 2
        bus = top + q_bottom + STEP // 2
        centres = []
        for width in cols:
            centres.append(left + width // 2)
            left += width + COL_GAP
        self.canvas.line([(cx, top + q_bottom), (cx, bus)])
        if len(centres) > 1:
            self.canvas.line([(centres[0], bus), (centres[-1], bus)])
        exits = []
        for arm, col_cx in zip(fork.arms, centres, strict=True):
            self.canvas.line([(col_cx, bus), (col_cx, top + labels_top)], arrow=True)
            label_bottom = self._draw_label(arm.label, col_cx, top + labels_top)
            bottom, goes_on = label_bottom, True
            if arm.flow:
                self.canvas.line([(col_cx, label_bottom), (col_cx, top + flows_top)], arrow=True)
                bottom, goes_on = self.draw(arm.flow, col_cx, top + flows_top)
            if goes_on:
                self.canvas.line([(col_cx, bottom), (col_cx, top + merge)])
                exits.append(col_cx)
        if exits:
            xs = [*exits, cx]
            self.canvas.line([(min(xs), top + merge), (max(xs), top + merge)])
        return top + end, bool(exits)

    def _draw_label(self, label: str, cx: int, top: int) -> int:
        lines = self._label_lines(label)
        w, h = text_width(lines), len(lines) * LINE + PAD
        self.canvas.nodes.append(
            f'<g class="branch-label">{_rect(cx - w // 2, top, w, h, "label", rx=3)}'
            f"{_text(lines, cx, top + PAD // 2, 'middle')}</g>"
        )
        return top + h


def _any_exit(fork: Fork) -> bool:
    return any(not a.flow or _flow_goes_on(a.flow) for a in fork.arms)


def _flow_goes_on(flow: list[Box | Fork]) -> bool:
    last = flow[-1]
    if isinstance(last, Box):
        return last.kind != "ask"
    return _any_exit(last)


def _terminal(canvas: Canvas, text: str, cx: int, top: int) -> int:
    lines = wrap(text, DECISION_W)
    w, h = text_width(lines) + 16, LINE * len(lines) + 2 * PAD
    canvas.nodes.append(
        f'<g class="terminal">{_rect(cx - w // 2, top, w, h, "terminal", rx=min(h // 2, 16))}'
        f"{_text(lines, cx, top + PAD, 'middle')}</g>"
    )
    return top + h


def flowchart_svg(guideline: ir.Guideline) -> str:
    """The guideline's decision tree as one standalone <svg> element (one line per element)."""
    flow = FlowBuilder(guideline).flow(guideline.body)
    canvas = Canvas([], [])
    layout = Layout(canvas)
    width, _ = layout.size(flow)
    width = max(width, 300) + 2 * COL_GAP
    cx = width // 2
    start = f"Start: {guideline.scope}" if guideline.scope else "Start"
    y = _terminal(canvas, start, cx, COL_GAP)
    goes_on = True
    if flow:
        canvas.line([(cx, y), (cx, y + STEP)], arrow=True)
        y, goes_on = layout.draw(flow, cx, y + STEP)
    if goes_on:
        canvas.line([(cx, y), (cx, y + STEP)], arrow=True)
        y = _terminal(canvas, "End of the pathway", cx, y + STEP)
    height = y + COL_GAP
    return _svg(guideline, canvas, width, height)


def _svg(guideline: ir.Guideline, canvas: Canvas, width: int, height: int) -> str:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="gl-flow" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'style="min-width: {width * 7 // 10}px" '
        f'aria-labelledby="gl-flow-title" font-family="{FONT_FAMILY}" font-size="{FONT}">'
    )
    defs = (
        '<defs><marker id="gl-arrow" viewBox="0 0 10 10" refX="10" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M 0 0 L 10 5 L 0 10 z" fill="#546e7a"/></marker></defs>'
    )
    title = f'<title id="gl-flow-title">Flowchart of {xml(guideline.title)}</title>'
    background = f'<rect width="{width}" height="{height}" fill="#ffffff"/>'
    edges = ['<g class="edges" stroke="#546e7a" stroke-width="1.5">', *canvas.edges, "</g>"]
    return "\n".join([head, title, defs, background, *edges, *canvas.nodes, "</svg>"])
