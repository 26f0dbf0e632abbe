"""Reference central server of the `hocbaso-sync/1` protocol (for tests, demos and small deployments).

It shares no code path with the desktop client except the protocol schema
(`hocbaso_desktop.sync.protocol`). Its own store is stdlib sqlite3 in a data folder.
"""

from hocbaso_server.app import create_app

__all__ = ["create_app"]
