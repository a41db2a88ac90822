"""update_individual_information: PUT /operators/{operator_id}/individual_information"""

from typing import Any
from urllib.parse import quote

from ...models.individual_information_model import IndividualInformationModel
from ...types import ResponseLike, to_jsonable


def build(
    *,
    operator_id: str,
    body: IndividualInformationModel | dict[str, Any],
) -> dict[str, Any]:
    """Update individual information
    Updates the operator's individual information.

    Args:
        operator_id (str):
        body: IndividualInformationModel | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/operators/{operator_id}/individual_information".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
