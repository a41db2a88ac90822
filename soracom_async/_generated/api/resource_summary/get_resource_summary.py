"""get_resource_summary: GET /resource_summaries/{resource_summary_type}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.get_resource_summary_resource_summary_type import (
    GetResourceSummaryResourceSummaryType,
)
from ...models.resource_summary import ResourceSummary
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getResourceSummary",
    method="GET",
    path="/resource_summaries/{resource_summary_type}",
    group="ResourceSummary",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    resource_summary_type: GetResourceSummaryResourceSummaryType | Literal["simsPerStatus"],
) -> dict[str, Any]:
    """Get the resource summary identified by resource_summary_type

    Obtain a resource summary information identified by resource_summary_type.

    Args:
        resource_summary_type (GetResourceSummaryResourceSummaryType):
    """

    _kwargs: dict[str, Any] = {
        "url": "/resource_summaries/{resource_summary_type}".format(
            resource_summary_type=path_segment(
                resource_summary_type, "resource_summary_type", "get_resource_summary", "enum"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> ResourceSummary:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (ResourceSummary), got an empty one")
    response_200 = _from_dict_ResourceSummary(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ResourceSummary = ResourceSummary.from_dict
