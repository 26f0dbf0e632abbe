"""domain layer (see ../shared/docs/design.md)."""
