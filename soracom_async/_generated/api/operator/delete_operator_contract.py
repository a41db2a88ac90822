"""delete_operator_contract: DELETE /operators/{operator_id}/contracts/{contract_name}"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.delete_operator_contract_contract_name import DeleteOperatorContractContractName
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteOperatorContract",
    method="DELETE",
    path="/operators/{operator_id}/contracts/{contract_name}",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    contract_name: DeleteOperatorContractContractName
    | Literal["api_audit_log", "harvest", "napter", "support"],
) -> dict[str, Any]:
    """Delete Operator Contract

    Deletes the operator's contract.

    Args:
        operator_id (str):
        contract_name (DeleteOperatorContractContractName):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/contracts/{contract_name}".format(
            operator_id=path_segment(operator_id, "operator_id", "delete_operator_contract"),
            contract_name=path_segment(
                contract_name, "contract_name", "delete_operator_contract", "enum"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
