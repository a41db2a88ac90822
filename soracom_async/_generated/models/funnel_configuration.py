from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_content_type import FunnelContentType
from ..types import UNSET, Unset, as_enum, wrong_shape

if TYPE_CHECKING:
    from ..models.funnel_acroquest_torrentio_destination import FunnelAcroquestTorrentioDestination
    from ..models.funnel_aws_firehose_destination import FunnelAWSFirehoseDestination
    from ..models.funnel_aws_io_t_destination import FunnelAWSIoTDestination
    from ..models.funnel_aws_kinesis_destination import FunnelAWSKinesisDestination
    from ..models.funnel_azure_event_hub_destination import FunnelAzureEventHubDestination
    from ..models.funnel_brains_tech_impulse_destination import FunnelBrainsTechImpulseDestination
    from ..models.funnel_destination import FunnelDestination
    from ..models.funnel_esrij_arcgis_online_destination import FunnelEsrijArcgisOnlineDestination
    from ..models.funnel_google_pub_sub_destination import FunnelGooglePubSubDestination
    from ..models.funnel_infoteria_platio_destination import FunnelInfoteriaPlatioDestination
    from ..models.funnel_kii_thingif_destination import FunnelKiiThingifDestination
    from ..models.funnel_landlog_destination import FunnelLandlogDestination
    from ..models.funnel_optim_cloudiotos_destination import FunnelOptimCloudiotosDestination
    from ..models.funnel_sensor_corpus_destination import FunnelSensorCorpusDestination
    from ..models.funnel_teradata_intellicloud_destination import (
        FunnelTeradataIntellicloudDestination,
    )
    from ..models.funnel_wingarc_motionboard_destination import FunnelWingarcMotionboardDestination
    from ..models.funnel_yaskawa_mmcloud_destination import FunnelYaskawaMmcloudDestination


T = TypeVar("T", bound="FunnelConfiguration")


@_attrs_define(init=False, repr=False, eq=False)
class FunnelConfiguration:
    """
    Attributes:
        add_sim_id (bool | None | Unset):  Default: False.
        content_type (FunnelContentType | None | Unset):
        credentials_id (str | None | Unset):
        destination (FunnelAcroquestTorrentioDestination | FunnelAWSFirehoseDestination | FunnelAWSIoTDestination |
            FunnelAWSKinesisDestination | FunnelAzureEventHubDestination | FunnelBrainsTechImpulseDestination |
            FunnelDestination | FunnelEsrijArcgisOnlineDestination | FunnelGooglePubSubDestination |
            FunnelInfoteriaPlatioDestination | FunnelKiiThingifDestination | FunnelLandlogDestination |
            FunnelOptimCloudiotosDestination | FunnelSensorCorpusDestination | FunnelTeradataIntellicloudDestination |
            FunnelWingarcMotionboardDestination | FunnelYaskawaMmcloudDestination | None | Unset):
        enabled (bool | None | Unset):  Default: False.
    """

    add_sim_id: bool | None | Unset = False
    content_type: FunnelContentType | None | Unset = UNSET
    credentials_id: str | None | Unset = UNSET
    destination: (
        FunnelAcroquestTorrentioDestination
        | FunnelAWSFirehoseDestination
        | FunnelAWSIoTDestination
        | FunnelAWSKinesisDestination
        | FunnelAzureEventHubDestination
        | FunnelBrainsTechImpulseDestination
        | FunnelDestination
        | FunnelEsrijArcgisOnlineDestination
        | FunnelGooglePubSubDestination
        | FunnelInfoteriaPlatioDestination
        | FunnelKiiThingifDestination
        | FunnelLandlogDestination
        | FunnelOptimCloudiotosDestination
        | FunnelSensorCorpusDestination
        | FunnelTeradataIntellicloudDestination
        | FunnelWingarcMotionboardDestination
        | FunnelYaskawaMmcloudDestination
        | None
        | Unset
    ) = UNSET
    enabled: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        add_sim_id: bool | None | Unset = False,
        content_type: FunnelContentType
        | Literal["json", "text", "unspecified", "binary", "application/x-soracom-bf-v1"]
        | None
        | Unset = UNSET,
        credentials_id: str | None | Unset = UNSET,
        destination: FunnelAcroquestTorrentioDestination
        | FunnelAWSFirehoseDestination
        | FunnelAWSIoTDestination
        | FunnelAWSKinesisDestination
        | FunnelAzureEventHubDestination
        | FunnelBrainsTechImpulseDestination
        | FunnelDestination
        | FunnelEsrijArcgisOnlineDestination
        | FunnelGooglePubSubDestination
        | FunnelInfoteriaPlatioDestination
        | FunnelKiiThingifDestination
        | FunnelLandlogDestination
        | FunnelOptimCloudiotosDestination
        | FunnelSensorCorpusDestination
        | FunnelTeradataIntellicloudDestination
        | FunnelWingarcMotionboardDestination
        | FunnelYaskawaMmcloudDestination
        | None
        | Unset = UNSET,
        enabled: bool | None | Unset = False,
    ) -> None:
        self.add_sim_id = add_sim_id
        self.content_type = as_enum(
            content_type, FunnelContentType, "FunnelConfiguration", "content_type"
        )
        self.credentials_id = credentials_id
        self.destination = destination
        self.enabled = enabled
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"add_sim_id={self.add_sim_id!r}, "
            f"content_type={self.content_type!r}, "
            f"credentials_id={self.credentials_id!r}, "
            f"destination={self.destination!r}, "
            f"enabled={self.enabled!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, FunnelConfiguration):
            return NotImplemented
        return (
            self.add_sim_id,
            self.content_type,
            self.credentials_id,
            self.destination,
            self.enabled,
            self.additional_properties,
        ) == (
            other.add_sim_id,
            other.content_type,
            other.credentials_id,
            other.destination,
            other.enabled,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        add_sim_id = self.add_sim_id

        content_type: str | None | Unset
        if self.content_type is None or self.content_type is UNSET:
            content_type = self.content_type
        else:
            content_type = str(self.content_type)

        credentials_id = self.credentials_id

        destination: dict[str, Any] | None | Unset
        if self.destination is None or self.destination is UNSET:
            destination = self.destination
        elif isinstance(self.destination, FunnelDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelAWSFirehoseDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelAWSIoTDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelAWSKinesisDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelAzureEventHubDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelGooglePubSubDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelAcroquestTorrentioDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelBrainsTechImpulseDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelEsrijArcgisOnlineDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelInfoteriaPlatioDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelKiiThingifDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelLandlogDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelOptimCloudiotosDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelTeradataIntellicloudDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelWingarcMotionboardDestination):
            destination = self.destination.to_dict()

        elif isinstance(self.destination, FunnelYaskawaMmcloudDestination):
            destination = self.destination.to_dict()

        else:
            destination = self.destination.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_sim_id is not UNSET:
            field_dict["addSimId"] = add_sim_id
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if credentials_id is not UNSET:
            field_dict["credentialsId"] = credentials_id
        if destination is not UNSET:
            field_dict["destination"] = destination
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        add_sim_id = d.pop("addSimId", UNSET)

        _content_type = d.pop("contentType", UNSET)
        content_type: FunnelContentType | None | Unset
        if _content_type is None or _content_type is UNSET:
            content_type = _content_type
        else:
            try:
                content_type = _by_value_FunnelContentType[_content_type]
            except (KeyError, TypeError):
                content_type = FunnelContentType(_content_type)

        credentials_id = d.pop("credentialsId", UNSET)

        def _parse_destination(
            data: object,
        ) -> (
            FunnelAcroquestTorrentioDestination
            | FunnelAWSFirehoseDestination
            | FunnelAWSIoTDestination
            | FunnelAWSKinesisDestination
            | FunnelAzureEventHubDestination
            | FunnelBrainsTechImpulseDestination
            | FunnelDestination
            | FunnelEsrijArcgisOnlineDestination
            | FunnelGooglePubSubDestination
            | FunnelInfoteriaPlatioDestination
            | FunnelKiiThingifDestination
            | FunnelLandlogDestination
            | FunnelOptimCloudiotosDestination
            | FunnelSensorCorpusDestination
            | FunnelTeradataIntellicloudDestination
            | FunnelWingarcMotionboardDestination
            | FunnelYaskawaMmcloudDestination
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
                destination_type_0 = _from_dict_FunnelDestination(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_1 = _from_dict_FunnelAWSFirehoseDestination(data)

                return destination_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_2 = _from_dict_FunnelAWSIoTDestination(data)

                return destination_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_3 = _from_dict_FunnelAWSKinesisDestination(data)

                return destination_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_4 = _from_dict_FunnelAzureEventHubDestination(data)

                return destination_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_5 = _from_dict_FunnelGooglePubSubDestination(data)

                return destination_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_6 = _from_dict_FunnelAcroquestTorrentioDestination(data)

                return destination_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_7 = _from_dict_FunnelBrainsTechImpulseDestination(data)

                return destination_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_8 = _from_dict_FunnelEsrijArcgisOnlineDestination(data)

                return destination_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_9 = _from_dict_FunnelInfoteriaPlatioDestination(data)

                return destination_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_10 = _from_dict_FunnelKiiThingifDestination(data)

                return destination_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_11 = _from_dict_FunnelLandlogDestination(data)

                return destination_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_12 = _from_dict_FunnelOptimCloudiotosDestination(data)

                return destination_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_13 = _from_dict_FunnelTeradataIntellicloudDestination(data)

                return destination_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_14 = _from_dict_FunnelWingarcMotionboardDestination(data)

                return destination_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_15 = _from_dict_FunnelYaskawaMmcloudDestination(data)

                return destination_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            destination_type_16 = _from_dict_FunnelSensorCorpusDestination(data)

            return destination_type_16

        destination = _parse_destination(d.pop("destination", UNSET))

        enabled = d.pop("enabled", UNSET)

        _self = cls.__new__(cls)
        _self.add_sim_id = add_sim_id
        _self.content_type = content_type
        _self.credentials_id = credentials_id
        _self.destination = destination
        _self.enabled = enabled
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
from ..models.funnel_acroquest_torrentio_destination import FunnelAcroquestTorrentioDestination  # noqa: E402
from ..models.funnel_aws_firehose_destination import FunnelAWSFirehoseDestination  # noqa: E402
from ..models.funnel_aws_io_t_destination import FunnelAWSIoTDestination  # noqa: E402
from ..models.funnel_aws_kinesis_destination import FunnelAWSKinesisDestination  # noqa: E402
from ..models.funnel_azure_event_hub_destination import FunnelAzureEventHubDestination  # noqa: E402
from ..models.funnel_brains_tech_impulse_destination import FunnelBrainsTechImpulseDestination  # noqa: E402
from ..models.funnel_destination import FunnelDestination  # noqa: E402
from ..models.funnel_esrij_arcgis_online_destination import FunnelEsrijArcgisOnlineDestination  # noqa: E402
from ..models.funnel_google_pub_sub_destination import FunnelGooglePubSubDestination  # noqa: E402
from ..models.funnel_infoteria_platio_destination import FunnelInfoteriaPlatioDestination  # noqa: E402
from ..models.funnel_kii_thingif_destination import FunnelKiiThingifDestination  # noqa: E402
from ..models.funnel_landlog_destination import FunnelLandlogDestination  # noqa: E402
from ..models.funnel_optim_cloudiotos_destination import FunnelOptimCloudiotosDestination  # noqa: E402
from ..models.funnel_sensor_corpus_destination import FunnelSensorCorpusDestination  # noqa: E402
from ..models.funnel_teradata_intellicloud_destination import FunnelTeradataIntellicloudDestination  # noqa: E402
from ..models.funnel_wingarc_motionboard_destination import FunnelWingarcMotionboardDestination  # noqa: E402
from ..models.funnel_yaskawa_mmcloud_destination import FunnelYaskawaMmcloudDestination  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_FunnelContentType = FunnelContentType._value2member_map_
_from_dict_FunnelAWSFirehoseDestination = FunnelAWSFirehoseDestination.from_dict
_from_dict_FunnelAWSIoTDestination = FunnelAWSIoTDestination.from_dict
_from_dict_FunnelAWSKinesisDestination = FunnelAWSKinesisDestination.from_dict
_from_dict_FunnelAcroquestTorrentioDestination = FunnelAcroquestTorrentioDestination.from_dict
_from_dict_FunnelAzureEventHubDestination = FunnelAzureEventHubDestination.from_dict
_from_dict_FunnelBrainsTechImpulseDestination = FunnelBrainsTechImpulseDestination.from_dict
_from_dict_FunnelDestination = FunnelDestination.from_dict
_from_dict_FunnelEsrijArcgisOnlineDestination = FunnelEsrijArcgisOnlineDestination.from_dict
_from_dict_FunnelGooglePubSubDestination = FunnelGooglePubSubDestination.from_dict
_from_dict_FunnelInfoteriaPlatioDestination = FunnelInfoteriaPlatioDestination.from_dict
_from_dict_FunnelKiiThingifDestination = FunnelKiiThingifDestination.from_dict
_from_dict_FunnelLandlogDestination = FunnelLandlogDestination.from_dict
_from_dict_FunnelOptimCloudiotosDestination = FunnelOptimCloudiotosDestination.from_dict
_from_dict_FunnelSensorCorpusDestination = FunnelSensorCorpusDestination.from_dict
_from_dict_FunnelTeradataIntellicloudDestination = FunnelTeradataIntellicloudDestination.from_dict
_from_dict_FunnelWingarcMotionboardDestination = FunnelWingarcMotionboardDestination.from_dict
_from_dict_FunnelYaskawaMmcloudDestination = FunnelYaskawaMmcloudDestination.from_dict
