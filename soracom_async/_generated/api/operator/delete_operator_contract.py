"""delete_operator_contract: DELETE /operators/{operator_id}/contracts/{contract_name}"""

from typing import Any
from urllib.parse import quote

from ...models.delete_operator_contract_contract_name import DeleteOperatorContractContractName
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    contract_name: DeleteOperatorContractContractName,
) -> dict[str, Any]:
    """Delete Operator Contract
    Deletes the operator's contract.

    Args:
        operator_id (str):
        contract_name (DeleteOperatorContractContractName):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/operators/{operator_id}/contracts/{contract_name}".format(
            operator_id=quote(str(operator_id), safe=""),
            contract_name=quote(str(contract_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
