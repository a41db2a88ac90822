"""sandbox_delete_operator: DELETE /sandbox/operators/{operator_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="sandboxDeleteOperator",
    method="DELETE",
    path="/sandbox/operators/{operator_id}",
    group="API Sandbox: Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Deletes an operator

    Deletes the specified operator.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sandbox/operators/{operator_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "sandbox_delete_operator"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
