"""update_company_information: PUT /operators/{operator_id}/company_information"""

from typing import Any

from ....contracts import OperationSpec
from ...models.company_information_model import CompanyInformationModel
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateCompanyInformation",
    method="PUT",
    path="/operators/{operator_id}/company_information",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    body: CompanyInformationModel | dict[str, Any],
) -> dict[str, Any]:
    """Update company information

    Updates the operator's company information.

    Args:
        operator_id (str):
        body: CompanyInformationModel | dict[str, Any]
    """
    required(body, "body", "update_company_information")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/company_information".format(
            operator_id=path_segment(operator_id, "operator_id", "update_company_information"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
