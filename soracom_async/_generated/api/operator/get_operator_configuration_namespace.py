"""get_operator_configuration_namespace: GET /operators/{operator_id}/configuration/{namespace}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.operator_configuration_model import OperatorConfigurationModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getOperatorConfigurationNamespace",
    method="GET",
    path="/operators/{operator_id}/configuration/{namespace}",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    namespace: str,
) -> dict[str, Any]:
    """Get operator configuration of the namespace

    Gets operator configuration of the namespace.

    Args:
        operator_id (str):
        namespace (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/configuration/{namespace}".format(
            operator_id=path_segment(
                operator_id, "operator_id", "get_operator_configuration_namespace"
            ),
            namespace=path_segment(namespace, "namespace", "get_operator_configuration_namespace"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> OperatorConfigurationModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (OperatorConfigurationModel), got an empty one")
    response_200 = _from_dict_OperatorConfigurationModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_OperatorConfigurationModel = OperatorConfigurationModel.from_dict
