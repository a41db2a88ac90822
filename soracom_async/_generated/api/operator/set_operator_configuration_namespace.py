"""set_operator_configuration_namespace: POST /operators/{operator_id}/configuration/{namespace}"""

from typing import Any
from urllib.parse import quote

from ...models.operator_configuration_model import OperatorConfigurationModel
from ...models.set_operator_configuration_namespace_request import (
    SetOperatorConfigurationNamespaceRequest,
)
from ...types import ResponseLike, to_jsonable


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
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/configuration/{namespace}".format(
            operator_id=quote(str(operator_id), safe=""),
            namespace=quote(str(namespace), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> OperatorConfigurationModel:
    """The parsed body of a successful (2xx) response."""
    response_200 = OperatorConfigurationModel.from_dict(response.json())

    return response_200
