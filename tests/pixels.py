"""Drawing a label with matplotlib and with Pillow's raqm layout, and comparing the ink.

Pillow with raqm shapes and orders Arabic with HarfBuzz and FriBidi, independently of
matplotlib, so its drawing in the same font file is the reference for what an Arabic
reader must see.
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image, ImageDraw, ImageFont

FONT_PIXELS = 64
_INK = 128  # grey level below which a pixel counts as ink (black text)
PALE_INK = 250  # for coloured drawings (word clouds): anything not white
_SIDE = 96  # both drawings are scaled to this height before comparing


def ink_box(gray: np.ndarray, ink: int = _INK) -> np.ndarray:
    """The smallest box around the ink, as black-on-white grey levels (ink -> 0)."""
    mask = gray < ink
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        raise AssertionError("nothing was drawn")
    return np.where(mask, 0.0, 255.0)[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


_ink_box = ink_box


def gray(rgba: np.ndarray) -> np.ndarray:
    return np.asarray(rgba, dtype=float)[..., :3].mean(axis=2)


def crop_artist(figure, artist) -> np.ndarray:
    """The grey pixels of one drawn text artist (the figure must have been drawn)."""
    rgba = np.asarray(figure.canvas.buffer_rgba())
    box = artist.get_window_extent()
    height = rgba.shape[0]
    # The text's own box (it already holds the glyphs' ink), nothing around it.
    top, bottom = int(height - box.y1), int(np.ceil(height - box.y0))
    left, right = int(box.x0), int(np.ceil(box.x1))
    return ink_box(gray(rgba[max(top, 0) : bottom, max(left, 0) : right]))


def draw_with_matplotlib(label: str, font_path: str) -> np.ndarray:
    """Grey image (0 = ink) of ``label`` as matplotlib's Agg renderer draws it."""
    figure = Figure(figsize=(12, 2), dpi=100)
    figure.text(0.5, 0.5, label, fontsize=FONT_PIXELS * 72 / 100, ha="center", va="center",
                fontproperties={"fname": font_path})
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    return _ink_box(rgba[..., :3].mean(axis=2))


def draw_with_raqm(label: str, font_path: str, direction: str | None = None) -> np.ndarray:
    """Grey image (0 = ink) of ``label`` laid out by Pillow's raqm engine
    (``direction="rtl"`` for an Arabic label that starts with Latin letters)."""
    font = ImageFont.truetype(font_path, FONT_PIXELS, layout_engine=ImageFont.Layout.RAQM)
    image = Image.new("L", (2000, 200), 255)
    ImageDraw.Draw(image).text((1000, 100), label, font=font, fill=0, anchor="mm", direction=direction)
    return _ink_box(np.asarray(image, dtype=float))


def _scaled_mask(gray: np.ndarray, width: int) -> np.ndarray:
    image = Image.fromarray(gray.astype(np.uint8)).resize((width, _SIDE), Image.Resampling.BILINEAR)
    return np.asarray(image) < _INK


def _grown(mask: np.ndarray, steps: int = 2) -> np.ndarray:
    """``mask`` with every ink pixel grown by ``steps`` pixels in each direction."""
    grown = mask.copy()
    for _ in range(steps):
        padded = np.pad(grown, 1)
        grown = (padded[1:-1, 1:-1] | padded[:-2, 1:-1] | padded[2:, 1:-1] | padded[1:-1, :-2] | padded[1:-1, 2:])
    return grown


def agreement(drawn: np.ndarray, reference: np.ndarray) -> float:
    """How much of two drawings' ink lies where the other has ink (within 2 pixels, so
    that hinting and stroke weight do not count), once both are scaled to the same box.

    1.0 is the same drawing; a reversed or unjoined word scores far lower because its
    letters stand in other places with other shapes.
    """
    width = max(8, round(_SIDE * reference.shape[1] / reference.shape[0]))
    a, b = _scaled_mask(drawn, width), _scaled_mask(reference, width)
    return float(((a & _grown(b)).sum() + (b & _grown(a)).sum()) / (a.sum() + b.sum()))
