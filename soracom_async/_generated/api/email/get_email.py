"""get_email: GET /operators/{operator_id}/emails/{email_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.emails_model import EmailsModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getEmail",
    method="GET",
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
    """Get email address

    Retrieves information for the email address corresponding to the specified email address
    ID.

    Args:
        operator_id (str):
        email_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/emails/{email_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "get_email"),
            email_id=path_segment(email_id, "email_id", "get_email"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> EmailsModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (EmailsModel), got an empty one")
    response_200 = _from_dict_EmailsModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_EmailsModel = EmailsModel.from_dict
