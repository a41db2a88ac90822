"""get_payer_information: GET /payment_statements/payer_information"""

from typing import Any

from ...models.register_payer_information_model import RegisterPayerInformationModel
from ...types import (
    ResponseLike,
)


def build() -> dict[str, Any]:
    """Export payer information
    Export payer information.

    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/payment_statements/payer_information",
    }
    return _kwargs


def parse(response: ResponseLike) -> RegisterPayerInformationModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise ValueError("expected a JSON body (RegisterPayerInformationModel), got an empty one")
    response_200 = RegisterPayerInformationModel.from_dict(response.json())

    return response_200
