"""Loading a command's modules on a thread, stage by stage."""

from __future__ import annotations

import sys

from hocbaso_desktop.cli.preload import BackgroundImports


def test_each_stage_is_loaded_when_wait_returns():
    names = ("wsgiref.validate", "xml.dom.pulldom", "email.mime.audio")
    assert not set(names) & set(sys.modules)   # nothing else in the suite loads these
    loading = BackgroundImports(names[:1], names[1:])
    loading.wait(1)
    assert set(names) <= set(sys.modules)


def test_a_module_that_fails_to_load_leaves_the_error_to_the_main_thread():
    loading = BackgroundImports(("hocbaso_desktop.no_such_module",), ("html.parser",))
    loading.wait(1)    # the failure does not stop the later stage
    assert "hocbaso_desktop.no_such_module" not in sys.modules and "html.parser" in sys.modules
