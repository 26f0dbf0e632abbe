"""A reference Cloud Signature Consortium (CSC API v2, with v1 routes) remote signing service.

Written from the CSC specification's request and response shapes, independently of the desktop client
(it imports nothing from `hocbaso_desktop`). It holds software keys of its own test PKI (root → issuing
CA → signer), checks PIN and OTP, binds each SAD to the hashes it authorized and their number, lets SADs
expire, enforces a `multisign` limit, can ask the user to approve on the phone (the RSSP manages the
authorisation: mode "implicit", approved by a hook or after a delay), can answer signHash
asynchronously (operationMode "A" / signPolling), and records every protocol violation it sees.
"""

from hocbaso_server.csc.http import CscHttpServer
from hocbaso_server.csc.pki import ServicePki, make_service_pki
from hocbaso_server.csc.service import Credential, CscService

__all__ = ["Credential", "CscHttpServer", "CscService", "ServicePki", "make_service_pki"]
