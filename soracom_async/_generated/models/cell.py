from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cell_radio_type import CellRadioType
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="Cell")


@_attrs_define(init=False, repr=False, eq=False)
class Cell:
    """Information about the base station to which the IoT SIM is connected. It will not be output for virtual
    SIM/subscribers.

        Attributes:
            ci (int | None | Unset): The Cell Identity (for 2G and 3G networks), a 16 bit value represented in decimal form
                as an integer. (See 3GPP TS 23.003 4.3)
            eci (int | None | Unset): The E-UTRAN Cell Identifier (for LTE networks), a 28 bit value represented in decimal
                form as a long. (See 3GPP TS 23.003 19.6)
            lac (int | None | Unset): The Location Area Code (for 2G and 3G networks), a 16 bit value represented in decimal
                form as an integer. (See 3GPP TS 23.003 4.1)
            mcc (int | None | Unset): The Mobile Country Code, a 3 digit number.
            mnc (int | None | Unset): The Mobile Network Code, a 2 or 3 digit number. If the value returned is only 1 digit
                in length, then you should prepend the value with a leading zero.
            rac (int | None | Unset): The Routing Area Code (for 2G and 3G networks), an 8 bit value represented in decimal
                form as an integer. (See 3GPP TS 23.003 4.2)
            radio_type (CellRadioType | None | Unset): The Radio Access Technology or type of network that the device is
                connected to.

                **Warning**: In some cases, the information displayed may differ from the actual wireless access technology or
                type of network being used by the communication carrier's equipment. For example, even when connected to LTE-M,
                it may be displayed as LTE.
            sac (int | None | Unset): The Service Area Code (for 2G and 3G networks), a 16 bit value represented in decimal
                form as an integer. (See 3GPP TS 23.003 12.5)
            tac (int | None | Unset): The Tracking Area Code (for LTE networks), a 16 bit value represented in decimal form
                as an integer. (See 3GPP TS 23.003 19.4.2.3)
    """

    ci: int | None | Unset = UNSET
    eci: int | None | Unset = UNSET
    lac: int | None | Unset = UNSET
    mcc: int | None | Unset = UNSET
    mnc: int | None | Unset = UNSET
    rac: int | None | Unset = UNSET
    radio_type: CellRadioType | None | Unset = UNSET
    sac: int | None | Unset = UNSET
    tac: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        ci: int | None | Unset = UNSET,
        eci: int | None | Unset = UNSET,
        lac: int | None | Unset = UNSET,
        mcc: int | None | Unset = UNSET,
        mnc: int | None | Unset = UNSET,
        rac: int | None | Unset = UNSET,
        radio_type: CellRadioType
        | Literal["3G", "GSM", "LTE", "LTE-M", "NB-IoT"]
        | None
        | Unset = UNSET,
        sac: int | None | Unset = UNSET,
        tac: int | None | Unset = UNSET,
    ) -> None:
        self.ci = ci
        self.eci = eci
        self.lac = lac
        self.mcc = mcc
        self.mnc = mnc
        self.rac = rac
        self.radio_type = as_enum(radio_type, CellRadioType, "Cell", "radio_type")
        self.sac = sac
        self.tac = tac
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"ci={self.ci!r}, "
            f"eci={self.eci!r}, "
            f"lac={self.lac!r}, "
            f"mcc={self.mcc!r}, "
            f"mnc={self.mnc!r}, "
            f"rac={self.rac!r}, "
            f"radio_type={self.radio_type!r}, "
            f"sac={self.sac!r}, "
            f"tac={self.tac!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Cell):
            return NotImplemented
        return (
            self.ci,
            self.eci,
            self.lac,
            self.mcc,
            self.mnc,
            self.rac,
            self.radio_type,
            self.sac,
            self.tac,
            self.additional_properties,
        ) == (
            other.ci,
            other.eci,
            other.lac,
            other.mcc,
            other.mnc,
            other.rac,
            other.radio_type,
            other.sac,
            other.tac,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        ci = self.ci

        eci = self.eci

        lac = self.lac

        mcc = self.mcc

        mnc = self.mnc

        rac = self.rac

        radio_type: str | None | Unset
        if self.radio_type is None or self.radio_type is UNSET:
            radio_type = self.radio_type
        else:
            radio_type = str(self.radio_type)

        sac = self.sac

        tac = self.tac

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ci is not UNSET:
            field_dict["ci"] = ci
        if eci is not UNSET:
            field_dict["eci"] = eci
        if lac is not UNSET:
            field_dict["lac"] = lac
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if rac is not UNSET:
            field_dict["rac"] = rac
        if radio_type is not UNSET:
            field_dict["radioType"] = radio_type
        if sac is not UNSET:
            field_dict["sac"] = sac
        if tac is not UNSET:
            field_dict["tac"] = tac

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        ci = d.pop("ci", UNSET)

        eci = d.pop("eci", UNSET)

        lac = d.pop("lac", UNSET)

        mcc = d.pop("mcc", UNSET)

        mnc = d.pop("mnc", UNSET)

        rac = d.pop("rac", UNSET)

        _radio_type = d.pop("radioType", UNSET)
        radio_type: CellRadioType | None | Unset
        if _radio_type is None or _radio_type is UNSET:
            radio_type = _radio_type
        else:
            try:
                radio_type = _by_value_CellRadioType[_radio_type]
            except (KeyError, TypeError):
                radio_type = CellRadioType(_radio_type)

        sac = d.pop("sac", UNSET)

        tac = d.pop("tac", UNSET)

        _self = cls.__new__(cls)
        _self.ci = ci
        _self.eci = eci
        _self.lac = lac
        _self.mcc = mcc
        _self.mnc = mnc
        _self.rac = rac
        _self.radio_type = radio_type
        _self.sac = sac
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


# Parsers called per object, bound once (after every import).
_by_value_CellRadioType = CellRadioType._value2member_map_
