"""sync layer (see ../shared/docs/design.md)."""
