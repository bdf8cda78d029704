from __future__ import annotations

from pathlib import Path

from analysis.plot import fonts


def test_the_preferred_face_is_registered_first():
    assert fonts.chart_fonts()[0] == fonts.PREFERRED_FONT  # fontpkg-noto-sans-arabic is in the lock
    assert fonts.fonts() == list(fonts.chart_fonts())
    assert fonts.fonts()[-1] == fonts.FALLBACK_FONT


def test_font_file_is_the_preferred_faces_file():
    path = Path(fonts.font_file())
    assert path.exists() and "Noto" in path.name
