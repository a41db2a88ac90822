"""delete_configuration_parameter: DELETE /groups/{group_id}/configuration/{namespace}/{name}"""

from typing import Any
from urllib.parse import quote

from ...models.delete_configuration_parameter_namespace import DeleteConfigurationParameterNamespace
from ...types import ResponseLike


def build(
    *,
    group_id: str,
    namespace: DeleteConfigurationParameterNamespace,
    name: str,
) -> dict[str, Any]:
    """Delete Group Configuration Parameters
    Delete parameters for the specified group.

    Args:
        group_id (str):
        namespace (DeleteConfigurationParameterNamespace):
        name (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/groups/{group_id}/configuration/{namespace}/{name}".format(
            group_id=quote(str(group_id), safe=""),
            namespace=quote(str(namespace), safe=""),
            name=quote(str(name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
