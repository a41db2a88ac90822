"""set_operator_configuration_namespace: POST /operators/{operator_id}/configuration/{namespace}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.operator_configuration_model import OperatorConfigurationModel
from ...models.set_operator_configuration_namespace_request import (
    SetOperatorConfigurationNamespaceRequest,
)
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setOperatorConfigurationNamespace",
    method="POST",
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
    body: SetOperatorConfigurationNamespaceRequest | dict[str, Any],
) -> dict[str, Any]:
    """Set operator configuration of the namespace

    Sets operator configuration of the namespace.

    Args:
        operator_id (str):
        namespace (str):
        body: SetOperatorConfigurationNamespaceRequest | dict[str, Any]
    """
    required(body, "body", "set_operator_configuration_namespace")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/configuration/{namespace}".format(
            operator_id=path_segment(
                operator_id, "operator_id", "set_operator_configuration_namespace"
            ),
            namespace=path_segment(namespace, "namespace", "set_operator_configuration_namespace"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> OperatorConfigurationModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (OperatorConfigurationModel), got an empty one")
    response_200 = _from_dict_OperatorConfigurationModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_OperatorConfigurationModel = OperatorConfigurationModel.from_dict
