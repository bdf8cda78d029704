"""Everything the notebooks produce for one article, as one call: the tables and charts
that ``python -m analysis report`` writes. The steps and chart titles are
:mod:`analysis.recipe`'s, the same the notebooks use."""

from __future__ import annotations

from pathlib import Path

from analysis import paths
from analysis.files.articles import Article
from analysis.recipe import article_charts, article_tables


def write_report(article: Article, out: str | Path | None = None, *, table_format: str = "csv",
                 with_charts: bool = True) -> list[Path]:
    """Write every table (CSV or Parquet) and chart (PNG + SVG) for ``article``; return the paths.

    With ``out``, everything goes into that one folder. Without it, the files go where the
    notebooks put them (:func:`analysis.paths.article_outputs`): ``figures/`` and
    ``data/processed/`` for the reference article, ``outputs/<article name>/figures/``
    and ``…/tables/`` for any other, under the project root in a checkout and under the
    current folder (or ``ANALYSIS_OUTPUT_DIR``) otherwise.
    """
    from analysis.files.tables import write_table

    if out is not None:
        tables_dir = figures_dir = Path(out)
    else:
        where = paths.article_outputs(article.path)
        tables_dir, figures_dir = where.tables, where.figures
    tables = article_tables(article)
    written = [write_table(table, tables_dir / f"{name}.{table_format}") for name, table in tables.items()]
    if with_charts:
        import matplotlib.pyplot as plt

        from analysis.plot.charts import save_figure

        for name, ax in article_charts(tables, article).items():
            written += save_figure(ax.figure, name, figures_dir)
            plt.close(ax.figure)
    return written
