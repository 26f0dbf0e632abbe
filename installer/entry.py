"""Entry script of the frozen program (PyInstaller): the `hocbaso` command and the window.

The token worker is started with the multiprocessing "spawn" context; in a frozen build the spawned
child runs this same executable, so `freeze_support()` must run before anything else, or every worker
start would launch a second copy of the program (engineering-notes §9). Heavy imports come after it.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from hocbaso_desktop.cli import main

    sys.exit(main())
