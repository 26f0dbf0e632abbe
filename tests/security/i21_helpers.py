"""Shared bits of the issue-21 attack tests: the real CLI, in-process and in a process with its memory capped."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib

from tests.fixtures.cli import run_hocbaso
from tests.fixtures.school import DEMO_PASSWORD


def hocbaso(*args: str, user: str = "quantri", stdin: str | None = None, extra_env: dict | None = None,
            password: str = DEMO_PASSWORD) -> subprocess.CompletedProcess:
    """Run the `hocbaso` command as a technician would, in-process through cli.main (tests/fixtures/cli.py);
    the attacks that need a process of their own (memory caps, umask) use `hocbaso_capped` or their own."""
    return run_hocbaso(*args, password=password, user=user, extra_env=extra_env, stdin=stdin)


def no_traceback(result: subprocess.CompletedProcess) -> None:
    """An expected failure is a message, never a traceback."""
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def hocbaso_capped(*args: str, memory_mib: int, timeout: float = 180, user: str = "quantri",
                   stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run `hocbaso` with its address space capped (RLIMIT_AS): a bomb that inflates past it fails loudly."""
    import resource

    limit = memory_mib * 1024 * 1024

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {k: v for k, v in os.environ.items() if not k.startswith("HOCBASO_")}
    env.update(HOCBASO_PASSWORD=DEMO_PASSWORD, HOCBASO_USER=user)
    done = subprocess.run([sys.executable, "-m", "hocbaso_desktop", *args], capture_output=True, env=env,
                          input=stdin, timeout=timeout, preexec_fn=cap)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8", "replace"),
                                       done.stderr.decode("utf-8", "replace"))


def deflate_zeros_into(zf, name: str, size: int, *, fill: bytes = b"0") -> None:
    """Write a member of `size` repeated bytes into an open ZipFile, streaming (a bomb costs no memory here; open the
    ZipFile with compresslevel=1: deflating repeated bytes at the fastest level still gives ~1:230)."""
    block = fill * (1 << 20)
    with zf.open(name, "w", force_zip64=True) as out:
        left = size
        while left > 0:
            out.write(block[:min(left, len(block))])
            left -= len(block)


def _repeated_deflate(size: int, fill: bytes, checksum, start: int) -> tuple[bytes, int]:
    """A raw deflate stream of `size` repeated `fill` bytes (a whole number of MiB) and `checksum` of them all, built
    without compressing them all: one MiB deflated and fully flushed (which resets the compressor) is the same bytes
    every time, so the stream is that piece repeated, then the final block."""
    block = fill * (1 << 20)
    blocks, rest = divmod(size, len(block))
    assert rest == 0, "a whole number of MiB"
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    value = start
    for _ in range(blocks):
        value = checksum(block, value)
    return piece * blocks + deflate.flush(), value


def gzip_bomb(size: int, *, fill: bytes = b" ") -> bytes:
    """A gzip member inflating to `size` repeated bytes (a whole number of MiB), with the CRC-32 and length of the
    whole."""
    stream, crc = _repeated_deflate(size, fill, zlib.crc32, 0)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"   # gzip, deflate, no name, no time, best, unknown OS
    return header + stream + struct.pack("<II", crc, size & 0xFFFFFFFF)


def zlib_bomb(size: int, *, fill: bytes = b"\0") -> bytes:
    """A zlib stream inflating to `size` repeated bytes (a whole number of MiB), with the Adler-32 of the whole."""
    stream, adler = _repeated_deflate(size, fill, zlib.adler32, 1)
    return b"\x78\xda" + stream + struct.pack(">I", adler)   # deflate, 32 KiB window, best compression
