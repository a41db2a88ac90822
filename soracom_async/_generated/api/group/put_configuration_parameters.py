"""put_configuration_parameters: PUT /groups/{group_id}/configuration/{namespace}"""

from typing import Any
from urllib.parse import quote

from ...models.group import Group
from ...models.group_configuration_update_request import GroupConfigurationUpdateRequest
from ...models.put_configuration_parameters_namespace import PutConfigurationParametersNamespace
from ...types import ResponseLike, to_jsonable


def build(
    *,
    group_id: str,
    namespace: PutConfigurationParametersNamespace,
    body: list[GroupConfigurationUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Update group configuration
    Updates the configuration of the specified group.

    Args:
        group_id (str):
        namespace (PutConfigurationParametersNamespace):
        body: list[GroupConfigurationUpdateRequest] | list[Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/groups/{group_id}/configuration/{namespace}".format(
            group_id=quote(str(group_id), safe=""),
            namespace=quote(str(namespace), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Group:
    """The parsed body of a successful (2xx) response."""
    response_200 = Group.from_dict(response.json())

    return response_200
