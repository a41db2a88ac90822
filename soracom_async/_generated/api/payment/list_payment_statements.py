"""list_payment_statements: GET /payment_statements"""

from typing import Any

from ....contracts import OperationSpec
from ...models.list_payment_statement_response import ListPaymentStatementResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="listPaymentStatements",
    method="GET",
    path="/payment_statements",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """List payment statements

    List payment statements.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    """

    _kwargs: dict[str, Any] = {
        "url": "/payment_statements",
    }
    return _kwargs


def parse(response: ResponseLike) -> ListPaymentStatementResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (ListPaymentStatementResponse), got an empty one"
        )
    response_200 = _from_dict_ListPaymentStatementResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ListPaymentStatementResponse = ListPaymentStatementResponse.from_dict
