"""The session's clock: dates a school sees are Vietnam's (UTC+7), whatever the PC's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hocbaso_desktop.storage.session import open_session


def test_today_is_the_vietnamese_date(demo_school):
    session = open_session(demo_school.path, "hocvu", demo_school.password)
    try:
        session.clock = lambda: datetime(2026, 11, 22, 23, 30, tzinfo=UTC)  # 06:30 on the 23rd in Hà Nội
        assert session.today() == date(2026, 11, 23)
    finally:
        session.close()
