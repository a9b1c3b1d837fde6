"""The ``trialkg`` command line.

A shell around the library: each command parses its input, calls one library
function, formats the result and maps errors to exit codes in one place:

* **0** success
* **1** input read but invalid (rejected records, SHACL violations, strict failures)
* **2** usage error (unknown option, missing argument, unknown query)
* **3** internal error (traceback with ``-v``)

Data goes to stdout; logs, summaries and progress bars go to stderr.
Heavy libraries are imported inside the commands that need them.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    import click
    from typer._click.exceptions import ClickException as VendoredClickException

__all__ = ["app", "main"]

app = typer.Typer(
    name="trialkg",
    help="A knowledge graph of clinical trials: load ClinicalTrials.gov records and trial "
         "texts as RDF, with eligibility criteria as computable facts, and query them with SPARQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_STATE = {"verbose": 0, "quiet": False}

StoreOpt = Annotated[Path | None, typer.Option(
    "--store", "-s", help="Store folder (default: $TRIALKG_STORE or ./trialkg-store).",
    show_default=False)]
EndpointOpt = Annotated[str | None, typer.Option(
    "--endpoint", "-e", help="Query a remote SPARQL 1.1 endpoint instead of the local store.")]
FormatOpt = Annotated[str, typer.Option(
    "--format", "-f", help="Output format: table, csv, tsv or json.")]
OutputOpt = Annotated[Path | None, typer.Option(
    "--output", "-o", help="Write to this file instead of stdout.")]


def _show_version(value: bool) -> None:
    if value:
        from trialkg import __version__

        typer.echo(f"trialkg {__version__}")
        raise typer.Exit(0)


@app.callback()
def _global(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True,
                                         help="More detail; -v shows tracebacks.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q",
                                        help="No progress bars or summaries.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.",
                                          callback=_show_version, is_eager=True)] = False,
) -> None:
    """Global options."""
    _STATE["verbose"] = verbose
    _STATE["quiet"] = quiet


def _err(message: str) -> None:
    if not _STATE["quiet"] or message.startswith("error"):
        typer.echo(message, err=True)


def _store_path(store: Path | None) -> Path:
    from trialkg.store import default_store_path

    return store if store is not None else default_store_path()


def _check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(allowed)}",
                                 param_hint="--format")
    return fmt


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        output.write_text(text, encoding="utf-8")


def _print_table(table, output: Path | None, fmt: str, title: str | None = None) -> None:
    if fmt != "table":
        _emit(table.serialize(fmt), output)
        return
    from rich.console import Console
    from rich.table import Table as RichTable

    rt = RichTable(title=title, show_lines=False, header_style="bold")
    for c in table.columns:
        rt.add_column(c, overflow="fold")
    for row in table.rows:
        rt.add_row(*["" if t is None else _compact(t) for t in row])
    with contextlib.ExitStack() as stack:
        sink = stack.enter_context(open(output, "w", encoding="utf-8")) if output else sys.stdout
        Console(file=sink, width=None if sys.stdout.isatty() or output else 200).print(rt)
    if not _STATE["quiet"]:
        _err(f"{len(table)} row(s)")


#: Prefixes used to shorten IRIs in table output (CSV, TSV and JSON keep full IRIs).
_TABLE_PREFIXES = (
    ("https://w3id.org/trialkg/trial/", "trial:"),
    ("https://w3id.org/trialkg/ontology#", "tkg:"),
    ("https://w3id.org/trialkg/graph/", "graph:"),
    ("https://w3id.org/trialkg/organization/", "org:"),
    ("http://purl.obolibrary.org/obo/", "obo:"),
)


def _compact(term) -> str:
    text = term.plain()
    if term.kind == "uri":
        for base, prefix in _TABLE_PREFIXES:
            if text.startswith(base):
                return prefix + text[len(base):]
    return text


def _progress(description: str, total: int | None = None):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    enabled = not _STATE["quiet"] and sys.stderr.isatty()
    columns = [SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
               MofNCompleteColumn(), TextColumn("{task.fields[detail]}"), TimeElapsedColumn()]
    from rich.console import Console

    return Progress(*columns, console=Console(stderr=True), disable=not enabled,
                    transient=False), description, total


# ---------------------------------------------------------------------------- load
UserOpt = Annotated[str | None, typer.Option("--user", envvar="TRIALKG_SPARQL_USER",
                                                help="User for HTTP authentication.")]
PasswordOpt = Annotated[str | None, typer.Option("--password", envvar="TRIALKG_SPARQL_PASSWORD",
                                                    help="Password for HTTP authentication.")]


def _load_remote(paths, endpoint, *, strict, workers, user, password) -> None:
    from trialkg.pipeline import Rejected, iter_built, ontology_graph_ntriples
    from trialkg.remote import push_graphs
    from trialkg.store import ONTOLOGY_GRAPH

    rejected: list = []

    def graphs():
        yield ONTOLOGY_GRAPH, ontology_graph_ntriples()
        for item in iter_built(paths, strict=strict, workers=workers, rejected=rejected):
            if isinstance(item, Rejected):
                rejected.append(item)
            else:
                yield item.graph, item.ntriples()

    report = push_graphs(graphs(), endpoint, user=user, password=password)
    for r in rejected:
        typer.echo(f"rejected: {r}", err=True)
    _err(f"loaded {report.graphs - 1} trial graph(s), {report.triples} triples, into {endpoint} "
         f"in {report.seconds:.1f} s; {len(rejected)} rejected")
    if rejected:
        raise typer.Exit(1)


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of trial records.",
                                                metavar="PATH...", show_default=False)],
    store: StoreOpt = None,
    strict: Annotated[bool, typer.Option(
        "--strict/--no-strict", help="Reject records with malformed optional fields.")] = False,
    workers: Annotated[int | None, typer.Option(
        help="Worker processes (0 = none; default: one per core).")] = None,
    wait: Annotated[float, typer.Option(help="Seconds to wait if the store is busy.")] = 0.0,
    endpoint: Annotated[str | None, typer.Option(
        "--endpoint", "-e",
        help="Load into a remote SPARQL update endpoint instead of a local store.")] = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
    load_time: Annotated[bool, typer.Option(
        "--load-time/--no-load-time",
        help="Record the load time in each trial's provenance (--no-load-time: the same "
             "input always gives the same graphs).")] = True,
    batch_trials: Annotated[int | None, typer.Option(
        min=1, help="Trials written per store batch (default 2000; smaller batches lose "
                    "less work to a crash, larger ones load faster).")] = None,
) -> None:
    """Load trial records (ClinicalTrials.gov JSON/JSONL/ZIP/XML, trial texts) into the store.

    Example: trialkg load studies.jsonl seeds/ --store kg
    """
    from trialkg.pipeline import load_paths
    from trialkg.store import TrialStore

    if endpoint:
        _load_remote(paths, endpoint, strict=strict, workers=workers, user=user, password=password)
        return

    total_bytes = 0
    for p in paths:
        if p.is_file():
            total_bytes += 1
        elif p.is_dir():
            total_bytes += sum(1 for q in p.rglob("*") if q.is_file())
    progress, desc, _ = _progress("loading", None)
    folder = _store_path(store)
    with TrialStore.open(folder, write=True, wait=wait) as st:
        if st.repaired:
            _err(f"repaired the store: rolled back {len(st.repaired)} graph(s) of an "
                 "interrupted load")
        if st.reclassified:
            _err(f"the ontology changed: re-derived the defined-class memberships of "
                 f"{st.reclassified} trial(s)")
        with progress:
            task = progress.add_task(desc, total=None, detail="")

            def tick(records: int, loaded: int) -> None:
                progress.update(task, completed=records, detail=f"{loaded} trials written")

            options = {} if batch_trials is None else {"batch_trials": batch_trials}
            report = load_paths(paths, st, strict=strict, workers=workers, progress=tick,
                                record_time=load_time, **options)
        trials = st.count_trials()
    for rejected in report.rejected:
        typer.echo(f"rejected: {rejected}", err=True)
    if not _STATE["quiet"]:
        rate = report.records / report.seconds if report.seconds else 0
        _err(f"loaded {report.loaded} trial(s), {report.triples} triples, from {report.records} "
             f"record(s) in {report.seconds:.1f} s ({rate:.0f} records/s); "
             f"{len(report.rejected)} rejected; store {folder} now holds {trials} trial(s)")
        if report.duplicates:
            _err(f"note: {report.duplicates} record(s) were superseded by a later record "
                 "of the same trial in this run")
    if report.rejected:
        raise typer.Exit(1)


# ---------------------------------------------------------------------------- push
@app.command()
def push(
    endpoint: Annotated[str, typer.Option("--endpoint", "-e",
                                          help="The server's SPARQL update endpoint URL.")],
    store: StoreOpt = None,
    trial: Annotated[list[str], typer.Option(
        "--trial", "-t", help="Only this trial (repeatable).")] = [],  # noqa: B006
    graph_store: Annotated[str | None, typer.Option(
        "--graph-store", help="Send graphs with the Graph Store HTTP Protocol to this URL "
                              "(faster; Oxigraph: http://host:7878/store).")] = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
    batch_triples: Annotated[int, typer.Option(help="Triples per update request.")] = 20_000,
) -> None:
    """Copy the graph (ontology and trial graphs) to a SPARQL 1.1 server, replacing trial graphs.

    Example: trialkg push --endpoint http://127.0.0.1:7878/update --store kg
    """
    from trialkg.export import select_graphs
    from trialkg.remote import iter_store_graphs, push_graphs
    from trialkg.store import ONTOLOGY_GRAPH, TrialStore

    with TrialStore.open(_store_path(store)) as st:
        graphs = [ONTOLOGY_GRAPH, *select_graphs(st, trial or None)]
        progress, desc, _ = _progress("pushing", len(graphs))
        with progress:
            task = progress.add_task(desc, total=len(graphs), detail="")
            report = push_graphs(iter_store_graphs(st, graphs), endpoint, graph_store=graph_store,
                                 user=user, password=password, batch_triples=batch_triples,
                                 progress=lambda n: progress.update(task, completed=n))
    _err(f"pushed {report.graphs - 1} trial graph(s) and the ontology, {report.triples} triples, "
         f"in {report.requests} request(s), {report.seconds:.1f} s, to {endpoint}")


# ---------------------------------------------------------------------------- queries
@app.command("queries")
def list_queries_cmd(
    fmt: FormatOpt = "table",
) -> None:
    """List the named queries with their descriptions and parameters.

    Example: trialkg queries
    """
    from trialkg.queries import list_queries

    _check_format(fmt, ("table", "json"))
    items = list_queries()
    if fmt == "json":
        import json

        _emit(json.dumps([{"name": q.name, "title": q.title, "description": q.description,
                           "parameters": [{"name": p.name, "type": p.type,
                                           "required": p.required, "default": p.default,
                                           "description": p.description} for p in q.params]}
                          for q in items], indent=1) + "\n", None)
        return
    for q in items:
        typer.echo(f"{q.name}: {q.title}")
        if q.description:
            typer.echo(f"    {q.description}")
        for p in q.params:
            req = "required" if p.required else f"default {p.default}" if p.default else "optional"
            typer.echo(f"    --param {p.name}=<{p.type}> ({req}) {p.description}")


def _parse_params(values: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
        params[key.strip()] = value
    return params


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A named query (see: trialkg queries).",
                                        metavar="NAME")],
    param: Annotated[list[str], typer.Option("--param", "-p", help="KEY=VALUE (repeatable).")] = [],  # noqa: B006
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    fmt: FormatOpt = "table",
    output: OutputOpt = None,
) -> None:
    """Run a named query of the library.

    Example: trialkg query trials-for-condition --param condition=neuroblastoma --format csv
    """
    from trialkg.backends import open_backend
    from trialkg.queries import run_named

    _check_format(fmt, ("table", "csv", "tsv", "json"))
    params = _parse_params(param)
    backend = open_backend(store=store, endpoint=endpoint)
    try:
        table = run_named(name, backend, params)
    finally:
        backend.close()
    _print_table(table, output, fmt, title=name)


@app.command()
def sparql(
    query_or_file: Annotated[str, typer.Argument(help="SPARQL text, a .rq file, or - for stdin.",
                                                 metavar="QUERY")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    fmt: FormatOpt = "table",
    output: OutputOpt = None,
    allow_service: Annotated[bool, typer.Option(
        help="Allow SERVICE calls to other endpoints.")] = False,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the whole graph.

    Example: trialkg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from trialkg.backends import open_backend
    from trialkg.guard import check_query

    text = sys.stdin.read() if query_or_file == "-" else query_or_file
    if query_or_file != "-" and (query_or_file.endswith(".rq")
                                 or query_or_file.endswith(".sparql")) \
            and Path(query_or_file).is_file():
        text = Path(query_or_file).read_text(encoding="utf-8")
    form = check_query(text, allow_service=allow_service)
    backend = open_backend(store=store, endpoint=endpoint)
    try:
        if form == "SELECT":
            _check_format(fmt, ("table", "csv", "tsv", "json"))
            _print_table(backend.select(text), output, fmt)
        elif form == "ASK":
            answer = backend.ask(text)
            _emit(("true" if answer else "false") + "\n", output)
        else:
            data = backend.construct(text)
            if output:
                output.write_bytes(data)
            else:
                sys.stdout.buffer.write(data)
    finally:
        backend.close()


# ---------------------------------------------------------------------------- export, stats
@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="ttl, nq, trig, jsonld or owl.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    store: StoreOpt = None,
    trial: Annotated[list[str], typer.Option(
        "--trial", "-t",
        help="Only this trial (NCT id or local id; repeatable).")] = [],  # noqa: B006
    limit: Annotated[int | None, typer.Option(help="Only the first N trials (by id).")] = None,
) -> None:
    """Export the graph: Turtle, N-Quads, TriG, JSON-LD, or OWL.

    OWL is RDF/XML of the ontology plus trials, for Protégé.

    Example: trialkg export --format owl --output trials.owl --limit 500
    """
    from trialkg.export import export_store
    from trialkg.store import TrialStore

    _check_format(fmt, ("ttl", "nq", "trig", "jsonld", "owl"))
    with TrialStore.open(_store_path(store), write=False) as st:
        n = export_store(st, output, fmt, trials=trial or None, limit=limit)
    _err(f"wrote {n} trial(s) to {output}")


@app.command()
def stats(store: StoreOpt = None, fmt: FormatOpt = "table") -> None:
    """Show what the store holds: trials, triples, criteria, facts by type.

    Example: trialkg stats --store kg
    """
    from trialkg.stats import store_stats

    _check_format(fmt, ("table", "csv", "tsv", "json"))
    table = store_stats(_store_path(store))
    _print_table(table, None, fmt, title="trialkg store")


@app.command()
def validate(store: StoreOpt = None,
             trial: Annotated[list[str], typer.Option(
                 "--trial", "-t", help="Only this trial (repeatable).")] = [],  # noqa: B006
             ) -> None:
    """Validate the data graph against the SHACL shapes; exit 1 on any violation.

    Example: trialkg validate --store kg
    """
    from trialkg.errors import ValidationFailed
    from trialkg.export import validate_store
    from trialkg.store import TrialStore

    with TrialStore.open(_store_path(store), write=False) as st:
        result = validate_store(st, trials=trial or None)
    if not result.conforms:
        typer.echo(result.report_text, err=True)
        raise ValidationFailed(result.count, result.report_text)
    _err(f"valid: {result.checked} trial(s) conform to the SHACL shapes")


@app.command("parse-criteria")
def parse_criteria(
    source: Annotated[str, typer.Argument(help="A file of eligibility text, or - for stdin.",
                                          metavar="FILE")] = "-",
    fmt: FormatOpt = "table",
) -> None:
    """Show the criteria tree and the facts read from an eligibility text.

    Example: trialkg parse-criteria criteria.txt --format json
    """
    import dataclasses
    import json

    from trialkg.criteria import parse_eligibility

    _check_format(fmt, ("table", "json"))
    text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    parsed = parse_eligibility(text)
    if fmt == "json":
        def crit(c):
            return {"kind": c.kind, "text": c.text, "start": c.start, "end": c.end,
                    "any_of": c.any_of,
                    "facts": [{"type": f.type_name, **dataclasses.asdict(f),
                               "evidence": c.text[f.start:f.end]} for f in c.facts],
                    "children": [crit(x) for x in c.children]}
        _emit(json.dumps([crit(c) for c in parsed.criteria], indent=1, default=str) + "\n", None)
        return
    for c in parsed.walk():
        flag = ("" if c.facts else "  (unparsed)") + (
            f"  (alternative set {c.any_of}: one must hold)" if c.any_of is not None else "")
        typer.echo(f"[{c.kind}] {c.text[:100]}{flag}")
        for f in c.facts:
            fields = {k: v for k, v in dataclasses.asdict(f).items() if k not in ("start", "end")}
            typer.echo(f"    {f.type_name}: {fields}  <- {c.text[f.start:f.end]!r}")


# ---------------------------------------------------------------------------- match
@app.command()
def match(
    patient: Annotated[Path, typer.Argument(
        help="A patient profile (JSON or YAML; see patient.schema.json).", metavar="PATIENT")],
    store: StoreOpt = None,
    endpoint: EndpointOpt = None,
    fmt: FormatOpt = "table",
    only: Annotated[str | None, typer.Option(
        help="Keep only 'eligible' or 'possible' (eligible and possible) trials.")] = None,
    output: OutputOpt = None,
) -> None:
    """Screen every trial against a patient: verdict per trial, status per criterion, with reasons.

    Example: trialkg match patient.json --store kg --only possible --format json
    """
    import json

    from trialkg.backends import open_backend
    from trialkg.patient import load_profile
    from trialkg.screening import screen, verdicts_table

    _check_format(fmt, ("table", "csv", "tsv", "json"))
    if only not in (None, "eligible", "possible"):
        raise typer.BadParameter("must be 'eligible' or 'possible'", param_hint="--only")
    profile = load_profile(patient)
    backend = open_backend(store=store, endpoint=endpoint)
    try:
        verdicts = screen(profile, backend, only=only)
    finally:
        backend.close()
    if fmt == "json":
        _emit(json.dumps([v.as_dict() for v in verdicts], indent=1, ensure_ascii=False) + "\n",
              output)
    else:
        _print_table(verdicts_table(verdicts), output, fmt, title=f"trials for {patient.name}")


# ---------------------------------------------------------------------------- demo
@app.command()
def demo(store: StoreOpt = None) -> None:
    """Load the bundled example trials, print what was built and run a sample query.

    Example: trialkg demo --store demo-kg
    """
    from trialkg.backends import EmbeddedBackend
    from trialkg.pipeline import load_paths
    from trialkg.queries import run_named
    from trialkg.resources import examples_dir
    from trialkg.stats import store_stats
    from trialkg.store import TrialStore

    folder = _store_path(store)
    examples = examples_dir()
    _err(f"loading the bundled examples from {examples} into {folder} ...")
    with TrialStore.open(folder, write=True) as st:
        report = load_paths([examples], st, workers=0)
    for rejected in report.rejected:
        typer.echo(f"rejected: {rejected}", err=True)
    _err(f"loaded {report.loaded} trial(s), {report.triples} triples in {report.seconds:.1f} s")
    _print_table(store_stats(folder), None, "table", title="what was built")
    with TrialStore.open(folder) as st:
        backend = EmbeddedBackend(store=st)
        typer.echo("\nSample query: which cell-therapy trials for pediatric solid tumours accept "
                   "ECOG 3?\n(trialkg query cell-therapy-trials-accepting-ecog --param ecog=3)")
        table = run_named("cell-therapy-trials-accepting-ecog", backend, {"ecog": "3"})
        _print_table(table, None, "table", title="cell-therapy-trials-accepting-ecog")
    typer.echo(f"\nNext: trialkg queries | trialkg query lab-thresholds --store {folder} | "
               f"trialkg serve --store {folder}")
    if report.rejected:
        raise typer.Exit(1)


# ---------------------------------------------------------------------------- download
@app.command()
def download(
    nct_ids: Annotated[list[str], typer.Argument(help="NCT ids to fetch.", metavar="[NCT_ID]...",
                                                 show_default=False)] = [],  # noqa: B006
    output: Annotated[Path, typer.Option(
        "--output", "-o",
        help="JSON Lines file to write (appended on resume).")] = Path("studies.jsonl"),
    query_terms: Annotated[str | None, typer.Option(
        "--query", help="Free-text search terms.")] = None,
    condition: Annotated[str | None, typer.Option(help="Condition search.")] = None,
    intervention: Annotated[str | None, typer.Option(help="Intervention search.")] = None,
    max_studies: Annotated[int | None, typer.Option(help="Stop after this many studies.")] = None,
    base_url: Annotated[str, typer.Option(help="ClinicalTrials.gov API v2 base URL.",
                                          envvar="TRIALKG_CTGOV_API")] = "https://clinicaltrials.gov/api/v2",
) -> None:
    """Download studies from the ClinicalTrials.gov API v2 into a JSON Lines file (resumable).

    Example: trialkg download --condition neuroblastoma --intervention "CAR T" -o nb.jsonl
    """
    from trialkg.download import download_studies

    if not nct_ids and not (query_terms or condition or intervention):
        raise typer.BadParameter("give NCT ids or at least one of --query, --condition, "
                                 "--intervention")
    progress, desc, _ = _progress("downloading", max_studies)
    with progress:
        task = progress.add_task(desc, total=max_studies, detail="")

        def tick(done: int, total: int | None = None) -> None:
            progress.update(task, completed=done, total=total or max_studies, detail="")

        n = download_studies(output, nct_ids=nct_ids, query=query_terms, condition=condition,
                             intervention=intervention, base_url=base_url,
                             max_studies=max_studies, progress=tick)
    _err(f"{output}: {n} stud(ies) written")


# ---------------------------------------------------------------------------- serve
@app.command()
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback "
                                           "exposes the store to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run.")] = 5.0,
    max_results: Annotated[int, typer.Option(help="Rows or triples a query may return.")] = 50_000,
    workers: Annotated[int, typer.Option(help="Query worker processes (queries at once).")] = 2,
) -> None:
    """Serve a read-only SPARQL 1.1 endpoint, the named queries and the web pages.

    Example: trialkg serve --store kg --port 8000
    """
    import logging

    from trialkg.server import ServerConfig, serve_store

    if timeout <= 0 or max_results < 1 or workers < 1:
        raise typer.BadParameter("--timeout, --max-results and --workers must be positive")
    logging.basicConfig(level=logging.DEBUG if _STATE["verbose"] > 1 else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    serve_store(_store_path(store), host=host, port=port,
                config=ServerConfig(timeout=timeout, max_results=max_results, workers=workers),
                log_level="debug" if _STATE["verbose"] > 1 else "info")


# ---------------------------------------------------------------------------- entry point
def _click_exceptions() -> tuple[tuple[type[click.exceptions.Exit | typer.Exit], ...],
                                  tuple[type[click.exceptions.Abort | typer.Abort], ...],
                                  tuple[type[click.ClickException | VendoredClickException], ...]]:
    """Return the Exit, Abort and ClickException classes of click and of typer's own copy."""
    import click

    modules = [click.exceptions]
    try:  # typer 0.29 and later vendor click as typer._click
        from typer._click import exceptions as vendored

        modules.append(vendored)
    except ImportError:
        pass
    exits = tuple({getattr(m, "Exit", typer.Exit) for m in modules} | {typer.Exit})
    aborts = tuple({getattr(m, "Abort", typer.Abort) for m in modules} | {typer.Abort})
    usage = tuple({m.ClickException for m in modules})
    return exits, aborts, usage


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code (see the module docstring)."""
    from trialkg.errors import (
        InputError,
        ParameterError,
        ProfileError,
        QueryError,
        RecordError,
        TrialkgError,
        UnknownQueryError,
        ValidationFailed,
    )

    exits, aborts, usage = _click_exceptions()
    try:
        code = app(args=argv, standalone_mode=False, prog_name="trialkg")
        return code if isinstance(code, int) else 0
    except exits as exc:
        return exc.exit_code
    except aborts:
        typer.echo("aborted", err=True)
        return 130
    except usage as exc:
        exc.show()
        return 2
    except (UnknownQueryError, ParameterError) as exc:
        typer.echo(f"error: {exc}", err=True)
        return 2
    except ValidationFailed as exc:
        typer.echo(f"error: {exc}", err=True)
        return 1
    except (InputError, RecordError, ProfileError, QueryError) as exc:
        typer.echo(f"error: {exc}", err=True)
        return 1
    except TrialkgError as exc:
        typer.echo(f"error: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the one place bugs are turned into exit code 3
        if _STATE["verbose"]:
            import traceback

            traceback.print_exc()
        typer.echo(f"internal error: {type(exc).__name__}: {exc} (run with -v for the traceback; "
                   "please report it)", err=True)
        return 3


def _entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    _entry()
