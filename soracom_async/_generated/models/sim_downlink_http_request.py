from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_http_request_method import SimDownlinkHttpRequestMethod
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.sim_downlink_http_request_headers import SimDownlinkHttpRequestHeaders


T = TypeVar("T", bound="SimDownlinkHttpRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkHttpRequest:
    """
    Attributes:
        body (str | None | Unset): HTTP request body.

            **Warning**: The maximum size of an HTTP request, including the URL, headers, and body, is 5 MiB. If it exceeds
            5 MiB, an error will be returned.
        headers (SimDownlinkHttpRequestHeaders | None | Unset): HTTP request headers. Specify header names and values as
            key-value pairs.
        host (str | None | Unset): Hostname. If not specified, the IP address of the IoT SIM will be used.
        method (SimDownlinkHttpRequestMethod | None | Unset): HTTP method.
        path (str | None | Unset): URL path (e.g., `/path/to/resource`).
        port (int | None | Unset): Port number for the HTTP connection. Default: 80.
        skip_verify (bool | None | Unset): Whether to skip SSL certificate verification for HTTPS connections.

            - `true`: Skip verification.
            - `false`: Perform verification. However, if `ssl` is `false` (not using SSL communication), this setting will
            be ignored.
             Default: False.
        ssl (bool | None | Unset): Whether to use SSL communication.

            - `true`: Use SSL communication (HTTPS).
            - `false`: Do not use SSL communication (HTTP).
             Default: False.
    """

    body: str | None | Unset = UNSET
    headers: SimDownlinkHttpRequestHeaders | None | Unset = UNSET
    host: str | None | Unset = UNSET
    method: SimDownlinkHttpRequestMethod | None | Unset = UNSET
    path: str | None | Unset = UNSET
    port: int | None | Unset = 80
    skip_verify: bool | None | Unset = False
    ssl: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        body: str | None | Unset = UNSET,
        headers: SimDownlinkHttpRequestHeaders | Mapping[str, Any] | None | Unset = UNSET,
        host: str | None | Unset = UNSET,
        method: SimDownlinkHttpRequestMethod
        | Literal["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]
        | None
        | Unset = UNSET,
        path: str | None | Unset = UNSET,
        port: int | None | Unset = 80,
        skip_verify: bool | None | Unset = False,
        ssl: bool | None | Unset = False,
    ) -> None:
        self.body = body
        self.headers = as_model(
            headers, SimDownlinkHttpRequestHeaders, "SimDownlinkHttpRequest", "headers"
        )
        self.host = host
        self.method = as_enum(
            method, SimDownlinkHttpRequestMethod, "SimDownlinkHttpRequest", "method"
        )
        self.path = path
        self.port = port
        self.skip_verify = skip_verify
        self.ssl = ssl
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"headers={self.headers!r}, "
            f"host={self.host!r}, "
            f"method={self.method!r}, "
            f"path={self.path!r}, "
            f"port={self.port!r}, "
            f"skip_verify={self.skip_verify!r}, "
            f"ssl={self.ssl!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimDownlinkHttpRequest):
            return NotImplemented
        return (
            self.body,
            self.headers,
            self.host,
            self.method,
            self.path,
            self.port,
            self.skip_verify,
            self.ssl,
            self.additional_properties,
        ) == (
            other.body,
            other.headers,
            other.host,
            other.method,
            other.path,
            other.port,
            other.skip_verify,
            other.ssl,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        headers: dict[str, Any] | None | Unset
        if self.headers is None or self.headers is UNSET:
            headers = self.headers
        else:
            headers = self.headers.to_dict()

        host = self.host

        method: str | None | Unset
        if self.method is None or self.method is UNSET:
            method = self.method
        else:
            method = str(self.method)

        path = self.path

        port = self.port

        skip_verify = self.skip_verify

        ssl = self.ssl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if headers is not UNSET:
            field_dict["headers"] = headers
        if host is not UNSET:
            field_dict["host"] = host
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if skip_verify is not UNSET:
            field_dict["skipVerify"] = skip_verify
        if ssl is not UNSET:
            field_dict["ssl"] = ssl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: SimDownlinkHttpRequestHeaders | None | Unset
        if _headers is None or _headers is UNSET:
            headers = _headers
        else:
            headers = _from_dict_SimDownlinkHttpRequestHeaders(_headers)

        host = d.pop("host", UNSET)

        _method = d.pop("method", UNSET)
        method: SimDownlinkHttpRequestMethod | None | Unset
        if _method is None or _method is UNSET:
            method = _method
        else:
            try:
                method = _by_value_SimDownlinkHttpRequestMethod[_method]
            except (KeyError, TypeError):
                method = SimDownlinkHttpRequestMethod(_method)

        path = d.pop("path", UNSET)

        port = d.pop("port", UNSET)

        skip_verify = d.pop("skipVerify", UNSET)

        ssl = d.pop("ssl", UNSET)

        _self = cls.__new__(cls)
        _self.body = body
        _self.headers = headers
        _self.host = host
        _self.method = method
        _self.path = path
        _self.port = port
        _self.skip_verify = skip_verify
        _self.ssl = ssl
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
from ..models.sim_downlink_http_request_headers import SimDownlinkHttpRequestHeaders  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_SimDownlinkHttpRequestMethod = SimDownlinkHttpRequestMethod._value2member_map_
_from_dict_SimDownlinkHttpRequestHeaders = SimDownlinkHttpRequestHeaders.from_dict
