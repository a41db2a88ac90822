"""register_payer_information: POST /payment_statements/payer_information"""

from typing import Any

from ....contracts import OperationSpec
from ...models.register_payer_information_model import RegisterPayerInformationModel
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="registerPayerInformation",
    method="POST",
    path="/payment_statements/payer_information",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: RegisterPayerInformationModel | dict[str, Any],
) -> dict[str, Any]:
    """Register payer information

    Register payer information.

    Args:
        body: RegisterPayerInformationModel | dict[str, Any]
    """
    required(body, "body", "register_payer_information")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/payment_statements/payer_information",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
