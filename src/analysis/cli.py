"""Command line: `python -m analysis` (or `arabic-news`).

Exit codes scripts can rely on:
  0  done, every document read
  1  failed: an input could not be read (the message names it) or a run was stopped
  2  wrong usage (unknown option, missing argument)
  3  done, but some documents of the corpus could not be read (listed on stderr)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
PROG = "arabic-news"

#: polars allocates with jemalloc on Linux, which gives threads arenas of their own and
#: keeps what a thread frees in its arena. Counting a corpus runs one thread per core
#: plus polars' own: one shared arena held 30-40 MiB less at the same speed (JSON Lines,
#: 100 and 400 MB). polars passes this variable on to jemalloc when it loads, after its
#: own settings; so ``count`` adds the setting (unless the user chose a number of
#: arenas) before anything imports polars.
ALLOCATOR_VARIABLE, ONE_ARENA = "_RJEM_MALLOC_CONF", "narenas:1"


def share_one_allocator_arena() -> bool:
    """Ask polars' allocator for one arena (unless the user chose a number of arenas);
    False when polars is loaded already, so that asking would do nothing."""
    if "polars" in sys.modules:
        return False
    # a parent process that loaded polars passes polars' own settings down: keep them
    settings = [part for part in os.environ.get(ALLOCATOR_VARIABLE, "").split(",") if part]
    if not any(part.startswith("narenas:") for part in settings):
        os.environ[ALLOCATOR_VARIABLE] = ",".join([*settings, ONE_ARENA])
    return True


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Word counts, quoted figures, quotations and charts from Arabic news text.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    report = sub.add_parser("report", help="all tables and charts for one article (what the notebooks produce)",
                            description="Write every table (CSV or Parquet) and every chart (PNG + SVG) "
                                        "for one UTF-8 article, with the notebooks' steps and chart titles. "
                                        "Without --out they go where the notebooks put them: "
                                        "outputs/<article name>/figures/ and .../tables/ (the reference "
                                        "article: figures/ and data/processed/), under the project folder "
                                        "in a checkout, else under the current folder; ANALYSIS_OUTPUT_DIR "
                                        "replaces that folder.")
    report.add_argument("article", type=Path, nargs="?", default=None,
                        help="a UTF-8 text file; its first line is the title (default: the reference article)")
    report.add_argument("--out", type=Path, help="one folder to write everything into (created if missing)")
    report.add_argument("--format", choices=("csv", "parquet"), default="csv", help="table format (default: csv)")
    report.add_argument("--no-charts", action="store_true", help="tables only (does not import matplotlib)")
    _reading_options(report)

    count = sub.add_parser("count", help="word counts over a corpus",
                           description="Count words over a corpus: a folder or glob of .txt files, or one "
                                       ".csv/.parquet/.jsonl file with a text column. Columns: word, n, share, "
                                       "documents (how many documents contain the word).")
    count.add_argument("corpus", help="folder, glob (quote it: 'news/*.txt'), .txt, .csv, .parquet or .jsonl")
    count.add_argument("--out", type=Path, required=True, help="output table, .csv or .parquet")
    count.add_argument("--by", choices=("norm", "stem"), default="norm",
                       help="count folded forms (norm, default) or light stems (stem)")
    count.add_argument("--drop-stopwords", action="store_true", help="leave out stopwords (stopwords-iso list)")
    count.add_argument("--text-column", default="text", help="text column of a table corpus (default: text)")
    count.add_argument("--id-column", default=None, help="column naming each document in messages")
    count.add_argument("--format", choices=("folder", "glob", "txt", "csv", "parquet", "jsonl"), default=None,
                       help="the corpus format, when its name does not say it (default: a folder, a glob, "
                            "or the file suffix)")
    count.add_argument("--engine", choices=("polars", "python", "dask"), default="polars",
                       help="tokenizer engine (default: polars; dask runs on a local cluster or --scheduler)")
    count.add_argument("--scheduler", metavar="ADDRESS", default=None,
                       help="count on a running Dask cluster (e.g. tcp://10.0.0.5:8786; implies --engine dask); "
                            "workers read a folder or .jsonl themselves, so give a path or URL they can reach")
    count.add_argument("--on-error", choices=("skip", "stop"), default="skip",
                       help="an unreadable document is skipped and reported (default) or stops the run")
    count.add_argument("--no-progress", action="store_true", help="no progress bar")
    count.add_argument("--encoding", default="utf-8", choices=ENCODING_CHOICES,
                       help="encoding of .txt documents (default utf-8; auto detects Windows-1256/ISO-8859-6)")

    for name, what in (("figures", "the figures an article quotes"), ("quotes", "the quotations and speakers")):
        command = sub.add_parser(name, help=what, description=f"Print {what} as tab-separated values, "
                                                                "or write them with --out.")
        command.add_argument("article", type=Path, help="a UTF-8 text file")
        command.add_argument("--out", type=Path, help="write a .csv or .parquet table instead of printing")
        _reading_options(command)
    return parser


ENCODING_CHOICES = ("utf-8", "auto", "utf-16", "cp1256", "iso-8859-6")


def _reading_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--encoding", default="utf-8", choices=ENCODING_CHOICES,
                         help="file encoding (default utf-8; auto detects Windows-1256 and ISO-8859-6)")
    command.add_argument("--replace-errors", action="store_true",
                         help="replace undecodable bytes with U+FFFD (counted in a warning) instead of stopping")


def _load(args):
    from analysis.files.articles import load_article

    return load_article(args.article, encoding=args.encoding, errors="replace" if args.replace_errors else "strict")


def _error(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return EXIT_FAILED


def main(argv: list[str] | None = None) -> int:
    import warnings

    warnings.formatwarning = lambda message, *_args, **_kwargs: f"{PROG}: warning: {message}\n"
    args = _parser().parse_args(argv)
    if args.command == "count":
        share_one_allocator_arena()
    from analysis.corpus.sources import CorpusError
    from analysis.files.decoding import ArticleError

    try:
        if args.command == "report":
            from analysis.report import write_report

            if args.article is None:
                from analysis.paths import REFERENCE_ARTICLE

                args.article = REFERENCE_ARTICLE
            written = write_report(_load(args), args.out, table_format=args.format,
                                   with_charts=not args.no_charts)
            folders = sorted({str(path.parent) for path in written})
            print(f"wrote {len(written)} files to {', '.join(folders)}", file=sys.stderr)
            return EXIT_OK
        if args.command == "count":
            return _count(args)
        from analysis.files.tables import write_table

        article = _load(args)
        if args.command == "figures":
            from analysis.extract.figures import quoted_figures

            table = quoted_figures(article)
        else:
            from analysis.extract.quotes import PRINTED_COLUMNS, quotations

            table = quotations(article)
            if not args.out:  # on screen: who says what, and how sure; --out keeps every column
                table = table[PRINTED_COLUMNS]
        if args.out:
            write_table(table, args.out)
        else:
            table.to_csv(sys.stdout, sep="\t", index=False)
        return EXIT_OK
    except (FileNotFoundError, IsADirectoryError, ArticleError, CorpusError) as error:
        return _error(str(error))
    except ValueError as error:
        return _error(str(error))


def _count(args) -> int:
    import warnings

    from analysis.corpus.counting import CorpusReport, count_corpus
    from analysis.files.tables import write_polars_table

    if args.out.suffix.lower() not in {".csv", ".parquet"}:
        return _error(f"{args.out}: the output must end in .csv or .parquet")
    report = CorpusReport()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the summary is printed below instead
        table = count_corpus(args.corpus, by=args.by, drop_stopwords=args.drop_stopwords,
                             text_column=args.text_column, id_column=args.id_column, format=args.format,
                             on_error="raise" if args.on_error == "stop" else "skip",
                             engine="dask" if args.scheduler else args.engine, dask_client=args.scheduler,
                             report=report, as_polars=True, encoding=args.encoding,
                             progress=not args.no_progress and sys.stderr.isatty())
    write_polars_table(table, args.out)
    print(f"{report.summary()}; {len(table)} distinct words written to {args.out}", file=sys.stderr)
    return EXIT_PARTIAL if report.skipped else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
