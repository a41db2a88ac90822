"""delete_configuration_parameter: DELETE /groups/{group_id}/configuration/{namespace}/{name}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.delete_configuration_parameter_namespace import DeleteConfigurationParameterNamespace
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteConfigurationParameter",
    method="DELETE",
    path="/groups/{group_id}/configuration/{namespace}/{name}",
    group="Group",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    group_id: str,
    namespace: DeleteConfigurationParameterNamespace
    | Literal[
        "SoracomAir",
        "SoracomBeam",
        "SoracomEndorse",
        "SoracomFlux",
        "SoracomFunk",
        "SoracomFunnel",
        "SoracomHarvest",
        "SoracomHarvestFiles",
        "SoracomKrypton",
        "UnifiedEndpoint",
    ],
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
        "url": "/groups/{group_id}/configuration/{namespace}/{name}".format(
            group_id=path_segment(group_id, "group_id", "delete_configuration_parameter"),
            namespace=path_segment(
                namespace, "namespace", "delete_configuration_parameter", "enum"
            ),
            name=path_segment(name, "name", "delete_configuration_parameter"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
