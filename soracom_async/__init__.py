"""soracom-async: the asyncio-first SDK for the Soracom IoT platform API.

    import soracom_async as sa

    credentials = sa.AuthKeyCredentials(auth_key_id="keyId-...", auth_key="secret-...")
    async with sa.SoracomClient(credentials=credentials, coverage="g") as client:
        sim = await client.sim.get_sim(sim_id="8942...")

Public names are imported on first use, so `import soracom_async` stays cheap.
"""

import logging
from importlib import import_module
from typing import TYPE_CHECKING, Any

# A library never prints: without this, a warning logged before the application configured
# logging reaches stderr through Python's last-resort handler.
logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from .attempts import AttemptInfo, observe_attempts
    from .auth import CoverageTypes
    from .bulk import BulkError, BulkIterator, BulkResult, BulkStats, ItemError, Outcome
    from .client import SoracomClient
    from .contracts import Timeouts
    from .credentials import (
        AuthKeyCredentials,
        Credentials,
        CredentialSource,
        EmailCredentials,
        SamUserCredentials,
        SwitchUserCredentials,
        TokenCredentials,
    )
    from .errors import (
        AuthenticationError,
        BadRequestError,
        CertificateVerificationError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        JobFailedError,
        MalformedResponseError,
        MissingCredentialsError,
        NotFoundError,
        PermissionDeniedError,
        PoolTimeoutError,
        RateLimitError,
        ResponseTooLargeError,
        ServerError,
        SoracomApiError,
        SoracomConnectionError,
        SoracomError,
        SoracomTimeoutError,
        UnexpectedRedirectError,
        UnprocessableEntityError,
        WaitError,
        WaitTimeoutError,
        WrongEventLoopError,
    )
    from .operation import ApiResponse, Operation, PaginatedOperation
    from .pagination import ItemIterator, Page, PageIterator
    from .profiles import ProfileCommandCredentials
    from .retry import NO_RETRY, RetryPolicy
    from .waiters import Backoff, ExportedFile, Waiters, wait_until

__version__ = "0.1.0"

_EXPORTS = {
    "SoracomClient": "client",
    "Timeouts": "contracts",
    "AuthKeyCredentials": "credentials",
    "Credentials": "credentials",
    "EmailCredentials": "credentials",
    "SamUserCredentials": "credentials",
    "TokenCredentials": "credentials",
    "SwitchUserCredentials": "credentials",
    "CredentialSource": "credentials",
    "CoverageTypes": "auth",
    "ProfileCommandCredentials": "profiles",
    "ApiResponse": "operation",
    "Operation": "operation",
    "PaginatedOperation": "operation",
    "Page": "pagination",
    "PageIterator": "pagination",
    "ItemIterator": "pagination",
    "BulkError": "bulk",
    "BulkIterator": "bulk",
    "BulkResult": "bulk",
    "BulkStats": "bulk",
    "ItemError": "bulk",
    "Outcome": "bulk",
    "AttemptInfo": "attempts",
    "observe_attempts": "attempts",
    "RetryPolicy": "retry",
    "NO_RETRY": "retry",
    "SoracomError": "errors",
    "ConfigurationError": "errors",
    "ClientClosedError": "errors",
    "WrongEventLoopError": "errors",
    "MissingCredentialsError": "errors",
    "CertificateVerificationError": "errors",
    "UnexpectedRedirectError": "errors",
    "ResponseTooLargeError": "errors",
    "SoracomApiError": "errors",
    "BadRequestError": "errors",
    "AuthenticationError": "errors",
    "PermissionDeniedError": "errors",
    "NotFoundError": "errors",
    "ConflictError": "errors",
    "UnprocessableEntityError": "errors",
    "RateLimitError": "errors",
    "ServerError": "errors",
    "MalformedResponseError": "errors",
    "SoracomConnectionError": "errors",
    "SoracomTimeoutError": "errors",
    "PoolTimeoutError": "errors",
    "WaitError": "errors",
    "JobFailedError": "errors",
    "WaitTimeoutError": "errors",
    "wait_until": "waiters",
    "Backoff": "waiters",
    "ExportedFile": "waiters",
    "Waiters": "waiters",
}

__all__ = [
    "NO_RETRY",
    "ApiResponse",
    "AttemptInfo",
    "AuthKeyCredentials",
    "AuthenticationError",
    "Backoff",
    "BadRequestError",
    "BulkError",
    "BulkIterator",
    "BulkResult",
    "BulkStats",
    "CertificateVerificationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "CoverageTypes",
    "CredentialSource",
    "Credentials",
    "EmailCredentials",
    "ExportedFile",
    "ItemError",
    "ItemIterator",
    "JobFailedError",
    "MalformedResponseError",
    "MissingCredentialsError",
    "NotFoundError",
    "Operation",
    "Outcome",
    "Page",
    "PageIterator",
    "PaginatedOperation",
    "PermissionDeniedError",
    "PoolTimeoutError",
    "ProfileCommandCredentials",
    "RateLimitError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "SamUserCredentials",
    "ServerError",
    "SoracomApiError",
    "SoracomClient",
    "SoracomConnectionError",
    "SoracomError",
    "SoracomTimeoutError",
    "SwitchUserCredentials",
    "Timeouts",
    "TokenCredentials",
    "UnexpectedRedirectError",
    "UnprocessableEntityError",
    "WaitError",
    "WaitTimeoutError",
    "Waiters",
    "WrongEventLoopError",
    "__version__",
    "observe_attempts",
    "wait_until",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'soracom_async' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
