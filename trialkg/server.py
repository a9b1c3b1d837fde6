"""``trialkg serve``: a read-only SPARQL 1.1 Protocol endpoint, named queries and web pages.

Routes:

* ``/sparql`` — the W3C SPARQL 1.1 Protocol (GET ``query=``; POST form or
  ``application/sparql-query``), with content negotiation (:mod:`trialkg.web.protocol`).
* ``/api/queries`` and ``/api/queries/{name}?param=value`` — the named query library,
  parameters bound by the engine.
* ``/`` (query page), ``/trial/{id}`` (trial card), ``/landscape`` and ``/static/…``.

Every query is parsed and checked by :mod:`trialkg.guard` (updates, ``SERVICE`` and
foreign datasets are refused) and runs in a worker process under a time limit and a
result-size limit (:mod:`trialkg.web.pool`). This module is a shell: it reads
requests, hands queries to the pool and maps outcomes to HTTP statuses.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from trialkg.errors import ParameterError, QueryTimeoutError, UnknownQueryError

__all__ = ["ServerConfig", "create_app", "serve_store", "STATIC_DIR"]

_LOG = logging.getLogger("trialkg.server")
#: Folder of the page's CSS and JavaScript files.
STATIC_DIR = Path(__file__).resolve().parent / "web" / "static"
_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon"}
_UPDATE_REFUSED = ("SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, …) are not allowed "
                   "here: this endpoint is read-only")
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Limits of the server."""

    #: seconds a query may run (parsing and serialization included)
    timeout: float = 5.0
    #: rows (SELECT) or triples (CONSTRUCT/DESCRIBE) a query may return
    max_results: int = 50_000
    #: worker processes, i.e. queries running at once
    workers: int = 2
    #: bytes of a POST body
    max_body: int = 256 * 1024
    #: characters of the request target (path and query string)
    max_url: int = 16 * 1024
    #: seconds a query may wait for a free worker (default: ``timeout``)
    queue_timeout: float | None = None


class _LimitRequests:
    """ASGI middleware: refuse long request targets (414) and large bodies (413) up front."""

    def __init__(self, app, config: ServerConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            path = scope.get("raw_path") or scope["path"]
            target = len(path) + len(scope.get("query_string", b""))
            status, message = None, ""
            if target > self.config.max_url:
                status, message = 414, (f"request URI longer than {self.config.max_url} "
                                        "characters; send the query with POST")
            else:
                for key, value in scope.get("headers", []):
                    if key == b"content-length":
                        try:
                            too_big = int(value) > self.config.max_body
                        except ValueError:
                            status, message = 400, "bad Content-Length"
                            break
                        if too_big:
                            status, message = 413, (f"request body larger than "
                                                    f"{self.config.max_body} bytes")
                        break
            if status:
                from starlette.responses import PlainTextResponse

                await PlainTextResponse(message + "\n", status)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _text(status: int, message: str, *, cors: bool = False, headers: dict | None = None):
    from starlette.responses import PlainTextResponse

    h = dict(headers or {})
    if cors:
        h["Access-Control-Allow-Origin"] = "*"
    return PlainTextResponse(message.rstrip("\n") + "\n", status, headers=h)


async def _read_body(request, limit: int) -> bytes:
    from starlette.exceptions import HTTPException

    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(store: str | os.PathLike[str], config: ServerConfig | None = None):
    """Build the Starlette application serving one store.

    The worker pool starts with the application (its lifespan) and stops with it.

    :param store: the store folder (opened read-only by each worker).
    :param config: limits (default :class:`ServerConfig`).
    :returns: the ASGI application.
    """
    import contextlib

    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.middleware import Middleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
    from starlette.routing import Route

    from trialkg.queries import bind_parameters, get_query, list_queries
    from trialkg.rdf import graph_iri, trial_iri
    from trialkg.web import pages
    from trialkg.web.pool import PoolBusyError, QueryPool
    from trialkg.web.worker import QueryJob, term_tuple

    config = config or ServerConfig()
    folder = Path(store)
    state: dict[str, Any] = {}
    static = {p.name: p for p in STATIC_DIR.iterdir() if p.is_file()} if STATIC_DIR.is_dir() else {}

    @contextlib.asynccontextmanager
    async def lifespan(app):
        pool = QueryPool(folder, size=config.workers, timeout=config.timeout,
                         queue_timeout=config.queue_timeout)
        await pool.start()
        state["pool"] = pool
        try:
            yield
        finally:
            await pool.close()

    def html(text: str, status: int = 200) -> Response:
        return HTMLResponse(text, status, headers={"Content-Security-Policy": _CSP,
                                                   "X-Content-Type-Options": "nosniff",
                                                   "Referrer-Policy": "no-referrer"})

    async def run(job: QueryJob):
        """Run a job; return the worker's result or an error response."""
        job.max_results = config.max_results
        try:
            return await state["pool"].run(job)
        except QueryTimeoutError as exc:
            return _Refusal(503, str(exc))
        except PoolBusyError as exc:
            return _Refusal(503, str(exc), {"Retry-After": "2"})

    def answer(result, *, cors: bool) -> Response:
        from trialkg.web.protocol import content_type

        if isinstance(result, _Refusal):
            return _text(result.status, result.message, cors=cors, headers=result.headers)
        if result.status != 200:
            return _text(result.status, result.message, cors=cors)
        headers = {"Vary": "Accept", "X-Trialkg-Results": str(result.count),
                   "Cache-Control": "no-store"}
        if cors:
            headers["Access-Control-Allow-Origin"] = "*"
        return Response(result.body, 200, headers=headers,
                        media_type=content_type(result.media_type))

    # ------------------------------------------------------------------ SPARQL protocol
    async def sparql(request: Request) -> Response:
        cors = request.method == "GET"
        params = list(request.query_params.multi_items())
        text = None
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            body = await _read_body(request, config.max_body)
            if ctype == "application/sparql-update":
                return _text(403, _UPDATE_REFUSED)
            if ctype == "application/x-www-form-urlencoded":
                try:
                    params += parse_qsl(body.decode("utf-8"), keep_blank_values=True,
                                        strict_parsing=False)
                except UnicodeDecodeError:
                    return _text(400, "the form body is not UTF-8")
            elif ctype == "application/sparql-query":
                try:
                    text = body.decode("utf-8")
                except UnicodeDecodeError:
                    return _text(400, "the query is not UTF-8")
            else:
                return _text(415, "POST a form (application/x-www-form-urlencoded) or a query "
                                  "(application/sparql-query)")
        names = [k for k, _ in params]
        if "update" in names:
            return _text(403, _UPDATE_REFUSED, cors=cors)
        queries = [v for k, v in params if k == "query"]
        if text is not None and queries:
            return _text(400, "give the query either in the body or as a query parameter, "
                              "not both")
        if len(queries) > 1:
            return _text(400, "more than one query parameter", cors=cors)
        if text is None and not queries:
            if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
                return RedirectResponse("/", 303)
            return _text(400, "missing query: send query=… (GET or form POST) or an "
                              "application/sparql-query body", cors=cors)
        text = text if text is not None else queries[0]
        formats = [v for k, v in params if k in ("format", "output")]
        defaults = [v for k, v in params if k == "default-graph-uri"]
        named = [v for k, v in params if k == "named-graph-uri"]
        job = QueryJob(text, accept=request.headers.get("accept"),
                       fmt=formats[0] if formats else None,
                       default_graphs=defaults if (defaults or named) else None,
                       named_graphs=named if (defaults or named) else None)
        return answer(await run(job), cors=cors)

    async def sparql_options(request: Request) -> Response:
        return Response(status_code=204, headers={
            "Allow": "GET, POST, OPTIONS", "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Methods": "GET", "Access-Control-Allow-Headers": "Accept",
            "Access-Control-Max-Age": "600"})

    # ------------------------------------------------------------------ named queries
    def describe(q) -> dict:
        return {"name": q.name, "title": q.title, "description": q.description,
                "params": [asdict(p) for p in q.params], "examples": q.examples, "text": q.text}

    async def api_queries(request: Request) -> Response:
        return JSONResponse([describe(q) for q in list_queries()],
                            headers={"Access-Control-Allow-Origin": "*"})

    async def api_query(request: Request) -> Response:
        try:
            q = get_query(request.path_params["name"])
        except UnknownQueryError as exc:
            return _text(404, str(exc), cors=True)
        declared = {p.name for p in q.params}
        given: dict[str, str] = {}
        fmt = None
        for key, value in request.query_params.multi_items():
            if key in ("format", "output") and key not in declared:
                fmt = value
                continue
            if key in given:
                return _text(400, f"parameter {key} given more than once", cors=True)
            given[key] = value
        try:
            bound = bind_parameters(q, given)
        except ParameterError as exc:
            return _text(400, str(exc), cors=True)
        job = QueryJob(q.text, bindings={k: term_tuple(v) for k, v in bound.items()},
                       accept=request.headers.get("accept"), fmt=fmt)
        return answer(await run(job), cors=True)

    # ------------------------------------------------------------------ pages
    async def index(request: Request) -> Response:
        items = [describe(q) for q in list_queries()]
        return html(pages.render_index(items, {"timeout": f"{config.timeout:g}",
                                               "max_results": config.max_results}))

    async def raw(text: str, **bindings) -> Any:
        job = QueryJob(text, raw=True,
                       bindings={k: term_tuple(v) for k, v in bindings.items() if v is not None})
        result = await run(job)
        if isinstance(result, _Refusal) or result.status != 200:
            raise HTTPException(503 if isinstance(result, _Refusal) else result.status,
                                result.message)
        return result.table

    async def trial(request: Request) -> Response:
        import pyoxigraph

        from trialkg.web.card import TERM_LABELS, TRIAL_TRIPLES, build_card

        ident = request.path_params["identifier"].strip()
        try:
            graph = pyoxigraph.NamedNode(graph_iri(ident))
        except ValueError:
            graph = None
        if not ident or graph is None:
            raise HTTPException(404, f"no trial {ident!r} in this store")
        triples = await raw(TRIAL_TRIPLES, g=graph)
        if not triples.rows:
            raise HTTPException(404, f"no trial {ident!r} in this store")
        labels = await raw(TERM_LABELS, g=graph)
        card = build_card(trial_iri(ident), triples, labels)
        if card is None:
            raise HTTPException(404, f"no trial {ident!r} in this store")
        return html(pages.render_card(card))

    async def landscape(request: Request) -> Response:
        import pyoxigraph

        from trialkg.queries import expand_curie
        from trialkg.web.card import trial_identifier
        from trialkg.web.landscape import (
            CELL_TRIALS,
            DISEASE_TRIALS,
            LANDSCAPE_CELLS,
            LANDSCAPE_ROWS,
            build_landscape,
        )

        try:
            top = max(1, min(200, int(request.query_params.get("top", "15"))))
        except ValueError:
            raise HTTPException(400, "top must be a whole number") from None
        data = build_landscape(await raw(LANDSCAPE_ROWS), await raw(LANDSCAPE_CELLS), top=top)
        cell, trials = None, None
        disease = request.query_params.get("disease")
        if disease:
            category = request.query_params.get("category")
            try:
                node = pyoxigraph.NamedNode(expand_curie(disease))
            except (ParameterError, ValueError):
                raise HTTPException(400, f"{disease!r} is not a MONDO CURIE") from None
            if category:
                table = await raw(CELL_TRIALS, disease=node, category=pyoxigraph.Literal(category))
            else:
                table = await raw(DISEASE_TRIALS, disease=node)
            trials = []
            for t, nct, local, title, *_ in table.rows:
                ident = (nct or local).value if (nct or local) else trial_identifier(t.value)
                trials.append((ident, title.value if title else ""))
            cell = (disease, category)
        return html(pages.render_landscape(data, top=top, cell=cell, trials=trials))

    async def static_file(request: Request) -> Response:
        path = static.get(request.path_params["name"])
        if path is None:
            raise HTTPException(404, "no such file")
        return Response(path.read_bytes(), headers={
            "Content-Type": _STATIC_TYPES.get(path.suffix, "application/octet-stream"),
            "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"})

    async def status(request: Request) -> Response:
        pool = state["pool"]
        return JSONResponse({"workers": pool.size, "busy": pool.busy, "restarts": pool.restarts,
                             "limits": {"timeout_seconds": config.timeout,
                                        "max_results": config.max_results,
                                        "max_body_bytes": config.max_body,
                                        "max_url_chars": config.max_url}})

    async def http_error(request: Request, exc: Exception) -> Response:
        # Starlette types every handler as taking any Exception; this one is registered for
        # HTTPException only
        assert isinstance(exc, HTTPException)
        wants_html = not request.url.path.startswith(("/sparql", "/api/", "/static/"))
        if wants_html:
            titles = {404: "Not found", 400: "Bad request", 503: "Query refused"}
            return html(pages.render_error(exc.status_code,
                                           titles.get(exc.status_code, "Error"),
                                           str(exc.detail)), exc.status_code)
        return _text(exc.status_code, str(exc.detail))

    routes = [
        Route("/", index),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/sparql", sparql_options, methods=["OPTIONS"]),
        Route("/api/queries", api_queries),
        Route("/api/queries/{name}", api_query),
        Route("/api/status", status),
        Route("/trial/{identifier}", trial),
        Route("/landscape", landscape),
        Route("/static/{name}", static_file),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    middleware=[Middleware(_LimitRequests, config=config)],
                    exception_handlers={HTTPException: http_error})
    app.state.config = config
    return app


@dataclass(slots=True)
class _Refusal:
    status: int
    message: str
    headers: dict | None = None


def serve_store(store: str | os.PathLike[str], *, host: str = "127.0.0.1", port: int = 8000,
                config: ServerConfig | None = None, log_level: str = "info") -> None:
    """Serve a store until interrupted.

    :param store: the store folder.
    :param host: the address to bind (loopback by default; anything else exposes the store).
    :param port: the TCP port.
    :param config: limits.
    :param log_level: uvicorn's log level.
    :raises StoreError: the folder is not a store or cannot be opened.
    """
    import uvicorn

    from trialkg.store import TrialStore

    with TrialStore.open(store, write=False, wait=5.0) as st:  # fail early and clearly
        trials = st.count_trials()
    if host not in ("127.0.0.1", "localhost", "::1"):
        _LOG.warning("listening on %s: anyone who can reach this address can query the store",
                     host)
    _LOG.info("serving %d trial(s) from %s on http://%s:%d/", trials, store, host, port)
    uvicorn.run(create_app(store, config), host=host, port=port, log_level=log_level,
                server_header=False, proxy_headers=False)
