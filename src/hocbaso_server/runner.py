"""Running the reference server (uvicorn, one or several worker processes) and its admin tasks.

With `workers > 1` uvicorn starts each worker in a new process that builds the app from the options
passed in the environment (`HOCBASO_SERVER_OPTIONS`); prometheus_client's multiprocess folder is made
before they start, so `/metrics` adds up every worker.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from hocbaso_desktop.sync import protocol
from hocbaso_server.stores import open_store

log = logging.getLogger("hocbaso_server")
_OPTIONS_ENV = "HOCBASO_SERVER_OPTIONS"


def store_target(data_dir: Path | None, database: str | None) -> str | Path:
    """The store named by `--database` or `--data`."""
    if database:
        return database
    if data_dir is None:
        raise ValueError("--data DIR or --database URL")
    return Path(data_dir)


def blobs_folder(data_dir: Path | None, blobs_dir: Path | None) -> Path:
    """The blob folder: `--blobs`, else DATA/blobs."""
    if blobs_dir is not None:
        return Path(blobs_dir)
    if data_dir is None:
        raise ValueError("--blobs DIR is needed with --database")
    return Path(data_dir) / "blobs"


def app_from_env():
    """The app factory of a worker process (uvicorn --factory)."""
    from hocbaso_server.app import create_app
    from hocbaso_server.logs import configure

    options = json.loads(os.environ[_OPTIONS_ENV])
    configure()
    for key in ("data_dir", "blobs_dir", "trust_dir"):
        if options.get(key):
            options[key] = Path(options[key])
    return create_app(**options)


def serve(data_dir: Path | None = None, *, host: str, port: int, api_token: str | None, database: str | None = None,
          blobs_dir: Path | None = None, workers: int = 1, verify_pdf: bool = True, trust_dir: Path | None = None,
          max_batch_items: int = protocol.DEFAULT_MAX_BATCH_ITEMS,
          max_body_bytes: int = protocol.DEFAULT_MAX_BODY_BYTES, access_log: bool = True) -> None:
    """Serve until interrupted."""
    import uvicorn

    from hocbaso_server.logs import configure

    configure(access=access_log)
    if api_token:
        log.warning("shared demo token in use: it acts for every school (use per-school tokens in production)")
    if trust_dir is None:
        log.warning("no --trust-dir: signed PDFs are checked for integrity only, not against the province's roots")
    options = {"data_dir": str(data_dir) if data_dir else None, "api_token": api_token, "database": database,
               "blobs_dir": str(blobs_folder(data_dir, blobs_dir)), "verify_pdf": verify_pdf,
               "trust_dir": str(trust_dir) if trust_dir else None, "max_batch_items": max_batch_items,
               "max_body_bytes": max_body_bytes}
    open_store(store_target(data_dir, database)).close()  # migrate once, before the workers start
    os.environ[_OPTIONS_ENV] = json.dumps(options)
    metrics_dir = None
    if workers > 1:
        metrics_dir = tempfile.mkdtemp(prefix="hocbaso-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    try:
        uvicorn.run("hocbaso_server.runner:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", access_log=False)
    finally:
        if metrics_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def post_inbox(target: str | Path, *, school_code: str, type_: str, body: dict) -> str:
    """Queue a message for a school's inbox; return its cursor."""
    if type_ not in protocol.INBOX_TYPES:
        raise ValueError(f"unknown inbox type {type_}")
    store = open_store(target)
    try:
        return store.post_inbox(school_code, type_, body)
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m hocbaso_server` (serving only; `hocbaso server` has the admin commands)."""
    parser = argparse.ArgumentParser(prog="hocbaso_server")
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--database", default=None)
    parser.add_argument("--blobs", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--api-token", default=os.environ.get("HOCBASO_API_TOKEN"))
    parser.add_argument("--trust-dir", type=Path, default=None)
    parser.add_argument("--no-verify-pdf", action="store_true")
    parser.add_argument("--max-batch-items", type=int, default=protocol.DEFAULT_MAX_BATCH_ITEMS)
    parser.add_argument("--max-body-bytes", type=int, default=protocol.DEFAULT_MAX_BODY_BYTES)
    args = parser.parse_args(argv)
    if not (args.data or args.database):
        parser.error("--data DIR or --database URL is required")
    serve(args.data, host=args.host, port=args.port, api_token=args.api_token, database=args.database,
          blobs_dir=args.blobs, workers=args.workers, verify_pdf=not args.no_verify_pdf, trust_dir=args.trust_dir,
          max_batch_items=args.max_batch_items, max_body_bytes=args.max_body_bytes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
