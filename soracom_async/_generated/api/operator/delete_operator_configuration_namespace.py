"""delete_operator_configuration_namespace: DELETE /operators/{operator_id}/configuration/{namespace}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteOperatorConfigurationNamespace",
    method="DELETE",
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
    """Delete operator configuration of the namespace

    Deletes operator configuration of the namespace.

    Args:
        operator_id (str):
        namespace (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/configuration/{namespace}".format(
            operator_id=path_segment(
                operator_id, "operator_id", "delete_operator_configuration_namespace"
            ),
            namespace=path_segment(
                namespace, "namespace", "delete_operator_configuration_namespace"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
