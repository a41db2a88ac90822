from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execute_soralet_request_direction import ExecuteSoraletRequestDirection
from ..models.execute_soralet_request_encoding_type import ExecuteSoraletRequestEncodingType
from ..types import UNSET, Unset, as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.soralet_data_source import SoraletDataSource


T = TypeVar("T", bound="ExecuteSoraletRequest")


@_attrs_define(init=False, repr=False, eq=False)
class ExecuteSoraletRequest:
    """
    Attributes:
        content_type (str):
        direction (ExecuteSoraletRequestDirection):
        payload (str):
        source (SoraletDataSource):
        version (str):
        encoding_type (ExecuteSoraletRequestEncodingType | None | Unset):
        userdata (str | None | Unset):
    """

    content_type: str
    direction: ExecuteSoraletRequestDirection
    payload: str
    source: SoraletDataSource
    version: str
    encoding_type: ExecuteSoraletRequestEncodingType | None | Unset = UNSET
    userdata: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        content_type: str,
        direction: ExecuteSoraletRequestDirection | Literal["uplink", "downlink"],
        payload: str,
        source: SoraletDataSource | Mapping[str, Any],
        version: str,
        encoding_type: ExecuteSoraletRequestEncodingType
        | Literal["text", "binary"]
        | None
        | Unset = UNSET,
        userdata: str | None | Unset = UNSET,
    ) -> None:
        self.content_type = content_type
        self.direction = as_enum(
            direction, ExecuteSoraletRequestDirection, "ExecuteSoraletRequest", "direction"
        )
        self.payload = payload
        self.source = as_model(source, SoraletDataSource, "ExecuteSoraletRequest", "source")
        self.version = version
        self.encoding_type = as_enum(
            encoding_type,
            ExecuteSoraletRequestEncodingType,
            "ExecuteSoraletRequest",
            "encoding_type",
        )
        self.userdata = userdata
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content_type={self.content_type!r}, "
            f"direction={self.direction!r}, "
            f"payload={self.payload!r}, "
            f"source={self.source!r}, "
            f"version={self.version!r}, "
            f"encoding_type={self.encoding_type!r}, "
            f"userdata={self.userdata!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ExecuteSoraletRequest):
            return NotImplemented
        return (
            self.content_type,
            self.direction,
            self.payload,
            self.source,
            self.version,
            self.encoding_type,
            self.userdata,
            self.additional_properties,
        ) == (
            other.content_type,
            other.direction,
            other.payload,
            other.source,
            other.version,
            other.encoding_type,
            other.userdata,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        direction = str(self.direction)

        payload = self.payload

        source = self.source.to_dict()

        version = self.version

        encoding_type: str | None | Unset
        if self.encoding_type is None or self.encoding_type is UNSET:
            encoding_type = self.encoding_type
        else:
            encoding_type = str(self.encoding_type)

        userdata = self.userdata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentType": content_type,
                "direction": direction,
                "payload": payload,
                "source": source,
                "version": version,
            }
        )
        if encoding_type is not UNSET:
            field_dict["encodingType"] = encoding_type
        if userdata is not UNSET:
            field_dict["userdata"] = userdata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_content_type = d.pop("contentType", None)
        if _required_content_type is None:
            raise missing_field(cls.__name__, "contentType")
        content_type = _required_content_type

        _required_direction = d.pop("direction", None)
        if _required_direction is None:
            raise missing_field(cls.__name__, "direction")
        _direction = _required_direction
        try:
            direction = _by_value_ExecuteSoraletRequestDirection[_direction]
        except (KeyError, TypeError):
            direction = ExecuteSoraletRequestDirection(_direction)

        _required_payload = d.pop("payload", None)
        if _required_payload is None:
            raise missing_field(cls.__name__, "payload")
        payload = _required_payload

        _required_source = d.pop("source", None)
        if _required_source is None:
            raise missing_field(cls.__name__, "source")
        source = _from_dict_SoraletDataSource(_required_source)

        _required_version = d.pop("version", None)
        if _required_version is None:
            raise missing_field(cls.__name__, "version")
        version = _required_version

        _encoding_type = d.pop("encodingType", UNSET)
        encoding_type: ExecuteSoraletRequestEncodingType | None | Unset
        if _encoding_type is None or _encoding_type is UNSET:
            encoding_type = _encoding_type
        else:
            try:
                encoding_type = _by_value_ExecuteSoraletRequestEncodingType[_encoding_type]
            except (KeyError, TypeError):
                encoding_type = ExecuteSoraletRequestEncodingType(_encoding_type)

        userdata = d.pop("userdata", UNSET)

        _self = cls.__new__(cls)
        _self.content_type = content_type
        _self.direction = direction
        _self.payload = payload
        _self.source = source
        _self.version = version
        _self.encoding_type = encoding_type
        _self.userdata = userdata
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
from ..models.soralet_data_source import SoraletDataSource  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_ExecuteSoraletRequestDirection = ExecuteSoraletRequestDirection._value2member_map_
_by_value_ExecuteSoraletRequestEncodingType = ExecuteSoraletRequestEncodingType._value2member_map_
_from_dict_SoraletDataSource = SoraletDataSource.from_dict
