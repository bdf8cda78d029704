"""An interactive explorer of one article in JupyterLab (ipywidgets 8), for
``notebooks/05-explore.ipynb``.

The tables behind each view are plain functions (``word_view``, ``figures_in_sentences``,
``quotes_by_speaker``) so they are tested without a browser; :class:`Explorer` only wires
them to widgets. Every Arabic label and output is right to left: the whole explorer
sits in a box with ``direction: rtl`` and each table goes through :func:`rtl_table`.
The browser shapes the Arabic letters itself; the dispersion chart goes through
:func:`analysis.plot.charts.dispersion_chart`, which shapes them for matplotlib.
"""

from __future__ import annotations

import html
import io
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pandas as pd

from analysis.extract.figures import quoted_figures
from analysis.extract.quotes import quotations
from analysis.files.articles import Article, load_article
from analysis.files.decoding import ArticleError
from analysis.plot.charts import dispersion_chart
from analysis.plot.rtl_tables import rtl_table
from analysis.stats.counting import count_words
from analysis.stats.wordstats import dispersion, kwic
from analysis.tokens.tokenizer import tokenize

#: Columns of :func:`figures_in_sentences`.
FIGURE_COLUMNS = ["kind", "surface", "value", "sentence_number", "sentence"]
#: Columns of :func:`quotes_by_speaker`.
QUOTE_COLUMNS = ["speaker", "quotations", "text"]
#: The choice that keeps every figure kind.
ALL_KINDS = "الكل"
#: The speaker shown for a quotation whose speaker the article does not name.
NO_SPEAKER = "(غير مذكور)"
# The explorer's own CSS, in an HTML widget: widget views are not sanitized like
# notebook outputs, so this <style> applies. Inputs type Arabic right to left.
_STYLE = """<style>
.analysis-explorer { direction: rtl; text-align: right; }
.analysis-explorer input, .analysis-explorer select, .analysis-explorer textarea { direction: rtl; text-align: right; }
</style>"""


@dataclass(frozen=True)
class Exploration:
    """Everything the explorer shows about one article, computed once."""

    article: Article
    tokens: pd.DataFrame = field(repr=False)
    counts: pd.DataFrame = field(repr=False)
    figures: pd.DataFrame = field(repr=False)
    quotes: pd.DataFrame = field(repr=False)


def explore_article(article: Article) -> Exploration:
    """Tokens, word counts (stems, without stopwords), figures and quotations of ``article``."""
    tokens = tokenize(article)
    counts = count_words(tokens, by="stem", drop_stopwords=True)
    return Exploration(article, tokens, counts, quoted_figures(article), quotations(article))


def article_files(folder: str | Path) -> list[Path]:
    """The ``.txt`` files under ``folder`` (at any depth): those directly in it first,
    then those in subfolders, each group sorted by path."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: no such folder. Give the folder holding the articles (.txt).")
    return sorted(folder.rglob("*.txt"), key=lambda p: (len(p.relative_to(folder).parts), p))


def load_upload(name: str, data: bytes) -> Article:
    """An uploaded file read as an article, with every check of :func:`load_article`
    (it is written to a temporary folder under its own name; an error names the upload,
    not the temporary file)."""
    safe_name = Path(name).name or "upload.txt"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / safe_name
        path.write_bytes(bytes(data))
        try:
            return load_article(path)
        except ValueError as error:  # ArticleError and its kin: the reason, for the upload's name
            raise ArticleError(str(error).replace(str(path), safe_name)) from error


def word_view(exploration: Exploration, word: str, *, window: int = 5) -> tuple[int, pd.DataFrame, pd.DataFrame]:
    """``(frequency, kwic table, dispersion table)`` of ``word`` in the article.

    The frequency counts every occurrence :func:`kwic` finds (any written form whose
    normalized form or stem matches), so it is the number of KWIC rows.
    """
    word = word.strip()
    if not word:
        raise ValueError("word_view: give a word (the text box is empty)")
    lines = kwic(exploration.tokens, word, window=window)
    return len(lines), lines, dispersion(exploration.tokens, word)


def sentence_texts(exploration: Exploration) -> pd.Series:
    """The text of each sentence, as written, indexed by sentence number."""
    spans = exploration.tokens.groupby("sentence").agg(start=("start", "min"), end=("end", "max"))
    text = exploration.article.text
    return pd.Series([text[s:e] for s, e in zip(spans["start"], spans["end"])], index=spans.index, dtype="str")


def figures_in_sentences(exploration: Exploration, kind: str = ALL_KINDS) -> pd.DataFrame:
    """The quoted figures of one ``kind`` (or all), each with the sentence it stands in.

    Columns: ``kind``, ``surface`` (as written), ``value``, ``sentence_number``,
    ``sentence`` (its text, as written).
    """
    figures = exploration.figures
    if kind != ALL_KINDS:
        if kind not in set(figures["kind"]):
            raise ValueError(f"figures_in_sentences: no figure of kind {kind!r}; kinds here: {figure_kinds(figures)}")
        figures = figures[figures["kind"] == kind]
    sentences = sentence_texts(exploration)
    return pd.DataFrame({
        "kind": figures["kind"], "surface": figures["surface"], "value": figures["value"],
        "sentence_number": figures["sentence"],
        "sentence": figures["sentence"].map(sentences).fillna(""),
    }, columns=FIGURE_COLUMNS).reset_index(drop=True)


def figure_kinds(figures: pd.DataFrame) -> list[str]:
    """The kinds of figure present, most frequent first (ties by name)."""
    counts = figures["kind"].value_counts()
    return sorted(counts.index, key=lambda k: (-counts[k], k))


def quotes_by_speaker(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotations grouped by speaker: the speaker quoted most first, each speaker's
    quotations in the order of the article. Columns: ``speaker`` (:data:`NO_SPEAKER`
    when the article names none), ``quotations`` (how many that speaker has), ``text``.
    """
    speaker = quotes["speaker"].where(quotes["speaker"].str.strip() != "", NO_SPEAKER)
    table = pd.DataFrame({"speaker": speaker, "text": quotes["text"], "order": range(len(quotes))})
    table["quotations"] = table.groupby("speaker")["text"].transform("size").astype("int64")
    table = table.sort_values(["quotations", "speaker", "order"], ascending=[False, True, True], kind="stable")
    return table[QUOTE_COLUMNS].reset_index(drop=True)


def dispersion_png(spread: pd.DataFrame, word: str) -> bytes:
    """The dispersion chart of ``word`` as PNG bytes (the figure is closed after)."""
    ax = dispersion_chart(spread, title=f"أين تقع «{word}» في النص")
    buffer = io.BytesIO()
    ax.figure.savefig(buffer, format="png", dpi=80, metadata={"Software": None})
    plt.close(ax.figure)
    return buffer.getvalue()


def _rtl_html(text: str, tag: str = "div") -> str:
    return f'<{tag} dir="rtl" style="direction: rtl; text-align: right">{html.escape(text)}</{tag}>'


def _label(text: str) -> widgets.HTML:
    return widgets.HTML(_rtl_html(text, "b"))


class Explorer:
    """The explorer's widgets. ``Explorer(folder).widget`` is what a notebook shows.

    The menu lists the articles in ``folder``; ``start`` (default: the first of them)
    is the one shown first, and is added to the menu when it lies elsewhere.

    Choosing an article (from ``folder`` or uploaded) recomputes everything; typing a
    word (Enter) or clicking one of the most frequent words shows its frequency, KWIC
    and dispersion; the kind menu filters the figures; the speaker table lists the
    quotations.
    """

    def __init__(self, folder: str | Path, *, start: str | Path | None = None, top: int = 12, window: int = 5):
        self.folder, self.top, self.window = Path(folder), top, window
        files = [p.resolve() for p in article_files(self.folder)]
        if not files:
            raise FileNotFoundError(f"{self.folder}: no .txt article in this folder")
        options = [(p.relative_to(self.folder).as_posix(), p) for p in files]
        start = Path(start).resolve() if start else files[0]
        if start not in files:  # an article from elsewhere (make analyse ARTICLE=...) comes first
            options.insert(0, (start.name, start))
        self.article = widgets.Dropdown(options=options, value=start, layout=widgets.Layout(width="auto"))
        self.upload = widgets.FileUpload(accept=".txt", multiple=False, description="رفع مقال")
        self.message = widgets.HTML()
        self.title = widgets.HTML()
        self.word = widgets.Text(placeholder="اكتب كلمة ثم اضغط Enter", continuous_update=False)
        self.top_words = widgets.ToggleButtons(options=[], value=None, style={"button_width": "auto"})
        self.frequency = widgets.HTML()
        self.kwic = widgets.HTML()
        self.chart = widgets.Image(format="png", layout=widgets.Layout(max_width="640px"))
        self.kind = widgets.Dropdown(options=[ALL_KINDS])
        self.figures = widgets.HTML()
        self.quotes = widgets.HTML()
        self.exploration: Exploration | None = None
        self.article.observe(lambda change: self.show_article(load_article(change["new"])), names="value")
        self.upload.observe(self._on_upload, names="value")
        self.word.observe(lambda change: self.show_word(change["new"]), names="value")
        self.top_words.observe(self._on_click, names="value")
        self.kind.observe(lambda change: self.show_figures(change["new"]), names="value")
        self.widget = self._layout()
        self.show_article(load_article(self.article.value))

    def _layout(self) -> widgets.Box:
        box = widgets.VBox([
            widgets.HTML(_STYLE),
            widgets.HBox([_label("المقال:"), self.article, self.upload]), self.message, self.title,
            _label("الكلمة:"), self.word, _label("أو انقر كلمة من الأكثر تكرارا:"), self.top_words,
            self.frequency, self.kwic, self.chart,
            widgets.HBox([_label("الأرقام من نوع:"), self.kind]), self.figures,
            _label("الاقتباسات حسب المتحدث:"), self.quotes,
        ])
        box.add_class("analysis-explorer")
        return box

    def show_article(self, article: Article) -> None:
        """Recompute every view for ``article``."""
        self.exploration = explore_article(article)
        self.message.value = ""
        self.title.value = _rtl_html(article.title, "h3")
        # the buttons show each word as the article writes it most often, where known
        counts = self.exploration.counts
        words = counts.get("spelling", counts["word"]).head(self.top).tolist()
        self.top_words.options, self.top_words.value = words, None
        self.kind.options = [ALL_KINDS, *figure_kinds(self.exploration.figures)]
        self.kind.value = ALL_KINDS
        self.show_figures(ALL_KINDS)
        self.quotes.value = rtl_table(quotes_by_speaker(self.exploration.quotes)).to_html()
        if self.word.value == (words[0] if words else ""):
            self.show_word(self.word.value)
        self.word.value = words[0] if words else ""

    def show_word(self, word: str) -> None:
        """Frequency, KWIC and dispersion chart of ``word``."""
        if self.top_words.value != word:
            self.top_words.value = None  # so clicking that word again shows it again
        if not word.strip():
            self.frequency.value, self.kwic.value, self.chart.value = "", "", b""
            return
        try:
            n, lines, spread = word_view(self.exploration, word, window=self.window)
        except ValueError as error:  # e.g. no letters in the word: say so where the count goes
            self.frequency.value, self.kwic.value, self.chart.value = _rtl_html(str(error)), "", b""
            return
        self.frequency.value = _rtl_html(f"«{word.strip()}» — عدد المرات في النص: {n}")
        self.kwic.value = rtl_table(lines.drop(columns=["start"])).to_html() if n else ""
        self.chart.value = dispersion_png(spread, word.strip()) if n else b""

    def show_figures(self, kind: str) -> None:
        """The figures of ``kind``, each in its sentence."""
        if self.exploration is not None and kind:
            self.figures.value = rtl_table(figures_in_sentences(self.exploration, kind)).to_html()

    def _on_click(self, change) -> None:
        if change["new"]:
            self.word.value = change["new"]

    def _on_upload(self, change) -> None:
        for upload in change["new"]:
            try:
                self.show_article(load_upload(upload["name"], upload["content"]))
            except (ValueError, OSError) as error:  # the message names the file and what to do
                self.message.value = _rtl_html(str(error))


def explorer(folder: str | Path, **options) -> widgets.Box:
    """The explorer's widget for the articles in ``folder`` (see :class:`Explorer`)."""
    return Explorer(folder, **options).widget
