"""PDF/A-3b identification for every PDF printing writes: XMP metadata and an sRGB output intent.

ISO 19005-3 level B asks for what reportlab does not write by itself: an XMP packet (unfiltered, UTF-8)
naming `pdfaid:part=3` / `pdfaid:conformance=B`, whose title, author, subject, keywords, tool names
and dates equal the document information dictionary's; and an output intent (GTS_PDFA1) carrying an ICC
profile for the device colours used (DeviceRGB/DeviceGray: sRGB). Fonts are already embedded (TTF only),
nothing is encrypted and nothing transparent is drawn. The sRGB profile is LittleCMS's built-in one
("No copyright, use freely"), generated once by tools/make_srgb_icc.py and shipped in resources/icc.

Signing later appends incremental updates (allowed by PDF/A-3); pyHanko updates the XMP packet's modify
date and producer together with the information dictionary, keeping the pdfaid entries.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas

PDFA_PART = 3
PDFA_CONFORMANCE = "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
KEYWORDS = "học bạ số"
_CATALOG_EXTRA = ("OutputIntents",)


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """The shipped sRGB ICC profile (resources/icc/sRGB.icc)."""
    return resources.files("hocbaso_desktop").joinpath("resources/icc/sRGB.icc").read_bytes()


def xmp_date(moment: datetime) -> str:
    """An XMP date (ISO 8601 with the offset) equal to the information dictionary's D: date."""
    if moment.tzinfo is None:  # reportlab writes a naive time as +00'00
        moment = moment.replace(tzinfo=UTC)
    text = moment.isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def xmp_packet(*, title: str, author: str, subject: str, creator: str, producer: str, created: datetime,
               keywords: str = KEYWORDS) -> bytes:
    """The XMP metadata packet of a PDF/A-3b document (UTF-8, with the xpacket wrapper)."""
    when = xmp_date(created)
    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li></rdf:Alt></dc:description>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{escape(producer)}</pdf:Producer>
   <pdf:Keywords>{escape(keywords)}</pdf:Keywords>
   <pdf:Trapped>False</pdf:Trapped>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return body.encode("utf-8")


def mark_pdfa(canvas: Canvas, *, title: str, author: str, subject: str, creator: str, producer: str,
              created: datetime) -> None:
    """Make the canvas's document PDF/A-3b: keywords, XMP metadata and the sRGB output intent in its catalog."""
    doc = canvas._doc
    canvas.setKeywords(KEYWORDS)
    xmp = xmp_packet(title=title, author=author, subject=subject, creator=creator, producer=producer,
                     created=created)
    # filters=[]: PDF/A forbids a /Filter on the metadata stream (it must be readable without PDF tools)
    doc.Catalog.Metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                                   xmp, filters=[])
    icc = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary({"Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
                            "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
                            "Info": PDFString(OUTPUT_CONDITION), "RegistryName": PDFString("http://www.color.org"),
                            "DestOutputProfile": doc.Reference(icc)})
    doc.Catalog.OutputIntents = PDFArray([intent])
    # reportlab's catalog writes only the keys it lists; name the output intents too (instance attribute)
    doc.Catalog.__NoDefault__ = [*type(doc.Catalog).__NoDefault__, *_CATALOG_EXTRA]
