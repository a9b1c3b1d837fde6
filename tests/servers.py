"""Start real SPARQL servers for tests: Oxigraph server (pip ``oxigraph``) and Virtuoso.

Each server listens on 127.0.0.1 on a free port, keeps its data in the test's
temporary folder, and is stopped (and can be killed and restarted) by the test.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 30.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with code {proc.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} within {timeout} s")


def oxigraph_binary() -> str | None:
    candidate = Path(sys.executable).with_name("oxigraph")
    if candidate.exists():
        return str(candidate)
    return shutil.which("oxigraph")


@dataclass
class OxigraphServer:
    """``oxigraph serve`` with the union of all graphs as default graph."""

    location: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    @property
    def update_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/update"

    def start(self) -> OxigraphServer:
        binary = oxigraph_binary()
        if binary is None:
            raise RuntimeError("the oxigraph server binary is not installed (pip install oxigraph)")
        self.proc = subprocess.Popen(
            [binary, "serve", "--location", str(self.location), "--bind",
             f"127.0.0.1:{self.port}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wait_http(f"http://127.0.0.1:{self.port}/query?query=ASK%7B%7D", proc=self.proc)
        return self

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


_VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:{sql_port}
LiteMode                 = 0
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 10
CheckpointInterval       = 60
CaseMode                 = 2
DirsAllowed              = ., {d}
NumberOfBuffers          = 20000
MaxDirtyBuffers          = 12000
MaxQueryMem              = 512M
ThreadsPerQuery          = 2

[HTTPServer]
ServerPort                  = 127.0.0.1:{http_port}
ServerRoot                  = {d}/vsp
MaxClientConnections        = 10
ServerThreads               = 10
EnabledDavVSP               = 0
HTTPProxyEnabled            = 0
Charset                     = UTF-8

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000

[SPARQL]
ResultSetMaxRows           = 1000000
; the cost estimate varies from run to run (eligibility-flags, answered in under a
; second, was sometimes estimated above 400 s and refused); real time is bounded below
MaxQueryCostEstimationTime = 100000
MaxQueryExecutionTime      = 120
MaxConstructTriples        = 1000000
"""


def virtuoso_binaries() -> tuple[str, str] | None:
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    return (server, isql) if server and isql else None


@dataclass
class VirtuosoServer:
    """Virtuoso Open Source (Debian's virtuoso-opensource-7) with SPARQL updates granted."""

    folder: Path
    http_port: int = field(default_factory=free_port)
    sql_port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def update_url(self) -> str:
        return self.query_url

    def start(self) -> VirtuosoServer:
        bins = virtuoso_binaries()
        if bins is None:
            raise RuntimeError("virtuoso-t/isql-vt not installed "
                               "(apt-get install virtuoso-opensource-7)")
        server, isql = bins
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "vsp").mkdir(exist_ok=True)
        ini = self.folder / "virtuoso.ini"
        ini.write_text(_VIRTUOSO_INI.format(d=self.folder, sql_port=self.sql_port,
                                            http_port=self.http_port))
        self.proc = subprocess.Popen([server, "+configfile", str(ini), "+foreground"],
                                     cwd=self.folder, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        wait_http(f"http://127.0.0.1:{self.http_port}/sparql?query=ASK%7B%7D", timeout=90,
                  proc=self.proc)
        self.isql('grant SPARQL_UPDATE to "SPARQL";')
        self.isql("DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);")
        return self

    def isql(self, statement: str) -> str:
        _, isql = virtuoso_binaries()  # type: ignore[misc]
        out = subprocess.run([isql, f"127.0.0.1:{self.sql_port}", "dba", "dba",
                              f"exec={statement}"], capture_output=True, text=True, timeout=60)
        if out.returncode != 0 or "Error" in out.stdout:
            raise RuntimeError(f"isql failed: {out.stdout[-500:]} {out.stderr[-500:]}")
        return out.stdout

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
