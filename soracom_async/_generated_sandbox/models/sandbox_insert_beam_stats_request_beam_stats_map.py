from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.sandbox_beam_counts import SandboxBeamCounts


T = TypeVar("T", bound="SandboxInsertBeamStatsRequestBeamStatsMap")


@_attrs_define(init=False, repr=False, eq=False)
class SandboxInsertBeamStatsRequestBeamStatsMap:
    """
    Attributes:
        in_http (SandboxBeamCounts | None | Unset):
        in_mqtt (SandboxBeamCounts | None | Unset):
        in_tcp (SandboxBeamCounts | None | Unset):
        in_udp (SandboxBeamCounts | None | Unset):
        out_http (SandboxBeamCounts | None | Unset):
        out_https (SandboxBeamCounts | None | Unset):
        out_mqtt (SandboxBeamCounts | None | Unset):
        out_mqtts (SandboxBeamCounts | None | Unset):
        out_tcp (SandboxBeamCounts | None | Unset):
        out_tcps (SandboxBeamCounts | None | Unset):
        out_udp (SandboxBeamCounts | None | Unset):
    """

    in_http: SandboxBeamCounts | None | Unset = UNSET
    in_mqtt: SandboxBeamCounts | None | Unset = UNSET
    in_tcp: SandboxBeamCounts | None | Unset = UNSET
    in_udp: SandboxBeamCounts | None | Unset = UNSET
    out_http: SandboxBeamCounts | None | Unset = UNSET
    out_https: SandboxBeamCounts | None | Unset = UNSET
    out_mqtt: SandboxBeamCounts | None | Unset = UNSET
    out_mqtts: SandboxBeamCounts | None | Unset = UNSET
    out_tcp: SandboxBeamCounts | None | Unset = UNSET
    out_tcps: SandboxBeamCounts | None | Unset = UNSET
    out_udp: SandboxBeamCounts | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        in_http: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        in_mqtt: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        in_tcp: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        in_udp: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        out_http: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        out_https: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        out_mqtt: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        out_mqtts: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        out_tcp: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        out_tcps: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
        out_udp: SandboxBeamCounts | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.in_http = as_model(
            in_http, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "in_http"
        )
        self.in_mqtt = as_model(
            in_mqtt, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "in_mqtt"
        )
        self.in_tcp = as_model(
            in_tcp, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "in_tcp"
        )
        self.in_udp = as_model(
            in_udp, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "in_udp"
        )
        self.out_http = as_model(
            out_http, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "out_http"
        )
        self.out_https = as_model(
            out_https, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "out_https"
        )
        self.out_mqtt = as_model(
            out_mqtt, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "out_mqtt"
        )
        self.out_mqtts = as_model(
            out_mqtts, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "out_mqtts"
        )
        self.out_tcp = as_model(
            out_tcp, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "out_tcp"
        )
        self.out_tcps = as_model(
            out_tcps, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "out_tcps"
        )
        self.out_udp = as_model(
            out_udp, SandboxBeamCounts, "SandboxInsertBeamStatsRequestBeamStatsMap", "out_udp"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"in_http={self.in_http!r}, "
            f"in_mqtt={self.in_mqtt!r}, "
            f"in_tcp={self.in_tcp!r}, "
            f"in_udp={self.in_udp!r}, "
            f"out_http={self.out_http!r}, "
            f"out_https={self.out_https!r}, "
            f"out_mqtt={self.out_mqtt!r}, "
            f"out_mqtts={self.out_mqtts!r}, "
            f"out_tcp={self.out_tcp!r}, "
            f"out_tcps={self.out_tcps!r}, "
            f"out_udp={self.out_udp!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SandboxInsertBeamStatsRequestBeamStatsMap
        ):
            return NotImplemented
        return (
            self.in_http,
            self.in_mqtt,
            self.in_tcp,
            self.in_udp,
            self.out_http,
            self.out_https,
            self.out_mqtt,
            self.out_mqtts,
            self.out_tcp,
            self.out_tcps,
            self.out_udp,
            self.additional_properties,
        ) == (
            other.in_http,
            other.in_mqtt,
            other.in_tcp,
            other.in_udp,
            other.out_http,
            other.out_https,
            other.out_mqtt,
            other.out_mqtts,
            other.out_tcp,
            other.out_tcps,
            other.out_udp,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        in_http: dict[str, Any] | None | Unset
        if self.in_http is None or self.in_http is UNSET:
            in_http = self.in_http
        else:
            in_http = self.in_http.to_dict()

        in_mqtt: dict[str, Any] | None | Unset
        if self.in_mqtt is None or self.in_mqtt is UNSET:
            in_mqtt = self.in_mqtt
        else:
            in_mqtt = self.in_mqtt.to_dict()

        in_tcp: dict[str, Any] | None | Unset
        if self.in_tcp is None or self.in_tcp is UNSET:
            in_tcp = self.in_tcp
        else:
            in_tcp = self.in_tcp.to_dict()

        in_udp: dict[str, Any] | None | Unset
        if self.in_udp is None or self.in_udp is UNSET:
            in_udp = self.in_udp
        else:
            in_udp = self.in_udp.to_dict()

        out_http: dict[str, Any] | None | Unset
        if self.out_http is None or self.out_http is UNSET:
            out_http = self.out_http
        else:
            out_http = self.out_http.to_dict()

        out_https: dict[str, Any] | None | Unset
        if self.out_https is None or self.out_https is UNSET:
            out_https = self.out_https
        else:
            out_https = self.out_https.to_dict()

        out_mqtt: dict[str, Any] | None | Unset
        if self.out_mqtt is None or self.out_mqtt is UNSET:
            out_mqtt = self.out_mqtt
        else:
            out_mqtt = self.out_mqtt.to_dict()

        out_mqtts: dict[str, Any] | None | Unset
        if self.out_mqtts is None or self.out_mqtts is UNSET:
            out_mqtts = self.out_mqtts
        else:
            out_mqtts = self.out_mqtts.to_dict()

        out_tcp: dict[str, Any] | None | Unset
        if self.out_tcp is None or self.out_tcp is UNSET:
            out_tcp = self.out_tcp
        else:
            out_tcp = self.out_tcp.to_dict()

        out_tcps: dict[str, Any] | None | Unset
        if self.out_tcps is None or self.out_tcps is UNSET:
            out_tcps = self.out_tcps
        else:
            out_tcps = self.out_tcps.to_dict()

        out_udp: dict[str, Any] | None | Unset
        if self.out_udp is None or self.out_udp is UNSET:
            out_udp = self.out_udp
        else:
            out_udp = self.out_udp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_http is not UNSET:
            field_dict["inHttp"] = in_http
        if in_mqtt is not UNSET:
            field_dict["inMqtt"] = in_mqtt
        if in_tcp is not UNSET:
            field_dict["inTcp"] = in_tcp
        if in_udp is not UNSET:
            field_dict["inUdp"] = in_udp
        if out_http is not UNSET:
            field_dict["outHttp"] = out_http
        if out_https is not UNSET:
            field_dict["outHttps"] = out_https
        if out_mqtt is not UNSET:
            field_dict["outMqtt"] = out_mqtt
        if out_mqtts is not UNSET:
            field_dict["outMqtts"] = out_mqtts
        if out_tcp is not UNSET:
            field_dict["outTcp"] = out_tcp
        if out_tcps is not UNSET:
            field_dict["outTcps"] = out_tcps
        if out_udp is not UNSET:
            field_dict["outUdp"] = out_udp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _in_http = d.pop("inHttp", UNSET)
        in_http: SandboxBeamCounts | None | Unset
        if _in_http is None or _in_http is UNSET:
            in_http = _in_http
        else:
            in_http = _from_dict_SandboxBeamCounts(_in_http)

        _in_mqtt = d.pop("inMqtt", UNSET)
        in_mqtt: SandboxBeamCounts | None | Unset
        if _in_mqtt is None or _in_mqtt is UNSET:
            in_mqtt = _in_mqtt
        else:
            in_mqtt = _from_dict_SandboxBeamCounts(_in_mqtt)

        _in_tcp = d.pop("inTcp", UNSET)
        in_tcp: SandboxBeamCounts | None | Unset
        if _in_tcp is None or _in_tcp is UNSET:
            in_tcp = _in_tcp
        else:
            in_tcp = _from_dict_SandboxBeamCounts(_in_tcp)

        _in_udp = d.pop("inUdp", UNSET)
        in_udp: SandboxBeamCounts | None | Unset
        if _in_udp is None or _in_udp is UNSET:
            in_udp = _in_udp
        else:
            in_udp = _from_dict_SandboxBeamCounts(_in_udp)

        _out_http = d.pop("outHttp", UNSET)
        out_http: SandboxBeamCounts | None | Unset
        if _out_http is None or _out_http is UNSET:
            out_http = _out_http
        else:
            out_http = _from_dict_SandboxBeamCounts(_out_http)

        _out_https = d.pop("outHttps", UNSET)
        out_https: SandboxBeamCounts | None | Unset
        if _out_https is None or _out_https is UNSET:
            out_https = _out_https
        else:
            out_https = _from_dict_SandboxBeamCounts(_out_https)

        _out_mqtt = d.pop("outMqtt", UNSET)
        out_mqtt: SandboxBeamCounts | None | Unset
        if _out_mqtt is None or _out_mqtt is UNSET:
            out_mqtt = _out_mqtt
        else:
            out_mqtt = _from_dict_SandboxBeamCounts(_out_mqtt)

        _out_mqtts = d.pop("outMqtts", UNSET)
        out_mqtts: SandboxBeamCounts | None | Unset
        if _out_mqtts is None or _out_mqtts is UNSET:
            out_mqtts = _out_mqtts
        else:
            out_mqtts = _from_dict_SandboxBeamCounts(_out_mqtts)

        _out_tcp = d.pop("outTcp", UNSET)
        out_tcp: SandboxBeamCounts | None | Unset
        if _out_tcp is None or _out_tcp is UNSET:
            out_tcp = _out_tcp
        else:
            out_tcp = _from_dict_SandboxBeamCounts(_out_tcp)

        _out_tcps = d.pop("outTcps", UNSET)
        out_tcps: SandboxBeamCounts | None | Unset
        if _out_tcps is None or _out_tcps is UNSET:
            out_tcps = _out_tcps
        else:
            out_tcps = _from_dict_SandboxBeamCounts(_out_tcps)

        _out_udp = d.pop("outUdp", UNSET)
        out_udp: SandboxBeamCounts | None | Unset
        if _out_udp is None or _out_udp is UNSET:
            out_udp = _out_udp
        else:
            out_udp = _from_dict_SandboxBeamCounts(_out_udp)

        _self = cls.__new__(cls)
        _self.in_http = in_http
        _self.in_mqtt = in_mqtt
        _self.in_tcp = in_tcp
        _self.in_udp = in_udp
        _self.out_http = out_http
        _self.out_https = out_https
        _self.out_mqtt = out_mqtt
        _self.out_mqtts = out_mqtts
        _self.out_tcp = out_tcp
        _self.out_tcps = out_tcps
        _self.out_udp = out_udp
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
from ..models.sandbox_beam_counts import SandboxBeamCounts  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SandboxBeamCounts = SandboxBeamCounts.from_dict
