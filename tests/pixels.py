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
_INK = 128  # grey level below which a pixel counts as ink
_SIDE = 96  # both drawings are scaled to this height before comparing


def _ink_box(gray: np.ndarray) -> np.ndarray:
    rows = np.flatnonzero((gray < _INK).any(axis=1))
    cols = np.flatnonzero((gray < _INK).any(axis=0))
    if rows.size == 0:
        raise AssertionError("nothing was drawn")
    return gray[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def draw_with_matplotlib(label: str, font_path: str) -> np.ndarray:
    """Grey image (0 = ink) of ``label`` as matplotlib's Agg renderer draws it."""
    figure = Figure(figsize=(12, 2), dpi=100)
    figure.text(0.5, 0.5, label, fontsize=FONT_PIXELS * 72 / 100, ha="center", va="center",
                fontproperties={"fname": font_path})
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    return _ink_box(rgba[..., :3].mean(axis=2))


def draw_with_raqm(label: str, font_path: str) -> np.ndarray:
    """Grey image (0 = ink) of ``label`` laid out by Pillow's raqm engine."""
    font = ImageFont.truetype(font_path, FONT_PIXELS, layout_engine=ImageFont.Layout.RAQM)
    image = Image.new("L", (1200, 200), 255)
    ImageDraw.Draw(image).text((600, 100), label, font=font, fill=0, anchor="mm")
    return _ink_box(np.asarray(image, dtype=float))


def _scaled_mask(gray: np.ndarray, width: int) -> np.ndarray:
    image = Image.fromarray(gray.astype(np.uint8)).resize((width, _SIDE), Image.Resampling.BILINEAR)
    return np.asarray(image) < _INK


def agreement(drawn: np.ndarray, reference: np.ndarray) -> float:
    """Overlap (intersection over union) of two drawings' ink, scaled to the same box.

    1.0 is the same drawing; a reversed or unjoined word scores far lower because its
    letters stand in other places with other shapes.
    """
    width = max(8, round(_SIDE * reference.shape[1] / reference.shape[0]))
    a, b = _scaled_mask(drawn, width), _scaled_mask(reference, width)
    return float((a & b).sum() / (a | b).sum())
