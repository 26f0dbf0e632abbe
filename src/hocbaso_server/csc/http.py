"""The CSC service over HTTP (stdlib `ThreadingHTTPServer`): JSON POSTs under `/csc/v2/` and `/csc/v1/`."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from hocbaso_server.csc.service import CscService

MAX_BODY = 1 << 20
MAX_QUERY = 1 << 16


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:
        """Quiet: requests carry PINs in their bodies only, but tests need no access log."""

    def _reply(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        """Every CSC method is a POST but oauth2/authorize (the user agent's request)."""
        path, _, query = self.path[:MAX_QUERY].partition("?")
        parts = path.strip("/").split("/", 2)
        if len(parts) != 3 or parts[0] != "csc" or parts[1] not in ("v1", "v2"):
            self._reply(404, {"error": "invalid_request", "error_description": "Not found"})
            return
        params = {k: v[0] for k, v in parse_qs(query).items()}
        status, answer = self.server.service.handle_get(parts[1], parts[2], params)
        self._reply(status, answer)

    def do_POST(self) -> None:
        """Route `/csc/<version>/<method>` to the service."""
        parts = self.path.split("?")[0].strip("/").split("/", 2)
        if len(parts) != 3 or parts[0] != "csc" or parts[1] not in ("v1", "v2"):
            self._reply(404, {"error": "invalid_request", "error_description": "Not found"})
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._reply(413, {"error": "invalid_request", "error_description": "Request too large"})
            self.close_connection = True
            return
        raw = self.rfile.read(length) if length else b"{}"
        try:
            if self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded"):
                body = {k: v[0] for k, v in parse_qs(raw.decode()).items()}   # oauth2/token (CSC v2 §8.4.4)
            else:
                body = json.loads(raw or b"{}")
            if not isinstance(body, dict):
                raise ValueError
        except (ValueError, UnicodeDecodeError):
            self._reply(400, {"error": "invalid_request", "error_description": "The request body is not JSON"})
            return
        status, answer = self.server.service.handle(parts[1], parts[2], self.headers.get("Authorization", ""), body)
        self._reply(status, answer)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], service: CscService) -> None:
        super().__init__(address, _Handler)
        self.service = service


class CscHttpServer:
    """The service on `host:port` (port 0 picks a free one) in a background thread."""

    def __init__(self, service: CscService, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.service = service
        self._server = _Server((host, port), service)
        # stop() returns within 0.1 s (serve_forever looks for it every 0.5 s by default)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="csc-service", daemon=True)

    @property
    def port(self) -> int:
        """The port it listens on."""
        return self._server.server_address[1]

    def base_url(self, version: str = "v2") -> str:
        """The CSC base URL for `version`."""
        return f"http://127.0.0.1:{self.port}/csc/{version}"

    def start(self) -> CscHttpServer:
        """Start serving."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop and close the socket."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> CscHttpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
