"""One facade class per API group (tag)."""
