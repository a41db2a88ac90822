"""Which API base URL a client talks to.

The API has one endpoint per coverage type, and a sandbox of each:

    coverage  sandbox  base URL
    "jp"      no       https://api.soracom.io/v1          (the default, as in soracom-cli)
    "g"       no       https://g.api.soracom.io/v1
    "jp"      yes      https://api-sandbox.soracom.io/v1
    "g"       yes      https://g.api-sandbox.soracom.io/v1

Precedence (first found wins):

1. an explicit `base_url=`: what the program says beats the ambient environment, as in httpx
   and botocore (a test pointing a client at its emulator must not be redirected by a
   developer's `SORACOM_ENDPOINT`);
2. `$SORACOM_ENDPOINT`, which wins over everything else, as in soracom-cli;
3. the client's `coverage=`/`sandbox=`;
4. the profile's `endpoint`;
5. the profile's `coverageType` (and `sandbox`);
6. "jp".

A URL without a path gets `/v1`, so the CLI's `SORACOM_ENDPOINT` and profile `endpoint` values
(hosts without `/v1`) work unchanged.

Sandbox-capable endpoints (`is_sandbox_endpoint`), where `client.sandbox.<operation>` may be
sent: the two sandbox hosts, and a loopback address (127.0.0.0/8, ::1, `localhost`), which is
where a local emulator (`soracom_async.testing`) listens; no Soracom production API is
reachable on loopback. Anything else (the production hosts, a proxy's host name) is refused
before sending: a sandbox call there would create or delete things on a real account.
"""

from __future__ import annotations

import ipaddress
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

import attrs

from .errors import ConfigurationError

Coverage = Literal["jp", "g"]
DEFAULT_COVERAGE: Coverage = "jp"
ENV_ENDPOINT = "SORACOM_ENDPOINT"

_HOSTS: dict[tuple[str, bool], str] = {
    ("jp", False): "https://api.soracom.io",
    ("g", False): "https://g.api.soracom.io",
    ("jp", True): "https://api-sandbox.soracom.io",
    ("g", True): "https://g.api-sandbox.soracom.io",
}


SANDBOX_HOSTS = frozenset(urlsplit(url).hostname for (_, sandbox), url in _HOSTS.items() if sandbox)


def is_sandbox_endpoint(url: str) -> bool:
    """Whether the API sandbox operations may be sent to `url` (see the module docstring)."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if host in SANDBOX_HOSTS or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_coverage(coverage: object, *, origin: str = "coverage") -> Coverage:
    if coverage == "jp":
        return "jp"
    if coverage == "g":
        return "g"
    raise ConfigurationError(f'{origin} must be "jp" or "g", got {coverage!r}')


def normalize_base_url(url: str, *, origin: str = "base URL") -> str:
    """`https://host` -> `https://host/v1`; a URL with a path is kept (minus trailing `/`)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(f"{origin} must be an absolute http(s) URL, got {url!r}")
    path = parts.path.rstrip("/") or "/v1"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def coverage_base_url(coverage: str, *, sandbox: bool = False) -> str:
    """The API root of a coverage type, e.g. "https://g.api.soracom.io/v1"."""
    return _HOSTS[(validate_coverage(coverage), sandbox)] + "/v1"


@attrs.frozen
class EndpointChoice:
    url: str
    source: str
    """Which setting decided: "SORACOM_ENDPOINT", "base_url", "coverage", "profile endpoint",
    "profile coverageType" or "default"."""


def select_base_url(
    *,
    env_endpoint: str | None = None,
    base_url: str | None = None,
    coverage: str | None = None,
    sandbox: bool | None = None,
    profile_endpoint: str | None = None,
    profile_coverage: str | None = None,
    profile_sandbox: bool = False,
) -> EndpointChoice:
    """The base URL by the precedence of the module docstring.

    `coverage` and `sandbox` are the client's arguments (None: not given). Given ones win over
    the profile's, and each falls back on the profile's value for the other half: e.g.
    `sandbox=True` with a profile of coverage type "g" selects the global sandbox.
    """
    if coverage is not None:
        coverage = validate_coverage(coverage)
    if base_url is not None:
        return EndpointChoice(normalize_base_url(base_url), "base_url")
    if env_endpoint:
        return EndpointChoice(normalize_base_url(env_endpoint, origin=ENV_ENDPOINT), ENV_ENDPOINT)
    use_sandbox = sandbox if sandbox is not None else profile_sandbox
    if coverage is not None or sandbox is not None:
        chosen = coverage or profile_coverage or DEFAULT_COVERAGE
        return EndpointChoice(coverage_base_url(chosen, sandbox=use_sandbox), "coverage")
    if profile_endpoint:
        return EndpointChoice(
            normalize_base_url(profile_endpoint, origin="profile endpoint"), "profile endpoint"
        )
    if profile_coverage is not None or profile_sandbox:
        chosen = profile_coverage or DEFAULT_COVERAGE
        return EndpointChoice(
            coverage_base_url(chosen, sandbox=use_sandbox), "profile coverageType"
        )
    return EndpointChoice(coverage_base_url(DEFAULT_COVERAGE), "default")
