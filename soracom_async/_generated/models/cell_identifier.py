from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="CellIdentifier")


@_attrs_define(init=False, repr=False, eq=False)
class CellIdentifier:
    """
    Attributes:
        cid (str | None | Unset):
        eci (str | None | Unset):
        ecid (str | None | Unset):
        identifier (str | None | Unset): An identifier to link a request to the result of that request. Optional.
        lac (str | None | Unset):
        mcc (str | None | Unset):
        mnc (str | None | Unset):
        tac (str | None | Unset):
    """

    cid: str | None | Unset = UNSET
    eci: str | None | Unset = UNSET
    ecid: str | None | Unset = UNSET
    identifier: str | None | Unset = UNSET
    lac: str | None | Unset = UNSET
    mcc: str | None | Unset = UNSET
    mnc: str | None | Unset = UNSET
    tac: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        cid: str | None | Unset = UNSET,
        eci: str | None | Unset = UNSET,
        ecid: str | None | Unset = UNSET,
        identifier: str | None | Unset = UNSET,
        lac: str | None | Unset = UNSET,
        mcc: str | None | Unset = UNSET,
        mnc: str | None | Unset = UNSET,
        tac: str | None | Unset = UNSET,
    ) -> None:
        self.cid = cid
        self.eci = eci
        self.ecid = ecid
        self.identifier = identifier
        self.lac = lac
        self.mcc = mcc
        self.mnc = mnc
        self.tac = tac
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cid={self.cid!r}, "
            f"eci={self.eci!r}, "
            f"ecid={self.ecid!r}, "
            f"identifier={self.identifier!r}, "
            f"lac={self.lac!r}, "
            f"mcc={self.mcc!r}, "
            f"mnc={self.mnc!r}, "
            f"tac={self.tac!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CellIdentifier):
            return NotImplemented
        return (
            self.cid,
            self.eci,
            self.ecid,
            self.identifier,
            self.lac,
            self.mcc,
            self.mnc,
            self.tac,
            self.additional_properties,
        ) == (
            other.cid,
            other.eci,
            other.ecid,
            other.identifier,
            other.lac,
            other.mcc,
            other.mnc,
            other.tac,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        cid = self.cid

        eci = self.eci

        ecid = self.ecid

        identifier = self.identifier

        lac = self.lac

        mcc = self.mcc

        mnc = self.mnc

        tac = self.tac

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cid is not UNSET:
            field_dict["cid"] = cid
        if eci is not UNSET:
            field_dict["eci"] = eci
        if ecid is not UNSET:
            field_dict["ecid"] = ecid
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if lac is not UNSET:
            field_dict["lac"] = lac
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if tac is not UNSET:
            field_dict["tac"] = tac

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        cid = d.pop("cid", UNSET)

        eci = d.pop("eci", UNSET)

        ecid = d.pop("ecid", UNSET)

        identifier = d.pop("identifier", UNSET)

        lac = d.pop("lac", UNSET)

        mcc = d.pop("mcc", UNSET)

        mnc = d.pop("mnc", UNSET)

        tac = d.pop("tac", UNSET)

        _self = cls.__new__(cls)
        _self.cid = cid
        _self.eci = eci
        _self.ecid = ecid
        _self.identifier = identifier
        _self.lac = lac
        _self.mcc = mcc
        _self.mnc = mnc
        _self.tac = tac
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
