"""get_company_information: GET /operators/{operator_id}/company_information"""

from typing import Any

from ....contracts import OperationSpec
from ...models.company_information_model import CompanyInformationModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getCompanyInformation",
    method="GET",
    path="/operators/{operator_id}/company_information",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Get company information

    Gets the operator's company information.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/company_information".format(
            operator_id=path_segment(operator_id, "operator_id", "get_company_information"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> CompanyInformationModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (CompanyInformationModel), got an empty one")
    response_200 = _from_dict_CompanyInformationModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_CompanyInformationModel = CompanyInformationModel.from_dict
