"""get_testing_usage: GET /sims/{sim_id}/testing/usage"""

from typing import Any

from ....contracts import OperationSpec
from ...models.testing_usage import TestingUsage
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getTestingUsage",
    method="GET",
    path="/sims/{sim_id}/testing/usage",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Get usage of IoT SIM in testing status

    Retrieves the usage information of "testing" status of the IoT SIM. Data can only be
    retrieved while the IoT SIM is in "testing" status.

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/testing/usage".format(
            sim_id=path_segment(sim_id, "sim_id", "get_testing_usage"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> TestingUsage:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (TestingUsage), got an empty one")
    response_200 = _from_dict_TestingUsage(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_TestingUsage = TestingUsage.from_dict
