"""get_payment_transaction: GET /payment_history/transactions/{payment_transaction_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_payment_transaction_result import GetPaymentTransactionResult
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getPaymentTransaction",
    method="GET",
    path="/payment_history/transactions/{payment_transaction_id}",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    payment_transaction_id: str,
) -> dict[str, Any]:
    """Get payment transaction result.

    Returns result of a payment transaction.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    Args:
        payment_transaction_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/payment_history/transactions/{payment_transaction_id}".format(
            payment_transaction_id=path_segment(
                payment_transaction_id, "payment_transaction_id", "get_payment_transaction"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetPaymentTransactionResult:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetPaymentTransactionResult), got an empty one")
    response_200 = _from_dict_GetPaymentTransactionResult(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetPaymentTransactionResult = GetPaymentTransactionResult.from_dict
