"""ui layer (see ../shared/docs/design.md)."""
