"""add_operator_contract: POST /operators/{operator_id}/contracts"""

from typing import Any

from ....contracts import OperationSpec
from ...models.contract_updated_response import ContractUpdatedResponse
from ...models.contract_updating_request import ContractUpdatingRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="addOperatorContract",
    method="POST",
    path="/operators/{operator_id}/contracts",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "add_operator_contract")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/contracts".format(
            operator_id=path_segment(operator_id, "operator_id", "add_operator_contract"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> ContractUpdatedResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ContractUpdatedResponse), got an empty one")
    response_200 = _from_dict_ContractUpdatedResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ContractUpdatedResponse = ContractUpdatedResponse.from_dict
