-- Signing (0010): CA certificates below the trusted roots, used to build and embed signers' chains.
-- A token often holds only the signer's certificate; the issuing CA comes from the CA's file or the token.
CREATE TABLE intermediate_certs (
    sha256   TEXT PRIMARY KEY,
    subject  TEXT NOT NULL,
    der      BLOB NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
