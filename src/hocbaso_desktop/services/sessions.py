"""Signing in: unlock the school database with a user's password and get the `Session` use cases take."""

from __future__ import annotations

from hocbaso_desktop.storage import Session as Session
from hocbaso_desktop.storage import open_session as open_session
