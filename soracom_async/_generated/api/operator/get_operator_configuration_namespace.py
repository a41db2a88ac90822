"""get_operator_configuration_namespace: GET /operators/{operator_id}/configuration/{namespace}"""

from typing import Any
from urllib.parse import quote

from ...models.operator_configuration_model import OperatorConfigurationModel
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/operators/{operator_id}/configuration/{namespace}".format(
            operator_id=quote(str(operator_id), safe=""),
            namespace=quote(str(namespace), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> OperatorConfigurationModel:
    """The parsed body of a successful (2xx) response."""
    response_200 = OperatorConfigurationModel.from_dict(response.json())

    return response_200
