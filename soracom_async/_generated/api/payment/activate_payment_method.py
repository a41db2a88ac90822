"""activate_payment_method: POST /payment_methods/current/activate"""

from typing import Any

from ....contracts import OperationSpec
from ...models.activate_payment_method_response_200 import ActivatePaymentMethodResponse200
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="activatePaymentMethod",
    method="POST",
    path="/payment_methods/current/activate",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Activate current payment method

    Activates a current payment method that has an error.

    """

    _kwargs: dict[str, Any] = {
        "url": "/payment_methods/current/activate",
    }
    return _kwargs


def parse(response: ResponseLike) -> ActivatePaymentMethodResponse200:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (ActivatePaymentMethodResponse200), got an empty one"
        )
    response_200 = _from_dict_ActivatePaymentMethodResponse200(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ActivatePaymentMethodResponse200 = ActivatePaymentMethodResponse200.from_dict
