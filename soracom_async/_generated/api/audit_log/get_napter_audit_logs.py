"""get_napter_audit_logs: GET /audit_logs/napter"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.get_napter_audit_logs_resource_type import GetNapterAuditLogsResourceType
from ...models.napter_audit_log_entry import NapterAuditLogEntry
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getNapterAuditLogs",
    method="GET",
    path="/audit_logs/napter",
    group="AuditLog",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    resource_type: GetNapterAuditLogsResourceType | Literal["Subscriber"] | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Retrieve audit logs for Soracom Napter

    Retrieve audit logs for Soracom Napter.

    Args:
        resource_type (GetNapterAuditLogsResourceType | Unset):
        resource_id (str | Unset):
        from_ (int | Unset):
        to (int | Unset):
        limit (int | Unset):
        last_evaluated_key (str | Unset):
    """
    params: dict[str, Any] = {}

    json_resource_type: str | None | Unset
    if resource_type is None or resource_type is UNSET:
        json_resource_type = resource_type
    else:
        json_resource_type = str(resource_type)

    params["resource_type"] = json_resource_type

    params["resource_id"] = resource_id

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/audit_logs/napter",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[NapterAuditLogEntry]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[NapterAuditLogEntry]), got an empty one")
    _response_200 = response.json()
    response_200: list[NapterAuditLogEntry]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_NapterAuditLogEntry(v) for v in _response_200]

    return response_200


def items(page: list[NapterAuditLogEntry]) -> list[NapterAuditLogEntry]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    resource_type: GetNapterAuditLogsResourceType | Literal["Subscriber"] | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_evaluated_key: str | Unset = UNSET,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "resource_type": resource_type,
        "resource_id": resource_id,
        "from_": from_,
        "to": to,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        NapterAuditLogEntry.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_NapterAuditLogEntry = NapterAuditLogEntry.from_dict
