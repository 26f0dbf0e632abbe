"""The signing layer: the only pyHanko. Canonical payload and PDF of a record, PAdES signatures through the
token worker, verification, trust list, timestamps (LTV), scans of paper pages turned into PDF.

This is the package's face: other packages import only the names listed in `__all__` (modules and
the names taken from them), and nothing is loaded until it is first used, so a command imports only
what it needs."""

from __future__ import annotations

import warnings

from hocbaso_desktop.faces import lazy_face
from hocbaso_desktop.signing.pdf_hex import install as install_block_hex_reader

# pyHanko's signers import cryptography's DSA key classes, which cryptography 51 marks deprecated with a warning at
# import; unfiltered, it reached the terminal of every command that signs or verifies (the program does not sign with
# DSA). Set before any of the modules below loads them (pdf_hex loads only pyHanko's PDF reader).
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko\.")

# name -> the module it comes from (None: the name is a module of this package)
_FACE: dict[str, str | None] = {
    "audit_anchor": None,
    "AnchorReport": "audit_anchor",
    "package_seal": None,
    "package_envelope": None,
    "SealInfo": "package_seal",
    "ROLE_ACTIONS": "certificates",
    "NameMismatchError": "certificates",
    "chain": None,
    "identity": None,
    "KNOWN_CAS": "known_cas",
    "known_cas": None,
    "SchoolMaterial": "school_trust",
    "school_material": "school_trust",
    "school_trust": None,
    "signers": None,
    "bind_certificate": "certificates",
    "binding_for_signer": "certificates",
    "certificates": None,
    "common_name": "certificates",
    "load_certificate": "certificates",
    "content": None,
    "demo_issue": None,
    "issue_demo_records": "demo_issue",
    "export": None,
    "BatchPlan": "issuance",
    "BatchResult": "issuance",
    "issuance": None,
    "lta": None,
    "ltv": None,
    "current_pdf": "ltv",
    "DEMO_REMOTE_PIN": "demo_remote",
    "bind_demo_remote": "demo_remote",
    "demo_remote": None,
    "remote_issuance": None,
    "remote_background": None,
    "RemoteCredentialView": "remote_setup",
    "credential_view": "remote_setup",
    "remote_setup": None,
    "page": None,
    "pdf_update": None,
    "render_issued_pdf": "page",
    "Scan": "scan_pdf",
    "check_scan": "scan_pdf",
    "conversion_pdf": "scan_pdf",
    "scan_pdf": None,
    "bound_token_signer": "token_signing",
    "token_signing": None,
    "trust": None,
    "TrustCandidate": "trust",
    "trust_roots": "trust",
    "payload_of_pdf": "verify",
    "verify": None,
    "verify_pdf": "verify",
    "xades": None,
    "xml_form": None,
}
__all__, __getattr__, __dir__ = lazy_face(__name__, _FACE, globals())

# Every module here reads PDFs through pyHanko; its hex strings (a signature's /Contents) are read in blocks
# from the first use of this package on (pdf_hex says why, and falls back to pyHanko's reader on anything odd).
install_block_hex_reader()
