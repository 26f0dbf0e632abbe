"""Reference central server of the `hocbaso-sync/1` protocol (for tests, demos and small deployments).

It shares no code path with the desktop client except the wire contract (`hocbaso_desktop.sync.protocol`,
`sync.bundle_crypto`, `limits`). Its store is SQLite in a data folder or PostgreSQL for a province
(`stores.open_store`); the web app is `app.create_app`, served by `runner`; `csc/` is the reference
remote-signing service.
"""

# Nothing is imported here: `hocbaso server`'s administrative commands (schools, keys) need not load the web
# stack, and no module of the package imports its parent's face (the app is `hocbaso_server.app.create_app`).
__all__: list[str] = []
