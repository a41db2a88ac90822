"""get_soralet: GET /soralets/{soralet_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.soralet import Soralet
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getSoralet",
    method="GET",
    path="/soralets/{soralet_id}",
    group="Soralet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    soralet_id: str,
) -> dict[str, Any]:
    """Get a Soralet

    Returns a Soralet.

    Args:
        soralet_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/soralets/{soralet_id}".format(
            soralet_id=path_segment(soralet_id, "soralet_id", "get_soralet"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> Soralet:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Soralet), got an empty one")
    response_200 = _from_dict_Soralet(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Soralet = Soralet.from_dict
