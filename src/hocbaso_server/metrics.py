"""Prometheus metrics of the server (`GET /metrics`), correct across `--workers N` processes.

With several worker processes each keeps its own counters; prometheus_client's multiprocess mode
(files in PROMETHEUS_MULTIPROC_DIR, set by the runner before the workers start) adds them up at scrape
time. Labels carry routes and results only, never a school's data.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

REQUESTS = Counter("hocbaso_requests_total", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram("hocbaso_request_seconds", "Time to answer a request", ["route"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
SUBMISSIONS = Counter("hocbaso_submissions_total", "Submitted envelopes by result", ["result"])
IN_FLIGHT = Gauge("hocbaso_requests_in_flight", "Requests being answered", multiprocess_mode="livesum")
QUEUE = Gauge("hocbaso_verify_queue_depth", "Submissions waiting for a PDF verification slot",
              multiprocess_mode="livesum")
SHED = Counter("hocbaso_requests_shed_total", "Requests answered 503 because the server was saturated")


def render() -> tuple[bytes, str]:
    """The metrics page and its content type."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
