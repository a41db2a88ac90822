"""add_operator_contract: POST /operators/{operator_id}/contracts"""

from typing import Any
from urllib.parse import quote

from ...models.contract_updated_response import ContractUpdatedResponse
from ...models.contract_updating_request import ContractUpdatingRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    operator_id: str,
    body: ContractUpdatingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Add Operator Contract
    Adds the operator's contract.

    Args:
        operator_id (str):
        body: ContractUpdatingRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/contracts".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> ContractUpdatedResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = ContractUpdatedResponse.from_dict(response.json())

    return response_200
