"""list_emails: GET /operators/{operator_id}/emails"""

from typing import Any

from ....contracts import OperationSpec
from ...models.emails_model import EmailsModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listEmails",
    method="GET",
    path="/operators/{operator_id}/emails",
    group="Email",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """List email addresses

    Retrieves a list of email addresses registered to the operator.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/emails".format(
            operator_id=path_segment(operator_id, "operator_id", "list_emails"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[EmailsModel]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[EmailsModel]), got an empty one")
    _response_200 = response.json()
    response_200: list[EmailsModel]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_EmailsModel(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_EmailsModel = EmailsModel.from_dict
