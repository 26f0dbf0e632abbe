"""Reference central server of the `hocbaso-sync/1` protocol (for tests, demos and small deployments).

It shares no code path with the desktop client except the protocol schema
(`hocbaso_desktop.sync.protocol`). Its own store is stdlib sqlite3 in a data folder.
"""

# Nothing is imported here: `hocbaso server`'s administrative commands (schools, keys) need not load the web
# stack, and no module of the package imports its parent's face (the app is `hocbaso_server.app.create_app`).
__all__: list[str] = []
