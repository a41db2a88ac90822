"""test_soralet: POST /soralets/{soralet_id}/test"""

from typing import Any

from ....contracts import OperationSpec
from ...models.execute_soralet_request import ExecuteSoraletRequest
from ...models.execute_soralet_response import ExecuteSoraletResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="testSoralet",
    method="POST",
    path="/soralets/{soralet_id}/test",
    group="Soralet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    soralet_id: str,
    body: ExecuteSoraletRequest | dict[str, Any],
) -> dict[str, Any]:
    """Execute Soralet with arguments

    Execute the specified Soralet with the specified arguments.

    Args:
        soralet_id (str):
        body: ExecuteSoraletRequest | dict[str, Any]
    """
    required(body, "body", "test_soralet")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/soralets/{soralet_id}/test".format(
            soralet_id=path_segment(soralet_id, "soralet_id", "test_soralet"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> ExecuteSoraletResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ExecuteSoraletResponse), got an empty one")
    response_200 = _from_dict_ExecuteSoraletResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ExecuteSoraletResponse = ExecuteSoraletResponse.from_dict
