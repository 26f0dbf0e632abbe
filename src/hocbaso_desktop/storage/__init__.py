"""storage layer (see ../shared/docs/design.md)."""
