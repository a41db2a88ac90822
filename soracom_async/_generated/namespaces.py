"""The API groups as lazily created namespaces of the client (`client.sim`, ...)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from .facade.analysis import AnalysisApi
    from .facade.audit_log import AuditLogApi
    from .facade.auth import AuthApi
    from .facade.batch import BatchApi
    from .facade.billing import BillingApi
    from .facade.cell_location import CellLocationApi
    from .facade.credential import CredentialApi
    from .facade.data_entry import DataEntryApi
    from .facade.device import DeviceApi
    from .facade.device_object_model import DeviceObjectModelApi
    from .facade.diagnostic import DiagnosticApi
    from .facade.email import EmailApi
    from .facade.event_handler import EventHandlerApi
    from .facade.file_entry import FileEntryApi
    from .facade.files import FilesApi
    from .facade.gadget import GadgetApi
    from .facade.group import GroupApi
    from .facade.lagoon import LagoonApi
    from .facade.log import LogApi
    from .facade.lora_device import LoraDeviceApi
    from .facade.lora_gateway import LoraGatewayApi
    from .facade.lora_network_set import LoraNetworkSetApi
    from .facade.operator import OperatorApi
    from .facade.order import OrderApi
    from .facade.payment import PaymentApi
    from .facade.port_mapping import PortMappingApi
    from .facade.query import QueryApi
    from .facade.resource_summary import ResourceSummaryApi
    from .facade.role import RoleApi
    from .facade.shipping_address import ShippingAddressApi
    from .facade.sigfox_device import SigfoxDeviceApi
    from .facade.sim import SimApi
    from .facade.sim_profile_order import SimProfileOrderApi
    from .facade.sora_cam import SoraCamApi
    from .facade.soralet import SoraletApi
    from .facade.stats import StatsApi
    from .facade.subscriber import SubscriberApi
    from .facade.system_notification import SystemNotificationApi
    from .facade.user import UserApi
    from .facade.virtual_private_gateway import VirtualPrivateGatewayApi


class TagNamespaces:
    """Mixed into SoracomClient: each group is imported on first use."""

    _pipeline: Pipeline

    @cached_property
    def analysis(self) -> AnalysisApi:
        """The `Analysis` operations."""
        from .facade.analysis import AnalysisApi

        return AnalysisApi(self._pipeline)

    @cached_property
    def audit_log(self) -> AuditLogApi:
        """The `AuditLog` operations."""
        from .facade.audit_log import AuditLogApi

        return AuditLogApi(self._pipeline)

    @cached_property
    def auth(self) -> AuthApi:
        """The `Auth` operations."""
        from .facade.auth import AuthApi

        return AuthApi(self._pipeline)

    @cached_property
    def batch(self) -> BatchApi:
        """The `Batch` operations."""
        from .facade.batch import BatchApi

        return BatchApi(self._pipeline)

    @cached_property
    def billing(self) -> BillingApi:
        """The `Billing` operations."""
        from .facade.billing import BillingApi

        return BillingApi(self._pipeline)

    @cached_property
    def cell_location(self) -> CellLocationApi:
        """The `CellLocation` operations."""
        from .facade.cell_location import CellLocationApi

        return CellLocationApi(self._pipeline)

    @cached_property
    def credential(self) -> CredentialApi:
        """The `Credential` operations."""
        from .facade.credential import CredentialApi

        return CredentialApi(self._pipeline)

    @cached_property
    def data_entry(self) -> DataEntryApi:
        """The `DataEntry` operations."""
        from .facade.data_entry import DataEntryApi

        return DataEntryApi(self._pipeline)

    @cached_property
    def device(self) -> DeviceApi:
        """The `Device` operations."""
        from .facade.device import DeviceApi

        return DeviceApi(self._pipeline)

    @cached_property
    def device_object_model(self) -> DeviceObjectModelApi:
        """The `DeviceObjectModel` operations."""
        from .facade.device_object_model import DeviceObjectModelApi

        return DeviceObjectModelApi(self._pipeline)

    @cached_property
    def diagnostic(self) -> DiagnosticApi:
        """The `Diagnostic` operations."""
        from .facade.diagnostic import DiagnosticApi

        return DiagnosticApi(self._pipeline)

    @cached_property
    def email(self) -> EmailApi:
        """The `Email` operations."""
        from .facade.email import EmailApi

        return EmailApi(self._pipeline)

    @cached_property
    def event_handler(self) -> EventHandlerApi:
        """The `EventHandler` operations."""
        from .facade.event_handler import EventHandlerApi

        return EventHandlerApi(self._pipeline)

    @cached_property
    def file_entry(self) -> FileEntryApi:
        """The `FileEntry` operations."""
        from .facade.file_entry import FileEntryApi

        return FileEntryApi(self._pipeline)

    @cached_property
    def files(self) -> FilesApi:
        """The `Files` operations."""
        from .facade.files import FilesApi

        return FilesApi(self._pipeline)

    @cached_property
    def gadget(self) -> GadgetApi:
        """The `Gadget` operations."""
        from .facade.gadget import GadgetApi

        return GadgetApi(self._pipeline)

    @cached_property
    def group(self) -> GroupApi:
        """The `Group` operations."""
        from .facade.group import GroupApi

        return GroupApi(self._pipeline)

    @cached_property
    def lagoon(self) -> LagoonApi:
        """The `Lagoon` operations."""
        from .facade.lagoon import LagoonApi

        return LagoonApi(self._pipeline)

    @cached_property
    def log(self) -> LogApi:
        """The `Log` operations."""
        from .facade.log import LogApi

        return LogApi(self._pipeline)

    @cached_property
    def lora_device(self) -> LoraDeviceApi:
        """The `LoraDevice` operations."""
        from .facade.lora_device import LoraDeviceApi

        return LoraDeviceApi(self._pipeline)

    @cached_property
    def lora_gateway(self) -> LoraGatewayApi:
        """The `LoraGateway` operations."""
        from .facade.lora_gateway import LoraGatewayApi

        return LoraGatewayApi(self._pipeline)

    @cached_property
    def lora_network_set(self) -> LoraNetworkSetApi:
        """The `LoraNetworkSet` operations."""
        from .facade.lora_network_set import LoraNetworkSetApi

        return LoraNetworkSetApi(self._pipeline)

    @cached_property
    def operator(self) -> OperatorApi:
        """The `Operator` operations."""
        from .facade.operator import OperatorApi

        return OperatorApi(self._pipeline)

    @cached_property
    def order(self) -> OrderApi:
        """The `Order` operations."""
        from .facade.order import OrderApi

        return OrderApi(self._pipeline)

    @cached_property
    def payment(self) -> PaymentApi:
        """The `Payment` operations."""
        from .facade.payment import PaymentApi

        return PaymentApi(self._pipeline)

    @cached_property
    def port_mapping(self) -> PortMappingApi:
        """The `PortMapping` operations."""
        from .facade.port_mapping import PortMappingApi

        return PortMappingApi(self._pipeline)

    @cached_property
    def query(self) -> QueryApi:
        """The `Query` operations."""
        from .facade.query import QueryApi

        return QueryApi(self._pipeline)

    @cached_property
    def resource_summary(self) -> ResourceSummaryApi:
        """The `ResourceSummary` operations."""
        from .facade.resource_summary import ResourceSummaryApi

        return ResourceSummaryApi(self._pipeline)

    @cached_property
    def role(self) -> RoleApi:
        """The `Role` operations."""
        from .facade.role import RoleApi

        return RoleApi(self._pipeline)

    @cached_property
    def shipping_address(self) -> ShippingAddressApi:
        """The `ShippingAddress` operations."""
        from .facade.shipping_address import ShippingAddressApi

        return ShippingAddressApi(self._pipeline)

    @cached_property
    def sigfox_device(self) -> SigfoxDeviceApi:
        """The `SigfoxDevice` operations."""
        from .facade.sigfox_device import SigfoxDeviceApi

        return SigfoxDeviceApi(self._pipeline)

    @cached_property
    def sim(self) -> SimApi:
        """The `Sim` operations."""
        from .facade.sim import SimApi

        return SimApi(self._pipeline)

    @cached_property
    def sim_profile_order(self) -> SimProfileOrderApi:
        """The `SimProfileOrder` operations."""
        from .facade.sim_profile_order import SimProfileOrderApi

        return SimProfileOrderApi(self._pipeline)

    @cached_property
    def sora_cam(self) -> SoraCamApi:
        """The `SoraCam` operations."""
        from .facade.sora_cam import SoraCamApi

        return SoraCamApi(self._pipeline)

    @cached_property
    def soralet(self) -> SoraletApi:
        """The `Soralet` operations."""
        from .facade.soralet import SoraletApi

        return SoraletApi(self._pipeline)

    @cached_property
    def stats(self) -> StatsApi:
        """The `Stats` operations."""
        from .facade.stats import StatsApi

        return StatsApi(self._pipeline)

    @cached_property
    def subscriber(self) -> SubscriberApi:
        """The `Subscriber` operations."""
        from .facade.subscriber import SubscriberApi

        return SubscriberApi(self._pipeline)

    @cached_property
    def system_notification(self) -> SystemNotificationApi:
        """The `SystemNotification` operations."""
        from .facade.system_notification import SystemNotificationApi

        return SystemNotificationApi(self._pipeline)

    @cached_property
    def user(self) -> UserApi:
        """The `User` operations."""
        from .facade.user import UserApi

        return UserApi(self._pipeline)

    @cached_property
    def virtual_private_gateway(self) -> VirtualPrivateGatewayApi:
        """The `VirtualPrivateGateway` operations."""
        from .facade.virtual_private_gateway import VirtualPrivateGatewayApi

        return VirtualPrivateGatewayApi(self._pipeline)
