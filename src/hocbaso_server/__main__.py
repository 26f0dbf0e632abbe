"""`python -m hocbaso_server --data DIR --port N --api-token T`: run the reference server."""

from __future__ import annotations

import sys

from hocbaso_server.runner import main

if __name__ == "__main__":
    sys.exit(main())
