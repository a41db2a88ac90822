"""put_configuration_parameters: PUT /groups/{group_id}/configuration/{namespace}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.group import Group
from ...models.group_configuration_update_request import GroupConfigurationUpdateRequest
from ...models.put_configuration_parameters_namespace import PutConfigurationParametersNamespace
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="putConfigurationParameters",
    method="PUT",
    path="/groups/{group_id}/configuration/{namespace}",
    group="Group",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    group_id: str,
    namespace: PutConfigurationParametersNamespace
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
    body: list[GroupConfigurationUpdateRequest] | list[Any],
) -> dict[str, Any]:
    """Update group configuration

    Updates the configuration of the specified group.

    Args:
        group_id (str):
        namespace (PutConfigurationParametersNamespace):
        body: list[GroupConfigurationUpdateRequest] | list[Any]
    """
    required(body, "body", "put_configuration_parameters")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/groups/{group_id}/configuration/{namespace}".format(
            group_id=path_segment(group_id, "group_id", "put_configuration_parameters"),
            namespace=path_segment(namespace, "namespace", "put_configuration_parameters", "enum"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> Group:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (Group), got an empty one")
    response_200 = _from_dict_Group(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_Group = Group.from_dict
