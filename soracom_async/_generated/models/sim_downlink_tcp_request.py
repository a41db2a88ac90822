from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sim_downlink_tcp_connection_fire_and_forget_options import (
        SimDownlinkTcpConnectionFireAndForgetOptions,
    )
    from ..models.sim_downlink_tcp_connection_idle_timeout_options import (
        SimDownlinkTcpConnectionIdleTimeoutOptions,
    )
    from ..models.sim_downlink_tcp_connection_wait_all_options import (
        SimDownlinkTcpConnectionWaitAllOptions,
    )
    from ..models.sim_downlink_tcp_connection_wait_first_options import (
        SimDownlinkTcpConnectionWaitFirstOptions,
    )
    from ..models.sim_downlink_tcp_connection_wait_for_pattern_options import (
        SimDownlinkTcpConnectionWaitForPatternOptions,
    )


T = TypeVar("T", bound="SimDownlinkTcpRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkTcpRequest:
    """
    Attributes:
        payload (str): Data to be sent, encoded as a string in the format specified by payloadEncoding. The maximum size
            is 5 MiB for the encoded string.
        port (int): Port number for the TCP connection.
        connection_options (SimDownlinkTcpConnectionFireAndForgetOptions | SimDownlinkTcpConnectionIdleTimeoutOptions |
            SimDownlinkTcpConnectionWaitAllOptions | SimDownlinkTcpConnectionWaitFirstOptions |
            SimDownlinkTcpConnectionWaitForPatternOptions | None | Unset): Options that specify the behavior of data
            reception during TCP connection (how the SORACOM API handles responses from the device). Choose one of the
            following.
        payload_encoding (SimDownlinkBinaryEncoding | None | Unset): Encoding format for binary data. "string" is
            treated as a UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for
            hex.
        timeout (int | None | Unset): Timeout duration (seconds) for data transmission and reception. The default value
            is `30` and the maximum value is `300`. Default: 30.
    """

    payload: str
    port: int
    connection_options: (
        SimDownlinkTcpConnectionFireAndForgetOptions
        | SimDownlinkTcpConnectionIdleTimeoutOptions
        | SimDownlinkTcpConnectionWaitAllOptions
        | SimDownlinkTcpConnectionWaitFirstOptions
        | SimDownlinkTcpConnectionWaitForPatternOptions
        | None
        | Unset
    ) = UNSET
    payload_encoding: SimDownlinkBinaryEncoding | None | Unset = UNSET
    timeout: int | None | Unset = 30
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        payload: str,
        port: int,
        connection_options: SimDownlinkTcpConnectionFireAndForgetOptions
        | SimDownlinkTcpConnectionIdleTimeoutOptions
        | SimDownlinkTcpConnectionWaitAllOptions
        | SimDownlinkTcpConnectionWaitFirstOptions
        | SimDownlinkTcpConnectionWaitForPatternOptions
        | None
        | Unset = UNSET,
        payload_encoding: SimDownlinkBinaryEncoding
        | Literal["string", "base64", "hex"]
        | None
        | Unset = UNSET,
        timeout: int | None | Unset = 30,
    ) -> None:
        self.payload = payload
        self.port = port
        self.connection_options = connection_options
        self.payload_encoding = as_enum(
            payload_encoding, SimDownlinkBinaryEncoding, "SimDownlinkTcpRequest", "payload_encoding"
        )
        self.timeout = timeout
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"payload={self.payload!r}, "
            f"port={self.port!r}, "
            f"connection_options={self.connection_options!r}, "
            f"payload_encoding={self.payload_encoding!r}, "
            f"timeout={self.timeout!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimDownlinkTcpRequest):
            return NotImplemented
        return (
            self.payload,
            self.port,
            self.connection_options,
            self.payload_encoding,
            self.timeout,
            self.additional_properties,
        ) == (
            other.payload,
            other.port,
            other.connection_options,
            other.payload_encoding,
            other.timeout,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        port = self.port

        connection_options: dict[str, Any] | None | Unset
        if self.connection_options is None or self.connection_options is UNSET:
            connection_options = self.connection_options
        elif isinstance(self.connection_options, SimDownlinkTcpConnectionFireAndForgetOptions):
            connection_options = self.connection_options.to_dict()

        elif isinstance(self.connection_options, SimDownlinkTcpConnectionWaitFirstOptions):
            connection_options = self.connection_options.to_dict()

        elif isinstance(self.connection_options, SimDownlinkTcpConnectionWaitAllOptions):
            connection_options = self.connection_options.to_dict()

        elif isinstance(self.connection_options, SimDownlinkTcpConnectionWaitForPatternOptions):
            connection_options = self.connection_options.to_dict()

        else:
            connection_options = self.connection_options.to_dict()

        payload_encoding: str | None | Unset
        if self.payload_encoding is None or self.payload_encoding is UNSET:
            payload_encoding = self.payload_encoding
        else:
            payload_encoding = str(self.payload_encoding)

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
                "port": port,
            }
        )
        if connection_options is not UNSET:
            field_dict["connectionOptions"] = connection_options
        if payload_encoding is not UNSET:
            field_dict["payloadEncoding"] = payload_encoding
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_payload = d.pop("payload", None)
        if _required_payload is None:
            raise missing_field(cls.__name__, "payload")
        payload = _required_payload

        _required_port = d.pop("port", None)
        if _required_port is None:
            raise missing_field(cls.__name__, "port")
        port = _required_port

        def _parse_connection_options(
            data: object,
        ) -> (
            SimDownlinkTcpConnectionFireAndForgetOptions
            | SimDownlinkTcpConnectionIdleTimeoutOptions
            | SimDownlinkTcpConnectionWaitAllOptions
            | SimDownlinkTcpConnectionWaitFirstOptions
            | SimDownlinkTcpConnectionWaitForPatternOptions
            | None
            | Unset
        ):
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connection_options_type_0 = _from_dict_SimDownlinkTcpConnectionFireAndForgetOptions(
                    data
                )

                return connection_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connection_options_type_1 = _from_dict_SimDownlinkTcpConnectionWaitFirstOptions(
                    data
                )

                return connection_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connection_options_type_2 = _from_dict_SimDownlinkTcpConnectionWaitAllOptions(data)

                return connection_options_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connection_options_type_3 = (
                    _from_dict_SimDownlinkTcpConnectionWaitForPatternOptions(data)
                )

                return connection_options_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            connection_options_type_4 = _from_dict_SimDownlinkTcpConnectionIdleTimeoutOptions(data)

            return connection_options_type_4

        connection_options = _parse_connection_options(d.pop("connectionOptions", UNSET))

        _payload_encoding = d.pop("payloadEncoding", UNSET)
        payload_encoding: SimDownlinkBinaryEncoding | None | Unset
        if _payload_encoding is None or _payload_encoding is UNSET:
            payload_encoding = _payload_encoding
        else:
            try:
                payload_encoding = _by_value_SimDownlinkBinaryEncoding[_payload_encoding]
            except (KeyError, TypeError):
                payload_encoding = SimDownlinkBinaryEncoding(_payload_encoding)

        timeout = d.pop("timeout", UNSET)

        _self = cls.__new__(cls)
        _self.payload = payload
        _self.port = port
        _self.connection_options = connection_options
        _self.payload_encoding = payload_encoding
        _self.timeout = timeout
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
from ..models.sim_downlink_tcp_connection_fire_and_forget_options import (
    SimDownlinkTcpConnectionFireAndForgetOptions,  # noqa: E402
)
from ..models.sim_downlink_tcp_connection_idle_timeout_options import (
    SimDownlinkTcpConnectionIdleTimeoutOptions,  # noqa: E402
)
from ..models.sim_downlink_tcp_connection_wait_all_options import (
    SimDownlinkTcpConnectionWaitAllOptions,  # noqa: E402
)
from ..models.sim_downlink_tcp_connection_wait_first_options import (
    SimDownlinkTcpConnectionWaitFirstOptions,  # noqa: E402
)
from ..models.sim_downlink_tcp_connection_wait_for_pattern_options import (
    SimDownlinkTcpConnectionWaitForPatternOptions,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_by_value_SimDownlinkBinaryEncoding = SimDownlinkBinaryEncoding._value2member_map_
_from_dict_SimDownlinkTcpConnectionFireAndForgetOptions = (
    SimDownlinkTcpConnectionFireAndForgetOptions.from_dict
)
_from_dict_SimDownlinkTcpConnectionIdleTimeoutOptions = (
    SimDownlinkTcpConnectionIdleTimeoutOptions.from_dict
)
_from_dict_SimDownlinkTcpConnectionWaitAllOptions = SimDownlinkTcpConnectionWaitAllOptions.from_dict
_from_dict_SimDownlinkTcpConnectionWaitFirstOptions = (
    SimDownlinkTcpConnectionWaitFirstOptions.from_dict
)
_from_dict_SimDownlinkTcpConnectionWaitForPatternOptions = (
    SimDownlinkTcpConnectionWaitForPatternOptions.from_dict
)
