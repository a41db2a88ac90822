"""The raw endpoint layer, generated from the pinned main Soracom OpenAPI document.

Build output of `make generate` (codegen/generate.py): never edit by hand. The hand-written
layer in soracom_async/ is the public API; it sends every request these modules build.
"""

SPEC_VERSION = "20260604-092803"
"""The version of the pinned document (openapi/pins/main.json) this layer was generated from."""
