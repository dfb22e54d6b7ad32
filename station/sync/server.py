"""The office's network receiver: POST /bundle takes a bundle, imports it, and replies with the return bundle.

A real HTTP server on the same import path as `station office import`. The body is streamed to a file in
incoming/ first (memory stays flat); imports run one at a time. A refused bundle gets 422 and a JSON reason.
"""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from db.models import database
from station.context import Ctx
from station.ids import new_gid
from station.sync.office import office_dirs
from station.sync.office_import import import_file
from station.sync.returns import make_return_bundle

MAX_BUNDLE = 4 << 30
_BLOCK = 1 << 20


class OfficeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, ctx: Ctx, host: str, port: int) -> None:
        super().__init__((host, port), _Handler)
        self.ctx = ctx
        self.import_lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


class _Handler(BaseHTTPRequestHandler):
    server: OfficeServer

    def log_message(self, format: str, *args) -> None:  # noqa: A002 — keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._reply(200, json.dumps({"office": self.server.ctx.station_code}).encode(), "application/json")

    def do_POST(self) -> None:  # noqa: N802
        if self.path.rstrip("/") != "/bundle":
            return self._reply(404, b'{"error": "not found"}', "application/json")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            return self._reply(411, b'{"error": "length required"}', "application/json")
        if not 0 < length <= MAX_BUNDLE:
            return self._reply(413, b'{"error": "too large"}', "application/json")
        ctx = self.server.ctx
        path = office_dirs(ctx.data_dir)["incoming"] / f"push-{new_gid()}.vsb"
        if not self._receive(path, length):
            return None
        try:
            with self.server.import_lock:
                self._import(ctx, path)
        finally:
            path.unlink(missing_ok=True)
            database.close()

    def _receive(self, path: Path, length: int) -> bool:
        with open(path, "wb") as fh:
            remaining = length
            while remaining:
                block = self.rfile.read(min(_BLOCK, remaining))
                if not block:
                    break
                fh.write(block)
                remaining -= len(block)
        if remaining:
            path.unlink(missing_ok=True)
            self._reply(400, b'{"error": "body cut off"}', "application/json")
            return False
        return True

    def _import(self, ctx: Ctx, path: Path) -> None:
        result = import_file(ctx, path)
        if result.outcome == "rejected":
            body = json.dumps({"outcome": "rejected", "reason": result.reason, "message": result.message},
                              ensure_ascii=False).encode("utf-8")
            return self._reply(422, body, "application/json")
        returns = office_dirs(ctx.data_dir)["returns"]
        made = Path(make_return_bundle(ctx, result.station, returns)["file"])
        try:
            self._reply(200, made.read_bytes(), "application/octet-stream", {"X-Village-Outcome": result.outcome})
        finally:
            made.unlink(missing_ok=True)

    def _reply(self, code: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


def serve(ctx: Ctx, host: str, port: int) -> OfficeServer:
    """A bound server (port 0 picks a free one); call serve_forever() / shutdown()."""
    return OfficeServer(ctx, host, port)
