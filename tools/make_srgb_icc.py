"""Regenerate resources/icc/sRGB.icc: LittleCMS's built-in sRGB IEC 61966-2.1 profile through Pillow.

The profile says "No copyright, use freely"; it is the output intent of every PDF/A file the program writes.
Run once: `python tools/make_srgb_icc.py` (the file is committed, so builds are deterministic).
"""

from pathlib import Path

from PIL import ImageCms

OUT = Path(__file__).resolve().parents[1] / "src/hocbaso_desktop/resources/icc/sRGB.icc"

if __name__ == "__main__":
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    OUT.write_bytes(profile.tobytes())
    print(OUT, ImageCms.getProfileDescription(profile), ImageCms.getProfileCopyright(profile))
