"""delete_operator_auth_key: DELETE /operators/{operator_id}/auth_keys/{auth_key_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteOperatorAuthKey",
    method="DELETE",
    path="/operators/{operator_id}/auth_keys/{auth_key_id}",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    auth_key_id: str,
) -> dict[str, Any]:
    """Delete Operator AuthKey

    Deletes an AuthKey from the operator.

    Args:
        operator_id (str):
        auth_key_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/auth_keys/{auth_key_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "delete_operator_auth_key"),
            auth_key_id=path_segment(auth_key_id, "auth_key_id", "delete_operator_auth_key"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
