"""signing layer (see ../shared/docs/design.md)."""
