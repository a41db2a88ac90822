from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_updated_response_contract_name import ContractUpdatedResponseContractName
from ..types import UNSET, Unset, as_enum, wrong_shape

if TYPE_CHECKING:
    from ..models.contract_detail_of_harvest import ContractDetailOfHarvest
    from ..models.contract_detail_of_support import ContractDetailOfSupport


T = TypeVar("T", bound="ContractUpdatedResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ContractUpdatedResponse:
    """
    Attributes:
        contract_detail (ContractDetailOfHarvest | ContractDetailOfSupport | None | Unset):
        contract_name (ContractUpdatedResponseContractName | None | Unset):
    """

    contract_detail: ContractDetailOfHarvest | ContractDetailOfSupport | None | Unset = UNSET
    contract_name: ContractUpdatedResponseContractName | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        contract_detail: ContractDetailOfHarvest | ContractDetailOfSupport | None | Unset = UNSET,
        contract_name: ContractUpdatedResponseContractName
        | Literal["api_audit_log", "harvest", "napter", "support"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.contract_detail = contract_detail
        self.contract_name = as_enum(
            contract_name,
            ContractUpdatedResponseContractName,
            "ContractUpdatedResponse",
            "contract_name",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"contract_detail={self.contract_detail!r}, "
            f"contract_name={self.contract_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ContractUpdatedResponse):
            return NotImplemented
        return (
            self.contract_detail,
            self.contract_name,
            self.additional_properties,
        ) == (
            other.contract_detail,
            other.contract_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        contract_detail: dict[str, Any] | None | Unset
        if self.contract_detail is None or self.contract_detail is UNSET:
            contract_detail = self.contract_detail
        elif isinstance(self.contract_detail, ContractDetailOfHarvest):
            contract_detail = self.contract_detail.to_dict()

        else:
            contract_detail = self.contract_detail.to_dict()

        contract_name: str | None | Unset
        if self.contract_name is None or self.contract_name is UNSET:
            contract_name = self.contract_name
        else:
            contract_name = str(self.contract_name)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract_detail is not UNSET:
            field_dict["contractDetail"] = contract_detail
        if contract_name is not UNSET:
            field_dict["contractName"] = contract_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)

        def _parse_contract_detail(
            data: object,
        ) -> ContractDetailOfHarvest | ContractDetailOfSupport | None | Unset:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contract_detail_type_0 = _from_dict_ContractDetailOfHarvest(data)

                return contract_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            contract_detail_type_1 = _from_dict_ContractDetailOfSupport(data)

            return contract_detail_type_1

        contract_detail = _parse_contract_detail(d.pop("contractDetail", UNSET))

        _contract_name = d.pop("contractName", UNSET)
        contract_name: ContractUpdatedResponseContractName | None | Unset
        if _contract_name is None or _contract_name is UNSET:
            contract_name = _contract_name
        else:
            try:
                contract_name = _by_value_ContractUpdatedResponseContractName[_contract_name]
            except (KeyError, TypeError):
                contract_name = ContractUpdatedResponseContractName(_contract_name)

        _self = cls.__new__(cls)
        _self.contract_detail = contract_detail
        _self.contract_name = contract_name
        _self.additional_properties = d if d else {}
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Referenced models, imported after the class so that cycles resolve.
from ..models.contract_detail_of_harvest import ContractDetailOfHarvest  # noqa: E402
from ..models.contract_detail_of_support import ContractDetailOfSupport  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_ContractUpdatedResponseContractName = (
    ContractUpdatedResponseContractName._value2member_map_
)
_from_dict_ContractDetailOfHarvest = ContractDetailOfHarvest.from_dict
_from_dict_ContractDetailOfSupport = ContractDetailOfSupport.from_dict
