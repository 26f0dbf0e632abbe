"""The block reader of hex strings gives exactly what pyHanko's own reader gives: value, error and position."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer
from pyhanko.sign import signers
from tests.sync.helpers import blank_pdf, throwaway_signer

from hocbaso_desktop.signing import pdf_hex

# hex digits, PDF whitespace, a comment, the end, and bytes pyHanko refuses inside a hex string
PIECES = [*b"0123456789abcdefABCDEF", *b" \n\r\t\f\x00", ord("%"), ord(">"), ord("g"), ord("("), ord("<"), 0xFF]


def _outcome(reader, data: bytes, at: int):
    stream = io.BytesIO(data)
    stream.seek(at)
    try:
        value = reader(stream)
    except Exception as exc:  # whatever pyHanko does, errors included, is the outcome compared
        return "error", type(exc), str(exc), stream.tell()
    return "value", type(value), str(value) if isinstance(value, str) else bytes(value), stream.tell()


@settings(max_examples=400, deadline=None)
@given(prefix=st.binary(max_size=4), body=st.lists(st.sampled_from(PIECES), max_size=60),
       tail=st.binary(max_size=6), block=st.sampled_from([1, 2, 3, 7, pdf_hex.BLOCK]))
def test_same_outcome_as_pyhankos_reader(prefix, body, tail, block):
    data = prefix + b"<" + bytes(body) + tail
    with pytest.MonkeyPatch.context() as patch:   # per example: the block size goes back after each
        patch.setattr(pdf_hex, "BLOCK", block)
        assert _outcome(pdf_hex.read_hex_string, data, len(prefix)) == \
            _outcome(pdf_hex.PYHANKO_READER, data, len(prefix))


def test_text_strings_odd_digits_and_whitespace_read_as_pyhanko_reads_them():
    for data in (b"<FEFF0054006F>", b"<4 1 4\n2\r>", b"<abc>", b"<>", b"< >rest"):
        assert _outcome(pdf_hex.read_hex_string, data, 0) == _outcome(pdf_hex.PYHANKO_READER, data, 0)
    assert _outcome(pdf_hex.read_hex_string, b"<FEFF0054006F>", 0)[1] is generic.TextStringObject


def test_the_signing_package_installs_it_and_a_signed_pdf_reads_the_same(monkeypatch):
    import hocbaso_desktop.signing  # noqa: F401 — importing the package installs the reader

    assert generic.read_hex_string_from_stream is pdf_hex.read_hex_string
    out = io.BytesIO()
    signers.sign_pdf(copy_into_new_writer(PdfFileReader(io.BytesIO(blank_pdf()))),
                     signers.PdfSignatureMetadata(field_name="Sig"), signer=throwaway_signer(), output=out)

    def contents():
        sig = PdfFileReader(io.BytesIO(out.getvalue())).embedded_signatures[0]
        return bytes(sig.sig_object.raw_get("/Contents")), sig.signed_data.dump()

    mine = contents()
    monkeypatch.setattr(generic, "read_hex_string_from_stream", pdf_hex.PYHANKO_READER)
    assert contents() == mine and len(mine[0]) > 1000
