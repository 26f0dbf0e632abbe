"""The printing package's face loads a module only when one of its names is used."""

from __future__ import annotations

import json
import subprocess
import sys


def _loaded(code: str, modules: tuple[str, ...]) -> list[str]:
    out = subprocess.run([sys.executable, "-c", f"import json, sys; {code}; print(json.dumps([m for m in {modules!r} if m in sys.modules]))"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_signing_a_batch_does_not_load_the_page_layout_engine():
    # pdf_signer needs the font files only; reportlab's platypus (~80 ms) is for rendering pages
    assert _loaded("import hocbaso_desktop.signing.pdf_signer", ("reportlab.platypus",)) == []


def test_a_name_of_the_face_loads_its_module():
    assert _loaded("from hocbaso_desktop.printing import render_record_book",
                   ("reportlab.platypus", "hocbaso_desktop.printing.render")) == ["reportlab.platypus",
                                                                                  "hocbaso_desktop.printing.render"]
