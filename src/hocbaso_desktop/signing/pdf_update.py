"""Incremental updates that keep a PDF/A-3 file's metadata consistent.

pyHanko rewrites the XMP packet of a file that has one at every update (modify date, and `pdf:Producer`
set to its own name) but appends its name to the information dictionary's /Producer; PDF/A wants the two
equal. Writing pyHanko's name alone in /Producer before the update makes pyHanko leave it as it is, so
both say the same. Every update of an issued PDF (signature fields, signatures, validation data,
timestamps) goes through `open_writer`.
"""

from __future__ import annotations

import io

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata.model import VENDOR


def align_producer(writer: IncrementalPdfFileWriter) -> IncrementalPdfFileWriter:
    """Make the information dictionary's /Producer the one pyHanko writes into the XMP packet."""
    if "/Metadata" in writer.root and "/Info" in writer.trailer:
        info = writer.trailer["/Info"].get_object()
        if str(info.get("/Producer", "")) != VENDOR:
            info[generic.NameObject("/Producer")] = generic.TextStringObject(VENDOR)
            writer.update_container(info)
    return writer


def open_writer(pdf: bytes) -> IncrementalPdfFileWriter:
    """An incremental writer on `pdf` (lenient parsing) whose update keeps XMP and /Info equal."""
    return align_producer(IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False))
