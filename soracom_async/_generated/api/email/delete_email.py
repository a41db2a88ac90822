"""delete_email: DELETE /operators/{operator_id}/emails/{email_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteEmail",
    method="DELETE",
    path="/operators/{operator_id}/emails/{email_id}",
    group="Email",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    email_id: str,
) -> dict[str, Any]:
    """Delete email address

    Deletes the email address corresponding to the specified email address ID from the
    operator.

    Args:
        operator_id (str):
        email_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/emails/{email_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "delete_email"),
            email_id=path_segment(email_id, "email_id", "delete_email"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
