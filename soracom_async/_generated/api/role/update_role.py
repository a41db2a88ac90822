"""update_role: PUT /operators/{operator_id}/roles/{role_id}"""

from typing import Any
from urllib.parse import quote

from ...models.create_or_update_role_request import CreateOrUpdateRoleRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    operator_id: str,
    role_id: str,
    body: CreateOrUpdateRoleRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update Operator Managed Role
    Edits an operator managed role.

    Args:
        operator_id (str):
        role_id (str):
        body: CreateOrUpdateRoleRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/operators/{operator_id}/roles/{role_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            role_id=quote(str(role_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
