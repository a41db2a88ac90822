"""add_coverage_type: POST /operators/{operator_id}/coverage_type/{coverage_type}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


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
        "method": "POST",
        "url": "/operators/{operator_id}/coverage_type/{coverage_type}".format(
            operator_id=quote(str(operator_id), safe=""),
            coverage_type=quote(str(coverage_type), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
