"""The office's network receiver on waitress (pure Python, runs on Windows as on Linux).

POST /announce (a small signed JSON) → a one-time token; PUT /bundle/TOKEN (the bundle, the same bytes as on
USB) → imported on the same path as `station office import`, and the return bundle in the reply. Everything a
refusal needs (unknown station, bad signature, over the station's limit) is decided on the announcement, before
any payload is sent. waitress spools request bodies itself, bounded by `max_request_body_size`, and closes idle
or half-open connections after `channel_timeout`; imports run one at a time under a lock.
"""
import hashlib
import json
import logging
import threading
from pathlib import Path

from db.models import database
from station.context import Ctx
from station.errors import StationError
from station.ids import new_gid
from station.office.early_refusal import channel_class
from station.office.inbox import enforce_quota
from station.sync.announce import DEFAULT_LIMIT, Tokens, check_announcement
from station.sync.office import office_dirs
from station.sync.office_import import import_file
from station.sync.returns import make_return_bundle

MAX_ANNOUNCE = 8 << 10
_BLOCK = 1 << 20
log = logging.getLogger("station.receiver")


def _json(status: str, body: dict, headers: list | None = None) -> tuple[str, list, bytes]:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))] + (headers or []), data


def _refusal(status: str, exc: StationError) -> tuple[str, list, bytes]:
    return _json(status, {"outcome": "rejected", "reason": exc.code, "message": exc.message()})


class Receiver:
    """The WSGI application: routes, the token store, the import lock."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.tokens = Tokens()
        self.import_lock = threading.Lock()

    def __call__(self, environ, start_response):
        method, path = environ.get("REQUEST_METHOD", ""), environ.get("PATH_INFO", "")
        try:
            status, headers, body = self._route(method, path, environ)
        except OSError as exc:  # the client went away mid-request: one line, no traceback
            log.warning("%s %s: connection dropped (%s)", method, path, exc)
            status, headers, body = _json("400 Bad Request", {"error": "connection dropped"})
        finally:
            database.close()
        start_response(status, headers)
        return [body]

    def _route(self, method: str, path: str, environ) -> tuple[str, list, bytes]:
        if method == "GET" and path in ("", "/"):
            return _json("200 OK", {"office": self.ctx.station_code})
        if method == "POST" and path == "/announce":
            return self._announce(environ)
        if method == "PUT" and path.startswith("/bundle/"):
            return self._upload(path.removeprefix("/bundle/"), environ)
        if path == "/bundle":
            return _json("410 Gone", {"error": "announce first: POST /announce, then PUT /bundle/TOKEN"})
        return _json("404 Not Found", {"error": "not found"})

    def _announce(self, environ) -> tuple[str, list, bytes]:
        length = _length(environ)
        if length is None or not 0 < length <= MAX_ANNOUNCE:
            return _json("413 Payload Too Large", {"error": "an announcement is a small JSON document"})
        try:
            message = json.loads(environ["wsgi.input"].read(length).decode("utf-8"))
            announced = check_announcement(self.ctx, message)
        except (UnicodeDecodeError, ValueError):
            return _json("400 Bad Request", {"error": "not JSON"})
        except StationError as exc:
            log.info("announce refused: %s", exc.code)
            return _refusal("403 Forbidden" if exc.code != "refused.too_large" else "413 Payload Too Large", exc)
        return _json("200 OK", {"token": self.tokens.issue(announced), "put": "/bundle/"})

    def _upload(self, token: str, environ) -> tuple[str, list, bytes]:
        announced = self.tokens.take(token)
        if announced is None:
            return _json("403 Forbidden", {"error": "unknown or used token; announce again"})
        if _length(environ) != announced.size:
            return _json("400 Bad Request", {"error": "the body is not the announced size"})
        path = office_dirs(self.ctx.data_dir)["incoming"] / f"push-{new_gid()}.vsb"
        try:
            if not _receive(environ["wsgi.input"], path, announced.size, announced.sha256):
                return _json("400 Bad Request", {"error": "the body is not the announced bundle"})
            with self.import_lock:
                return self._import(path)
        finally:
            path.unlink(missing_ok=True)

    def _import(self, path: Path) -> tuple[str, list, bytes]:
        result = import_file(self.ctx, path, via="push")
        if result.outcome == "rejected":
            enforce_quota(self.ctx)
            return _json("422 Unprocessable Entity", {"outcome": "rejected", "reason": result.reason,
                                                       "message": result.message})
        made = Path(make_return_bundle(self.ctx, result.station, office_dirs(self.ctx.data_dir)["returns"])["file"])
        try:
            body = made.read_bytes()
        finally:
            made.unlink(missing_ok=True)
        return "200 OK", [("Content-Type", "application/octet-stream"), ("Content-Length", str(len(body))),
                          ("X-Village-Outcome", result.outcome)], body


def _length(environ) -> int | None:
    try:
        return int(environ.get("CONTENT_LENGTH") or "")
    except ValueError:
        return None


def _receive(stream, path: Path, size: int, sha256: str) -> bool:
    """Copy exactly `size` bytes to `path`; False when they are fewer or hash differently from the announcement."""
    digest, remaining = hashlib.sha256(), size
    with open(path, "wb") as fh:
        while remaining:
            block = stream.read(min(_BLOCK, remaining))
            if not block:
                return False
            fh.write(block)
            digest.update(block)
            remaining -= len(block)
    return digest.hexdigest() == sha256


class OfficeServer:
    """A bound waitress server (port 0 picks a free one); serve_forever() blocks, shutdown() stops it."""

    def __init__(self, ctx: Ctx, host: str, port: int, threads: int = 8, channel_timeout: int = 30,
                 max_body: int = DEFAULT_LIMIT) -> None:
        from waitress.server import create_server

        _one_line_logs()
        self.app = Receiver(ctx)
        self._server = create_server(self.app, host=host, port=port, threads=threads,
                                     channel_timeout=channel_timeout, cleanup_interval=5,
                                     max_request_body_size=max_body + MAX_ANNOUNCE, ident="village-station")
        self._server.channel_class = channel_class(self.app.tokens.is_open)  # bad token: refused before the body

    @property
    def url(self) -> str:
        return f"http://{self._server.effective_host}:{self._server.effective_port}"

    def serve_forever(self) -> None:
        self._server.run()

    def shutdown(self) -> None:
        self._server.close()
        self._server.task_dispatcher.shutdown()

    server_close = shutdown


def _one_line_logs() -> None:
    """waitress reports dropped clients and bad requests on its logger: one line each on stderr."""
    for name in ("waitress", "station.receiver"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)
            logger.propagate = False


def serve(ctx: Ctx, host: str, port: int) -> OfficeServer:
    return OfficeServer(ctx, host, port)
