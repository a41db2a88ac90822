"""delete_configuration_namespace: DELETE /groups/{group_id}/configuration/{namespace}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.delete_configuration_namespace_namespace import DeleteConfigurationNamespaceNamespace
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteConfigurationNamespace",
    method="DELETE",
    path="/groups/{group_id}/configuration/{namespace}",
    group="Group",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    group_id: str,
    namespace: DeleteConfigurationNamespaceNamespace
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
        "SoracomOrbit",
        "UnifiedEndpoint",
    ],
) -> dict[str, Any]:
    """Delete Group Configuration Namespace

    Delete a namespace for the specified group.

    Args:
        group_id (str):
        namespace (DeleteConfigurationNamespaceNamespace):
    """

    _kwargs: dict[str, Any] = {
        "url": "/groups/{group_id}/configuration/{namespace}".format(
            group_id=path_segment(group_id, "group_id", "delete_configuration_namespace"),
            namespace=path_segment(
                namespace, "namespace", "delete_configuration_namespace", "enum"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
