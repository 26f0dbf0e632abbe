"""Audit anchors on the wire: sent with each sync, fetched back for `audit verify --online` (issue 21)."""

from __future__ import annotations

import base64
import binascii

from hocbaso_desktop.storage import Anchor, anchors_repo, utc_now
from hocbaso_desktop.sync.client import CentralClient
from hocbaso_desktop.sync.errors import ProtocolError

BATCH = 100


def to_wire(anchor: Anchor) -> dict:
    """The JSON form of an anchor (hashes in hex, signed bytes in base64)."""
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return {"from_seq": anchor.from_seq, "to_seq": anchor.to_seq, "head": anchor.head, "hashes": list(anchor.hashes),
            "at": anchor.at, "message": b64(anchor.message), "signature": b64(anchor.signature),
            "cert": b64(anchor.cert_der)}


def from_wire(raw: object) -> Anchor:
    """An anchor from the centre's JSON (ProtocolError if malformed); its signature is checked by the caller."""
    try:
        assert isinstance(raw, dict)
        hashes = raw["hashes"]
        assert isinstance(hashes, list) and all(isinstance(h, str) for h in hashes)
        d = lambda k: base64.b64decode(raw[k], validate=True)  # noqa: E731
        return Anchor(0, int(raw["from_seq"]), int(raw["to_seq"]), str(raw["head"]), tuple(hashes), str(raw["at"]),
                      d("message"), d("signature"), d("cert"), None)
    except (AssertionError, KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise ProtocolError("audit anchor") from exc


def send_unsent(db, client: CentralClient, school_code: str) -> int:
    """Post the anchors the centre does not hold yet; mark them sent; return how many were posted."""
    pending = anchors_repo.unsent(db)
    for start in range(0, len(pending), BATCH):
        batch = pending[start:start + BATCH]
        client.post_anchors(school_code, [to_wire(a) for a in batch])
        with db.transaction():
            for anchor in batch:
                anchors_repo.mark_sent(db, anchor.id, utc_now())
    return len(pending)


def fetch_anchors(client: CentralClient, school_code: str) -> list[Anchor]:
    """Every anchor the centre holds for the school."""
    return [from_wire(a) for a in client.get_anchors(school_code)]
