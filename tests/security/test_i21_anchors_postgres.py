"""Issue 21, anchors on the province's database: a server on PostgreSQL keeps the audit anchors in PostgreSQL
(counted there with psycopg, independently of the server), not in a SQLite file beside its blob folder, so
every server process and the database's backups hold them; after a restart and the insider deleting the
school's own anchors, `audit verify --online` still names the edited row from the centre's copies."""

from __future__ import annotations

from hocbaso_desktop.services.audit_check import check_audit
from hocbaso_desktop.storage import settings_repo
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings
from tests.fixtures.central_server import API_TOKEN, CentralServer
from tests.security.test_i21_audit import issued_school, rewrite_row


def test_anchors_on_postgresql_live_in_postgresql(tmp_path, demo_pki, postgres_cluster, postgres_url):
    school = issued_school(tmp_path, demo_pki)
    server = CentralServer(tmp_path / "centre", database=postgres_url, blobs_dir=tmp_path / "centre" / "blobs").start()
    try:
        db = school.db
        with db.transaction():
            settings_repo.set_setting(db, "sync.server_url", server.url)
            settings_repo.set_setting(db, "sync.api_token", API_TOKEN)
        assert SyncEngine(db, SyncSettings(server.url, API_TOKEN), sleep=lambda s: None).run().error is None
        rows = postgres_cluster.query(postgres_url, "SELECT school_code, from_seq, to_seq FROM audit_anchors "
                                      "ORDER BY to_seq")
        assert len(rows) == 3 and {r[0] for r in rows} == {"79000701"}   # one per batch signing
        assert not list(tmp_path.rglob("anchors.sqlite3"))
        server.restart()
        rewrite_row(db, 4, '{"value": "2"}')
        db.execute("DELETE FROM audit_anchors")
        _chain, online = check_audit(school.session("quantri"), online=True)
        assert not online.ok and online.first_differing_seq == 4
    finally:
        server.stop()
