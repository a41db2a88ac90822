"""get_resource_summary: GET /resource_summaries/{resource_summary_type}"""

from typing import Any
from urllib.parse import quote

from ...models.get_resource_summary_resource_summary_type import (
    GetResourceSummaryResourceSummaryType,
)
from ...models.resource_summary import ResourceSummary
from ...types import ResponseLike


def build(
    *,
    resource_summary_type: GetResourceSummaryResourceSummaryType,
) -> dict[str, Any]:
    """Get the resource summary identified by resource_summary_type
    Obtain a resource summary information identified by resource_summary_type.

    Args:
        resource_summary_type (GetResourceSummaryResourceSummaryType):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/resource_summaries/{resource_summary_type}".format(
            resource_summary_type=quote(str(resource_summary_type), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> ResourceSummary:
    """The parsed body of a successful (2xx) response."""
    response_200 = ResourceSummary.from_dict(response.json())

    return response_200
