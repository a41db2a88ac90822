from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_rtsp_command_snapshot import SimDownlinkRtspCommandSnapshot
from ..types import UNSET, Unset, as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sim_downlink_rtsp_authentication_basic import SimDownlinkRtspAuthenticationBasic
    from ..models.sim_downlink_rtsp_authentication_none import SimDownlinkRtspAuthenticationNone
    from ..models.sim_downlink_rtsp_command_snapshot_options import (
        SimDownlinkRtspCommandSnapshotOptions,
    )


T = TypeVar("T", bound="SimDownlinkRtspRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkRtspRequest:
    """
    Attributes:
        command (SimDownlinkRtspCommandSnapshot): Request to take a snapshot of the RTSP stream.
        authentication (SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | None | Unset):
            Authentication method for RTSP connection. Specify one of the following for `type`, and provide the required
            information according to the authentication method.

            - `none`: No authentication.
            - `basic`: Basic authentication.

            If not specified, the default is `none`.
        options (SimDownlinkRtspCommandSnapshotOptions | None | Unset):
        path (str | None | Unset): Path of RTSP stream started with `/`
        port (int | None | Unset): Port number for the RTSP connection. Default: 554.
    """

    command: SimDownlinkRtspCommandSnapshot
    authentication: (
        SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | None | Unset
    ) = UNSET
    options: SimDownlinkRtspCommandSnapshotOptions | None | Unset = UNSET
    path: str | None | Unset = UNSET
    port: int | None | Unset = 554
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        command: SimDownlinkRtspCommandSnapshot | Literal["snapshot"],
        authentication: SimDownlinkRtspAuthenticationBasic
        | SimDownlinkRtspAuthenticationNone
        | None
        | Unset = UNSET,
        options: SimDownlinkRtspCommandSnapshotOptions | Mapping[str, Any] | None | Unset = UNSET,
        path: str | None | Unset = UNSET,
        port: int | None | Unset = 554,
    ) -> None:
        self.command = as_enum(
            command, SimDownlinkRtspCommandSnapshot, "SimDownlinkRtspRequest", "command"
        )
        self.authentication = authentication
        self.options = as_model(
            options, SimDownlinkRtspCommandSnapshotOptions, "SimDownlinkRtspRequest", "options"
        )
        self.path = path
        self.port = port
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"command={self.command!r}, "
            f"authentication={self.authentication!r}, "
            f"options={self.options!r}, "
            f"path={self.path!r}, "
            f"port={self.port!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimDownlinkRtspRequest):
            return NotImplemented
        return (
            self.command,
            self.authentication,
            self.options,
            self.path,
            self.port,
            self.additional_properties,
        ) == (
            other.command,
            other.authentication,
            other.options,
            other.path,
            other.port,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        command = str(self.command)

        authentication: dict[str, Any] | None | Unset
        if self.authentication is None or self.authentication is UNSET:
            authentication = self.authentication
        elif isinstance(self.authentication, SimDownlinkRtspAuthenticationBasic):
            authentication = self.authentication.to_dict()

        else:
            authentication = self.authentication.to_dict()

        options: dict[str, Any] | None | Unset
        if self.options is None or self.options is UNSET:
            options = self.options
        else:
            options = self.options.to_dict()

        path = self.path

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if options is not UNSET:
            field_dict["options"] = options
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_command = d.pop("command", None)
        if _required_command is None:
            raise missing_field(cls.__name__, "command")
        _command = _required_command
        try:
            command = _by_value_SimDownlinkRtspCommandSnapshot[_command]
        except (KeyError, TypeError):
            command = SimDownlinkRtspCommandSnapshot(_command)

        def _parse_authentication(
            data: object,
        ) -> SimDownlinkRtspAuthenticationBasic | SimDownlinkRtspAuthenticationNone | None | Unset:
            if data is None:
                return data
            if data is UNSET:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authentication_type_0 = _from_dict_SimDownlinkRtspAuthenticationBasic(data)

                return authentication_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            authentication_type_1 = _from_dict_SimDownlinkRtspAuthenticationNone(data)

            return authentication_type_1

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        _options = d.pop("options", UNSET)
        options: SimDownlinkRtspCommandSnapshotOptions | None | Unset
        if _options is None or _options is UNSET:
            options = _options
        else:
            options = _from_dict_SimDownlinkRtspCommandSnapshotOptions(_options)

        path = d.pop("path", UNSET)

        port = d.pop("port", UNSET)

        _self = cls.__new__(cls)
        _self.command = command
        _self.authentication = authentication
        _self.options = options
        _self.path = path
        _self.port = port
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
from ..models.sim_downlink_rtsp_authentication_basic import SimDownlinkRtspAuthenticationBasic  # noqa: E402
from ..models.sim_downlink_rtsp_authentication_none import SimDownlinkRtspAuthenticationNone  # noqa: E402
from ..models.sim_downlink_rtsp_command_snapshot_options import (
    SimDownlinkRtspCommandSnapshotOptions,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_by_value_SimDownlinkRtspCommandSnapshot = SimDownlinkRtspCommandSnapshot._value2member_map_
_from_dict_SimDownlinkRtspAuthenticationBasic = SimDownlinkRtspAuthenticationBasic.from_dict
_from_dict_SimDownlinkRtspAuthenticationNone = SimDownlinkRtspAuthenticationNone.from_dict
_from_dict_SimDownlinkRtspCommandSnapshotOptions = SimDownlinkRtspCommandSnapshotOptions.from_dict
