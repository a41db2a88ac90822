"""update_operator_password: POST /operators/{operator_id}/password"""

from typing import Any

from ....contracts import OperationSpec
from ...models.update_password_request import UpdatePasswordRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateOperatorPassword",
    method="POST",
    path="/operators/{operator_id}/password",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    body: UpdatePasswordRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update Operator Password

    Updates the operator's password.

    Args:
        operator_id (str):
        body: UpdatePasswordRequest | dict[str, Any]
    """
    required(body, "body", "update_operator_password")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/password".format(
            operator_id=path_segment(operator_id, "operator_id", "update_operator_password"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
