"""add_coverage_type: POST /operators/{operator_id}/coverage_type/{coverage_type}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="addCoverageType",
    method="POST",
    path="/operators/{operator_id}/coverage_type/{coverage_type}",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    coverage_type: str,
) -> dict[str, Any]:
    """Add coverage type

    Adds the operator's coverage type.

    Args:
        operator_id (str):
        coverage_type (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/coverage_type/{coverage_type}".format(
            operator_id=path_segment(operator_id, "operator_id", "add_coverage_type"),
            coverage_type=path_segment(coverage_type, "coverage_type", "add_coverage_type"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
