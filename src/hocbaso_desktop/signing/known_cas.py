"""The Vietnamese roots and licensed CAs an administrator is likely to add, shown when adding trust.

Nothing here is trusted by itself: the program never ships a root as a constant (domain.md §5.2). The
list only tells the administrator what a file claims to be and where to download it, and puts the
fingerprint the publisher states beside the file's own, marked "chưa xác minh" (not verified by us:
copied from the publishers' pages and guides, never checked against the published files on this
machine). The administrator confirms the fingerprint before anything is trusted.

Shape of Vietnamese chains (engineering notes §5.2): Vietnam National Root CA (NEAC) → a licensed
public CA (VNPT-CA, Viettel-CA, FPT-CA, BKAV-CA, NewCA, CA2, MISA-CA, …) → the person; the seal of a
public school: RootCA chuyên dùng Chính phủ → a VGCA subordinate CA → the school.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class KnownCa:
    """One root or CA as its publisher describes it."""

    name: str
    publisher: str
    kind: str                 # "anchor" (root) | "intermediate" (licensed CA below a root)
    download: str
    claimed_sha256: str = ""  # as published; "" when we have none to show. Never verified here.
    match: tuple[str, ...] = ()  # lower-case words of the subject CN/O that identify it

    @property
    def fingerprint_note(self) -> str:
        """The claimed fingerprint with its caveat, or where to find one."""
        if self.claimed_sha256:
            return f"{self.claimed_sha256} (chưa xác minh)"
        return f"(chưa có; đối chiếu trên {self.download})"


KNOWN_CAS: tuple[KnownCa, ...] = (
    KnownCa("Vietnam National Root CA (vnrca256)", "Trung tâm Chứng thực điện tử quốc gia (NEAC)", "anchor",
            "https://rootca.gov.vn", "bac8bf609ab420a8ee1780d74f4de5c7f7184959d2a7375b0a75e4c29f0908e7",
            ("vietnam national root ca", "national root")),
    KnownCa("RootCA chuyên dùng Chính phủ G2", "Ban Cơ yếu Chính phủ (VGCA)", "anchor",
            "http://ca.gov.vn/pki/pub/crt/rootcag2.crt",
            "f04ba4b459a7c9a1b971ad9b1cb833e695a80c79aea63b174b66a70edfe2fdb8",
            ("chuyên dùng chính phủ", "rootca chuyen dung", "government root")),
    KnownCa("CA chuyên dùng Chính phủ (các CA cấp dưới của VGCA)", "Ban Cơ yếu Chính phủ (VGCA)", "intermediate",
            "https://ca.gov.vn", match=("vgca", "ca phục vụ các cơ quan", "chính phủ")),
    KnownCa("VNPT-CA", "Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)", "intermediate", "https://vnpt-ca.vn",
            match=("vnpt",)),
    KnownCa("Viettel-CA", "Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel)", "intermediate",
            "https://viettel-ca.vn", match=("viettel",)),
    KnownCa("FPT-CA", "Công ty TNHH Hệ thống Thông tin FPT", "intermediate", "https://fpt-ca.com.vn",
            match=("fpt",)),
    KnownCa("BKAV-CA", "Công ty Cổ phần BKAV", "intermediate", "https://bkavca.vn", match=("bkav",)),
    KnownCa("NewCA", "Công ty Cổ phần Chữ ký số NewCA", "intermediate", "https://newca.vn", match=("newca",)),
    KnownCa("CA2 (Nacencomm)", "Công ty Cổ phần Công nghệ thẻ Nacencomm", "intermediate", "https://ca2.vn",
            match=("nacencomm", "ca2")),
    KnownCa("MISA-CA", "Công ty Cổ phần MISA", "intermediate", "https://misaca.vn", match=("misa",)),
    KnownCa("EFY-CA", "Công ty Cổ phần Công nghệ Tin học EFY Việt Nam", "intermediate", "https://efyca.vn",
            match=("efy",)),
    KnownCa("SAFE-CA", "Công ty Cổ phần Chữ ký số Safe", "intermediate", "https://safeca.vn", match=("safe-ca",)),
)


def _fold(text: str) -> str:
    """Lower-case NFC text with single spaces (subjects are matched loosely)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def identify(subject_text: str, sha256: str = "") -> KnownCa | None:
    """The known CA a certificate appears to be: by the claimed fingerprint, else by words of its subject."""
    for ca in KNOWN_CAS:
        if sha256 and ca.claimed_sha256 == sha256.lower():
            return ca
    folded = _fold(subject_text)
    for ca in KNOWN_CAS:
        if any(word in folded for word in ca.match):
            return ca
    return None
