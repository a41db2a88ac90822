from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="OrderedSubscriber")


@_attrs_define(init=False, repr=False, eq=False)
class OrderedSubscriber:
    """
    Attributes:
        bundles (list[str] | None | Unset): Bundle.
        device_serial_number (str | None | Unset): Serial number of Device.
        eiccid (str | None | Unset): eICCID.
        iccid (str | None | Unset): ICCID.
        imsi (str | None | Unset): IMSI.
        msisdn (str | None | Unset): MSISDN.
        serial_number (str | None | Unset): Serial number of IoT SIM.
        sim_id (str | None | Unset): SIM ID.
    """

    bundles: list[str] | None | Unset = UNSET
    device_serial_number: str | None | Unset = UNSET
    eiccid: str | None | Unset = UNSET
    iccid: str | None | Unset = UNSET
    imsi: str | None | Unset = UNSET
    msisdn: str | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
    sim_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        bundles: list[str] | None | Unset = UNSET,
        device_serial_number: str | None | Unset = UNSET,
        eiccid: str | None | Unset = UNSET,
        iccid: str | None | Unset = UNSET,
        imsi: str | None | Unset = UNSET,
        msisdn: str | None | Unset = UNSET,
        serial_number: str | None | Unset = UNSET,
        sim_id: str | None | Unset = UNSET,
    ) -> None:
        self.bundles = bundles
        self.device_serial_number = device_serial_number
        self.eiccid = eiccid
        self.iccid = iccid
        self.imsi = imsi
        self.msisdn = msisdn
        self.serial_number = serial_number
        self.sim_id = sim_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"bundles={self.bundles!r}, "
            f"device_serial_number={self.device_serial_number!r}, "
            f"eiccid={self.eiccid!r}, "
            f"iccid={self.iccid!r}, "
            f"imsi={self.imsi!r}, "
            f"msisdn={self.msisdn!r}, "
            f"serial_number={self.serial_number!r}, "
            f"sim_id={self.sim_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, OrderedSubscriber):
            return NotImplemented
        return (
            self.bundles,
            self.device_serial_number,
            self.eiccid,
            self.iccid,
            self.imsi,
            self.msisdn,
            self.serial_number,
            self.sim_id,
            self.additional_properties,
        ) == (
            other.bundles,
            other.device_serial_number,
            other.eiccid,
            other.iccid,
            other.imsi,
            other.msisdn,
            other.serial_number,
            other.sim_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        bundles: list[str] | None | Unset
        if self.bundles is None or self.bundles is UNSET:
            bundles = self.bundles
        else:
            bundles = self.bundles

        device_serial_number = self.device_serial_number

        eiccid = self.eiccid

        iccid = self.iccid

        imsi = self.imsi

        msisdn = self.msisdn

        serial_number = self.serial_number

        sim_id = self.sim_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if device_serial_number is not UNSET:
            field_dict["deviceSerialNumber"] = device_serial_number
        if eiccid is not UNSET:
            field_dict["eiccid"] = eiccid
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _bundles = d.pop("bundles", UNSET)
        bundles: list[str] | None | Unset
        if _bundles is None or _bundles is UNSET:
            bundles = _bundles
        elif not isinstance(_bundles, list):
            raise wrong_shape("bundles", "a JSON array", _bundles)
        else:
            bundles = _bundles

        device_serial_number = d.pop("deviceSerialNumber", UNSET)

        eiccid = d.pop("eiccid", UNSET)

        iccid = d.pop("iccid", UNSET)

        imsi = d.pop("imsi", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        sim_id = d.pop("simId", UNSET)

        _self = cls.__new__(cls)
        _self.bundles = bundles
        _self.device_serial_number = device_serial_number
        _self.eiccid = eiccid
        _self.iccid = iccid
        _self.imsi = imsi
        _self.msisdn = msisdn
        _self.serial_number = serial_number
        _self.sim_id = sim_id
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
