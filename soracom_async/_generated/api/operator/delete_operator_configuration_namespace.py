"""delete_operator_configuration_namespace: DELETE /operators/{operator_id}/configuration/{namespace}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


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
        "method": "DELETE",
        "url": "/operators/{operator_id}/configuration/{namespace}".format(
            operator_id=quote(str(operator_id), safe=""),
            namespace=quote(str(namespace), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
