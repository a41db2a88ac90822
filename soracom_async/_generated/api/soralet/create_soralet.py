"""create_soralet: POST /soralets"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_soralet_request import CreateSoraletRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createSoralet",
    method="POST",
    path="/soralets",
    group="Soralet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: CreateSoraletRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create a Soralet

    Create a Soralet.

    Args:
        body: CreateSoraletRequest | dict[str, Any]
    """
    required(body, "body", "create_soralet")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/soralets",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
