"""Print the pixel agreement of chart labels with the raqm reference, on the running matplotlib.

Run with each environment: .venv/bin/python benchmarks/pixel_agreement.py and
.venv-mpl310/bin/python benchmarks/pixel_agreement.py. "right" rows are what the chart
functions draw; "wrong" rows are the other shaping mode (which must score low).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import os  # noqa: E402
import matplotlib  # noqa: E402
from test_chart_pixels import LABELS, agreement, chart_labels, crop_artist, draw_with_raqm, font_file, intended  # noqa: E402
from analysis.plot.shaping import resolve_mode  # noqa: E402

print("matplotlib", matplotlib.__version__)
ax = chart_labels(LABELS)
for label, tick in zip(LABELS, ax.get_yticklabels()):
    print("right", label, round(agreement(crop_artist(ax.figure, tick), draw_with_raqm(intended(label), font_file(), "rtl")), 3))
print("title", round(agreement(crop_artist(ax.figure, ax._right_title), draw_with_raqm(LABELS[0], font_file(), "rtl")),3))
wrong = "reshape" if resolve_mode() == "native" else "native"
os.environ["ANALYSIS_TEXT_SHAPING"] = wrong
ax = chart_labels(LABELS)
for label, tick in zip(LABELS, ax.get_yticklabels()):
    print("wrong", wrong, label, round(agreement(crop_artist(ax.figure, tick), draw_with_raqm(intended(label), font_file(), "rtl")), 3))
