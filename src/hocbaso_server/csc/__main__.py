"""`python -m hocbaso_server.csc --state DIR [--port 8766]`: run a service kept in a folder (the demo's)."""

from __future__ import annotations

import argparse
import sys
import threading

from hocbaso_server.csc.http import CscHttpServer
from hocbaso_server.csc.state import load_state


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(prog="hocbaso_server.csc")
    parser.add_argument("--state", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--approve-after", type=float, default=None,
                        help="seconds after which a phone approval is given by itself")
    args = parser.parse_args(argv)
    service = load_state(args.state)
    service.options.approve_after = args.approve_after
    server = CscHttpServer(service, host=args.host, port=args.port).start()
    print(f"CSC service on {server.base_url()} ({len(service.credentials)} credentials)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
