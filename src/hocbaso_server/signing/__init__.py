"""The reference server's only pyHanko: the check of a submitted signed PDF (as `hocbaso_desktop.signing` is the
program's)."""

from hocbaso_server.signing.signed_pdf import Problem, signed_pdf_problems

__all__ = ["Problem", "signed_pdf_problems"]
