from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sim_downlink_http_response_headers import SimDownlinkHttpResponseHeaders


T = TypeVar("T", bound="SimDownlinkHttpResponse")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkHttpResponse:
    """
    Attributes:
        status_code (int): HTTP status code from the device.
        body (str | None | Unset): HTTP response body from the device.

            - If it is a valid UTF-8 string, it will be returned as-is.
            - Otherwise, it will be Base64 encoded. In this case, `isBase64Encoded` will be `true`.
        headers (SimDownlinkHttpResponseHeaders | None | Unset): HTTP response headers from the device.
        is_base_64_encoded (bool | None | Unset): Indicates whether the `body` value is Base64 encoded.
    """

    status_code: int
    body: str | None | Unset = UNSET
    headers: SimDownlinkHttpResponseHeaders | None | Unset = UNSET
    is_base_64_encoded: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        status_code: int,
        body: str | None | Unset = UNSET,
        headers: SimDownlinkHttpResponseHeaders | Mapping[str, Any] | None | Unset = UNSET,
        is_base_64_encoded: bool | None | Unset = UNSET,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.headers = as_model(
            headers, SimDownlinkHttpResponseHeaders, "SimDownlinkHttpResponse", "headers"
        )
        self.is_base_64_encoded = is_base_64_encoded
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"status_code={self.status_code!r}, "
            f"body={self.body!r}, "
            f"headers={self.headers!r}, "
            f"is_base_64_encoded={self.is_base_64_encoded!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimDownlinkHttpResponse):
            return NotImplemented
        return (
            self.status_code,
            self.body,
            self.headers,
            self.is_base_64_encoded,
            self.additional_properties,
        ) == (
            other.status_code,
            other.body,
            other.headers,
            other.is_base_64_encoded,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        body = self.body

        headers: dict[str, Any] | None | Unset
        if self.headers is None or self.headers is UNSET:
            headers = self.headers
        else:
            headers = self.headers.to_dict()

        is_base_64_encoded = self.is_base_64_encoded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_base_64_encoded is not UNSET:
            field_dict["isBase64Encoded"] = is_base_64_encoded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_status_code = d.pop("statusCode", None)
        if _required_status_code is None:
            raise missing_field(cls.__name__, "statusCode")
        status_code = _required_status_code

        body = d.pop("body", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SimDownlinkHttpResponseHeaders | None | Unset
        if _headers is None or _headers is UNSET:
            headers = _headers
        else:
            headers = _from_dict_SimDownlinkHttpResponseHeaders(_headers)

        is_base_64_encoded = d.pop("isBase64Encoded", UNSET)

        _self = cls.__new__(cls)
        _self.status_code = status_code
        _self.body = body
        _self.headers = headers
        _self.is_base_64_encoded = is_base_64_encoded
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
from ..models.sim_downlink_http_response_headers import SimDownlinkHttpResponseHeaders  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SimDownlinkHttpResponseHeaders = SimDownlinkHttpResponseHeaders.from_dict
