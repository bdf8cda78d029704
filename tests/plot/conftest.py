"""Structure checks for charts, measured on the renderer: what a reader would see as
overlapping or cut-off text."""

from __future__ import annotations

import itertools
import math

import matplotlib.pyplot as plt
import pytest


def visible_texts(ax):
    """(kind, text artist) for every piece of text drawn on ``ax`` with something in it."""
    texts = [(kind, t) for kind, axis in (("xtick", ax.xaxis), ("ytick", ax.yaxis)) for t in drawn_ticks(axis)]
    texts += [("title", t) for t in (ax.title, ax._left_title, ax._right_title)]
    texts += [("label", ax.xaxis.label), ("label", ax.yaxis.label)] + [("text", t) for t in ax.texts]
    return [(kind, t) for kind, t in texts if t.get_visible() and t.get_text().strip()
            and (kind not in ("xtick", "ytick", "label") or ax.axison)]


def drawn_ticks(axis):
    """The major tick labels matplotlib draws: those inside the axis' view limits."""
    low, high = sorted(axis.get_view_interval())
    return [label for loc, label in zip(axis.get_majorticklocs(), axis.get_ticklabels())
            if low <= loc <= high or math.isclose(loc, low) or math.isclose(loc, high)]


def layout_problems(ax) -> list[str]:
    """Overlapping tick labels (on one axis) and text outside the figure, from the
    renderer's bounding boxes of the drawn chart."""
    figure = ax.figure
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    page = figure.bbox
    problems = []
    boxes = {kind: [] for kind in ("xtick", "ytick")}
    for kind, text in visible_texts(ax):
        box = text.get_window_extent(renderer)
        if box.x0 < page.x0 - 1 or box.x1 > page.x1 + 1 or box.y0 < page.y0 - 1 or box.y1 > page.y1 + 1:
            problems.append(f"{kind} {text.get_text()!r} is cut by the figure edge: {box} outside {page}")
        if kind in boxes:
            boxes[kind].append((text.get_text(), box))
    for kind, found in boxes.items():
        for (a, box_a), (b, box_b) in itertools.combinations(found, 2):
            if box_a.overlaps(box_b) and box_a.width and box_b.width:
                problems.append(f"{kind} labels {a!r} and {b!r} overlap")
    return problems


@pytest.fixture
def check_layout():
    return layout_problems


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")
