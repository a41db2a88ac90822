"""generate_operator_auth_key: POST /operators/{operator_id}/auth_keys"""

from typing import Any

from ....contracts import OperationSpec
from ...models.generate_operators_auth_key_response import GenerateOperatorsAuthKeyResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="generateOperatorAuthKey",
    method="POST",
    path="/operators/{operator_id}/auth_keys",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Generate Operator AuthKey

    Generates an AuthKey for the operator.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/auth_keys".format(
            operator_id=path_segment(operator_id, "operator_id", "generate_operator_auth_key"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GenerateOperatorsAuthKeyResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (GenerateOperatorsAuthKeyResponse), got an empty one"
        )
    response_201 = _from_dict_GenerateOperatorsAuthKeyResponse(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_GenerateOperatorsAuthKeyResponse = GenerateOperatorsAuthKeyResponse.from_dict
