"""hocbaso-desktop: the digital student record book (học bạ số) for a school PC, offline first."""

__version__ = "0.1.0"
APP_NAME = "Học bạ số"
