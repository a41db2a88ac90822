"""get_testing_usage: GET /sims/{sim_id}/testing/usage"""

from typing import Any
from urllib.parse import quote

from ...models.testing_usage import TestingUsage
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/sims/{sim_id}/testing/usage".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> TestingUsage:
    """The parsed body of a successful (2xx) response."""
    response_200 = TestingUsage.from_dict(response.json())

    return response_200
