"""The installation self-test: `hocbaso self-test` and the About box's "Kiểm tra cài đặt".

`run_self_test` runs each check in turn and returns a `SelfTestReport` whose texts are Vietnamese.
Required checks prove that this installation can do its work (encrypted database, fonts, PDF output,
the token worker process, HTTPS certificates, a writable data folder); optional ones describe the
environment (the school's trust list and central server, which need a database and may be offline).
A check never raises: an unexpected error becomes a failed check with its message, so one broken
part never hides the state of the others.
"""

from __future__ import annotations

import io
import logging
import os
import platform
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from hocbaso_desktop import __version__
from hocbaso_desktop.app import default_data_dir
from hocbaso_desktop.domain.errors import HocbasoError, os_reason
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage import SchoolDatabase

log = logging.getLogger(__name__)

OK, WARNING, FAILED, NOT_CONFIGURED = "ok", "warning", "failed", "not_configured"
STATUS_TEXT = {OK: "ĐẠT", WARNING: "CẢNH BÁO", FAILED: "LỖI", NOT_CONFIGURED: "CHƯA CẤU HÌNH"}
# Libraries whose versions help support staff read a report (absent metadata shows as "?").
_DISTRIBUTIONS = ("PySide6-Essentials", "sqlcipher3", "PyKCS11", "pyHanko", "reportlab", "httpx", "cryptography")

SERVER_TIMEOUT = 8.0  # seconds; an unreachable server must not hold the self-test for a minute

ProgressCallback = Callable[[int, int, str], None]


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: status is "ok", "warning", "failed" or "not_configured"."""

    key: str
    title: str
    status: str
    detail: str
    required: bool
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        """Whether this check lets the installation count as working."""
        return self.status != FAILED or not self.required


@dataclass(frozen=True)
class SelfTestReport:
    """All check results plus what was tested (program version, platform, data folder)."""

    version: str
    platform: str
    frozen: bool
    data_dir: str
    checks: tuple[CheckResult, ...]
    libraries: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether every required check passed."""
        return all(check.passed for check in self.checks)

    def as_dict(self) -> dict:
        """JSON-ready form (`hocbaso self-test --json`)."""
        return {**asdict(self), "ok": self.ok}

    def as_text(self) -> str:
        """The report as lines for a console or the About box."""
        lines = [_("Kiểm tra cài đặt Học bạ số {v} — {p}{f}", v=self.version, p=self.platform,
                   f=_(" (bản đóng gói)") if self.frozen else "")]
        for check in self.checks:
            lines.append(f"[{STATUS_TEXT[check.status]}] {check.title}: {check.detail}")
        lines.append(_("Kết quả: đạt — chương trình sẵn sàng sử dụng.") if self.ok else
                     _("Kết quả: CÓ LỖI — xem các mục LỖI ở trên."))
        return "\n".join(lines)


@dataclass(frozen=True)
class _Check:
    key: str
    title: str
    required: bool
    run: Callable[[], tuple[str, str]]  # returns (status, detail)


def _library_versions() -> dict[str, str]:
    versions = {}
    for name in _DISTRIBUTIONS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "?"
    return versions


def _run_one(check: _Check) -> CheckResult:
    """Run one check; an error becomes a failed (or, for optional checks, warning) result."""
    started = time.perf_counter()
    try:
        status, detail = check.run()
    except HocbasoError as exc:
        status, detail = FAILED if check.required else WARNING, exc.message
    except Exception as exc:  # the self-test must report every part, so a bug in one is recorded, not raised
        log.exception("self-test check %s crashed", check.key)
        status = FAILED if check.required else WARNING
        detail = _("Lỗi không mong đợi: {e}", e=f"{type(exc).__name__}: {exc}")
    return CheckResult(check.key, check.title, status, detail, check.required,
                       round(time.perf_counter() - started, 3))


def run_self_test(progress: ProgressCallback | None = None, *, db: SchoolDatabase | None = None,
                  data_dir: Path | None = None, token_module: str | None = None,
                  token_timeout: float = 20.0) -> SelfTestReport:
    """Run every check and return the report.

    `progress(done, total, title)` is called before each check (from the calling thread). `db` is an
    open school database for the trust-list and server checks (None: "chưa cấu hình"); `token_module`
    overrides the PKCS#11 module configured in that database.
    """
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    checks = (
        _Check("sqlcipher", _("Cơ sở dữ liệu mã hóa (SQLCipher)"), True, check_sqlcipher),
        _Check("fonts", _("Phông chữ tiếng Việt"), True, check_fonts),
        _Check("pdf", _("Tạo tệp PDF"), True, check_pdf),
        _Check("token", _("Thiết bị ký số (PKCS#11)"), True,
               lambda: check_token_worker(db, token_module, token_timeout)),
        _Check("trust", _("Danh sách tin cậy và chứng thư HTTPS"), True, lambda: check_trust(db)),
        _Check("server", _("Máy chủ trung tâm"), False, lambda: check_server(db)),
        _Check("data_folder", _("Thư mục dữ liệu và dung lượng đĩa"), True, lambda: check_data_folder(folder)),
    )
    results = []
    for index, check in enumerate(checks):
        if progress is not None:
            progress(index, len(checks), check.title)
        results.append(_run_one(check))
        log.info("self-test %s: %s (%.2f s)", check.key, results[-1].status, results[-1].seconds)
    if progress is not None:
        progress(len(checks), len(checks), _("Xong"))
    return SelfTestReport(version=__version__, platform=f"{platform.system()} {platform.release()} "
                          f"{platform.machine()}, Python {platform.python_version()}",
                          frozen=bool(getattr(sys, "frozen", False)), data_dir=str(folder),
                          checks=tuple(results), libraries=_library_versions())


# --- the checks: each returns (status, Vietnamese detail) or raises ---------------------------------------

LOW_DISK_BYTES = 1024**3  # below this: a warning (backups and issued PDFs need room)
FULL_DISK_BYTES = 100 * 1024**2  # below this: the database may fail to write


def _size_text(n_bytes: int) -> str:
    """A size as Vietnamese text ("12,3 GB")."""
    if n_bytes >= 1024**3:
        return f"{n_bytes / 1024**3:.1f} GB".replace(".", ",")
    return f"{n_bytes / 1024**2:.0f} MB"


def check_sqlcipher() -> tuple[str, str]:
    """Create, reopen and delete an encrypted database in a temporary folder."""
    from hocbaso_desktop.domain.model import Level, School
    from hocbaso_desktop.storage import school_repo

    password = secrets.token_urlsafe(18)
    school = School(code="KIEMTRA", name=_("Trường kiểm tra cài đặt"), level=Level.TIEU_HOC)
    with tempfile.TemporaryDirectory(prefix="hocbaso-selftest-") as tmp:
        path = Path(tmp) / "kiem-tra.hocbaso"
        SchoolDatabase.create(path, school=school, admin_username="kiemtra", admin_full_name=_("Kiểm tra"),
                              admin_password=password)[0].close()
        with open(path, "rb") as f:
            if f.read(16) == b"SQLite format 3\x00":
                return FAILED, _("Tệp cơ sở dữ liệu được tạo ra KHÔNG được mã hóa.")
        db = SchoolDatabase.open(path, "kiemtra", password)
        try:
            name = school_repo.get_school(db).name
        finally:
            db.close()
        if name != school.name:
            return FAILED, _("Mở lại cơ sở dữ liệu mã hóa nhưng đọc sai dữ liệu.")
        # Delete it ourselves (a file still held open, as on Windows, cannot be): the check is real.
        leftovers = [p for p in Path(tmp).iterdir() if p.name.startswith(path.name)]
        for leftover in leftovers:
            leftover.unlink()
        if any(p.exists() for p in leftovers):
            return FAILED, _("Không xóa được cơ sở dữ liệu thử trong thư mục tạm.")
    return OK, _("Tạo, mở lại và xóa một cơ sở dữ liệu mã hóa trong thư mục tạm: thành công.")


def check_fonts() -> tuple[str, str]:
    """The bundled Tinos faces exist and cover every Vietnamese letter; which family prints."""
    from hocbaso_desktop.printing import VIETNAMESE_LETTERS, bundled_font_files, register_fonts

    files = bundled_font_files()
    missing = [path.name for path in files.values() if not path.is_file()]
    if missing:
        return FAILED, _("Thiếu tệp phông chữ đi kèm: {f}.", f=", ".join(missing))
    register_fonts(prefer_system=False)  # FontError when a face lacks a Vietnamese letter
    printing_font = register_fonts(prefer_system=True).source
    return OK, _("Phông Tinos đi kèm ({n} kiểu chữ) có đủ {k} chữ cái tiếng Việt; bản in dùng phông {src}.",
                 n=len(files), k=len(set(VIETNAMESE_LETTERS)), src=printing_font)


def check_pdf() -> tuple[str, str]:
    """Draw the test page and read it back as a PDF with embedded fonts."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from hocbaso_desktop.printing import render_selftest_page

    data = render_selftest_page()
    if not data.startswith(b"%PDF-"):
        return FAILED, _("Tệp tạo ra không phải PDF.")
    pages = int(PdfFileReader(io.BytesIO(data)).root["/Pages"]["/Count"])
    if pages != 1 or b"/FontFile2" not in data:
        return FAILED, _("Trang PDF thử không đúng (số trang {n}, phông chữ chưa được nhúng).", n=pages)
    return OK, _("Vẽ một trang A4 có chữ tiếng Việt: {n} trang, {kb} KB, phông chữ được nhúng.",
                 n=pages, kb=max(1, len(data) // 1024))


def check_token_worker(db: SchoolDatabase | None, module: str | None, timeout: float) -> tuple[str, str]:
    """Start the token worker for each usable PKCS#11 module and list its tokens."""
    from hocbaso_desktop.storage import SchoolSettings
    from hocbaso_desktop.token import TokenClient, TokenError, list_modules

    configured = module or (SchoolSettings(db).pkcs11_module if db is not None else None) or None
    modules = list_modules(configured)
    notes = [m.problem or m.path for m in modules if not m.loadable]
    usable = [m.path for m in modules if m.loadable]
    if not usable:
        if configured:
            return FAILED, " ".join(notes)
        return WARNING, _("Chưa có phần mềm thiết bị ký (thư viện PKCS#11) nào trên máy; hãy cài phần mềm "
                          "của nhà cung cấp thiết bị ký trước khi ký số.")
    working: list[str] = []
    for path in usable:
        try:
            with TokenClient(path, timeout=timeout) as client:
                worker_pid = client.call("ping")
                tokens = client.list_tokens()
        except TokenError as exc:
            notes.append(_("{path}: {e}", path=path, e=exc.message))
            continue
        if worker_pid == os.getpid():
            return FAILED, _("Thiết bị ký đang chạy trong tiến trình chính thay vì tiến trình riêng.")
        listed = ", ".join(f"“{t.label}” ({t.serial})" for t in tokens) or _("chưa cắm thiết bị ký nào")
        notes.insert(len(working), _("{path}: tiến trình riêng chạy được; {tokens}", path=path, tokens=listed))
        working.append(path)
    detail = "; ".join(notes) + "."
    # The school's own configured module must work; a broken extra vendor module is only a warning.
    if not working or (configured and configured not in working):
        return FAILED, detail
    return (OK if len(working) == len(usable) else WARNING), detail


def check_trust(db: SchoolDatabase | None) -> tuple[str, str]:
    """The HTTPS certificate store is bundled; the school's trusted roots, when a database is given."""
    import certifi
    from cryptography import x509

    from hocbaso_desktop.storage import trust_repo

    store = Path(certifi.where())
    if not store.is_file():
        return FAILED, _("Thiếu kho chứng thư HTTPS ({f}).", f=str(store))
    https = _("kho chứng thư HTTPS có {n} CA", n=store.read_text(encoding="ascii", errors="replace")
              .count("BEGIN CERTIFICATE"))
    if db is None:
        return OK, _("{https}; danh sách tin cậy của trường: chưa cấu hình (cần --db và --user).", https=https)
    anchors = trust_repo.list_anchors(db)
    if not anchors:
        return WARNING, _("{https}; danh sách tin cậy của trường chưa có chứng thư gốc nào: chưa kiểm tra được "
                          "chữ ký số.", https=https)
    now = datetime.now(UTC)
    expired = [a.subject for a in anchors if x509.load_der_x509_certificate(a.der).not_valid_after_utc < now]
    if expired:
        return WARNING, _("{https}; chứng thư gốc đã hết hạn: {names}.", https=https, names=", ".join(expired))
    return OK, _("{https}; danh sách tin cậy của trường: {n} chứng thư gốc ({names}).", https=https,
                 n=len(anchors), names=", ".join(a.subject for a in anchors))


def check_server(db: SchoolDatabase | None) -> tuple[str, str]:
    """Ask the configured central server for /ping; being offline is a warning, never a failure."""
    from hocbaso_desktop.domain.errors import SyncError
    from hocbaso_desktop.storage import SchoolSettings, settings_repo
    from hocbaso_desktop.sync import AuthError, CentralClient

    if db is None:
        return NOT_CONFIGURED, _("chưa cấu hình (cần --db và --user để đọc địa chỉ máy chủ).")
    settings = SchoolSettings(db)
    url, token = settings.server_url, settings.api_token
    if not url or not token:
        return NOT_CONFIGURED, _("chưa cấu hình địa chỉ máy chủ hoặc mã truy cập của trường.")
    try:
        with CentralClient(url, token, settings_repo.device_id(db) or "kiem-tra", timeout=SERVER_TIMEOUT) as client:
            info = client.ping()
    except AuthError:
        return WARNING, _("Máy chủ {url} trả lời nhưng từ chối mã truy cập của trường.", url=url)
    except SyncError as exc:
        return WARNING, _("{url}: {e} Chương trình vẫn làm việc ngoại tuyến bình thường.", url=url, e=exc.message)
    return OK, _("Kết nối được với {url} (giờ máy chủ {t}).", url=url, t=info.server_time)


def check_data_folder(folder: Path) -> tuple[str, str]:
    """The data folder can be written and its disk has room."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".hocbaso-kiem-tra-{os.getpid()}"
        with open(probe, "wb") as f:
            f.write(b"hocbaso")
            f.flush()
            os.fsync(f.fileno())
        probe.unlink()
    except OSError as exc:
        return FAILED, _("Không ghi được vào thư mục dữ liệu {f}: {e}", f=str(folder), e=os_reason(exc))
    free = shutil.disk_usage(folder).free
    detail = _("{f}: ghi được; ổ đĩa còn trống {free}.", f=str(folder), free=_size_text(free))
    if free < FULL_DISK_BYTES:
        return FAILED, detail + _(" Ổ đĩa gần đầy: hãy giải phóng dung lượng.")
    if free < LOW_DISK_BYTES:
        return WARNING, detail + _(" Ổ đĩa sắp đầy.")
    return OK, detail
