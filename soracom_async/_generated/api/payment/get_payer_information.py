"""get_payer_information: GET /payment_statements/payer_information"""

from typing import Any

from ....contracts import OperationSpec
from ...models.register_payer_information_model import RegisterPayerInformationModel
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="getPayerInformation",
    method="GET",
    path="/payment_statements/payer_information",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Export payer information

    Export payer information.

    """

    _kwargs: dict[str, Any] = {
        "url": "/payment_statements/payer_information",
    }
    return _kwargs


def parse(response: ResponseLike) -> RegisterPayerInformationModel:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (RegisterPayerInformationModel), got an empty one"
        )
    response_200 = _from_dict_RegisterPayerInformationModel(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_RegisterPayerInformationModel = RegisterPayerInformationModel.from_dict
