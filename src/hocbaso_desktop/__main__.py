"""`python -m hocbaso_desktop` runs the same command as `hocbaso`."""

import sys

from hocbaso_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
