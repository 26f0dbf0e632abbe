"""One verified TLS context per process, shared by every HTTP client of the program.

httpx (the central system, remote signing services) and pyHanko's aiohttp clients (timestamp server,
OCSP, CRL) each build a fresh context per client or per request, and building one reads the whole CA
bundle: 10–15 ms of CPU every time, even for a plain-HTTP responder. A context is safe to share between
threads and connections, so it is built once. Its settings are what httpx builds by default:
`ssl.create_default_context` (certificate and host name checked) over certifi's bundle, or the file or
folder named by SSL_CERT_FILE / SSL_CERT_DIR (a school behind an inspecting proxy sets these), looked up
again whenever they change. pyHanko's clients used certifi's bundle only; they now follow the same
setting (docs/NOTES.md, "One TLS context per process").
"""

from __future__ import annotations

import os
import ssl
import threading

_lock = threading.Lock()
_built: dict[tuple[str, str], ssl.SSLContext] = {}


def verified_context() -> ssl.SSLContext:
    """The process's TLS context for verified connections (built on first use)."""
    where = (os.environ.get("SSL_CERT_FILE", ""), os.environ.get("SSL_CERT_DIR", ""))
    context = _built.get(where)
    if context is None:
        with _lock:
            context = _built.get(where) or _build(*where)
            _built[where] = context
    return context


def _build(cert_file: str, cert_dir: str) -> ssl.SSLContext:
    if cert_file:
        return ssl.create_default_context(cafile=cert_file)
    if cert_dir:
        return ssl.create_default_context(capath=cert_dir)
    import certifi  # only where a connection is made

    return ssl.create_default_context(cafile=certifi.where())
