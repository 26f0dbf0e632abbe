"""Running the reference server (uvicorn) and posting inbox messages, for the command line."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from hocbaso_desktop.sync import protocol
from hocbaso_server.store import CentralStore


def serve(data_dir: Path, *, host: str, port: int, api_token: str, verify_pdf: bool = True,
          trust_dir: Path | None = None, max_batch_items: int = protocol.DEFAULT_MAX_BATCH_ITEMS,
          max_body_bytes: int = protocol.DEFAULT_MAX_BODY_BYTES) -> None:
    """Serve until interrupted."""
    import uvicorn

    from hocbaso_server.app import create_app

    app = create_app(data_dir, api_token, verify_pdf=verify_pdf, trust_dir=trust_dir,
                     max_batch_items=max_batch_items, max_body_bytes=max_body_bytes)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def post_inbox(data_dir: Path, *, school_code: str, type_: str, body: dict) -> str:
    """Queue a message for a school's inbox; return its cursor."""
    if type_ not in protocol.INBOX_TYPES:
        raise ValueError(f"unknown inbox type {type_}")
    store = CentralStore(Path(data_dir))
    try:
        return store.post_inbox(school_code, type_, body)
    finally:
        store.close()


def receipt_signer(data_dir: Path):
    """The server's receipt signer (its key is made on first use)."""
    from hocbaso_server.receipts import ReceiptSigner

    Path(data_dir).mkdir(parents=True, exist_ok=True)
    return ReceiptSigner(Path(data_dir))


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m hocbaso_server` (same options as `hocbaso server`)."""
    parser = argparse.ArgumentParser(prog="hocbaso_server")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--api-token", default=os.environ.get("HOCBASO_API_TOKEN"))
    parser.add_argument("--trust-dir", type=Path, default=None)
    parser.add_argument("--no-verify-pdf", action="store_true")
    parser.add_argument("--max-batch-items", type=int, default=protocol.DEFAULT_MAX_BATCH_ITEMS)
    parser.add_argument("--max-body-bytes", type=int, default=protocol.DEFAULT_MAX_BODY_BYTES)
    parser.add_argument("--post-inbox", nargs=3, metavar=("SCHOOL", "TYPE", "BODY_JSON_FILE"))
    parser.add_argument("--print-receipt-key", action="store_true",
                        help="print the receipt key and its fingerprint (to hand to schools out of band)")
    args = parser.parse_args(argv)
    if args.print_receipt_key:
        signer = receipt_signer(args.data)
        print(f"receipt key: {signer.public_key_b64}\nfingerprint: {signer.fingerprint}")
        return 0
    if args.post_inbox:
        school, type_, body_file = args.post_inbox
        print(post_inbox(args.data, school_code=school, type_=type_,
                         body=json.loads(Path(body_file).read_text(encoding="utf-8"))))
        return 0
    if not args.api_token:
        parser.error("--api-token (or HOCBASO_API_TOKEN) is required")
    serve(args.data, host=args.host, port=args.port, api_token=args.api_token, verify_pdf=not args.no_verify_pdf,
          trust_dir=args.trust_dir, max_batch_items=args.max_batch_items, max_body_bytes=args.max_body_bytes)
    return 0
