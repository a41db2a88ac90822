"""Which API base URL a client talks to: coverage type, sandbox, or an explicit URL."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from .errors import ConfigurationError

Coverage = Literal["jp", "g"]

_HOSTS: dict[tuple[str, bool], str] = {
    ("jp", False): "https://api.soracom.io",
    ("g", False): "https://g.api.soracom.io",
    ("jp", True): "https://api-sandbox.soracom.io",
    ("g", True): "https://g.api-sandbox.soracom.io",
}


def normalize_base_url(url: str) -> str:
    """`https://host` -> `https://host/v1`; a URL with a path is kept (minus trailing `/`)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(f"base URL must be an absolute http(s) URL, got {url!r}")
    path = parts.path.rstrip("/") or "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def coverage_base_url(coverage: str, *, sandbox: bool = False) -> str:
    if coverage not in ("jp", "g"):
        raise ConfigurationError(f'coverage must be "jp" or "g", got {coverage!r}')
    return _HOSTS[(coverage, sandbox)] + "/v1"
