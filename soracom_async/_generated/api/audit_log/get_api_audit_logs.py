"""get_api_audit_logs: GET /audit_logs/api"""

from typing import Any

from ....contracts import OperationSpec
from ...models.api_audit_log_entry import APIAuditLogEntry
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getApiAuditLogs",
    method="GET",
    path="/audit_logs/api",
    group="AuditLog",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    api_kind: str | Unset = UNSET,
    from_epoch_ms: int | Unset = UNSET,
    to_epoch_ms: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Retrieve audit logs for Soracom API calls

    Retrieve audit logs for Soracom API calls.

    Args:
        api_kind (str | Unset):
        from_epoch_ms (int | Unset):
        to_epoch_ms (int | Unset):
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    params["api_kind"] = api_kind

    params["from_epoch_ms"] = from_epoch_ms

    params["to_epoch_ms"] = to_epoch_ms

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/audit_logs/api",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[APIAuditLogEntry]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[APIAuditLogEntry]), got an empty one")
    _response_200 = response.json()
    response_200: list[APIAuditLogEntry]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_APIAuditLogEntry(v) for v in _response_200]

    return response_200


def items(page: list[APIAuditLogEntry]) -> list[APIAuditLogEntry]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    api_kind: str | Unset = UNSET,
    from_epoch_ms: int | Unset = UNSET,
    to_epoch_ms: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "api_kind": api_kind,
        "from_epoch_ms": from_epoch_ms,
        "to_epoch_ms": to_epoch_ms,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        APIAuditLogEntry.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_APIAuditLogEntry = APIAuditLogEntry.from_dict
