"""USB-stick sync: export pending items to one file, upload it from any PC, import the receipts.

A bundle (zip, hocbaso-bundle/2) is encrypted for the centre's X25519 bundle key, which the school pinned
like the receipt key (sync/pinning.py): `bundle.json` (plain: format, school code, device, the ephemeral
key and the fingerprint of the centre key) and `manifest.json`, `items/…`, `blobs/…` each AES-256-GCM
encrypted (sync/bundle_crypto.py). The PC that carries the stick to the internet sends the file as it is
(`POST /bundles`, authenticated with the school's API token) and cannot read it; the centre opens it,
checks every member against the manifest and every record's signatures, and answers with the receipts.

Older bundles (hocbaso-bundle/1: encrypted and MAC'd with keys derived from the school's API token, so the PC
that carries them can read them) are no longer written. They are uploaded the old way only until
`OLD_BUNDLE_LAST_DAY` (the end of school year 2026-2027, Vietnam's date on the uploading PC), and only when the
person uploading accepts it explicitly (`accept_old`); the receipts file then says so and the school's import of
it is audited with `old_bundle: true`. After that day they are refused: the items stay queued at the school until
their receipts come back, so exporting again (as hocbaso-bundle/2) always works.
The receipts file (JSON) carries the server's Ed25519 receipts, which the school verifies with a key it
already trusts, never with a key named in the file. Importing the same bundle or receipts twice changes
nothing: submissions are idempotent and delivered items stay delivered.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import zipfile
import zlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import httpx
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import VIETNAM_TIME, _, format_date
from hocbaso_desktop.limits import (
    BUNDLE_MAX_MANIFEST,
    BUNDLE_MAX_MEMBER,
    BUNDLE_MAX_TOTAL,
    RECEIPTS_MAX_FILE,
    inflate_zlib,
    loads_bounded,
    read_file_bounded,
    read_member,
    too_large,
)
from hocbaso_desktop.private_files import private_target
from hocbaso_desktop.storage import SchoolDatabase, audit, blobs_repo, outbox, school_repo, settings_repo
from hocbaso_desktop.sync import pinning
from hocbaso_desktop.sync.backoff import Backoff
from hocbaso_desktop.sync.bundle_crypto import FORMAT_V2, HEADER, BundleSealer, key_fingerprint, read_header
from hocbaso_desktop.sync.client import CentralClient, ItemResult
from hocbaso_desktop.sync.errors import (
    OfflineError,
    ProtocolError,
    RetryLaterError,
    TooLargeError,
)
from hocbaso_desktop.sync.protocol import verify_receipt

BUNDLE_FORMAT = "hocbaso-bundle/1"       # read during the transition only
OLD_BUNDLE_LAST_DAY = date(2027, 6, 30)  # the last day a hocbaso-bundle/1 is uploaded (end of school year 2026-2027)
BUNDLE_FORMAT_V2 = FORMAT_V2
RECEIPTS_FORMAT = "hocbaso-receipts/1"


def _mac_key(api_token: str) -> bytes:
    return hmac.new(api_token.encode("utf-8"), b"hocbaso-bundle/1 manifest", hashlib.sha256).digest()


_SEALED = b"HBE1"  # an encrypted member: magic, 12-byte nonce, AES-GCM ciphertext


def _content_key(api_token: str) -> bytes:
    return hmac.new(api_token.encode("utf-8"), b"hocbaso-bundle/1 content", hashlib.sha256).digest()


def _decrypt(api_token: str, name: str, data: bytes) -> bytes:
    """A member's plain bytes (bundles made before encryption are plain); InvalidTag if changed or wrong token."""
    if not data.startswith(_SEALED):
        return data
    return AESGCM(_content_key(api_token)).decrypt(data[4:16], data[16:], name.encode("utf-8"))


def export_bundle(db: SchoolDatabase, out: Path, *, actor: str) -> int:
    """Write every pending item and its blobs to `out`, encrypted for the centre's pinned bundle key; return
    the number of items (InvalidInputError when no bundle key is trusted yet)."""
    server_url = settings_repo.SchoolSettings(db).server_url
    centre_key = pinning.pinned_key(db, str(server_url), pinning.BUNDLE) if server_url else None
    if centre_key is None:
        raise InvalidInputError(_("Trường chưa có khoá mã hoá gói của hệ thống trung tâm nên chưa thể ghi gói ra USB "
                                  "(gói phải được mã hoá cho trung tâm). Hãy đồng bộ trực tuyến một lần, hoặc quản "
                                  "trị viên nhập khoá và dấu vân tay do Sở cung cấp (hocbaso sync trust-bundle-key)."),
                                field="bundle")
    items = outbox.pending_items(db)
    school_code = school_repo.get_school(db).code
    sealer = BundleSealer(centre_key, school_code, settings_repo.device_id(db))
    manifest = {"format": BUNDLE_FORMAT_V2, "school_code": school_code, "items": [], "blobs": []}
    out = Path(out)
    # owner-only, and a half-written file never stays on the USB stick
    with private_target(out) as tmp:
        _write_bundle(db, tmp, items, manifest, sealer)
    with db.transaction():
        audit.append(db, actor=actor, action="sync.export_bundle", entity="outbox", entity_id=out.name,
                     before=None, after={"items": len(items), "centre_key": key_fingerprint(centre_key)})
    return len(items)


def _write_bundle(db: SchoolDatabase, tmp: Path, items: list, manifest: dict, sealer: BundleSealer) -> None:
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf:  # encrypted members do not compress
        zf.writestr(HEADER, sealer.header_bytes())
        seen: set[str] = set()
        for item in items:
            name = f"items/{item.seq:08d}.json"
            zf.writestr(name, sealer.seal(name, zlib.compress(item.envelope)))
            manifest["items"].append({"file": name, "sha256": hashlib.sha256(item.envelope).hexdigest()})
            for sha in item.blob_hashes:
                if sha in seen:
                    continue
                seen.add(sha)
                zf.writestr(f"blobs/{sha}", sealer.seal(f"blobs/{sha}", blobs_repo.get_blob(db, sha)))
                manifest["blobs"].append({"file": f"blobs/{sha}", "sha256": sha,
                                          "media_type": blobs_repo.blob_media_type(db, sha)})
        raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
        zf.writestr("manifest.json", sealer.seal("manifest.json", raw))


def bundle_header(path: Path) -> dict | None:
    """The plain header of a hocbaso-bundle/2 file, or None for an older bundle; InvalidInputError if unreadable."""
    try:
        with zipfile.ZipFile(path) as zf:
            return read_header(zf)
    except (OSError, zipfile.BadZipFile, ValueError, UnicodeDecodeError) as exc:
        raise InvalidInputError(_("Tệp gói đồng bộ “{f}” bị hỏng hoặc không phải gói đồng bộ.", f=Path(path).name),
                                field="bundle") from exc


def read_bundle(path: Path, *, api_token: str) -> tuple[dict, list[dict], dict[str, tuple[bytes, str]]]:
    """Check and read an older bundle (hocbaso-bundle/1, keys from the API token): (manifest, envelopes,
    {sha256: (data, media_type)}); InvalidInputError if bad."""
    bad = InvalidInputError(_("Tệp gói đồng bộ “{f}” bị hỏng, bị sửa, hoặc mã truy cập không đúng.", f=Path(path).name),
                            field="bundle")
    name = Path(path).name
    try:
        with zipfile.ZipFile(path) as zf:
            # The manifest is checked (size, then HMAC) before it is parsed, and every member is inflated
            # only up to its limit: a bomb costs at most the limits, never the declared sizes.
            raw = _decrypt(api_token, "manifest.json", read_member(zf, "manifest.json", BUNDLE_MAX_MANIFEST, what=name))
            mac = read_member(zf, "manifest.hmac", 128, what=name).decode("ascii")
            if not hmac.compare_digest(mac, hmac.new(_mac_key(api_token), raw, hashlib.sha256).hexdigest()):
                raise bad
            manifest = loads_bounded(raw, what=name)
            total = 0
            envelopes = []
            for entry in manifest["items"]:
                data = _item(api_token, entry["file"], read_member(zf, entry["file"], BUNDLE_MAX_MEMBER, what=name),
                             what=name)
                total += len(data)
                if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                    raise bad
                envelopes.append(loads_bounded(data, what=name))
            blobs = {}
            for entry in manifest["blobs"]:
                data = _decrypt(api_token, entry["file"], read_member(zf, entry["file"], BUNDLE_MAX_MEMBER, what=name))
                total += len(data)
                if total > BUNDLE_MAX_TOTAL:
                    raise too_large(name, BUNDLE_MAX_TOTAL)
                if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                    raise bad
                blobs[entry["sha256"]] = (data, entry["media_type"] or "application/octet-stream")
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError, TypeError, InvalidTag,
            zlib.error) as exc:
        raise bad from exc
    if manifest.get("format") != BUNDLE_FORMAT:
        raise bad
    return manifest, envelopes, blobs


def _item(api_token: str, file: str, data: bytes, *, what: str) -> bytes:
    """An item envelope: decrypted, then inflated within the member limit (they are stored compressed)."""
    if not data.startswith(_SEALED):
        return data
    return inflate_zlib(_decrypt(api_token, file, data), BUNDLE_MAX_MEMBER, what=what)


BUNDLE_SUFFIX = ".hocbaso-bundle"
RECEIPTS_SUFFIX = ".hocbaso-receipts"


def default_receipts_path(bundle: Path) -> Path:
    """Where the receipts of a bundle are written when no name is given: beside it, same stem."""
    bundle = Path(bundle)
    return bundle.with_suffix(RECEIPTS_SUFFIX) if bundle.suffix == BUNDLE_SUFFIX else \
        bundle.with_name(bundle.name + RECEIPTS_SUFFIX)


def upload_bundle(path: Path, receipts_out: Path, *, server_url: str, api_token: str,
                  transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] | None = None,
                  max_failures: int = 8, accept_old: bool = False, today: date | None = None) -> dict[str, int]:
    """Deliver a bundle (no school database needed) and write the receipts file; return counts per status.

    A hocbaso-bundle/2 goes to the centre as it is (this PC cannot read it); an older one is opened here with
    the API token and its items sent one by one, as before, only with `accept_old` and until OLD_BUNDLE_LAST_DAY
    (`today`: Vietnam's date by default)."""
    import time

    header = bundle_header(path)
    if header is None:
        check_old_bundle(path, accept_old=accept_old, today=today)
    wait = sleep or time.sleep
    backoff, failures = Backoff(), 0
    if header is None:
        manifest, envelopes, blobs = read_bundle(path, api_token=api_token)
        school_code, device_id = manifest["school_code"], manifest["device_id"]
    else:
        school_code, device_id = header["school_code"], header["device_id"]
    results: list[ItemResult] = []
    with CentralClient(server_url, api_token, device_id, transport=transport) as client:
        while True:
            try:
                info = client.ping()
                if header is not None:
                    _check_centre_key(info.bundle_key, header, Path(path).name)
                    results = client.post_bundle(school_code, Path(path))
                    break
                _send_items(client, info, school_code, device_id, envelopes, blobs, results)
                break
            except (OfflineError, ProtocolError) as exc:
                failures += 1
                if failures > max_failures:
                    raise
                retry = exc.retry_after if isinstance(exc, RetryLaterError) else None
                wait(retry if retry is not None else backoff.next_delay())
    document = {"format": RECEIPTS_FORMAT, "server_url": server_url.rstrip("/"), "receipt_key": info.receipt_key,
                "school_code": school_code, "bundle_format": BUNDLE_FORMAT if header is None else BUNDLE_FORMAT_V2,
                "results": [{"record_id": r.record_id, "version": r.version, "sha256": r.sha256, "status": r.status,
                             "received_at": r.received_at, "receipt": r.receipt, "errors": list(r.errors)}
                            for r in results]}
    Path(receipts_out).write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    return counts


def is_old_bundle(path: Path) -> bool:
    """Whether a bundle is of the older kind (keys from the API token), accepted during the transition only."""
    return bundle_header(path) is None


def check_old_bundle(path: Path, *, accept_old: bool, today: date | None = None) -> None:
    """Refuse an older bundle after OLD_BUNDLE_LAST_DAY, and before it unless the person uploading accepted it."""
    today = today or datetime.now(VIETNAM_TIME).date()
    name, last = Path(path).name, format_date(OLD_BUNDLE_LAST_DAY)
    if today > OLD_BUNDLE_LAST_DAY:
        raise InvalidInputError(_("“{f}” là gói kiểu cũ (mã hoá bằng mã truy cập); gói kiểu cũ chỉ được nhận đến hết "
                                  "ngày {d}. Hãy để trường xuất lại gói bằng phiên bản mới (các mục vẫn chờ gửi ở "
                                  "trường, không mất gì).", f=name, d=last), field="bundle")
    if not accept_old:
        raise InvalidInputError(_("“{f}” là gói kiểu cũ (mã hoá bằng mã truy cập, máy gửi đọc được nội dung); chỉ "
                                  "được gửi đến hết ngày {d} khi người gửi đồng ý rõ ràng (--accept-old-bundle, hoặc "
                                  "đánh dấu ô đồng ý). Tốt hơn: để trường xuất lại gói bằng phiên bản mới.",
                                  f=name, d=last), field="bundle")


def _check_centre_key(published: str | None, header: dict, name: str) -> None:
    """Refuse before sending when the centre's published key is not the one the bundle was made for."""
    made_for = header["encryption"].get("recipient_fingerprint")
    if published is None or key_fingerprint(published) != made_for:
        raise InvalidInputError(_("Gói “{f}” được mã hoá cho khoá {k}, không phải khoá của máy chủ này; máy chủ sẽ "
                                  "không mở được. Hãy kiểm tra địa chỉ máy chủ, hoặc để trường xuất lại gói.",
                                  f=name, k=str(made_for)[:19]), field="bundle")


def _send_items(client: CentralClient, info, school_code: str, device_id: str, envelopes: list[dict],
                blobs: dict[str, tuple[bytes, str]], results: list[ItemResult]) -> None:
    """An older bundle's items, sent as an online sync sends them (results appended as they come)."""
    for sha, (data, media_type) in blobs.items():
        if not client.has_blob(sha):
            client.put_blob(sha, data, media_type)
    pending = envelopes[len(results):]
    size = max(1, info.max_batch_items)
    while pending:
        batch = pending[:size]
        try:
            results.extend(client.submit(school_code, device_id, batch))
        except TooLargeError:
            if size == 1:
                raise
            size = max(1, len(batch) // 2)
            continue
        pending = envelopes[len(results):]


def import_receipts(db: SchoolDatabase, path: Path, *, actor: str) -> dict[str, int]:
    """Apply a receipts file: every receipt must verify with the key the school already trusts, or nothing
    changes; return counts."""
    try:
        document = loads_bounded(read_file_bounded(path, RECEIPTS_MAX_FILE), what=Path(path).name)
        if not isinstance(document, dict) or document.get("format") != RECEIPTS_FORMAT:
            raise ValueError("format")
        server_url, results = str(document["server_url"]), document["results"]
        if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
            raise ValueError("results")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInputError(_("Tệp biên nhận “{f}” không đọc được hoặc sai định dạng.", f=Path(path).name),
                                field="receipts") from exc
    configured = settings_repo.SchoolSettings(db).server_url
    if not configured or server_url.rstrip("/") != str(configured).rstrip("/"):
        raise InvalidInputError(_("Biên nhận không đến từ hệ thống trung tâm đã cấu hình của trường nên không được "
                                  "ghi nhận."), field="receipts")
    # The key inside the file is whoever made the file's choice: only a key the school trusts already (from an
    # online TLS ping, or entered by the administrator with the Sở's fingerprint) can verify a receipt.
    key = pinning.pinned_key(db, server_url)
    if key is None:
        raise InvalidInputError(_("Trường chưa có khoá ký biên nhận của hệ thống trung tâm nên chưa thể kiểm tra tệp "
                                  "biên nhận. Hãy đồng bộ trực tuyến một lần, hoặc quản trị viên nhập khoá và dấu vân "
                                  "tay do Sở cung cấp (hocbaso sync trust-receipt-key)."), field="receipts")
    counts = {"delivered": 0, "unchanged": 0, "invalid": 0, "other": 0}
    to_mark = []
    for r in results:
        item = outbox.find_item(db, str(r.get("record_id")), _int(r.get("version")), str(r.get("sha256")))
        if item is None:
            counts["invalid"] += 1
            continue
        if r.get("status") in ("stored", "duplicate"):
            if not verify_receipt(key, record_id=item.record_id, version=item.version, sha256=item.sha256,
                                  received_at=str(r.get("received_at")), receipt_b64=str(r.get("receipt"))):
                raise InvalidInputError(_("Tệp biên nhận “{f}” có biên nhận không ký bởi khoá của hệ thống trung tâm: "
                                          "không ghi nhận gì.", f=Path(path).name), field="receipts")
            to_mark.append((item, r))
        elif r.get("status") in ("stale", "conflict", "rejected") and item.state in outbox.PENDING_STATES:
            # Unsigned outcomes: show them to a person, but keep the item queued for the next real contact.
            counts["other"] += 1
        else:
            counts["unchanged"] += 1
    with db.transaction():
        for item, r in to_mark:
            if outbox.mark_delivered(db, item.seq, receipt=r["receipt"], received_at=r["received_at"]):
                counts["delivered"] += 1
            else:
                counts["unchanged"] += 1
        old = document.get("bundle_format") == BUNDLE_FORMAT   # delivered from an older bundle: on the record
        audit.append(db, actor=actor, action="sync.import_receipts", entity="outbox", entity_id=Path(path).name,
                     before=None, after={**counts, "old_bundle": True} if old else counts)
    return counts


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0
