"""Remote signing (ký số từ xa) through the Cloud Signature Consortium API, beside the token signer.

`CscClient` speaks the protocol (httpx), `RemoteSigner` is the `RawSigner` the signing layer uses, the
errors carry Vietnamese messages. PDF preparation and embedding stay in `signing/`.
"""

from hocbaso_desktop.remote.csc import CredentialInfo, CscClient, Pending, check_service_url
from hocbaso_desktop.remote.errors import RemoteFailure, RemoteSigningError, failure
from hocbaso_desktop.remote.signer import ApprovalState, Backoff, Observer, RemoteSigner, Secrets

__all__ = ["ApprovalState", "Backoff", "CredentialInfo", "CscClient", "Observer", "Pending", "RemoteFailure",
           "RemoteSigner", "RemoteSigningError", "Secrets", "check_service_url", "failure"]
