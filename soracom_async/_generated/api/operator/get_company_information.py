"""get_company_information: GET /operators/{operator_id}/company_information"""

from typing import Any
from urllib.parse import quote

from ...models.company_information_model import CompanyInformationModel
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/operators/{operator_id}/company_information".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> CompanyInformationModel:
    """The parsed body of a successful (2xx) response."""
    response_200 = CompanyInformationModel.from_dict(response.json())

    return response_200
