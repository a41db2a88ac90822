"""The data models of the Soracom API, imported on first use (there are hundreds)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_config import ActionConfig
    from .action_config_property import ActionConfigProperty
    from .action_config_property_execution_date_time_const import (
        ActionConfigPropertyExecutionDateTimeConst,
    )
    from .action_config_property_headers import ActionConfigPropertyHeaders
    from .action_config_property_http_method import ActionConfigPropertyHttpMethod
    from .action_config_property_speed_class import ActionConfigPropertySpeedClass
    from .action_config_type import ActionConfigType
    from .activate_payment_method_response_200 import ActivatePaymentMethodResponse200
    from .add_subscription_body import AddSubscriptionBody
    from .add_subscription_body_subscription import AddSubscriptionBodySubscription
    from .add_subscription_body_type import AddSubscriptionBodyType
    from .air_aggregated_stats_response import AirAggregatedStatsResponse
    from .air_stats_response import AirStatsResponse
    from .air_stats_response_data_traffic_stats_map import AirStatsResponseDataTrafficStatsMap
    from .api_audit_log_entry import APIAuditLogEntry
    from .api_call_error import APICallError
    from .api_call_error_message import APICallErrorMessage
    from .arc_credential_attach_request import ArcCredentialAttachRequest
    from .arc_credential_attach_response import ArcCredentialAttachResponse
    from .arc_credential_renew_request import ArcCredentialRenewRequest
    from .arc_credential_renew_response import ArcCredentialRenewResponse
    from .arc_session_create_response import ArcSessionCreateResponse
    from .arc_session_status import ArcSessionStatus
    from .attach_role_request import AttachRoleRequest
    from .attribute_update import AttributeUpdate
    from .auth_key_response import AuthKeyResponse
    from .auth_request import AuthRequest
    from .auth_response import AuthResponse
    from .available_long_term_discount_model import AvailableLongTermDiscountModel
    from .available_long_term_discount_model_currency import AvailableLongTermDiscountModelCurrency
    from .available_long_term_discount_model_volume_discount_payment_type import (
        AvailableLongTermDiscountModelVolumeDiscountPaymentType,
    )
    from .available_long_term_discount_model_volume_discount_type import (
        AvailableLongTermDiscountModelVolumeDiscountType,
    )
    from .available_long_term_discount_response import AvailableLongTermDiscountResponse
    from .batch_group_response import BatchGroupResponse
    from .batch_job_response import BatchJobResponse
    from .batch_job_response_status import BatchJobResponseStatus
    from .batch_job_summary import BatchJobSummary
    from .batch_task_api_request import BatchTaskApiRequest
    from .batch_task_api_request_method import BatchTaskApiRequestMethod
    from .batch_task_api_response import BatchTaskApiResponse
    from .batch_task_api_response_body import BatchTaskApiResponseBody
    from .batch_task_request import BatchTaskRequest
    from .batch_task_response import BatchTaskResponse
    from .batch_task_response_status import BatchTaskResponseStatus
    from .beam_stats_response import BeamStatsResponse
    from .beam_stats_response_beam_stats_map import BeamStatsResponseBeamStatsMap
    from .bill_item_cost_breakdown import BillItemCostBreakdown
    from .billing_summary_response_of_bill_items import BillingSummaryResponseOfBillItems
    from .billing_summary_response_of_bill_items_currency import (
        BillingSummaryResponseOfBillItemsCurrency,
    )
    from .billing_summary_response_of_sims import BillingSummaryResponseOfSims
    from .billing_summary_response_of_sims_currency import BillingSummaryResponseOfSimsCurrency
    from .capabilities import Capabilities
    from .cell import Cell
    from .cell_identifier import CellIdentifier
    from .cell_location import CellLocation
    from .cell_radio_type import CellRadioType
    from .company_information_model import CompanyInformationModel
    from .contract_detail_of_harvest import ContractDetailOfHarvest
    from .contract_detail_of_harvest_plan import ContractDetailOfHarvestPlan
    from .contract_detail_of_support import ContractDetailOfSupport
    from .contract_detail_of_support_tier import ContractDetailOfSupportTier
    from .contract_updated_response import ContractUpdatedResponse
    from .contract_updated_response_contract_name import ContractUpdatedResponseContractName
    from .contract_updating_request import ContractUpdatingRequest
    from .contract_updating_request_contract_name import ContractUpdatingRequestContractName
    from .coupon_response import CouponResponse
    from .coupon_response_currency import CouponResponseCurrency
    from .coverage_type import CoverageType
    from .create_and_update_credentials_model import CreateAndUpdateCredentialsModel
    from .create_and_update_credentials_model_credentials import (
        CreateAndUpdateCredentialsModelCredentials,
    )
    from .create_and_update_credentials_model_type import CreateAndUpdateCredentialsModelType
    from .create_arc_session_body import CreateArcSessionBody
    from .create_batch_group_request import CreateBatchGroupRequest
    from .create_batch_job_request import CreateBatchJobRequest
    from .create_customer_route_request import CreateCustomerRouteRequest
    from .create_estimated_coupon_request import CreateEstimatedCouponRequest
    from .create_estimated_order_request import CreateEstimatedOrderRequest
    from .create_estimated_volume_discount_request import CreateEstimatedVolumeDiscountRequest
    from .create_estimated_volume_discount_request_volume_discount_payment_type import (
        CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType,
    )
    from .create_estimated_volume_discount_request_volume_discount_type import (
        CreateEstimatedVolumeDiscountRequestVolumeDiscountType,
    )
    from .create_event_handler_request import CreateEventHandlerRequest
    from .create_event_handler_request_status import CreateEventHandlerRequestStatus
    from .create_group_request import CreateGroupRequest
    from .create_or_update_role_request import CreateOrUpdateRoleRequest
    from .create_port_mapping_request import CreatePortMappingRequest
    from .create_port_mapping_request_for_sim import CreatePortMappingRequestForSim
    from .create_role_response import CreateRoleResponse
    from .create_sim_profile_order_request import CreateSimProfileOrderRequest
    from .create_sim_profile_order_request_bundles_item import (
        CreateSimProfileOrderRequestBundlesItem,
    )
    from .create_sim_profile_order_request_speed_class import CreateSimProfileOrderRequestSpeedClass
    from .create_sim_request import CreateSimRequest
    from .create_sim_request_subscription import CreateSimRequestSubscription
    from .create_sim_request_type import CreateSimRequestType
    from .create_soralet_request import CreateSoraletRequest
    from .create_transit_gateway_peering_connection_request import (
        CreateTransitGatewayPeeringConnectionRequest,
    )
    from .create_transit_gateway_vpc_attachment_request import (
        CreateTransitGatewayVpcAttachmentRequest,
    )
    from .create_user_password_request import CreateUserPasswordRequest
    from .create_user_request import CreateUserRequest
    from .create_virtual_private_gateway_request import CreateVirtualPrivateGatewayRequest
    from .create_virtual_private_gateway_request_placement import (
        CreateVirtualPrivateGatewayRequestPlacement,
    )
    from .create_virtual_private_gateway_request_placement_region import (
        CreateVirtualPrivateGatewayRequestPlacementRegion,
    )
    from .create_virtual_private_gateway_request_soracom_transit_gateway import (
        CreateVirtualPrivateGatewayRequestSoracomTransitGateway,
    )
    from .create_virtual_private_gateway_request_type import CreateVirtualPrivateGatewayRequestType
    from .create_vpc_peering_connection_request import CreateVpcPeeringConnectionRequest
    from .create_vpc_peering_connection_response import CreateVpcPeeringConnectionResponse
    from .credentials_model import CredentialsModel
    from .credentials_model_credentials import CredentialsModelCredentials
    from .credentials_model_type import CredentialsModelType
    from .credit_card import CreditCard
    from .customer_route import CustomerRoute
    from .customer_route_type import CustomerRouteType
    from .daily_bill import DailyBill
    from .daily_bill_currency import DailyBillCurrency
    from .daily_bill_response import DailyBillResponse
    from .data_entry import DataEntry
    from .data_entry_resource_type import DataEntryResourceType
    from .data_resource_metadata import DataResourceMetadata
    from .data_traffic_stats import DataTrafficStats
    from .delete_configuration_namespace_namespace import DeleteConfigurationNamespaceNamespace
    from .delete_configuration_parameter_namespace import DeleteConfigurationParameterNamespace
    from .delete_data_entry_resource_type import DeleteDataEntryResourceType
    from .delete_directory_scope import DeleteDirectoryScope
    from .delete_file_scope import DeleteFileScope
    from .delete_gadget_tag_product_id import DeleteGadgetTagProductId
    from .delete_operator_contract_contract_name import DeleteOperatorContractContractName
    from .delete_system_notification_type import DeleteSystemNotificationType
    from .device import Device
    from .device_object_model import DeviceObjectModel
    from .device_object_model_format import DeviceObjectModelFormat
    from .device_objects import DeviceObjects
    from .device_tags import DeviceTags
    from .diagnostic_request import DiagnosticRequest
    from .diagnostic_request_resource_type import DiagnosticRequestResourceType
    from .diagnostic_request_service import DiagnosticRequestService
    from .diagnostic_response import DiagnosticResponse
    from .diagnostic_response_resource_type import DiagnosticResponseResourceType
    from .diagnostic_response_service import DiagnosticResponseService
    from .diagnostic_response_status import DiagnosticResponseStatus
    from .disable_termination_on_gadget_product_id import DisableTerminationOnGadgetProductId
    from .downlink_ping_request import DownlinkPingRequest
    from .downlink_ping_response import DownlinkPingResponse
    from .email_configuration_of_billing import EmailConfigurationOfBilling
    from .email_configuration_of_notification import EmailConfigurationOfNotification
    from .emails_model import EmailsModel
    from .enable_mfaotp_response import EnableMFAOTPResponse
    from .enable_termination_on_gadget_product_id import EnableTerminationOnGadgetProductId
    from .error import Error
    from .estimated_coupon_model import EstimatedCouponModel
    from .estimated_coupon_model_currency import EstimatedCouponModelCurrency
    from .estimated_order_item_model import EstimatedOrderItemModel
    from .estimated_order_model import EstimatedOrderModel
    from .estimated_order_model_currency import EstimatedOrderModelCurrency
    from .estimated_volume_discount_model import EstimatedVolumeDiscountModel
    from .estimated_volume_discount_model_currency import EstimatedVolumeDiscountModelCurrency
    from .event_handler_model import EventHandlerModel
    from .event_handler_model_status import EventHandlerModelStatus
    from .execute_device_resource_body import ExecuteDeviceResourceBody
    from .execute_soralet_request import ExecuteSoraletRequest
    from .execute_soralet_request_direction import ExecuteSoraletRequestDirection
    from .execute_soralet_request_encoding_type import ExecuteSoraletRequestEncodingType
    from .execute_soralet_response import ExecuteSoraletResponse
    from .expiry_time import ExpiryTime
    from .expiry_time_expiry_action import ExpiryTimeExpiryAction
    from .export_air_stats_export_mode import ExportAirStatsExportMode
    from .export_beam_stats_export_mode import ExportBeamStatsExportMode
    from .export_billing_export_mode import ExportBillingExportMode
    from .export_funk_stats_export_mode import ExportFunkStatsExportMode
    from .export_funnel_stats_export_mode import ExportFunnelStatsExportMode
    from .export_harvest_stats_export_mode import ExportHarvestStatsExportMode
    from .export_latest_billing_export_mode import ExportLatestBillingExportMode
    from .export_payment_statement_export_mode import ExportPaymentStatementExportMode
    from .export_request import ExportRequest
    from .export_request_period import ExportRequestPeriod
    from .export_subscribers_export_mode import ExportSubscribersExportMode
    from .file_entry import FileEntry
    from .file_export_response import FileExportResponse
    from .find_files_scope import FindFilesScope
    from .fqdn_filter_rule import FqdnFilterRule
    from .fqdn_filter_rule_action import FqdnFilterRuleAction
    from .fqdn_filter_rule_type import FqdnFilterRuleType
    from .funk_stats_response import FunkStatsResponse
    from .funk_stats_response_funk_stats_map import FunkStatsResponseFunkStatsMap
    from .funnel_acroquest_torrentio_destination import FunnelAcroquestTorrentioDestination
    from .funnel_acroquest_torrentio_destination_provider import (
        FunnelAcroquestTorrentioDestinationProvider,
    )
    from .funnel_acroquest_torrentio_destination_service import (
        FunnelAcroquestTorrentioDestinationService,
    )
    from .funnel_aws_firehose_destination import FunnelAWSFirehoseDestination
    from .funnel_aws_firehose_destination_provider import FunnelAWSFirehoseDestinationProvider
    from .funnel_aws_firehose_destination_service import FunnelAWSFirehoseDestinationService
    from .funnel_aws_io_t_destination import FunnelAWSIoTDestination
    from .funnel_aws_io_t_destination_provider import FunnelAWSIoTDestinationProvider
    from .funnel_aws_io_t_destination_service import FunnelAWSIoTDestinationService
    from .funnel_aws_kinesis_destination import FunnelAWSKinesisDestination
    from .funnel_aws_kinesis_destination_provider import FunnelAWSKinesisDestinationProvider
    from .funnel_aws_kinesis_destination_service import FunnelAWSKinesisDestinationService
    from .funnel_azure_event_hub_destination import FunnelAzureEventHubDestination
    from .funnel_azure_event_hub_destination_provider import FunnelAzureEventHubDestinationProvider
    from .funnel_azure_event_hub_destination_service import FunnelAzureEventHubDestinationService
    from .funnel_brains_tech_impulse_destination import FunnelBrainsTechImpulseDestination
    from .funnel_brains_tech_impulse_destination_provider import (
        FunnelBrainsTechImpulseDestinationProvider,
    )
    from .funnel_brains_tech_impulse_destination_service import (
        FunnelBrainsTechImpulseDestinationService,
    )
    from .funnel_configuration import FunnelConfiguration
    from .funnel_content_type import FunnelContentType
    from .funnel_destination import FunnelDestination
    from .funnel_esrij_arcgis_online_destination import FunnelEsrijArcgisOnlineDestination
    from .funnel_esrij_arcgis_online_destination_provider import (
        FunnelEsrijArcgisOnlineDestinationProvider,
    )
    from .funnel_esrij_arcgis_online_destination_service import (
        FunnelEsrijArcgisOnlineDestinationService,
    )
    from .funnel_google_pub_sub_destination import FunnelGooglePubSubDestination
    from .funnel_google_pub_sub_destination_provider import FunnelGooglePubSubDestinationProvider
    from .funnel_google_pub_sub_destination_service import FunnelGooglePubSubDestinationService
    from .funnel_infoteria_platio_destination import FunnelInfoteriaPlatioDestination
    from .funnel_infoteria_platio_destination_provider import (
        FunnelInfoteriaPlatioDestinationProvider,
    )
    from .funnel_infoteria_platio_destination_service import FunnelInfoteriaPlatioDestinationService
    from .funnel_kii_thingif_destination import FunnelKiiThingifDestination
    from .funnel_kii_thingif_destination_provider import FunnelKiiThingifDestinationProvider
    from .funnel_kii_thingif_destination_service import FunnelKiiThingifDestinationService
    from .funnel_landlog_destination import FunnelLandlogDestination
    from .funnel_landlog_destination_data_format import FunnelLandlogDestinationDataFormat
    from .funnel_landlog_destination_provider import FunnelLandlogDestinationProvider
    from .funnel_landlog_destination_service import FunnelLandlogDestinationService
    from .funnel_optim_cloudiotos_destination import FunnelOptimCloudiotosDestination
    from .funnel_optim_cloudiotos_destination_provider import (
        FunnelOptimCloudiotosDestinationProvider,
    )
    from .funnel_optim_cloudiotos_destination_service import FunnelOptimCloudiotosDestinationService
    from .funnel_sensor_corpus_destination import FunnelSensorCorpusDestination
    from .funnel_sensor_corpus_destination_provider import FunnelSensorCorpusDestinationProvider
    from .funnel_sensor_corpus_destination_service import FunnelSensorCorpusDestinationService
    from .funnel_stats_response import FunnelStatsResponse
    from .funnel_stats_response_funnel_stats_map import FunnelStatsResponseFunnelStatsMap
    from .funnel_teradata_intellicloud_destination import FunnelTeradataIntellicloudDestination
    from .funnel_teradata_intellicloud_destination_provider import (
        FunnelTeradataIntellicloudDestinationProvider,
    )
    from .funnel_teradata_intellicloud_destination_service import (
        FunnelTeradataIntellicloudDestinationService,
    )
    from .funnel_wingarc_motionboard_destination import FunnelWingarcMotionboardDestination
    from .funnel_wingarc_motionboard_destination_provider import (
        FunnelWingarcMotionboardDestinationProvider,
    )
    from .funnel_wingarc_motionboard_destination_service import (
        FunnelWingarcMotionboardDestinationService,
    )
    from .funnel_yaskawa_mmcloud_destination import FunnelYaskawaMmcloudDestination
    from .funnel_yaskawa_mmcloud_destination_provider import FunnelYaskawaMmcloudDestinationProvider
    from .funnel_yaskawa_mmcloud_destination_service import FunnelYaskawaMmcloudDestinationService
    from .gadget import Gadget
    from .gadget_attributes import GadgetAttributes
    from .gadget_product_id import GadgetProductId
    from .gadget_registration_request import GadgetRegistrationRequest
    from .gadget_registration_request_tags import GadgetRegistrationRequestTags
    from .gadget_status import GadgetStatus
    from .gadget_tags import GadgetTags
    from .gate_peer import GatePeer
    from .generate_operators_auth_key_response import GenerateOperatorsAuthKeyResponse
    from .generate_token_request import GenerateTokenRequest
    from .generate_token_response import GenerateTokenResponse
    from .generate_user_auth_key_response import GenerateUserAuthKeyResponse
    from .get_air_stats_of_group_period import GetAirStatsOfGroupPeriod
    from .get_air_stats_of_operator_period import GetAirStatsOfOperatorPeriod
    from .get_air_stats_of_sim_period import GetAirStatsOfSimPeriod
    from .get_air_stats_period import GetAirStatsPeriod
    from .get_analysis_queries_response import GetAnalysisQueriesResponse
    from .get_analysis_queries_response_column_info_item import (
        GetAnalysisQueriesResponseColumnInfoItem,
    )
    from .get_analysis_queries_response_status import GetAnalysisQueriesResponseStatus
    from .get_analysis_schemas_response_item import GetAnalysisSchemasResponseItem
    from .get_analysis_schemas_response_item_column_info_item import (
        GetAnalysisSchemasResponseItemColumnInfoItem,
    )
    from .get_beam_stats_period import GetBeamStatsPeriod
    from .get_billing_history_response import GetBillingHistoryResponse
    from .get_data_entries_by_category_sort import GetDataEntriesByCategorySort
    from .get_data_entries_resource_type import GetDataEntriesResourceType
    from .get_data_entries_sort import GetDataEntriesSort
    from .get_data_entry_resource_type import GetDataEntryResourceType
    from .get_data_from_device_sort import GetDataFromDeviceSort
    from .get_data_from_lora_device_sort import GetDataFromLoraDeviceSort
    from .get_data_from_sigfox_device_sort import GetDataFromSigfoxDeviceSort
    from .get_data_from_sim_sort import GetDataFromSimSort
    from .get_data_from_subscriber_sort import GetDataFromSubscriberSort
    from .get_default_permissions_response import GetDefaultPermissionsResponse
    from .get_exported_file_response import GetExportedFileResponse
    from .get_exported_file_response_status import GetExportedFileResponseStatus
    from .get_file_metadata_scope import GetFileMetadataScope
    from .get_file_scope import GetFileScope
    from .get_funk_stats_period import GetFunkStatsPeriod
    from .get_funnel_stats_period import GetFunnelStatsPeriod
    from .get_gadget_product_id import GetGadgetProductId
    from .get_harvest_stats_period import GetHarvestStatsPeriod
    from .get_latest_bill import GetLatestBill
    from .get_latest_bill_currency import GetLatestBillCurrency
    from .get_logs_resource_type import GetLogsResourceType
    from .get_logs_service import GetLogsService
    from .get_napter_audit_logs_resource_type import GetNapterAuditLogsResourceType
    from .get_operator_response import GetOperatorResponse
    from .get_order_response import GetOrderResponse
    from .get_order_response_applied_shipping_options_item import (
        GetOrderResponseAppliedShippingOptionsItem,
    )
    from .get_order_response_currency import GetOrderResponseCurrency
    from .get_order_response_order_status import GetOrderResponseOrderStatus
    from .get_order_response_payment_status import GetOrderResponsePaymentStatus
    from .get_payment_method_result import GetPaymentMethodResult
    from .get_payment_method_result_error_code import GetPaymentMethodResultErrorCode
    from .get_payment_method_result_provider_type import GetPaymentMethodResultProviderType
    from .get_payment_transaction_result import GetPaymentTransactionResult
    from .get_payment_transaction_result_message_code import GetPaymentTransactionResultMessageCode
    from .get_payment_transaction_result_status import GetPaymentTransactionResultStatus
    from .get_resource_summary_resource_summary_type import GetResourceSummaryResourceSummaryType
    from .get_shipping_address_response import GetShippingAddressResponse
    from .get_soralet_logs_sort import GetSoraletLogsSort
    from .get_system_notification_type import GetSystemNotificationType
    from .get_user_password_response import GetUserPasswordResponse
    from .get_user_permission_response import GetUserPermissionResponse
    from .get_user_trust_policy_response import GetUserTrustPolicyResponse
    from .get_volume_discount_response import GetVolumeDiscountResponse
    from .get_volume_discount_response_currency import GetVolumeDiscountResponseCurrency
    from .get_volume_discount_response_status import GetVolumeDiscountResponseStatus
    from .get_volume_discount_response_volume_discount_payment_type import (
        GetVolumeDiscountResponseVolumeDiscountPaymentType,
    )
    from .get_volume_discount_response_volume_discount_type import (
        GetVolumeDiscountResponseVolumeDiscountType,
    )
    from .group import Group
    from .group_configuration import GroupConfiguration
    from .group_configuration_additional_property import GroupConfigurationAdditionalProperty
    from .group_configuration_update_request import GroupConfigurationUpdateRequest
    from .harvest_exported_data_stats_response import HarvestExportedDataStatsResponse
    from .harvest_stats_response import HarvestStatsResponse
    from .harvest_stats_response_harvest_stats_map import HarvestStatsResponseHarvestStatsMap
    from .imei_lock import ImeiLock
    from .individual_information_model import IndividualInformationModel
    from .insight import Insight
    from .insight_category import InsightCategory
    from .insight_severity import InsightSeverity
    from .ip_address_map_entry import IpAddressMapEntry
    from .ip_address_map_entry_type import IpAddressMapEntryType
    from .issue_add_email_token_request import IssueAddEmailTokenRequest
    from .issue_password_reset_token_request import IssuePasswordResetTokenRequest
    from .issue_subscriber_transfer_token_request import IssueSubscriberTransferTokenRequest
    from .issue_subscriber_transfer_token_response import IssueSubscriberTransferTokenResponse
    from .junction_inspection_configuration import JunctionInspectionConfiguration
    from .junction_mirroring_configuration import JunctionMirroringConfiguration
    from .junction_mirroring_configuration_peers import JunctionMirroringConfigurationPeers
    from .junction_mirroring_peer import JunctionMirroringPeer
    from .junction_mirroring_peer_protocol import JunctionMirroringPeerProtocol
    from .junction_redirection_configuration import JunctionRedirectionConfiguration
    from .lagoon_license_pack_status_response import LagoonLicensePackStatusResponse
    from .lagoon_license_packs_updating_request import LagoonLicensePacksUpdatingRequest
    from .lagoon_license_packs_updating_request_license_pack_quantities_item import (
        LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem,
    )
    from .lagoon_license_packs_updating_request_license_pack_quantities_item_license_pack_name import (
        LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName,
    )
    from .lagoon_plan_changing_request import LagoonPlanChangingRequest
    from .lagoon_plan_changing_request_plan import LagoonPlanChangingRequestPlan
    from .lagoon_registration_request import LagoonRegistrationRequest
    from .lagoon_registration_request_plan import LagoonRegistrationRequestPlan
    from .lagoon_registration_response import LagoonRegistrationResponse
    from .lagoon_user import LagoonUser
    from .lagoon_user_creation_request import LagoonUserCreationRequest
    from .lagoon_user_creation_request_role import LagoonUserCreationRequestRole
    from .lagoon_user_creation_response import LagoonUserCreationResponse
    from .lagoon_user_email_updating_request import LagoonUserEmailUpdatingRequest
    from .lagoon_user_password_updating_request import LagoonUserPasswordUpdatingRequest
    from .lagoon_user_permission_updating_request import LagoonUserPermissionUpdatingRequest
    from .lagoon_user_permission_updating_request_role import (
        LagoonUserPermissionUpdatingRequestRole,
    )
    from .lagoon_user_role import LagoonUserRole
    from .last_seen import LastSeen
    from .list_coupon_response import ListCouponResponse
    from .list_data_resource_metadata_resource_type import ListDataResourceMetadataResourceType
    from .list_data_source_resources_resource_type import ListDataSourceResourcesResourceType
    from .list_event_handlers_target import ListEventHandlersTarget
    from .list_files_scope import ListFilesScope
    from .list_gadgets_product_id import ListGadgetsProductId
    from .list_gadgets_tag_value_match_mode import ListGadgetsTagValueMatchMode
    from .list_groups_tag_value_match_mode import ListGroupsTagValueMatchMode
    from .list_lora_devices_tag_value_match_mode import ListLoraDevicesTagValueMatchMode
    from .list_lora_gateways_tag_value_match_mode import ListLoraGatewaysTagValueMatchMode
    from .list_lora_network_sets_tag_value_match_mode import ListLoraNetworkSetsTagValueMatchMode
    from .list_order_response import ListOrderResponse
    from .list_ordered_subscriber_response import ListOrderedSubscriberResponse
    from .list_payment_statement_response import ListPaymentStatementResponse
    from .list_product_response import ListProductResponse
    from .list_roles_owner import ListRolesOwner
    from .list_roles_response import ListRolesResponse
    from .list_roles_response_owner import ListRolesResponseOwner
    from .list_shipping_address_response import ListShippingAddressResponse
    from .list_sigfox_devices_tag_value_match_mode import ListSigfoxDevicesTagValueMatchMode
    from .list_sim_status_history_sort import ListSimStatusHistorySort
    from .list_sora_cam_device_events_for_device_sort import ListSoraCamDeviceEventsForDeviceSort
    from .list_sora_cam_device_events_sort import ListSoraCamDeviceEventsSort
    from .list_sora_cam_device_image_exports_for_device_sort import (
        ListSoraCamDeviceImageExportsForDeviceSort,
    )
    from .list_sora_cam_device_image_exports_sort import ListSoraCamDeviceImageExportsSort
    from .list_sora_cam_device_recordings_and_events_sort import (
        ListSoraCamDeviceRecordingsAndEventsSort,
    )
    from .list_sora_cam_device_video_exports_for_device_sort import (
        ListSoraCamDeviceVideoExportsForDeviceSort,
    )
    from .list_sora_cam_device_video_exports_sort import ListSoraCamDeviceVideoExportsSort
    from .list_soralet_versions_sort import ListSoraletVersionsSort
    from .list_soralets_sort import ListSoraletsSort
    from .list_subscribers_tag_value_match_mode import ListSubscribersTagValueMatchMode
    from .list_tasks_of_batch_job_status import ListTasksOfBatchJobStatus
    from .list_virtual_private_gateways_tag_value_match_mode import (
        ListVirtualPrivateGatewaysTagValueMatchMode,
    )
    from .list_volume_discount_response import ListVolumeDiscountResponse
    from .location_registration_status import LocationRegistrationStatus
    from .location_registration_status_for_network import LocationRegistrationStatusForNetwork
    from .log_entry import LogEntry
    from .log_entry_body import LogEntryBody
    from .log_entry_log_level import LogEntryLogLevel
    from .log_entry_resource_type import LogEntryResourceType
    from .log_entry_service import LogEntryService
    from .lora_data import LoraData
    from .lora_device import LoraDevice
    from .lora_device_status import LoraDeviceStatus
    from .lora_device_tags import LoraDeviceTags
    from .lora_gateway import LoraGateway
    from .lora_gateway_status import LoraGatewayStatus
    from .lora_gateway_tags import LoraGatewayTags
    from .lora_network_set import LoraNetworkSet
    from .lora_network_set_tags import LoraNetworkSetTags
    from .map_ import Map
    from .mfa_authentication_request import MFAAuthenticationRequest
    from .mfa_issue_revoking_token_request import MFAIssueRevokingTokenRequest
    from .mfa_revoke_request import MFARevokeRequest
    from .mfa_revoking_token_verify_request import MFARevokingTokenVerifyRequest
    from .mfa_status_of_use_response import MFAStatusOfUseResponse
    from .monthly_bill import MonthlyBill
    from .monthly_bill_currency import MonthlyBillCurrency
    from .monthly_bill_payment_status import MonthlyBillPaymentStatus
    from .monthly_bill_state import MonthlyBillState
    from .napter_audit_log_direction import NapterAuditLogDirection
    from .napter_audit_log_entry import NapterAuditLogEntry
    from .napter_audit_log_entry_type import NapterAuditLogEntryType
    from .napter_audit_logs_exported_data_stats_response import (
        NapterAuditLogsExportedDataStatsResponse,
    )
    from .object_instance import ObjectInstance
    from .object_instance_resources import ObjectInstanceResources
    from .open_gate_request import OpenGateRequest
    from .operator_configuration_model import OperatorConfigurationModel
    from .operator_configuration_model_namespace import OperatorConfigurationModelNamespace
    from .operator_configuration_of_email import OperatorConfigurationOfEmail
    from .operator_configuration_of_support import OperatorConfigurationOfSupport
    from .operator_configuration_of_user_console import OperatorConfigurationOfUserConsole
    from .operator_mfa_verifying_response import OperatorMFAVerifyingResponse
    from .order_item_model import OrderItemModel
    from .ordered_sim_profile_response import OrderedSimProfileResponse
    from .ordered_sim_profile_response_profile_status import OrderedSimProfileResponseProfileStatus
    from .ordered_subscriber import OrderedSubscriber
    from .packet_capture_session import PacketCaptureSession
    from .packet_capture_session_request import PacketCaptureSessionRequest
    from .packet_capture_session_status import PacketCaptureSessionStatus
    from .payment_amount import PaymentAmount
    from .payment_amount_currency import PaymentAmountCurrency
    from .payment_amount_tax_rate import PaymentAmountTaxRate
    from .payment_description import PaymentDescription
    from .payment_statement_response import PaymentStatementResponse
    from .payment_statement_response_currency import PaymentStatementResponseCurrency
    from .placement import Placement
    from .placement_infrastructure_provider import PlacementInfrastructureProvider
    from .placement_region import PlacementRegion
    from .port_mapping import PortMapping
    from .port_mapping_destination import PortMappingDestination
    from .port_mapping_destination_destination_choosing_strategy import (
        PortMappingDestinationDestinationChoosingStrategy,
    )
    from .port_mapping_destination_for_sim import PortMappingDestinationForSim
    from .port_mapping_destination_for_sim_service import PortMappingDestinationForSimService
    from .port_mapping_destination_service import PortMappingDestinationService
    from .port_mapping_source import PortMappingSource
    from .previous_session_status import PreviousSessionStatus
    from .price_by_quantity import PriceByQuantity
    from .product_model import ProductModel
    from .product_model_currency import ProductModelCurrency
    from .product_model_product_type import ProductModelProductType
    from .product_model_properties import ProductModelProperties
    from .put_bundles_body_item import PutBundlesBodyItem
    from .put_configuration_parameters_namespace import PutConfigurationParametersNamespace
    from .put_file_scope import PutFileScope
    from .put_gadget_tags_product_id import PutGadgetTagsProductId
    from .put_ip_address_map_entry_request import PutIpAddressMapEntryRequest
    from .put_sim_based_routing_routes_request import PutSimBasedRoutingRoutesRequest
    from .reference_url import ReferenceUrl
    from .register_gadget_product_id import RegisterGadgetProductId
    from .register_gate_peer_request import RegisterGatePeerRequest
    from .register_lora_device_request import RegisterLoraDeviceRequest
    from .register_lora_device_request_tags import RegisterLoraDeviceRequestTags
    from .register_payer_information_model import RegisterPayerInformationModel
    from .register_sim_request import RegisterSimRequest
    from .register_subscribers_request import RegisterSubscribersRequest
    from .resource_initial_setting import ResourceInitialSetting
    from .resource_initial_setting_sim_initial_settings import (
        ResourceInitialSettingSimInitialSettings,
    )
    from .resource_instance import ResourceInstance
    from .resource_instance_operations import ResourceInstanceOperations
    from .resource_instance_type import ResourceInstanceType
    from .resource_instance_value import ResourceInstanceValue
    from .resource_instance_values import ResourceInstanceValues
    from .resource_summary import ResourceSummary
    from .resource_summary_item import ResourceSummaryItem
    from .resource_summary_item_dimension import ResourceSummaryItemDimension
    from .resource_summary_item_value import ResourceSummaryItemValue
    from .role_response import RoleResponse
    from .role_response_owner import RoleResponseOwner
    from .role_version_response import RoleVersionResponse
    from .role_version_response_owner import RoleVersionResponseOwner
    from .routing_filter_entry import RoutingFilterEntry
    from .routing_filter_entry_action import RoutingFilterEntryAction
    from .rule_config import RuleConfig
    from .rule_config_property import RuleConfigProperty
    from .rule_config_property_inactive_timeout_date_const import (
        RuleConfigPropertyInactiveTimeoutDateConst,
    )
    from .rule_config_property_run_once_among_target import RuleConfigPropertyRunOnceAmongTarget
    from .rule_config_property_session_status import RuleConfigPropertySessionStatus
    from .rule_config_property_source_status import RuleConfigPropertySourceStatus
    from .rule_config_property_target_ota_status import RuleConfigPropertyTargetOtaStatus
    from .rule_config_property_target_speed_class import RuleConfigPropertyTargetSpeedClass
    from .rule_config_property_target_status import RuleConfigPropertyTargetStatus
    from .rule_config_type import RuleConfigType
    from .search_devices_search_type import SearchDevicesSearchType
    from .search_sigfox_devices_registration import SearchSigfoxDevicesRegistration
    from .search_sigfox_devices_search_type import SearchSigfoxDevicesSearchType
    from .search_sigfox_devices_status import SearchSigfoxDevicesStatus
    from .search_sims_search_type import SearchSimsSearchType
    from .search_sims_session_status import SearchSimsSessionStatus
    from .search_subscriber_traffic_volume_ranking_order import (
        SearchSubscriberTrafficVolumeRankingOrder,
    )
    from .search_subscribers_search_type import SearchSubscribersSearchType
    from .session_event import SessionEvent
    from .session_status import SessionStatus
    from .session_status_location import SessionStatusLocation
    from .set_device_object_model_scope_request import SetDeviceObjectModelScopeRequest
    from .set_group_request import SetGroupRequest
    from .set_imei_lock_request import SetImeiLockRequest
    from .set_network_set_request import SetNetworkSetRequest
    from .set_operator_configuration_namespace_request import (
        SetOperatorConfigurationNamespaceRequest,
    )
    from .set_system_notification_type import SetSystemNotificationType
    from .set_system_notifications_request import SetSystemNotificationsRequest
    from .set_user_permission_request import SetUserPermissionRequest
    from .set_user_trust_policy_request import SetUserTrustPolicyRequest
    from .set_virtual_private_gateway_vx_lan_id_request import (
        SetVirtualPrivateGatewayVxLanIdRequest,
    )
    from .shipping_address_model import ShippingAddressModel
    from .shipping_cost_model import ShippingCostModel
    from .shipping_cost_model_applied_shipping_options_item import (
        ShippingCostModelAppliedShippingOptionsItem,
    )
    from .shipping_cost_model_currency import ShippingCostModelCurrency
    from .shipping_cost_model_shipping_area import ShippingCostModelShippingArea
    from .shipping_label_detail import ShippingLabelDetail
    from .shipping_option_of_expedited_shipping import ShippingOptionOfExpeditedShipping
    from .shipping_option_of_nekopos import ShippingOptionOfNekopos
    from .shipping_option_of_nekopos_shipment_company import ShippingOptionOfNekoposShipmentCompany
    from .sigfox_data import SigfoxData
    from .sigfox_device import SigfoxDevice
    from .sigfox_device_status import SigfoxDeviceStatus
    from .sigfox_device_tags import SigfoxDeviceTags
    from .sigfox_registration_request import SigfoxRegistrationRequest
    from .sigfox_registration_request_tags import SigfoxRegistrationRequestTags
    from .sim import Sim
    from .sim_cost_breakdown import SimCostBreakdown
    from .sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
    from .sim_downlink_http_request import SimDownlinkHttpRequest
    from .sim_downlink_http_request_headers import SimDownlinkHttpRequestHeaders
    from .sim_downlink_http_request_method import SimDownlinkHttpRequestMethod
    from .sim_downlink_http_response import SimDownlinkHttpResponse
    from .sim_downlink_http_response_headers import SimDownlinkHttpResponseHeaders
    from .sim_downlink_rtsp_authentication_basic import SimDownlinkRtspAuthenticationBasic
    from .sim_downlink_rtsp_authentication_basic_type import SimDownlinkRtspAuthenticationBasicType
    from .sim_downlink_rtsp_authentication_none import SimDownlinkRtspAuthenticationNone
    from .sim_downlink_rtsp_authentication_none_type import SimDownlinkRtspAuthenticationNoneType
    from .sim_downlink_rtsp_command_snapshot import SimDownlinkRtspCommandSnapshot
    from .sim_downlink_rtsp_command_snapshot_harvest_files_destination_options import (
        SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions,
    )
    from .sim_downlink_rtsp_command_snapshot_options import SimDownlinkRtspCommandSnapshotOptions
    from .sim_downlink_rtsp_command_snapshot_options_destinations import (
        SimDownlinkRtspCommandSnapshotOptionsDestinations,
    )
    from .sim_downlink_rtsp_request import SimDownlinkRtspRequest
    from .sim_downlink_ssh_no_authentication import SimDownlinkSshNoAuthentication
    from .sim_downlink_ssh_no_authentication_type import SimDownlinkSshNoAuthenticationType
    from .sim_downlink_ssh_password_authentication import SimDownlinkSshPasswordAuthentication
    from .sim_downlink_ssh_password_authentication_type import (
        SimDownlinkSshPasswordAuthenticationType,
    )
    from .sim_downlink_ssh_public_key_authentication import SimDownlinkSshPublicKeyAuthentication
    from .sim_downlink_ssh_public_key_authentication_type import (
        SimDownlinkSshPublicKeyAuthenticationType,
    )
    from .sim_downlink_ssh_request import SimDownlinkSshRequest
    from .sim_downlink_ssh_response import SimDownlinkSshResponse
    from .sim_downlink_tcp_connection_fire_and_forget_options import (
        SimDownlinkTcpConnectionFireAndForgetOptions,
    )
    from .sim_downlink_tcp_connection_fire_and_forget_options_type import (
        SimDownlinkTcpConnectionFireAndForgetOptionsType,
    )
    from .sim_downlink_tcp_connection_idle_timeout_options import (
        SimDownlinkTcpConnectionIdleTimeoutOptions,
    )
    from .sim_downlink_tcp_connection_idle_timeout_options_type import (
        SimDownlinkTcpConnectionIdleTimeoutOptionsType,
    )
    from .sim_downlink_tcp_connection_wait_all_options import SimDownlinkTcpConnectionWaitAllOptions
    from .sim_downlink_tcp_connection_wait_all_options_type import (
        SimDownlinkTcpConnectionWaitAllOptionsType,
    )
    from .sim_downlink_tcp_connection_wait_first_options import (
        SimDownlinkTcpConnectionWaitFirstOptions,
    )
    from .sim_downlink_tcp_connection_wait_first_options_type import (
        SimDownlinkTcpConnectionWaitFirstOptionsType,
    )
    from .sim_downlink_tcp_connection_wait_for_pattern_options import (
        SimDownlinkTcpConnectionWaitForPatternOptions,
    )
    from .sim_downlink_tcp_connection_wait_for_pattern_options_type import (
        SimDownlinkTcpConnectionWaitForPatternOptionsType,
    )
    from .sim_downlink_tcp_request import SimDownlinkTcpRequest
    from .sim_downlink_tcp_response import SimDownlinkTcpResponse
    from .sim_downlink_udp_request import SimDownlinkUdpRequest
    from .sim_expiry_action import SimExpiryAction
    from .sim_initial_setting import SimInitialSetting
    from .sim_initial_setting_tags import SimInitialSettingTags
    from .sim_module_type import SimModuleType
    from .sim_profile import SimProfile
    from .sim_profile_order_response import SimProfileOrderResponse
    from .sim_profile_order_response_status import SimProfileOrderResponseStatus
    from .sim_profile_subscribers import SimProfileSubscribers
    from .sim_profiles import SimProfiles
    from .sim_status import SimStatus
    from .sim_status_history_response import SimStatusHistoryResponse
    from .sim_type import SimType
    from .simplified_subscriber import SimplifiedSubscriber
    from .simplified_subscriber_status import SimplifiedSubscriberStatus
    from .sms_forwarding_report import SmsForwardingReport
    from .sms_forwarding_request import SmsForwardingRequest
    from .sora_cam_atom_cam_live_image_response import SoraCamAtomCamLiveImageResponse
    from .sora_cam_atom_cam_settings_all import SoraCamAtomCamSettingsAll
    from .sora_cam_atom_cam_settings_all_logo import SoraCamAtomCamSettingsAllLogo
    from .sora_cam_atom_cam_settings_all_motion import SoraCamAtomCamSettingsAllMotion
    from .sora_cam_atom_cam_settings_all_motion_sensitivity import (
        SoraCamAtomCamSettingsAllMotionSensitivity,
    )
    from .sora_cam_atom_cam_settings_all_motion_tagging import (
        SoraCamAtomCamSettingsAllMotionTagging,
    )
    from .sora_cam_atom_cam_settings_all_night_vision import SoraCamAtomCamSettingsAllNightVision
    from .sora_cam_atom_cam_settings_all_quality import SoraCamAtomCamSettingsAllQuality
    from .sora_cam_atom_cam_settings_all_rotation import SoraCamAtomCamSettingsAllRotation
    from .sora_cam_atom_cam_settings_all_sound import SoraCamAtomCamSettingsAllSound
    from .sora_cam_atom_cam_settings_all_sound_sensitivity import (
        SoraCamAtomCamSettingsAllSoundSensitivity,
    )
    from .sora_cam_atom_cam_settings_all_status_light import SoraCamAtomCamSettingsAllStatusLight
    from .sora_cam_atom_cam_settings_all_timestamp import SoraCamAtomCamSettingsAllTimestamp
    from .sora_cam_atom_cam_settings_logo import SoraCamAtomCamSettingsLogo
    from .sora_cam_atom_cam_settings_logo_state import SoraCamAtomCamSettingsLogoState
    from .sora_cam_atom_cam_settings_motion import SoraCamAtomCamSettingsMotion
    from .sora_cam_atom_cam_settings_motion_sensitivity import (
        SoraCamAtomCamSettingsMotionSensitivity,
    )
    from .sora_cam_atom_cam_settings_motion_sensitivity_state import (
        SoraCamAtomCamSettingsMotionSensitivityState,
    )
    from .sora_cam_atom_cam_settings_motion_state import SoraCamAtomCamSettingsMotionState
    from .sora_cam_atom_cam_settings_motion_tagging import SoraCamAtomCamSettingsMotionTagging
    from .sora_cam_atom_cam_settings_motion_tagging_state import (
        SoraCamAtomCamSettingsMotionTaggingState,
    )
    from .sora_cam_atom_cam_settings_night_vision import SoraCamAtomCamSettingsNightVision
    from .sora_cam_atom_cam_settings_night_vision_state import (
        SoraCamAtomCamSettingsNightVisionState,
    )
    from .sora_cam_atom_cam_settings_quality import SoraCamAtomCamSettingsQuality
    from .sora_cam_atom_cam_settings_quality_state import SoraCamAtomCamSettingsQualityState
    from .sora_cam_atom_cam_settings_rotation import SoraCamAtomCamSettingsRotation
    from .sora_cam_atom_cam_settings_rotation_state import SoraCamAtomCamSettingsRotationState
    from .sora_cam_atom_cam_settings_self_reboot import SoraCamAtomCamSettingsSelfReboot
    from .sora_cam_atom_cam_settings_sound import SoraCamAtomCamSettingsSound
    from .sora_cam_atom_cam_settings_sound_sensitivity import SoraCamAtomCamSettingsSoundSensitivity
    from .sora_cam_atom_cam_settings_sound_sensitivity_state import (
        SoraCamAtomCamSettingsSoundSensitivityState,
    )
    from .sora_cam_atom_cam_settings_sound_state import SoraCamAtomCamSettingsSoundState
    from .sora_cam_atom_cam_settings_status_light import SoraCamAtomCamSettingsStatusLight
    from .sora_cam_atom_cam_settings_status_light_state import (
        SoraCamAtomCamSettingsStatusLightState,
    )
    from .sora_cam_atom_cam_settings_timestamp import SoraCamAtomCamSettingsTimestamp
    from .sora_cam_atom_cam_settings_timestamp_state import SoraCamAtomCamSettingsTimestampState
    from .sora_cam_device import SoraCamDevice
    from .sora_cam_device_configuration import SoraCamDeviceConfiguration
    from .sora_cam_device_license_info import SoraCamDeviceLicenseInfo
    from .sora_cam_device_license_update import SoraCamDeviceLicenseUpdate
    from .sora_cam_device_license_update_type import SoraCamDeviceLicenseUpdateType
    from .sora_cam_device_name import SoraCamDeviceName
    from .sora_cam_device_options import SoraCamDeviceOptions
    from .sora_cam_device_power_state import SoraCamDevicePowerState
    from .sora_cam_device_real_time_access_option import SoraCamDeviceRealTimeAccessOption
    from .sora_cam_devices_firmware_update import SoraCamDevicesFirmwareUpdate
    from .sora_cam_event import SoraCamEvent
    from .sora_cam_event_event_info import SoraCamEventEventInfo
    from .sora_cam_event_event_info_atom_event_v1 import SoraCamEventEventInfoAtomEventV1
    from .sora_cam_event_event_info_atom_event_v1_recording_status import (
        SoraCamEventEventInfoAtomEventV1RecordingStatus,
    )
    from .sora_cam_event_event_info_atom_event_v1_type import SoraCamEventEventInfoAtomEventV1Type
    from .sora_cam_export_image_to_harvest_files import SoraCamExportImageToHarvestFiles
    from .sora_cam_export_usage import SoraCamExportUsage
    from .sora_cam_export_usage_limit_override_specification import (
        SoraCamExportUsageLimitOverrideSpecification,
    )
    from .sora_cam_export_video_to_harvest_files import SoraCamExportVideoToHarvestFiles
    from .sora_cam_image_export_info import SoraCamImageExportInfo
    from .sora_cam_image_export_info_status import SoraCamImageExportInfoStatus
    from .sora_cam_image_export_specification import SoraCamImageExportSpecification
    from .sora_cam_image_export_specification_image_filters_item import (
        SoraCamImageExportSpecificationImageFiltersItem,
    )
    from .sora_cam_image_export_usage import SoraCamImageExportUsage
    from .sora_cam_license_pack_quantity_updating_request import (
        SoraCamLicensePackQuantityUpdatingRequest,
    )
    from .sora_cam_license_pack_response import SoraCamLicensePackResponse
    from .sora_cam_play_list_entry import SoraCamPlayListEntry
    from .sora_cam_power_state import SoraCamPowerState
    from .sora_cam_power_state_power_state import SoraCamPowerStatePowerState
    from .sora_cam_recordings_and_events_list import SoraCamRecordingsAndEventsList
    from .sora_cam_recordings_and_events_list_events_item import (
        SoraCamRecordingsAndEventsListEventsItem,
    )
    from .sora_cam_recordings_and_events_list_events_item_type import (
        SoraCamRecordingsAndEventsListEventsItemType,
    )
    from .sora_cam_recordings_and_events_list_records_item import (
        SoraCamRecordingsAndEventsListRecordsItem,
    )
    from .sora_cam_streaming_video import SoraCamStreamingVideo
    from .sora_cam_video_export_info import SoraCamVideoExportInfo
    from .sora_cam_video_export_info_status import SoraCamVideoExportInfoStatus
    from .sora_cam_video_export_specification import SoraCamVideoExportSpecification
    from .sora_cam_video_export_specification_audio_codec import (
        SoraCamVideoExportSpecificationAudioCodec,
    )
    from .sora_cam_video_export_usage import SoraCamVideoExportUsage
    from .soracom_beam_stats import SoracomBeamStats
    from .soracom_funk_stats import SoracomFunkStats
    from .soracom_funnel_stats import SoracomFunnelStats
    from .soracom_harvest_stats import SoracomHarvestStats
    from .soracom_transit_gateway import SoracomTransitGateway
    from .soracom_transit_gateway_resource_shared_status import (
        SoracomTransitGatewayResourceSharedStatus,
    )
    from .soralet import Soralet
    from .soralet_data_source import SoraletDataSource
    from .soralet_log import SoraletLog
    from .soralet_version import SoraletVersion
    from .start_analysis_queries_request import StartAnalysisQueriesRequest
    from .start_analysis_queries_response import StartAnalysisQueriesResponse
    from .subscriber import Subscriber
    from .subscriber_expiry_action import SubscriberExpiryAction
    from .subscriber_module_type import SubscriberModuleType
    from .subscriber_packet_capture_sessions_item import SubscriberPacketCaptureSessionsItem
    from .subscriber_status import SubscriberStatus
    from .subscription_container import SubscriptionContainer
    from .subscription_container_status import SubscriptionContainerStatus
    from .subscription_container_status_country_mapping import (
        SubscriptionContainerStatusCountryMapping,
    )
    from .subscription_container_status_country_mapping_additional_property import (
        SubscriptionContainerStatusCountryMappingAdditionalProperty,
    )
    from .subscription_container_status_country_mapping_additional_property_mapping_record import (
        SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord,
    )
    from .subscription_container_subscriber import SubscriptionContainerSubscriber
    from .support_tier import SupportTier
    from .support_token_response import SupportTokenResponse
    from .switch_user_request import SwitchUserRequest
    from .system_notifications_model import SystemNotificationsModel
    from .system_notifications_model_type import SystemNotificationsModelType
    from .tag_set import TagSet
    from .tag_update_request import TagUpdateRequest
    from .terminate_gadget_product_id import TerminateGadgetProductId
    from .testing_usage import TestingUsage
    from .testing_usage_usage import TestingUsageUsage
    from .testing_usage_usage_limit import TestingUsageUsageLimit
    from .testing_usage_usage_limit_next_status import TestingUsageUsageLimitNextStatus
    from .traffic_volume_ranking import TrafficVolumeRanking
    from .transit_gateway_attachment import TransitGatewayAttachment
    from .transit_gateway_peering_connection import TransitGatewayPeeringConnection
    from .transit_gateway_peering_connection_status import TransitGatewayPeeringConnectionStatus
    from .transit_gateway_resource_shared_status import TransitGatewayResourceSharedStatus
    from .transit_gateway_vpc_attachment import TransitGatewayVpcAttachment
    from .transit_gateway_vpc_attachment_status import TransitGatewayVpcAttachmentStatus
    from .update_analysis_plan_query_request import UpdateAnalysisPlanQueryRequest
    from .update_batch_group_request import UpdateBatchGroupRequest
    from .update_customer_route_request import UpdateCustomerRouteRequest
    from .update_default_permissions_request import UpdateDefaultPermissionsRequest
    from .update_event_handler_request import UpdateEventHandlerRequest
    from .update_event_handler_request_status import UpdateEventHandlerRequestStatus
    from .update_fqdn_filter_rules_request import UpdateFqdnFilterRulesRequest
    from .update_password_request import UpdatePasswordRequest
    from .update_permission_request import UpdatePermissionRequest
    from .update_sora_cam_license_pack_quantity_license_pack_id import (
        UpdateSoraCamLicensePackQuantityLicensePackId,
    )
    from .update_speed_class_request import UpdateSpeedClassRequest
    from .update_speed_class_request_speed_class import UpdateSpeedClassRequestSpeedClass
    from .update_uplink_filter_rules_request import UpdateUplinkFilterRulesRequest
    from .update_user_request import UpdateUserRequest
    from .update_virtual_private_gateway_tags_request_item import (
        UpdateVirtualPrivateGatewayTagsRequestItem,
    )
    from .uplink_filter_rule import UplinkFilterRule
    from .uplink_filter_rule_action import UplinkFilterRuleAction
    from .uplink_filter_rule_type import UplinkFilterRuleType
    from .user_detail_response import UserDetailResponse
    from .verify_add_email_token_request import VerifyAddEmailTokenRequest
    from .verify_password_reset_token_request import VerifyPasswordResetTokenRequest
    from .verify_subscriber_transfer_token_request import VerifySubscriberTransferTokenRequest
    from .verify_subscriber_transfer_token_response import VerifySubscriberTransferTokenResponse
    from .virtual_private_gateway import VirtualPrivateGateway
    from .virtual_private_gateway_customer_routes import VirtualPrivateGatewayCustomerRoutes
    from .virtual_private_gateway_mirroring import VirtualPrivateGatewayMirroring
    from .virtual_private_gateway_mirroring_peers import VirtualPrivateGatewayMirroringPeers
    from .virtual_private_gateway_session_stats import VirtualPrivateGatewaySessionStats
    from .virtual_private_gateway_sim_based_routing_config import (
        VirtualPrivateGatewaySimBasedRoutingConfig,
    )
    from .virtual_private_gateway_soracom_transit_gateway_peering_connections import (
        VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections,
    )
    from .virtual_private_gateway_soracom_transit_gateway_vpc_attachments import (
        VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments,
    )
    from .virtual_private_gateway_status import VirtualPrivateGatewayStatus
    from .virtual_private_gateway_transit_gateway_attachments import (
        VirtualPrivateGatewayTransitGatewayAttachments,
    )
    from .virtual_private_gateway_type import VirtualPrivateGatewayType
    from .virtual_private_gateway_virtual_interfaces import VirtualPrivateGatewayVirtualInterfaces
    from .virtual_private_gateway_vpc_peering_connections import (
        VirtualPrivateGatewayVpcPeeringConnections,
    )
    from .virtual_private_gateway_vpn_connections import VirtualPrivateGatewayVpnConnections
    from .volume_discount_model import VolumeDiscountModel
    from .volume_discount_model_currency import VolumeDiscountModelCurrency
    from .volume_discount_model_volume_discount_payment_type import (
        VolumeDiscountModelVolumeDiscountPaymentType,
    )
    from .volume_discount_model_volume_discount_type import VolumeDiscountModelVolumeDiscountType
    from .vpc_peering_connection import VpcPeeringConnection
    from .vpn_connection import VpnConnection
    from .write_device_resource_body import WriteDeviceResourceBody

_MODULE_OF = {
    "ActionConfig": ".action_config",
    "ActionConfigProperty": ".action_config_property",
    "ActionConfigPropertyExecutionDateTimeConst": ".action_config_property_execution_date_time_const",
    "ActionConfigPropertyHeaders": ".action_config_property_headers",
    "ActionConfigPropertyHttpMethod": ".action_config_property_http_method",
    "ActionConfigPropertySpeedClass": ".action_config_property_speed_class",
    "ActionConfigType": ".action_config_type",
    "ActivatePaymentMethodResponse200": ".activate_payment_method_response_200",
    "AddSubscriptionBody": ".add_subscription_body",
    "AddSubscriptionBodySubscription": ".add_subscription_body_subscription",
    "AddSubscriptionBodyType": ".add_subscription_body_type",
    "AirAggregatedStatsResponse": ".air_aggregated_stats_response",
    "AirStatsResponse": ".air_stats_response",
    "AirStatsResponseDataTrafficStatsMap": ".air_stats_response_data_traffic_stats_map",
    "APIAuditLogEntry": ".api_audit_log_entry",
    "APICallError": ".api_call_error",
    "APICallErrorMessage": ".api_call_error_message",
    "ArcCredentialAttachRequest": ".arc_credential_attach_request",
    "ArcCredentialAttachResponse": ".arc_credential_attach_response",
    "ArcCredentialRenewRequest": ".arc_credential_renew_request",
    "ArcCredentialRenewResponse": ".arc_credential_renew_response",
    "ArcSessionCreateResponse": ".arc_session_create_response",
    "ArcSessionStatus": ".arc_session_status",
    "AttachRoleRequest": ".attach_role_request",
    "AttributeUpdate": ".attribute_update",
    "AuthKeyResponse": ".auth_key_response",
    "AuthRequest": ".auth_request",
    "AuthResponse": ".auth_response",
    "AvailableLongTermDiscountModel": ".available_long_term_discount_model",
    "AvailableLongTermDiscountModelCurrency": ".available_long_term_discount_model_currency",
    "AvailableLongTermDiscountModelVolumeDiscountPaymentType": ".available_long_term_discount_model_volume_discount_payment_type",
    "AvailableLongTermDiscountModelVolumeDiscountType": ".available_long_term_discount_model_volume_discount_type",
    "AvailableLongTermDiscountResponse": ".available_long_term_discount_response",
    "BatchGroupResponse": ".batch_group_response",
    "BatchJobResponse": ".batch_job_response",
    "BatchJobResponseStatus": ".batch_job_response_status",
    "BatchJobSummary": ".batch_job_summary",
    "BatchTaskApiRequest": ".batch_task_api_request",
    "BatchTaskApiRequestMethod": ".batch_task_api_request_method",
    "BatchTaskApiResponse": ".batch_task_api_response",
    "BatchTaskApiResponseBody": ".batch_task_api_response_body",
    "BatchTaskRequest": ".batch_task_request",
    "BatchTaskResponse": ".batch_task_response",
    "BatchTaskResponseStatus": ".batch_task_response_status",
    "BeamStatsResponse": ".beam_stats_response",
    "BeamStatsResponseBeamStatsMap": ".beam_stats_response_beam_stats_map",
    "BillItemCostBreakdown": ".bill_item_cost_breakdown",
    "BillingSummaryResponseOfBillItems": ".billing_summary_response_of_bill_items",
    "BillingSummaryResponseOfBillItemsCurrency": ".billing_summary_response_of_bill_items_currency",
    "BillingSummaryResponseOfSims": ".billing_summary_response_of_sims",
    "BillingSummaryResponseOfSimsCurrency": ".billing_summary_response_of_sims_currency",
    "Capabilities": ".capabilities",
    "Cell": ".cell",
    "CellIdentifier": ".cell_identifier",
    "CellLocation": ".cell_location",
    "CellRadioType": ".cell_radio_type",
    "CompanyInformationModel": ".company_information_model",
    "ContractDetailOfHarvest": ".contract_detail_of_harvest",
    "ContractDetailOfHarvestPlan": ".contract_detail_of_harvest_plan",
    "ContractDetailOfSupport": ".contract_detail_of_support",
    "ContractDetailOfSupportTier": ".contract_detail_of_support_tier",
    "ContractUpdatedResponse": ".contract_updated_response",
    "ContractUpdatedResponseContractName": ".contract_updated_response_contract_name",
    "ContractUpdatingRequest": ".contract_updating_request",
    "ContractUpdatingRequestContractName": ".contract_updating_request_contract_name",
    "CouponResponse": ".coupon_response",
    "CouponResponseCurrency": ".coupon_response_currency",
    "CoverageType": ".coverage_type",
    "CreateAndUpdateCredentialsModel": ".create_and_update_credentials_model",
    "CreateAndUpdateCredentialsModelCredentials": ".create_and_update_credentials_model_credentials",
    "CreateAndUpdateCredentialsModelType": ".create_and_update_credentials_model_type",
    "CreateArcSessionBody": ".create_arc_session_body",
    "CreateBatchGroupRequest": ".create_batch_group_request",
    "CreateBatchJobRequest": ".create_batch_job_request",
    "CreateCustomerRouteRequest": ".create_customer_route_request",
    "CreateEstimatedCouponRequest": ".create_estimated_coupon_request",
    "CreateEstimatedOrderRequest": ".create_estimated_order_request",
    "CreateEstimatedVolumeDiscountRequest": ".create_estimated_volume_discount_request",
    "CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType": ".create_estimated_volume_discount_request_volume_discount_payment_type",
    "CreateEstimatedVolumeDiscountRequestVolumeDiscountType": ".create_estimated_volume_discount_request_volume_discount_type",
    "CreateEventHandlerRequest": ".create_event_handler_request",
    "CreateEventHandlerRequestStatus": ".create_event_handler_request_status",
    "CreateGroupRequest": ".create_group_request",
    "CreateOrUpdateRoleRequest": ".create_or_update_role_request",
    "CreatePortMappingRequest": ".create_port_mapping_request",
    "CreatePortMappingRequestForSim": ".create_port_mapping_request_for_sim",
    "CreateRoleResponse": ".create_role_response",
    "CreateSimProfileOrderRequest": ".create_sim_profile_order_request",
    "CreateSimProfileOrderRequestBundlesItem": ".create_sim_profile_order_request_bundles_item",
    "CreateSimProfileOrderRequestSpeedClass": ".create_sim_profile_order_request_speed_class",
    "CreateSimRequest": ".create_sim_request",
    "CreateSimRequestSubscription": ".create_sim_request_subscription",
    "CreateSimRequestType": ".create_sim_request_type",
    "CreateSoraletRequest": ".create_soralet_request",
    "CreateTransitGatewayPeeringConnectionRequest": ".create_transit_gateway_peering_connection_request",
    "CreateTransitGatewayVpcAttachmentRequest": ".create_transit_gateway_vpc_attachment_request",
    "CreateUserPasswordRequest": ".create_user_password_request",
    "CreateUserRequest": ".create_user_request",
    "CreateVirtualPrivateGatewayRequest": ".create_virtual_private_gateway_request",
    "CreateVirtualPrivateGatewayRequestPlacement": ".create_virtual_private_gateway_request_placement",
    "CreateVirtualPrivateGatewayRequestPlacementRegion": ".create_virtual_private_gateway_request_placement_region",
    "CreateVirtualPrivateGatewayRequestSoracomTransitGateway": ".create_virtual_private_gateway_request_soracom_transit_gateway",
    "CreateVirtualPrivateGatewayRequestType": ".create_virtual_private_gateway_request_type",
    "CreateVpcPeeringConnectionRequest": ".create_vpc_peering_connection_request",
    "CreateVpcPeeringConnectionResponse": ".create_vpc_peering_connection_response",
    "CredentialsModel": ".credentials_model",
    "CredentialsModelCredentials": ".credentials_model_credentials",
    "CredentialsModelType": ".credentials_model_type",
    "CreditCard": ".credit_card",
    "CustomerRoute": ".customer_route",
    "CustomerRouteType": ".customer_route_type",
    "DailyBill": ".daily_bill",
    "DailyBillCurrency": ".daily_bill_currency",
    "DailyBillResponse": ".daily_bill_response",
    "DataEntry": ".data_entry",
    "DataEntryResourceType": ".data_entry_resource_type",
    "DataResourceMetadata": ".data_resource_metadata",
    "DataTrafficStats": ".data_traffic_stats",
    "DeleteConfigurationNamespaceNamespace": ".delete_configuration_namespace_namespace",
    "DeleteConfigurationParameterNamespace": ".delete_configuration_parameter_namespace",
    "DeleteDataEntryResourceType": ".delete_data_entry_resource_type",
    "DeleteDirectoryScope": ".delete_directory_scope",
    "DeleteFileScope": ".delete_file_scope",
    "DeleteGadgetTagProductId": ".delete_gadget_tag_product_id",
    "DeleteOperatorContractContractName": ".delete_operator_contract_contract_name",
    "DeleteSystemNotificationType": ".delete_system_notification_type",
    "Device": ".device",
    "DeviceObjectModel": ".device_object_model",
    "DeviceObjectModelFormat": ".device_object_model_format",
    "DeviceObjects": ".device_objects",
    "DeviceTags": ".device_tags",
    "DiagnosticRequest": ".diagnostic_request",
    "DiagnosticRequestResourceType": ".diagnostic_request_resource_type",
    "DiagnosticRequestService": ".diagnostic_request_service",
    "DiagnosticResponse": ".diagnostic_response",
    "DiagnosticResponseResourceType": ".diagnostic_response_resource_type",
    "DiagnosticResponseService": ".diagnostic_response_service",
    "DiagnosticResponseStatus": ".diagnostic_response_status",
    "DisableTerminationOnGadgetProductId": ".disable_termination_on_gadget_product_id",
    "DownlinkPingRequest": ".downlink_ping_request",
    "DownlinkPingResponse": ".downlink_ping_response",
    "EmailConfigurationOfBilling": ".email_configuration_of_billing",
    "EmailConfigurationOfNotification": ".email_configuration_of_notification",
    "EmailsModel": ".emails_model",
    "EnableMFAOTPResponse": ".enable_mfaotp_response",
    "EnableTerminationOnGadgetProductId": ".enable_termination_on_gadget_product_id",
    "Error": ".error",
    "EstimatedCouponModel": ".estimated_coupon_model",
    "EstimatedCouponModelCurrency": ".estimated_coupon_model_currency",
    "EstimatedOrderItemModel": ".estimated_order_item_model",
    "EstimatedOrderModel": ".estimated_order_model",
    "EstimatedOrderModelCurrency": ".estimated_order_model_currency",
    "EstimatedVolumeDiscountModel": ".estimated_volume_discount_model",
    "EstimatedVolumeDiscountModelCurrency": ".estimated_volume_discount_model_currency",
    "EventHandlerModel": ".event_handler_model",
    "EventHandlerModelStatus": ".event_handler_model_status",
    "ExecuteDeviceResourceBody": ".execute_device_resource_body",
    "ExecuteSoraletRequest": ".execute_soralet_request",
    "ExecuteSoraletRequestDirection": ".execute_soralet_request_direction",
    "ExecuteSoraletRequestEncodingType": ".execute_soralet_request_encoding_type",
    "ExecuteSoraletResponse": ".execute_soralet_response",
    "ExpiryTime": ".expiry_time",
    "ExpiryTimeExpiryAction": ".expiry_time_expiry_action",
    "ExportAirStatsExportMode": ".export_air_stats_export_mode",
    "ExportBeamStatsExportMode": ".export_beam_stats_export_mode",
    "ExportBillingExportMode": ".export_billing_export_mode",
    "ExportFunkStatsExportMode": ".export_funk_stats_export_mode",
    "ExportFunnelStatsExportMode": ".export_funnel_stats_export_mode",
    "ExportHarvestStatsExportMode": ".export_harvest_stats_export_mode",
    "ExportLatestBillingExportMode": ".export_latest_billing_export_mode",
    "ExportPaymentStatementExportMode": ".export_payment_statement_export_mode",
    "ExportRequest": ".export_request",
    "ExportRequestPeriod": ".export_request_period",
    "ExportSubscribersExportMode": ".export_subscribers_export_mode",
    "FileEntry": ".file_entry",
    "FileExportResponse": ".file_export_response",
    "FindFilesScope": ".find_files_scope",
    "FqdnFilterRule": ".fqdn_filter_rule",
    "FqdnFilterRuleAction": ".fqdn_filter_rule_action",
    "FqdnFilterRuleType": ".fqdn_filter_rule_type",
    "FunkStatsResponse": ".funk_stats_response",
    "FunkStatsResponseFunkStatsMap": ".funk_stats_response_funk_stats_map",
    "FunnelAcroquestTorrentioDestination": ".funnel_acroquest_torrentio_destination",
    "FunnelAcroquestTorrentioDestinationProvider": ".funnel_acroquest_torrentio_destination_provider",
    "FunnelAcroquestTorrentioDestinationService": ".funnel_acroquest_torrentio_destination_service",
    "FunnelAWSFirehoseDestination": ".funnel_aws_firehose_destination",
    "FunnelAWSFirehoseDestinationProvider": ".funnel_aws_firehose_destination_provider",
    "FunnelAWSFirehoseDestinationService": ".funnel_aws_firehose_destination_service",
    "FunnelAWSIoTDestination": ".funnel_aws_io_t_destination",
    "FunnelAWSIoTDestinationProvider": ".funnel_aws_io_t_destination_provider",
    "FunnelAWSIoTDestinationService": ".funnel_aws_io_t_destination_service",
    "FunnelAWSKinesisDestination": ".funnel_aws_kinesis_destination",
    "FunnelAWSKinesisDestinationProvider": ".funnel_aws_kinesis_destination_provider",
    "FunnelAWSKinesisDestinationService": ".funnel_aws_kinesis_destination_service",
    "FunnelAzureEventHubDestination": ".funnel_azure_event_hub_destination",
    "FunnelAzureEventHubDestinationProvider": ".funnel_azure_event_hub_destination_provider",
    "FunnelAzureEventHubDestinationService": ".funnel_azure_event_hub_destination_service",
    "FunnelBrainsTechImpulseDestination": ".funnel_brains_tech_impulse_destination",
    "FunnelBrainsTechImpulseDestinationProvider": ".funnel_brains_tech_impulse_destination_provider",
    "FunnelBrainsTechImpulseDestinationService": ".funnel_brains_tech_impulse_destination_service",
    "FunnelConfiguration": ".funnel_configuration",
    "FunnelContentType": ".funnel_content_type",
    "FunnelDestination": ".funnel_destination",
    "FunnelEsrijArcgisOnlineDestination": ".funnel_esrij_arcgis_online_destination",
    "FunnelEsrijArcgisOnlineDestinationProvider": ".funnel_esrij_arcgis_online_destination_provider",
    "FunnelEsrijArcgisOnlineDestinationService": ".funnel_esrij_arcgis_online_destination_service",
    "FunnelGooglePubSubDestination": ".funnel_google_pub_sub_destination",
    "FunnelGooglePubSubDestinationProvider": ".funnel_google_pub_sub_destination_provider",
    "FunnelGooglePubSubDestinationService": ".funnel_google_pub_sub_destination_service",
    "FunnelInfoteriaPlatioDestination": ".funnel_infoteria_platio_destination",
    "FunnelInfoteriaPlatioDestinationProvider": ".funnel_infoteria_platio_destination_provider",
    "FunnelInfoteriaPlatioDestinationService": ".funnel_infoteria_platio_destination_service",
    "FunnelKiiThingifDestination": ".funnel_kii_thingif_destination",
    "FunnelKiiThingifDestinationProvider": ".funnel_kii_thingif_destination_provider",
    "FunnelKiiThingifDestinationService": ".funnel_kii_thingif_destination_service",
    "FunnelLandlogDestination": ".funnel_landlog_destination",
    "FunnelLandlogDestinationDataFormat": ".funnel_landlog_destination_data_format",
    "FunnelLandlogDestinationProvider": ".funnel_landlog_destination_provider",
    "FunnelLandlogDestinationService": ".funnel_landlog_destination_service",
    "FunnelOptimCloudiotosDestination": ".funnel_optim_cloudiotos_destination",
    "FunnelOptimCloudiotosDestinationProvider": ".funnel_optim_cloudiotos_destination_provider",
    "FunnelOptimCloudiotosDestinationService": ".funnel_optim_cloudiotos_destination_service",
    "FunnelSensorCorpusDestination": ".funnel_sensor_corpus_destination",
    "FunnelSensorCorpusDestinationProvider": ".funnel_sensor_corpus_destination_provider",
    "FunnelSensorCorpusDestinationService": ".funnel_sensor_corpus_destination_service",
    "FunnelStatsResponse": ".funnel_stats_response",
    "FunnelStatsResponseFunnelStatsMap": ".funnel_stats_response_funnel_stats_map",
    "FunnelTeradataIntellicloudDestination": ".funnel_teradata_intellicloud_destination",
    "FunnelTeradataIntellicloudDestinationProvider": ".funnel_teradata_intellicloud_destination_provider",
    "FunnelTeradataIntellicloudDestinationService": ".funnel_teradata_intellicloud_destination_service",
    "FunnelWingarcMotionboardDestination": ".funnel_wingarc_motionboard_destination",
    "FunnelWingarcMotionboardDestinationProvider": ".funnel_wingarc_motionboard_destination_provider",
    "FunnelWingarcMotionboardDestinationService": ".funnel_wingarc_motionboard_destination_service",
    "FunnelYaskawaMmcloudDestination": ".funnel_yaskawa_mmcloud_destination",
    "FunnelYaskawaMmcloudDestinationProvider": ".funnel_yaskawa_mmcloud_destination_provider",
    "FunnelYaskawaMmcloudDestinationService": ".funnel_yaskawa_mmcloud_destination_service",
    "Gadget": ".gadget",
    "GadgetAttributes": ".gadget_attributes",
    "GadgetProductId": ".gadget_product_id",
    "GadgetRegistrationRequest": ".gadget_registration_request",
    "GadgetRegistrationRequestTags": ".gadget_registration_request_tags",
    "GadgetStatus": ".gadget_status",
    "GadgetTags": ".gadget_tags",
    "GatePeer": ".gate_peer",
    "GenerateOperatorsAuthKeyResponse": ".generate_operators_auth_key_response",
    "GenerateTokenRequest": ".generate_token_request",
    "GenerateTokenResponse": ".generate_token_response",
    "GenerateUserAuthKeyResponse": ".generate_user_auth_key_response",
    "GetAirStatsOfGroupPeriod": ".get_air_stats_of_group_period",
    "GetAirStatsOfOperatorPeriod": ".get_air_stats_of_operator_period",
    "GetAirStatsOfSimPeriod": ".get_air_stats_of_sim_period",
    "GetAirStatsPeriod": ".get_air_stats_period",
    "GetAnalysisQueriesResponse": ".get_analysis_queries_response",
    "GetAnalysisQueriesResponseColumnInfoItem": ".get_analysis_queries_response_column_info_item",
    "GetAnalysisQueriesResponseStatus": ".get_analysis_queries_response_status",
    "GetAnalysisSchemasResponseItem": ".get_analysis_schemas_response_item",
    "GetAnalysisSchemasResponseItemColumnInfoItem": ".get_analysis_schemas_response_item_column_info_item",
    "GetBeamStatsPeriod": ".get_beam_stats_period",
    "GetBillingHistoryResponse": ".get_billing_history_response",
    "GetDataEntriesByCategorySort": ".get_data_entries_by_category_sort",
    "GetDataEntriesResourceType": ".get_data_entries_resource_type",
    "GetDataEntriesSort": ".get_data_entries_sort",
    "GetDataEntryResourceType": ".get_data_entry_resource_type",
    "GetDataFromDeviceSort": ".get_data_from_device_sort",
    "GetDataFromLoraDeviceSort": ".get_data_from_lora_device_sort",
    "GetDataFromSigfoxDeviceSort": ".get_data_from_sigfox_device_sort",
    "GetDataFromSimSort": ".get_data_from_sim_sort",
    "GetDataFromSubscriberSort": ".get_data_from_subscriber_sort",
    "GetDefaultPermissionsResponse": ".get_default_permissions_response",
    "GetExportedFileResponse": ".get_exported_file_response",
    "GetExportedFileResponseStatus": ".get_exported_file_response_status",
    "GetFileMetadataScope": ".get_file_metadata_scope",
    "GetFileScope": ".get_file_scope",
    "GetFunkStatsPeriod": ".get_funk_stats_period",
    "GetFunnelStatsPeriod": ".get_funnel_stats_period",
    "GetGadgetProductId": ".get_gadget_product_id",
    "GetHarvestStatsPeriod": ".get_harvest_stats_period",
    "GetLatestBill": ".get_latest_bill",
    "GetLatestBillCurrency": ".get_latest_bill_currency",
    "GetLogsResourceType": ".get_logs_resource_type",
    "GetLogsService": ".get_logs_service",
    "GetNapterAuditLogsResourceType": ".get_napter_audit_logs_resource_type",
    "GetOperatorResponse": ".get_operator_response",
    "GetOrderResponse": ".get_order_response",
    "GetOrderResponseAppliedShippingOptionsItem": ".get_order_response_applied_shipping_options_item",
    "GetOrderResponseCurrency": ".get_order_response_currency",
    "GetOrderResponseOrderStatus": ".get_order_response_order_status",
    "GetOrderResponsePaymentStatus": ".get_order_response_payment_status",
    "GetPaymentMethodResult": ".get_payment_method_result",
    "GetPaymentMethodResultErrorCode": ".get_payment_method_result_error_code",
    "GetPaymentMethodResultProviderType": ".get_payment_method_result_provider_type",
    "GetPaymentTransactionResult": ".get_payment_transaction_result",
    "GetPaymentTransactionResultMessageCode": ".get_payment_transaction_result_message_code",
    "GetPaymentTransactionResultStatus": ".get_payment_transaction_result_status",
    "GetResourceSummaryResourceSummaryType": ".get_resource_summary_resource_summary_type",
    "GetShippingAddressResponse": ".get_shipping_address_response",
    "GetSoraletLogsSort": ".get_soralet_logs_sort",
    "GetSystemNotificationType": ".get_system_notification_type",
    "GetUserPasswordResponse": ".get_user_password_response",
    "GetUserPermissionResponse": ".get_user_permission_response",
    "GetUserTrustPolicyResponse": ".get_user_trust_policy_response",
    "GetVolumeDiscountResponse": ".get_volume_discount_response",
    "GetVolumeDiscountResponseCurrency": ".get_volume_discount_response_currency",
    "GetVolumeDiscountResponseStatus": ".get_volume_discount_response_status",
    "GetVolumeDiscountResponseVolumeDiscountPaymentType": ".get_volume_discount_response_volume_discount_payment_type",
    "GetVolumeDiscountResponseVolumeDiscountType": ".get_volume_discount_response_volume_discount_type",
    "Group": ".group",
    "GroupConfiguration": ".group_configuration",
    "GroupConfigurationAdditionalProperty": ".group_configuration_additional_property",
    "GroupConfigurationUpdateRequest": ".group_configuration_update_request",
    "HarvestExportedDataStatsResponse": ".harvest_exported_data_stats_response",
    "HarvestStatsResponse": ".harvest_stats_response",
    "HarvestStatsResponseHarvestStatsMap": ".harvest_stats_response_harvest_stats_map",
    "ImeiLock": ".imei_lock",
    "IndividualInformationModel": ".individual_information_model",
    "Insight": ".insight",
    "InsightCategory": ".insight_category",
    "InsightSeverity": ".insight_severity",
    "IpAddressMapEntry": ".ip_address_map_entry",
    "IpAddressMapEntryType": ".ip_address_map_entry_type",
    "IssueAddEmailTokenRequest": ".issue_add_email_token_request",
    "IssuePasswordResetTokenRequest": ".issue_password_reset_token_request",
    "IssueSubscriberTransferTokenRequest": ".issue_subscriber_transfer_token_request",
    "IssueSubscriberTransferTokenResponse": ".issue_subscriber_transfer_token_response",
    "JunctionInspectionConfiguration": ".junction_inspection_configuration",
    "JunctionMirroringConfiguration": ".junction_mirroring_configuration",
    "JunctionMirroringConfigurationPeers": ".junction_mirroring_configuration_peers",
    "JunctionMirroringPeer": ".junction_mirroring_peer",
    "JunctionMirroringPeerProtocol": ".junction_mirroring_peer_protocol",
    "JunctionRedirectionConfiguration": ".junction_redirection_configuration",
    "LagoonLicensePackStatusResponse": ".lagoon_license_pack_status_response",
    "LagoonLicensePacksUpdatingRequest": ".lagoon_license_packs_updating_request",
    "LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem": ".lagoon_license_packs_updating_request_license_pack_quantities_item",
    "LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName": ".lagoon_license_packs_updating_request_license_pack_quantities_item_license_pack_name",
    "LagoonPlanChangingRequest": ".lagoon_plan_changing_request",
    "LagoonPlanChangingRequestPlan": ".lagoon_plan_changing_request_plan",
    "LagoonRegistrationRequest": ".lagoon_registration_request",
    "LagoonRegistrationRequestPlan": ".lagoon_registration_request_plan",
    "LagoonRegistrationResponse": ".lagoon_registration_response",
    "LagoonUser": ".lagoon_user",
    "LagoonUserCreationRequest": ".lagoon_user_creation_request",
    "LagoonUserCreationRequestRole": ".lagoon_user_creation_request_role",
    "LagoonUserCreationResponse": ".lagoon_user_creation_response",
    "LagoonUserEmailUpdatingRequest": ".lagoon_user_email_updating_request",
    "LagoonUserPasswordUpdatingRequest": ".lagoon_user_password_updating_request",
    "LagoonUserPermissionUpdatingRequest": ".lagoon_user_permission_updating_request",
    "LagoonUserPermissionUpdatingRequestRole": ".lagoon_user_permission_updating_request_role",
    "LagoonUserRole": ".lagoon_user_role",
    "LastSeen": ".last_seen",
    "ListCouponResponse": ".list_coupon_response",
    "ListDataResourceMetadataResourceType": ".list_data_resource_metadata_resource_type",
    "ListDataSourceResourcesResourceType": ".list_data_source_resources_resource_type",
    "ListEventHandlersTarget": ".list_event_handlers_target",
    "ListFilesScope": ".list_files_scope",
    "ListGadgetsProductId": ".list_gadgets_product_id",
    "ListGadgetsTagValueMatchMode": ".list_gadgets_tag_value_match_mode",
    "ListGroupsTagValueMatchMode": ".list_groups_tag_value_match_mode",
    "ListLoraDevicesTagValueMatchMode": ".list_lora_devices_tag_value_match_mode",
    "ListLoraGatewaysTagValueMatchMode": ".list_lora_gateways_tag_value_match_mode",
    "ListLoraNetworkSetsTagValueMatchMode": ".list_lora_network_sets_tag_value_match_mode",
    "ListOrderResponse": ".list_order_response",
    "ListOrderedSubscriberResponse": ".list_ordered_subscriber_response",
    "ListPaymentStatementResponse": ".list_payment_statement_response",
    "ListProductResponse": ".list_product_response",
    "ListRolesOwner": ".list_roles_owner",
    "ListRolesResponse": ".list_roles_response",
    "ListRolesResponseOwner": ".list_roles_response_owner",
    "ListShippingAddressResponse": ".list_shipping_address_response",
    "ListSigfoxDevicesTagValueMatchMode": ".list_sigfox_devices_tag_value_match_mode",
    "ListSimStatusHistorySort": ".list_sim_status_history_sort",
    "ListSoraCamDeviceEventsForDeviceSort": ".list_sora_cam_device_events_for_device_sort",
    "ListSoraCamDeviceEventsSort": ".list_sora_cam_device_events_sort",
    "ListSoraCamDeviceImageExportsForDeviceSort": ".list_sora_cam_device_image_exports_for_device_sort",
    "ListSoraCamDeviceImageExportsSort": ".list_sora_cam_device_image_exports_sort",
    "ListSoraCamDeviceRecordingsAndEventsSort": ".list_sora_cam_device_recordings_and_events_sort",
    "ListSoraCamDeviceVideoExportsForDeviceSort": ".list_sora_cam_device_video_exports_for_device_sort",
    "ListSoraCamDeviceVideoExportsSort": ".list_sora_cam_device_video_exports_sort",
    "ListSoraletVersionsSort": ".list_soralet_versions_sort",
    "ListSoraletsSort": ".list_soralets_sort",
    "ListSubscribersTagValueMatchMode": ".list_subscribers_tag_value_match_mode",
    "ListTasksOfBatchJobStatus": ".list_tasks_of_batch_job_status",
    "ListVirtualPrivateGatewaysTagValueMatchMode": ".list_virtual_private_gateways_tag_value_match_mode",
    "ListVolumeDiscountResponse": ".list_volume_discount_response",
    "LocationRegistrationStatus": ".location_registration_status",
    "LocationRegistrationStatusForNetwork": ".location_registration_status_for_network",
    "LogEntry": ".log_entry",
    "LogEntryBody": ".log_entry_body",
    "LogEntryLogLevel": ".log_entry_log_level",
    "LogEntryResourceType": ".log_entry_resource_type",
    "LogEntryService": ".log_entry_service",
    "LoraData": ".lora_data",
    "LoraDevice": ".lora_device",
    "LoraDeviceStatus": ".lora_device_status",
    "LoraDeviceTags": ".lora_device_tags",
    "LoraGateway": ".lora_gateway",
    "LoraGatewayStatus": ".lora_gateway_status",
    "LoraGatewayTags": ".lora_gateway_tags",
    "LoraNetworkSet": ".lora_network_set",
    "LoraNetworkSetTags": ".lora_network_set_tags",
    "Map": ".map_",
    "MFAAuthenticationRequest": ".mfa_authentication_request",
    "MFAIssueRevokingTokenRequest": ".mfa_issue_revoking_token_request",
    "MFARevokeRequest": ".mfa_revoke_request",
    "MFARevokingTokenVerifyRequest": ".mfa_revoking_token_verify_request",
    "MFAStatusOfUseResponse": ".mfa_status_of_use_response",
    "MonthlyBill": ".monthly_bill",
    "MonthlyBillCurrency": ".monthly_bill_currency",
    "MonthlyBillPaymentStatus": ".monthly_bill_payment_status",
    "MonthlyBillState": ".monthly_bill_state",
    "NapterAuditLogDirection": ".napter_audit_log_direction",
    "NapterAuditLogEntry": ".napter_audit_log_entry",
    "NapterAuditLogEntryType": ".napter_audit_log_entry_type",
    "NapterAuditLogsExportedDataStatsResponse": ".napter_audit_logs_exported_data_stats_response",
    "ObjectInstance": ".object_instance",
    "ObjectInstanceResources": ".object_instance_resources",
    "OpenGateRequest": ".open_gate_request",
    "OperatorConfigurationModel": ".operator_configuration_model",
    "OperatorConfigurationModelNamespace": ".operator_configuration_model_namespace",
    "OperatorConfigurationOfEmail": ".operator_configuration_of_email",
    "OperatorConfigurationOfSupport": ".operator_configuration_of_support",
    "OperatorConfigurationOfUserConsole": ".operator_configuration_of_user_console",
    "OperatorMFAVerifyingResponse": ".operator_mfa_verifying_response",
    "OrderItemModel": ".order_item_model",
    "OrderedSimProfileResponse": ".ordered_sim_profile_response",
    "OrderedSimProfileResponseProfileStatus": ".ordered_sim_profile_response_profile_status",
    "OrderedSubscriber": ".ordered_subscriber",
    "PacketCaptureSession": ".packet_capture_session",
    "PacketCaptureSessionRequest": ".packet_capture_session_request",
    "PacketCaptureSessionStatus": ".packet_capture_session_status",
    "PaymentAmount": ".payment_amount",
    "PaymentAmountCurrency": ".payment_amount_currency",
    "PaymentAmountTaxRate": ".payment_amount_tax_rate",
    "PaymentDescription": ".payment_description",
    "PaymentStatementResponse": ".payment_statement_response",
    "PaymentStatementResponseCurrency": ".payment_statement_response_currency",
    "Placement": ".placement",
    "PlacementInfrastructureProvider": ".placement_infrastructure_provider",
    "PlacementRegion": ".placement_region",
    "PortMapping": ".port_mapping",
    "PortMappingDestination": ".port_mapping_destination",
    "PortMappingDestinationDestinationChoosingStrategy": ".port_mapping_destination_destination_choosing_strategy",
    "PortMappingDestinationForSim": ".port_mapping_destination_for_sim",
    "PortMappingDestinationForSimService": ".port_mapping_destination_for_sim_service",
    "PortMappingDestinationService": ".port_mapping_destination_service",
    "PortMappingSource": ".port_mapping_source",
    "PreviousSessionStatus": ".previous_session_status",
    "PriceByQuantity": ".price_by_quantity",
    "ProductModel": ".product_model",
    "ProductModelCurrency": ".product_model_currency",
    "ProductModelProductType": ".product_model_product_type",
    "ProductModelProperties": ".product_model_properties",
    "PutBundlesBodyItem": ".put_bundles_body_item",
    "PutConfigurationParametersNamespace": ".put_configuration_parameters_namespace",
    "PutFileScope": ".put_file_scope",
    "PutGadgetTagsProductId": ".put_gadget_tags_product_id",
    "PutIpAddressMapEntryRequest": ".put_ip_address_map_entry_request",
    "PutSimBasedRoutingRoutesRequest": ".put_sim_based_routing_routes_request",
    "ReferenceUrl": ".reference_url",
    "RegisterGadgetProductId": ".register_gadget_product_id",
    "RegisterGatePeerRequest": ".register_gate_peer_request",
    "RegisterLoraDeviceRequest": ".register_lora_device_request",
    "RegisterLoraDeviceRequestTags": ".register_lora_device_request_tags",
    "RegisterPayerInformationModel": ".register_payer_information_model",
    "RegisterSimRequest": ".register_sim_request",
    "RegisterSubscribersRequest": ".register_subscribers_request",
    "ResourceInitialSetting": ".resource_initial_setting",
    "ResourceInitialSettingSimInitialSettings": ".resource_initial_setting_sim_initial_settings",
    "ResourceInstance": ".resource_instance",
    "ResourceInstanceOperations": ".resource_instance_operations",
    "ResourceInstanceType": ".resource_instance_type",
    "ResourceInstanceValue": ".resource_instance_value",
    "ResourceInstanceValues": ".resource_instance_values",
    "ResourceSummary": ".resource_summary",
    "ResourceSummaryItem": ".resource_summary_item",
    "ResourceSummaryItemDimension": ".resource_summary_item_dimension",
    "ResourceSummaryItemValue": ".resource_summary_item_value",
    "RoleResponse": ".role_response",
    "RoleResponseOwner": ".role_response_owner",
    "RoleVersionResponse": ".role_version_response",
    "RoleVersionResponseOwner": ".role_version_response_owner",
    "RoutingFilterEntry": ".routing_filter_entry",
    "RoutingFilterEntryAction": ".routing_filter_entry_action",
    "RuleConfig": ".rule_config",
    "RuleConfigProperty": ".rule_config_property",
    "RuleConfigPropertyInactiveTimeoutDateConst": ".rule_config_property_inactive_timeout_date_const",
    "RuleConfigPropertyRunOnceAmongTarget": ".rule_config_property_run_once_among_target",
    "RuleConfigPropertySessionStatus": ".rule_config_property_session_status",
    "RuleConfigPropertySourceStatus": ".rule_config_property_source_status",
    "RuleConfigPropertyTargetOtaStatus": ".rule_config_property_target_ota_status",
    "RuleConfigPropertyTargetSpeedClass": ".rule_config_property_target_speed_class",
    "RuleConfigPropertyTargetStatus": ".rule_config_property_target_status",
    "RuleConfigType": ".rule_config_type",
    "SearchDevicesSearchType": ".search_devices_search_type",
    "SearchSigfoxDevicesRegistration": ".search_sigfox_devices_registration",
    "SearchSigfoxDevicesSearchType": ".search_sigfox_devices_search_type",
    "SearchSigfoxDevicesStatus": ".search_sigfox_devices_status",
    "SearchSimsSearchType": ".search_sims_search_type",
    "SearchSimsSessionStatus": ".search_sims_session_status",
    "SearchSubscriberTrafficVolumeRankingOrder": ".search_subscriber_traffic_volume_ranking_order",
    "SearchSubscribersSearchType": ".search_subscribers_search_type",
    "SessionEvent": ".session_event",
    "SessionStatus": ".session_status",
    "SessionStatusLocation": ".session_status_location",
    "SetDeviceObjectModelScopeRequest": ".set_device_object_model_scope_request",
    "SetGroupRequest": ".set_group_request",
    "SetImeiLockRequest": ".set_imei_lock_request",
    "SetNetworkSetRequest": ".set_network_set_request",
    "SetOperatorConfigurationNamespaceRequest": ".set_operator_configuration_namespace_request",
    "SetSystemNotificationType": ".set_system_notification_type",
    "SetSystemNotificationsRequest": ".set_system_notifications_request",
    "SetUserPermissionRequest": ".set_user_permission_request",
    "SetUserTrustPolicyRequest": ".set_user_trust_policy_request",
    "SetVirtualPrivateGatewayVxLanIdRequest": ".set_virtual_private_gateway_vx_lan_id_request",
    "ShippingAddressModel": ".shipping_address_model",
    "ShippingCostModel": ".shipping_cost_model",
    "ShippingCostModelAppliedShippingOptionsItem": ".shipping_cost_model_applied_shipping_options_item",
    "ShippingCostModelCurrency": ".shipping_cost_model_currency",
    "ShippingCostModelShippingArea": ".shipping_cost_model_shipping_area",
    "ShippingLabelDetail": ".shipping_label_detail",
    "ShippingOptionOfExpeditedShipping": ".shipping_option_of_expedited_shipping",
    "ShippingOptionOfNekopos": ".shipping_option_of_nekopos",
    "ShippingOptionOfNekoposShipmentCompany": ".shipping_option_of_nekopos_shipment_company",
    "SigfoxData": ".sigfox_data",
    "SigfoxDevice": ".sigfox_device",
    "SigfoxDeviceStatus": ".sigfox_device_status",
    "SigfoxDeviceTags": ".sigfox_device_tags",
    "SigfoxRegistrationRequest": ".sigfox_registration_request",
    "SigfoxRegistrationRequestTags": ".sigfox_registration_request_tags",
    "Sim": ".sim",
    "SimCostBreakdown": ".sim_cost_breakdown",
    "SimDownlinkBinaryEncoding": ".sim_downlink_binary_encoding",
    "SimDownlinkHttpRequest": ".sim_downlink_http_request",
    "SimDownlinkHttpRequestHeaders": ".sim_downlink_http_request_headers",
    "SimDownlinkHttpRequestMethod": ".sim_downlink_http_request_method",
    "SimDownlinkHttpResponse": ".sim_downlink_http_response",
    "SimDownlinkHttpResponseHeaders": ".sim_downlink_http_response_headers",
    "SimDownlinkRtspAuthenticationBasic": ".sim_downlink_rtsp_authentication_basic",
    "SimDownlinkRtspAuthenticationBasicType": ".sim_downlink_rtsp_authentication_basic_type",
    "SimDownlinkRtspAuthenticationNone": ".sim_downlink_rtsp_authentication_none",
    "SimDownlinkRtspAuthenticationNoneType": ".sim_downlink_rtsp_authentication_none_type",
    "SimDownlinkRtspCommandSnapshot": ".sim_downlink_rtsp_command_snapshot",
    "SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions": ".sim_downlink_rtsp_command_snapshot_harvest_files_destination_options",
    "SimDownlinkRtspCommandSnapshotOptions": ".sim_downlink_rtsp_command_snapshot_options",
    "SimDownlinkRtspCommandSnapshotOptionsDestinations": ".sim_downlink_rtsp_command_snapshot_options_destinations",
    "SimDownlinkRtspRequest": ".sim_downlink_rtsp_request",
    "SimDownlinkSshNoAuthentication": ".sim_downlink_ssh_no_authentication",
    "SimDownlinkSshNoAuthenticationType": ".sim_downlink_ssh_no_authentication_type",
    "SimDownlinkSshPasswordAuthentication": ".sim_downlink_ssh_password_authentication",
    "SimDownlinkSshPasswordAuthenticationType": ".sim_downlink_ssh_password_authentication_type",
    "SimDownlinkSshPublicKeyAuthentication": ".sim_downlink_ssh_public_key_authentication",
    "SimDownlinkSshPublicKeyAuthenticationType": ".sim_downlink_ssh_public_key_authentication_type",
    "SimDownlinkSshRequest": ".sim_downlink_ssh_request",
    "SimDownlinkSshResponse": ".sim_downlink_ssh_response",
    "SimDownlinkTcpConnectionFireAndForgetOptions": ".sim_downlink_tcp_connection_fire_and_forget_options",
    "SimDownlinkTcpConnectionFireAndForgetOptionsType": ".sim_downlink_tcp_connection_fire_and_forget_options_type",
    "SimDownlinkTcpConnectionIdleTimeoutOptions": ".sim_downlink_tcp_connection_idle_timeout_options",
    "SimDownlinkTcpConnectionIdleTimeoutOptionsType": ".sim_downlink_tcp_connection_idle_timeout_options_type",
    "SimDownlinkTcpConnectionWaitAllOptions": ".sim_downlink_tcp_connection_wait_all_options",
    "SimDownlinkTcpConnectionWaitAllOptionsType": ".sim_downlink_tcp_connection_wait_all_options_type",
    "SimDownlinkTcpConnectionWaitFirstOptions": ".sim_downlink_tcp_connection_wait_first_options",
    "SimDownlinkTcpConnectionWaitFirstOptionsType": ".sim_downlink_tcp_connection_wait_first_options_type",
    "SimDownlinkTcpConnectionWaitForPatternOptions": ".sim_downlink_tcp_connection_wait_for_pattern_options",
    "SimDownlinkTcpConnectionWaitForPatternOptionsType": ".sim_downlink_tcp_connection_wait_for_pattern_options_type",
    "SimDownlinkTcpRequest": ".sim_downlink_tcp_request",
    "SimDownlinkTcpResponse": ".sim_downlink_tcp_response",
    "SimDownlinkUdpRequest": ".sim_downlink_udp_request",
    "SimExpiryAction": ".sim_expiry_action",
    "SimInitialSetting": ".sim_initial_setting",
    "SimInitialSettingTags": ".sim_initial_setting_tags",
    "SimModuleType": ".sim_module_type",
    "SimProfile": ".sim_profile",
    "SimProfileOrderResponse": ".sim_profile_order_response",
    "SimProfileOrderResponseStatus": ".sim_profile_order_response_status",
    "SimProfileSubscribers": ".sim_profile_subscribers",
    "SimProfiles": ".sim_profiles",
    "SimStatus": ".sim_status",
    "SimStatusHistoryResponse": ".sim_status_history_response",
    "SimType": ".sim_type",
    "SimplifiedSubscriber": ".simplified_subscriber",
    "SimplifiedSubscriberStatus": ".simplified_subscriber_status",
    "SmsForwardingReport": ".sms_forwarding_report",
    "SmsForwardingRequest": ".sms_forwarding_request",
    "SoraCamAtomCamLiveImageResponse": ".sora_cam_atom_cam_live_image_response",
    "SoraCamAtomCamSettingsAll": ".sora_cam_atom_cam_settings_all",
    "SoraCamAtomCamSettingsAllLogo": ".sora_cam_atom_cam_settings_all_logo",
    "SoraCamAtomCamSettingsAllMotion": ".sora_cam_atom_cam_settings_all_motion",
    "SoraCamAtomCamSettingsAllMotionSensitivity": ".sora_cam_atom_cam_settings_all_motion_sensitivity",
    "SoraCamAtomCamSettingsAllMotionTagging": ".sora_cam_atom_cam_settings_all_motion_tagging",
    "SoraCamAtomCamSettingsAllNightVision": ".sora_cam_atom_cam_settings_all_night_vision",
    "SoraCamAtomCamSettingsAllQuality": ".sora_cam_atom_cam_settings_all_quality",
    "SoraCamAtomCamSettingsAllRotation": ".sora_cam_atom_cam_settings_all_rotation",
    "SoraCamAtomCamSettingsAllSound": ".sora_cam_atom_cam_settings_all_sound",
    "SoraCamAtomCamSettingsAllSoundSensitivity": ".sora_cam_atom_cam_settings_all_sound_sensitivity",
    "SoraCamAtomCamSettingsAllStatusLight": ".sora_cam_atom_cam_settings_all_status_light",
    "SoraCamAtomCamSettingsAllTimestamp": ".sora_cam_atom_cam_settings_all_timestamp",
    "SoraCamAtomCamSettingsLogo": ".sora_cam_atom_cam_settings_logo",
    "SoraCamAtomCamSettingsLogoState": ".sora_cam_atom_cam_settings_logo_state",
    "SoraCamAtomCamSettingsMotion": ".sora_cam_atom_cam_settings_motion",
    "SoraCamAtomCamSettingsMotionSensitivity": ".sora_cam_atom_cam_settings_motion_sensitivity",
    "SoraCamAtomCamSettingsMotionSensitivityState": ".sora_cam_atom_cam_settings_motion_sensitivity_state",
    "SoraCamAtomCamSettingsMotionState": ".sora_cam_atom_cam_settings_motion_state",
    "SoraCamAtomCamSettingsMotionTagging": ".sora_cam_atom_cam_settings_motion_tagging",
    "SoraCamAtomCamSettingsMotionTaggingState": ".sora_cam_atom_cam_settings_motion_tagging_state",
    "SoraCamAtomCamSettingsNightVision": ".sora_cam_atom_cam_settings_night_vision",
    "SoraCamAtomCamSettingsNightVisionState": ".sora_cam_atom_cam_settings_night_vision_state",
    "SoraCamAtomCamSettingsQuality": ".sora_cam_atom_cam_settings_quality",
    "SoraCamAtomCamSettingsQualityState": ".sora_cam_atom_cam_settings_quality_state",
    "SoraCamAtomCamSettingsRotation": ".sora_cam_atom_cam_settings_rotation",
    "SoraCamAtomCamSettingsRotationState": ".sora_cam_atom_cam_settings_rotation_state",
    "SoraCamAtomCamSettingsSelfReboot": ".sora_cam_atom_cam_settings_self_reboot",
    "SoraCamAtomCamSettingsSound": ".sora_cam_atom_cam_settings_sound",
    "SoraCamAtomCamSettingsSoundSensitivity": ".sora_cam_atom_cam_settings_sound_sensitivity",
    "SoraCamAtomCamSettingsSoundSensitivityState": ".sora_cam_atom_cam_settings_sound_sensitivity_state",
    "SoraCamAtomCamSettingsSoundState": ".sora_cam_atom_cam_settings_sound_state",
    "SoraCamAtomCamSettingsStatusLight": ".sora_cam_atom_cam_settings_status_light",
    "SoraCamAtomCamSettingsStatusLightState": ".sora_cam_atom_cam_settings_status_light_state",
    "SoraCamAtomCamSettingsTimestamp": ".sora_cam_atom_cam_settings_timestamp",
    "SoraCamAtomCamSettingsTimestampState": ".sora_cam_atom_cam_settings_timestamp_state",
    "SoraCamDevice": ".sora_cam_device",
    "SoraCamDeviceConfiguration": ".sora_cam_device_configuration",
    "SoraCamDeviceLicenseInfo": ".sora_cam_device_license_info",
    "SoraCamDeviceLicenseUpdate": ".sora_cam_device_license_update",
    "SoraCamDeviceLicenseUpdateType": ".sora_cam_device_license_update_type",
    "SoraCamDeviceName": ".sora_cam_device_name",
    "SoraCamDeviceOptions": ".sora_cam_device_options",
    "SoraCamDevicePowerState": ".sora_cam_device_power_state",
    "SoraCamDeviceRealTimeAccessOption": ".sora_cam_device_real_time_access_option",
    "SoraCamDevicesFirmwareUpdate": ".sora_cam_devices_firmware_update",
    "SoraCamEvent": ".sora_cam_event",
    "SoraCamEventEventInfo": ".sora_cam_event_event_info",
    "SoraCamEventEventInfoAtomEventV1": ".sora_cam_event_event_info_atom_event_v1",
    "SoraCamEventEventInfoAtomEventV1RecordingStatus": ".sora_cam_event_event_info_atom_event_v1_recording_status",
    "SoraCamEventEventInfoAtomEventV1Type": ".sora_cam_event_event_info_atom_event_v1_type",
    "SoraCamExportImageToHarvestFiles": ".sora_cam_export_image_to_harvest_files",
    "SoraCamExportUsage": ".sora_cam_export_usage",
    "SoraCamExportUsageLimitOverrideSpecification": ".sora_cam_export_usage_limit_override_specification",
    "SoraCamExportVideoToHarvestFiles": ".sora_cam_export_video_to_harvest_files",
    "SoraCamImageExportInfo": ".sora_cam_image_export_info",
    "SoraCamImageExportInfoStatus": ".sora_cam_image_export_info_status",
    "SoraCamImageExportSpecification": ".sora_cam_image_export_specification",
    "SoraCamImageExportSpecificationImageFiltersItem": ".sora_cam_image_export_specification_image_filters_item",
    "SoraCamImageExportUsage": ".sora_cam_image_export_usage",
    "SoraCamLicensePackQuantityUpdatingRequest": ".sora_cam_license_pack_quantity_updating_request",
    "SoraCamLicensePackResponse": ".sora_cam_license_pack_response",
    "SoraCamPlayListEntry": ".sora_cam_play_list_entry",
    "SoraCamPowerState": ".sora_cam_power_state",
    "SoraCamPowerStatePowerState": ".sora_cam_power_state_power_state",
    "SoraCamRecordingsAndEventsList": ".sora_cam_recordings_and_events_list",
    "SoraCamRecordingsAndEventsListEventsItem": ".sora_cam_recordings_and_events_list_events_item",
    "SoraCamRecordingsAndEventsListEventsItemType": ".sora_cam_recordings_and_events_list_events_item_type",
    "SoraCamRecordingsAndEventsListRecordsItem": ".sora_cam_recordings_and_events_list_records_item",
    "SoraCamStreamingVideo": ".sora_cam_streaming_video",
    "SoraCamVideoExportInfo": ".sora_cam_video_export_info",
    "SoraCamVideoExportInfoStatus": ".sora_cam_video_export_info_status",
    "SoraCamVideoExportSpecification": ".sora_cam_video_export_specification",
    "SoraCamVideoExportSpecificationAudioCodec": ".sora_cam_video_export_specification_audio_codec",
    "SoraCamVideoExportUsage": ".sora_cam_video_export_usage",
    "SoracomBeamStats": ".soracom_beam_stats",
    "SoracomFunkStats": ".soracom_funk_stats",
    "SoracomFunnelStats": ".soracom_funnel_stats",
    "SoracomHarvestStats": ".soracom_harvest_stats",
    "SoracomTransitGateway": ".soracom_transit_gateway",
    "SoracomTransitGatewayResourceSharedStatus": ".soracom_transit_gateway_resource_shared_status",
    "Soralet": ".soralet",
    "SoraletDataSource": ".soralet_data_source",
    "SoraletLog": ".soralet_log",
    "SoraletVersion": ".soralet_version",
    "StartAnalysisQueriesRequest": ".start_analysis_queries_request",
    "StartAnalysisQueriesResponse": ".start_analysis_queries_response",
    "Subscriber": ".subscriber",
    "SubscriberExpiryAction": ".subscriber_expiry_action",
    "SubscriberModuleType": ".subscriber_module_type",
    "SubscriberPacketCaptureSessionsItem": ".subscriber_packet_capture_sessions_item",
    "SubscriberStatus": ".subscriber_status",
    "SubscriptionContainer": ".subscription_container",
    "SubscriptionContainerStatus": ".subscription_container_status",
    "SubscriptionContainerStatusCountryMapping": ".subscription_container_status_country_mapping",
    "SubscriptionContainerStatusCountryMappingAdditionalProperty": ".subscription_container_status_country_mapping_additional_property",
    "SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord": ".subscription_container_status_country_mapping_additional_property_mapping_record",
    "SubscriptionContainerSubscriber": ".subscription_container_subscriber",
    "SupportTier": ".support_tier",
    "SupportTokenResponse": ".support_token_response",
    "SwitchUserRequest": ".switch_user_request",
    "SystemNotificationsModel": ".system_notifications_model",
    "SystemNotificationsModelType": ".system_notifications_model_type",
    "TagSet": ".tag_set",
    "TagUpdateRequest": ".tag_update_request",
    "TerminateGadgetProductId": ".terminate_gadget_product_id",
    "TestingUsage": ".testing_usage",
    "TestingUsageUsage": ".testing_usage_usage",
    "TestingUsageUsageLimit": ".testing_usage_usage_limit",
    "TestingUsageUsageLimitNextStatus": ".testing_usage_usage_limit_next_status",
    "TrafficVolumeRanking": ".traffic_volume_ranking",
    "TransitGatewayAttachment": ".transit_gateway_attachment",
    "TransitGatewayPeeringConnection": ".transit_gateway_peering_connection",
    "TransitGatewayPeeringConnectionStatus": ".transit_gateway_peering_connection_status",
    "TransitGatewayResourceSharedStatus": ".transit_gateway_resource_shared_status",
    "TransitGatewayVpcAttachment": ".transit_gateway_vpc_attachment",
    "TransitGatewayVpcAttachmentStatus": ".transit_gateway_vpc_attachment_status",
    "UpdateAnalysisPlanQueryRequest": ".update_analysis_plan_query_request",
    "UpdateBatchGroupRequest": ".update_batch_group_request",
    "UpdateCustomerRouteRequest": ".update_customer_route_request",
    "UpdateDefaultPermissionsRequest": ".update_default_permissions_request",
    "UpdateEventHandlerRequest": ".update_event_handler_request",
    "UpdateEventHandlerRequestStatus": ".update_event_handler_request_status",
    "UpdateFqdnFilterRulesRequest": ".update_fqdn_filter_rules_request",
    "UpdatePasswordRequest": ".update_password_request",
    "UpdatePermissionRequest": ".update_permission_request",
    "UpdateSoraCamLicensePackQuantityLicensePackId": ".update_sora_cam_license_pack_quantity_license_pack_id",
    "UpdateSpeedClassRequest": ".update_speed_class_request",
    "UpdateSpeedClassRequestSpeedClass": ".update_speed_class_request_speed_class",
    "UpdateUplinkFilterRulesRequest": ".update_uplink_filter_rules_request",
    "UpdateUserRequest": ".update_user_request",
    "UpdateVirtualPrivateGatewayTagsRequestItem": ".update_virtual_private_gateway_tags_request_item",
    "UplinkFilterRule": ".uplink_filter_rule",
    "UplinkFilterRuleAction": ".uplink_filter_rule_action",
    "UplinkFilterRuleType": ".uplink_filter_rule_type",
    "UserDetailResponse": ".user_detail_response",
    "VerifyAddEmailTokenRequest": ".verify_add_email_token_request",
    "VerifyPasswordResetTokenRequest": ".verify_password_reset_token_request",
    "VerifySubscriberTransferTokenRequest": ".verify_subscriber_transfer_token_request",
    "VerifySubscriberTransferTokenResponse": ".verify_subscriber_transfer_token_response",
    "VirtualPrivateGateway": ".virtual_private_gateway",
    "VirtualPrivateGatewayCustomerRoutes": ".virtual_private_gateway_customer_routes",
    "VirtualPrivateGatewayMirroring": ".virtual_private_gateway_mirroring",
    "VirtualPrivateGatewayMirroringPeers": ".virtual_private_gateway_mirroring_peers",
    "VirtualPrivateGatewaySessionStats": ".virtual_private_gateway_session_stats",
    "VirtualPrivateGatewaySimBasedRoutingConfig": ".virtual_private_gateway_sim_based_routing_config",
    "VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections": ".virtual_private_gateway_soracom_transit_gateway_peering_connections",
    "VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments": ".virtual_private_gateway_soracom_transit_gateway_vpc_attachments",
    "VirtualPrivateGatewayStatus": ".virtual_private_gateway_status",
    "VirtualPrivateGatewayTransitGatewayAttachments": ".virtual_private_gateway_transit_gateway_attachments",
    "VirtualPrivateGatewayType": ".virtual_private_gateway_type",
    "VirtualPrivateGatewayVirtualInterfaces": ".virtual_private_gateway_virtual_interfaces",
    "VirtualPrivateGatewayVpcPeeringConnections": ".virtual_private_gateway_vpc_peering_connections",
    "VirtualPrivateGatewayVpnConnections": ".virtual_private_gateway_vpn_connections",
    "VolumeDiscountModel": ".volume_discount_model",
    "VolumeDiscountModelCurrency": ".volume_discount_model_currency",
    "VolumeDiscountModelVolumeDiscountPaymentType": ".volume_discount_model_volume_discount_payment_type",
    "VolumeDiscountModelVolumeDiscountType": ".volume_discount_model_volume_discount_type",
    "VpcPeeringConnection": ".vpc_peering_connection",
    "VpnConnection": ".vpn_connection",
    "WriteDeviceResourceBody": ".write_device_resource_body",
}

__all__ = (
    "ActionConfig",
    "ActionConfigProperty",
    "ActionConfigPropertyExecutionDateTimeConst",
    "ActionConfigPropertyHeaders",
    "ActionConfigPropertyHttpMethod",
    "ActionConfigPropertySpeedClass",
    "ActionConfigType",
    "ActivatePaymentMethodResponse200",
    "AddSubscriptionBody",
    "AddSubscriptionBodySubscription",
    "AddSubscriptionBodyType",
    "AirAggregatedStatsResponse",
    "AirStatsResponse",
    "AirStatsResponseDataTrafficStatsMap",
    "APIAuditLogEntry",
    "APICallError",
    "APICallErrorMessage",
    "ArcCredentialAttachRequest",
    "ArcCredentialAttachResponse",
    "ArcCredentialRenewRequest",
    "ArcCredentialRenewResponse",
    "ArcSessionCreateResponse",
    "ArcSessionStatus",
    "AttachRoleRequest",
    "AttributeUpdate",
    "AuthKeyResponse",
    "AuthRequest",
    "AuthResponse",
    "AvailableLongTermDiscountModel",
    "AvailableLongTermDiscountModelCurrency",
    "AvailableLongTermDiscountModelVolumeDiscountPaymentType",
    "AvailableLongTermDiscountModelVolumeDiscountType",
    "AvailableLongTermDiscountResponse",
    "BatchGroupResponse",
    "BatchJobResponse",
    "BatchJobResponseStatus",
    "BatchJobSummary",
    "BatchTaskApiRequest",
    "BatchTaskApiRequestMethod",
    "BatchTaskApiResponse",
    "BatchTaskApiResponseBody",
    "BatchTaskRequest",
    "BatchTaskResponse",
    "BatchTaskResponseStatus",
    "BeamStatsResponse",
    "BeamStatsResponseBeamStatsMap",
    "BillingSummaryResponseOfBillItems",
    "BillingSummaryResponseOfBillItemsCurrency",
    "BillingSummaryResponseOfSims",
    "BillingSummaryResponseOfSimsCurrency",
    "BillItemCostBreakdown",
    "Capabilities",
    "Cell",
    "CellIdentifier",
    "CellLocation",
    "CellRadioType",
    "CompanyInformationModel",
    "ContractDetailOfHarvest",
    "ContractDetailOfHarvestPlan",
    "ContractDetailOfSupport",
    "ContractDetailOfSupportTier",
    "ContractUpdatedResponse",
    "ContractUpdatedResponseContractName",
    "ContractUpdatingRequest",
    "ContractUpdatingRequestContractName",
    "CouponResponse",
    "CouponResponseCurrency",
    "CoverageType",
    "CreateAndUpdateCredentialsModel",
    "CreateAndUpdateCredentialsModelCredentials",
    "CreateAndUpdateCredentialsModelType",
    "CreateArcSessionBody",
    "CreateBatchGroupRequest",
    "CreateBatchJobRequest",
    "CreateCustomerRouteRequest",
    "CreateEstimatedCouponRequest",
    "CreateEstimatedOrderRequest",
    "CreateEstimatedVolumeDiscountRequest",
    "CreateEstimatedVolumeDiscountRequestVolumeDiscountPaymentType",
    "CreateEstimatedVolumeDiscountRequestVolumeDiscountType",
    "CreateEventHandlerRequest",
    "CreateEventHandlerRequestStatus",
    "CreateGroupRequest",
    "CreateOrUpdateRoleRequest",
    "CreatePortMappingRequest",
    "CreatePortMappingRequestForSim",
    "CreateRoleResponse",
    "CreateSimProfileOrderRequest",
    "CreateSimProfileOrderRequestBundlesItem",
    "CreateSimProfileOrderRequestSpeedClass",
    "CreateSimRequest",
    "CreateSimRequestSubscription",
    "CreateSimRequestType",
    "CreateSoraletRequest",
    "CreateTransitGatewayPeeringConnectionRequest",
    "CreateTransitGatewayVpcAttachmentRequest",
    "CreateUserPasswordRequest",
    "CreateUserRequest",
    "CreateVirtualPrivateGatewayRequest",
    "CreateVirtualPrivateGatewayRequestPlacement",
    "CreateVirtualPrivateGatewayRequestPlacementRegion",
    "CreateVirtualPrivateGatewayRequestSoracomTransitGateway",
    "CreateVirtualPrivateGatewayRequestType",
    "CreateVpcPeeringConnectionRequest",
    "CreateVpcPeeringConnectionResponse",
    "CredentialsModel",
    "CredentialsModelCredentials",
    "CredentialsModelType",
    "CreditCard",
    "CustomerRoute",
    "CustomerRouteType",
    "DailyBill",
    "DailyBillCurrency",
    "DailyBillResponse",
    "DataEntry",
    "DataEntryResourceType",
    "DataResourceMetadata",
    "DataTrafficStats",
    "DeleteConfigurationNamespaceNamespace",
    "DeleteConfigurationParameterNamespace",
    "DeleteDataEntryResourceType",
    "DeleteDirectoryScope",
    "DeleteFileScope",
    "DeleteGadgetTagProductId",
    "DeleteOperatorContractContractName",
    "DeleteSystemNotificationType",
    "Device",
    "DeviceObjectModel",
    "DeviceObjectModelFormat",
    "DeviceObjects",
    "DeviceTags",
    "DiagnosticRequest",
    "DiagnosticRequestResourceType",
    "DiagnosticRequestService",
    "DiagnosticResponse",
    "DiagnosticResponseResourceType",
    "DiagnosticResponseService",
    "DiagnosticResponseStatus",
    "DisableTerminationOnGadgetProductId",
    "DownlinkPingRequest",
    "DownlinkPingResponse",
    "EmailConfigurationOfBilling",
    "EmailConfigurationOfNotification",
    "EmailsModel",
    "EnableMFAOTPResponse",
    "EnableTerminationOnGadgetProductId",
    "Error",
    "EstimatedCouponModel",
    "EstimatedCouponModelCurrency",
    "EstimatedOrderItemModel",
    "EstimatedOrderModel",
    "EstimatedOrderModelCurrency",
    "EstimatedVolumeDiscountModel",
    "EstimatedVolumeDiscountModelCurrency",
    "EventHandlerModel",
    "EventHandlerModelStatus",
    "ExecuteDeviceResourceBody",
    "ExecuteSoraletRequest",
    "ExecuteSoraletRequestDirection",
    "ExecuteSoraletRequestEncodingType",
    "ExecuteSoraletResponse",
    "ExpiryTime",
    "ExpiryTimeExpiryAction",
    "ExportAirStatsExportMode",
    "ExportBeamStatsExportMode",
    "ExportBillingExportMode",
    "ExportFunkStatsExportMode",
    "ExportFunnelStatsExportMode",
    "ExportHarvestStatsExportMode",
    "ExportLatestBillingExportMode",
    "ExportPaymentStatementExportMode",
    "ExportRequest",
    "ExportRequestPeriod",
    "ExportSubscribersExportMode",
    "FileEntry",
    "FileExportResponse",
    "FindFilesScope",
    "FqdnFilterRule",
    "FqdnFilterRuleAction",
    "FqdnFilterRuleType",
    "FunkStatsResponse",
    "FunkStatsResponseFunkStatsMap",
    "FunnelAcroquestTorrentioDestination",
    "FunnelAcroquestTorrentioDestinationProvider",
    "FunnelAcroquestTorrentioDestinationService",
    "FunnelAWSFirehoseDestination",
    "FunnelAWSFirehoseDestinationProvider",
    "FunnelAWSFirehoseDestinationService",
    "FunnelAWSIoTDestination",
    "FunnelAWSIoTDestinationProvider",
    "FunnelAWSIoTDestinationService",
    "FunnelAWSKinesisDestination",
    "FunnelAWSKinesisDestinationProvider",
    "FunnelAWSKinesisDestinationService",
    "FunnelAzureEventHubDestination",
    "FunnelAzureEventHubDestinationProvider",
    "FunnelAzureEventHubDestinationService",
    "FunnelBrainsTechImpulseDestination",
    "FunnelBrainsTechImpulseDestinationProvider",
    "FunnelBrainsTechImpulseDestinationService",
    "FunnelConfiguration",
    "FunnelContentType",
    "FunnelDestination",
    "FunnelEsrijArcgisOnlineDestination",
    "FunnelEsrijArcgisOnlineDestinationProvider",
    "FunnelEsrijArcgisOnlineDestinationService",
    "FunnelGooglePubSubDestination",
    "FunnelGooglePubSubDestinationProvider",
    "FunnelGooglePubSubDestinationService",
    "FunnelInfoteriaPlatioDestination",
    "FunnelInfoteriaPlatioDestinationProvider",
    "FunnelInfoteriaPlatioDestinationService",
    "FunnelKiiThingifDestination",
    "FunnelKiiThingifDestinationProvider",
    "FunnelKiiThingifDestinationService",
    "FunnelLandlogDestination",
    "FunnelLandlogDestinationDataFormat",
    "FunnelLandlogDestinationProvider",
    "FunnelLandlogDestinationService",
    "FunnelOptimCloudiotosDestination",
    "FunnelOptimCloudiotosDestinationProvider",
    "FunnelOptimCloudiotosDestinationService",
    "FunnelSensorCorpusDestination",
    "FunnelSensorCorpusDestinationProvider",
    "FunnelSensorCorpusDestinationService",
    "FunnelStatsResponse",
    "FunnelStatsResponseFunnelStatsMap",
    "FunnelTeradataIntellicloudDestination",
    "FunnelTeradataIntellicloudDestinationProvider",
    "FunnelTeradataIntellicloudDestinationService",
    "FunnelWingarcMotionboardDestination",
    "FunnelWingarcMotionboardDestinationProvider",
    "FunnelWingarcMotionboardDestinationService",
    "FunnelYaskawaMmcloudDestination",
    "FunnelYaskawaMmcloudDestinationProvider",
    "FunnelYaskawaMmcloudDestinationService",
    "Gadget",
    "GadgetAttributes",
    "GadgetProductId",
    "GadgetRegistrationRequest",
    "GadgetRegistrationRequestTags",
    "GadgetStatus",
    "GadgetTags",
    "GatePeer",
    "GenerateOperatorsAuthKeyResponse",
    "GenerateTokenRequest",
    "GenerateTokenResponse",
    "GenerateUserAuthKeyResponse",
    "GetAirStatsOfGroupPeriod",
    "GetAirStatsOfOperatorPeriod",
    "GetAirStatsOfSimPeriod",
    "GetAirStatsPeriod",
    "GetAnalysisQueriesResponse",
    "GetAnalysisQueriesResponseColumnInfoItem",
    "GetAnalysisQueriesResponseStatus",
    "GetAnalysisSchemasResponseItem",
    "GetAnalysisSchemasResponseItemColumnInfoItem",
    "GetBeamStatsPeriod",
    "GetBillingHistoryResponse",
    "GetDataEntriesByCategorySort",
    "GetDataEntriesResourceType",
    "GetDataEntriesSort",
    "GetDataEntryResourceType",
    "GetDataFromDeviceSort",
    "GetDataFromLoraDeviceSort",
    "GetDataFromSigfoxDeviceSort",
    "GetDataFromSimSort",
    "GetDataFromSubscriberSort",
    "GetDefaultPermissionsResponse",
    "GetExportedFileResponse",
    "GetExportedFileResponseStatus",
    "GetFileMetadataScope",
    "GetFileScope",
    "GetFunkStatsPeriod",
    "GetFunnelStatsPeriod",
    "GetGadgetProductId",
    "GetHarvestStatsPeriod",
    "GetLatestBill",
    "GetLatestBillCurrency",
    "GetLogsResourceType",
    "GetLogsService",
    "GetNapterAuditLogsResourceType",
    "GetOperatorResponse",
    "GetOrderResponse",
    "GetOrderResponseAppliedShippingOptionsItem",
    "GetOrderResponseCurrency",
    "GetOrderResponseOrderStatus",
    "GetOrderResponsePaymentStatus",
    "GetPaymentMethodResult",
    "GetPaymentMethodResultErrorCode",
    "GetPaymentMethodResultProviderType",
    "GetPaymentTransactionResult",
    "GetPaymentTransactionResultMessageCode",
    "GetPaymentTransactionResultStatus",
    "GetResourceSummaryResourceSummaryType",
    "GetShippingAddressResponse",
    "GetSoraletLogsSort",
    "GetSystemNotificationType",
    "GetUserPasswordResponse",
    "GetUserPermissionResponse",
    "GetUserTrustPolicyResponse",
    "GetVolumeDiscountResponse",
    "GetVolumeDiscountResponseCurrency",
    "GetVolumeDiscountResponseStatus",
    "GetVolumeDiscountResponseVolumeDiscountPaymentType",
    "GetVolumeDiscountResponseVolumeDiscountType",
    "Group",
    "GroupConfiguration",
    "GroupConfigurationAdditionalProperty",
    "GroupConfigurationUpdateRequest",
    "HarvestExportedDataStatsResponse",
    "HarvestStatsResponse",
    "HarvestStatsResponseHarvestStatsMap",
    "ImeiLock",
    "IndividualInformationModel",
    "Insight",
    "InsightCategory",
    "InsightSeverity",
    "IpAddressMapEntry",
    "IpAddressMapEntryType",
    "IssueAddEmailTokenRequest",
    "IssuePasswordResetTokenRequest",
    "IssueSubscriberTransferTokenRequest",
    "IssueSubscriberTransferTokenResponse",
    "JunctionInspectionConfiguration",
    "JunctionMirroringConfiguration",
    "JunctionMirroringConfigurationPeers",
    "JunctionMirroringPeer",
    "JunctionMirroringPeerProtocol",
    "JunctionRedirectionConfiguration",
    "LagoonLicensePackStatusResponse",
    "LagoonLicensePacksUpdatingRequest",
    "LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem",
    "LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName",
    "LagoonPlanChangingRequest",
    "LagoonPlanChangingRequestPlan",
    "LagoonRegistrationRequest",
    "LagoonRegistrationRequestPlan",
    "LagoonRegistrationResponse",
    "LagoonUser",
    "LagoonUserCreationRequest",
    "LagoonUserCreationRequestRole",
    "LagoonUserCreationResponse",
    "LagoonUserEmailUpdatingRequest",
    "LagoonUserPasswordUpdatingRequest",
    "LagoonUserPermissionUpdatingRequest",
    "LagoonUserPermissionUpdatingRequestRole",
    "LagoonUserRole",
    "LastSeen",
    "ListCouponResponse",
    "ListDataResourceMetadataResourceType",
    "ListDataSourceResourcesResourceType",
    "ListEventHandlersTarget",
    "ListFilesScope",
    "ListGadgetsProductId",
    "ListGadgetsTagValueMatchMode",
    "ListGroupsTagValueMatchMode",
    "ListLoraDevicesTagValueMatchMode",
    "ListLoraGatewaysTagValueMatchMode",
    "ListLoraNetworkSetsTagValueMatchMode",
    "ListOrderedSubscriberResponse",
    "ListOrderResponse",
    "ListPaymentStatementResponse",
    "ListProductResponse",
    "ListRolesOwner",
    "ListRolesResponse",
    "ListRolesResponseOwner",
    "ListShippingAddressResponse",
    "ListSigfoxDevicesTagValueMatchMode",
    "ListSimStatusHistorySort",
    "ListSoraCamDeviceEventsForDeviceSort",
    "ListSoraCamDeviceEventsSort",
    "ListSoraCamDeviceImageExportsForDeviceSort",
    "ListSoraCamDeviceImageExportsSort",
    "ListSoraCamDeviceRecordingsAndEventsSort",
    "ListSoraCamDeviceVideoExportsForDeviceSort",
    "ListSoraCamDeviceVideoExportsSort",
    "ListSoraletsSort",
    "ListSoraletVersionsSort",
    "ListSubscribersTagValueMatchMode",
    "ListTasksOfBatchJobStatus",
    "ListVirtualPrivateGatewaysTagValueMatchMode",
    "ListVolumeDiscountResponse",
    "LocationRegistrationStatus",
    "LocationRegistrationStatusForNetwork",
    "LogEntry",
    "LogEntryBody",
    "LogEntryLogLevel",
    "LogEntryResourceType",
    "LogEntryService",
    "LoraData",
    "LoraDevice",
    "LoraDeviceStatus",
    "LoraDeviceTags",
    "LoraGateway",
    "LoraGatewayStatus",
    "LoraGatewayTags",
    "LoraNetworkSet",
    "LoraNetworkSetTags",
    "Map",
    "MFAAuthenticationRequest",
    "MFAIssueRevokingTokenRequest",
    "MFARevokeRequest",
    "MFARevokingTokenVerifyRequest",
    "MFAStatusOfUseResponse",
    "MonthlyBill",
    "MonthlyBillCurrency",
    "MonthlyBillPaymentStatus",
    "MonthlyBillState",
    "NapterAuditLogDirection",
    "NapterAuditLogEntry",
    "NapterAuditLogEntryType",
    "NapterAuditLogsExportedDataStatsResponse",
    "ObjectInstance",
    "ObjectInstanceResources",
    "OpenGateRequest",
    "OperatorConfigurationModel",
    "OperatorConfigurationModelNamespace",
    "OperatorConfigurationOfEmail",
    "OperatorConfigurationOfSupport",
    "OperatorConfigurationOfUserConsole",
    "OperatorMFAVerifyingResponse",
    "OrderedSimProfileResponse",
    "OrderedSimProfileResponseProfileStatus",
    "OrderedSubscriber",
    "OrderItemModel",
    "PacketCaptureSession",
    "PacketCaptureSessionRequest",
    "PacketCaptureSessionStatus",
    "PaymentAmount",
    "PaymentAmountCurrency",
    "PaymentAmountTaxRate",
    "PaymentDescription",
    "PaymentStatementResponse",
    "PaymentStatementResponseCurrency",
    "Placement",
    "PlacementInfrastructureProvider",
    "PlacementRegion",
    "PortMapping",
    "PortMappingDestination",
    "PortMappingDestinationDestinationChoosingStrategy",
    "PortMappingDestinationForSim",
    "PortMappingDestinationForSimService",
    "PortMappingDestinationService",
    "PortMappingSource",
    "PreviousSessionStatus",
    "PriceByQuantity",
    "ProductModel",
    "ProductModelCurrency",
    "ProductModelProductType",
    "ProductModelProperties",
    "PutBundlesBodyItem",
    "PutConfigurationParametersNamespace",
    "PutFileScope",
    "PutGadgetTagsProductId",
    "PutIpAddressMapEntryRequest",
    "PutSimBasedRoutingRoutesRequest",
    "ReferenceUrl",
    "RegisterGadgetProductId",
    "RegisterGatePeerRequest",
    "RegisterLoraDeviceRequest",
    "RegisterLoraDeviceRequestTags",
    "RegisterPayerInformationModel",
    "RegisterSimRequest",
    "RegisterSubscribersRequest",
    "ResourceInitialSetting",
    "ResourceInitialSettingSimInitialSettings",
    "ResourceInstance",
    "ResourceInstanceOperations",
    "ResourceInstanceType",
    "ResourceInstanceValue",
    "ResourceInstanceValues",
    "ResourceSummary",
    "ResourceSummaryItem",
    "ResourceSummaryItemDimension",
    "ResourceSummaryItemValue",
    "RoleResponse",
    "RoleResponseOwner",
    "RoleVersionResponse",
    "RoleVersionResponseOwner",
    "RoutingFilterEntry",
    "RoutingFilterEntryAction",
    "RuleConfig",
    "RuleConfigProperty",
    "RuleConfigPropertyInactiveTimeoutDateConst",
    "RuleConfigPropertyRunOnceAmongTarget",
    "RuleConfigPropertySessionStatus",
    "RuleConfigPropertySourceStatus",
    "RuleConfigPropertyTargetOtaStatus",
    "RuleConfigPropertyTargetSpeedClass",
    "RuleConfigPropertyTargetStatus",
    "RuleConfigType",
    "SearchDevicesSearchType",
    "SearchSigfoxDevicesRegistration",
    "SearchSigfoxDevicesSearchType",
    "SearchSigfoxDevicesStatus",
    "SearchSimsSearchType",
    "SearchSimsSessionStatus",
    "SearchSubscribersSearchType",
    "SearchSubscriberTrafficVolumeRankingOrder",
    "SessionEvent",
    "SessionStatus",
    "SessionStatusLocation",
    "SetDeviceObjectModelScopeRequest",
    "SetGroupRequest",
    "SetImeiLockRequest",
    "SetNetworkSetRequest",
    "SetOperatorConfigurationNamespaceRequest",
    "SetSystemNotificationsRequest",
    "SetSystemNotificationType",
    "SetUserPermissionRequest",
    "SetUserTrustPolicyRequest",
    "SetVirtualPrivateGatewayVxLanIdRequest",
    "ShippingAddressModel",
    "ShippingCostModel",
    "ShippingCostModelAppliedShippingOptionsItem",
    "ShippingCostModelCurrency",
    "ShippingCostModelShippingArea",
    "ShippingLabelDetail",
    "ShippingOptionOfExpeditedShipping",
    "ShippingOptionOfNekopos",
    "ShippingOptionOfNekoposShipmentCompany",
    "SigfoxData",
    "SigfoxDevice",
    "SigfoxDeviceStatus",
    "SigfoxDeviceTags",
    "SigfoxRegistrationRequest",
    "SigfoxRegistrationRequestTags",
    "Sim",
    "SimCostBreakdown",
    "SimDownlinkBinaryEncoding",
    "SimDownlinkHttpRequest",
    "SimDownlinkHttpRequestHeaders",
    "SimDownlinkHttpRequestMethod",
    "SimDownlinkHttpResponse",
    "SimDownlinkHttpResponseHeaders",
    "SimDownlinkRtspAuthenticationBasic",
    "SimDownlinkRtspAuthenticationBasicType",
    "SimDownlinkRtspAuthenticationNone",
    "SimDownlinkRtspAuthenticationNoneType",
    "SimDownlinkRtspCommandSnapshot",
    "SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions",
    "SimDownlinkRtspCommandSnapshotOptions",
    "SimDownlinkRtspCommandSnapshotOptionsDestinations",
    "SimDownlinkRtspRequest",
    "SimDownlinkSshNoAuthentication",
    "SimDownlinkSshNoAuthenticationType",
    "SimDownlinkSshPasswordAuthentication",
    "SimDownlinkSshPasswordAuthenticationType",
    "SimDownlinkSshPublicKeyAuthentication",
    "SimDownlinkSshPublicKeyAuthenticationType",
    "SimDownlinkSshRequest",
    "SimDownlinkSshResponse",
    "SimDownlinkTcpConnectionFireAndForgetOptions",
    "SimDownlinkTcpConnectionFireAndForgetOptionsType",
    "SimDownlinkTcpConnectionIdleTimeoutOptions",
    "SimDownlinkTcpConnectionIdleTimeoutOptionsType",
    "SimDownlinkTcpConnectionWaitAllOptions",
    "SimDownlinkTcpConnectionWaitAllOptionsType",
    "SimDownlinkTcpConnectionWaitFirstOptions",
    "SimDownlinkTcpConnectionWaitFirstOptionsType",
    "SimDownlinkTcpConnectionWaitForPatternOptions",
    "SimDownlinkTcpConnectionWaitForPatternOptionsType",
    "SimDownlinkTcpRequest",
    "SimDownlinkTcpResponse",
    "SimDownlinkUdpRequest",
    "SimExpiryAction",
    "SimInitialSetting",
    "SimInitialSettingTags",
    "SimModuleType",
    "SimplifiedSubscriber",
    "SimplifiedSubscriberStatus",
    "SimProfile",
    "SimProfileOrderResponse",
    "SimProfileOrderResponseStatus",
    "SimProfiles",
    "SimProfileSubscribers",
    "SimStatus",
    "SimStatusHistoryResponse",
    "SimType",
    "SmsForwardingReport",
    "SmsForwardingRequest",
    "SoraCamAtomCamLiveImageResponse",
    "SoraCamAtomCamSettingsAll",
    "SoraCamAtomCamSettingsAllLogo",
    "SoraCamAtomCamSettingsAllMotion",
    "SoraCamAtomCamSettingsAllMotionSensitivity",
    "SoraCamAtomCamSettingsAllMotionTagging",
    "SoraCamAtomCamSettingsAllNightVision",
    "SoraCamAtomCamSettingsAllQuality",
    "SoraCamAtomCamSettingsAllRotation",
    "SoraCamAtomCamSettingsAllSound",
    "SoraCamAtomCamSettingsAllSoundSensitivity",
    "SoraCamAtomCamSettingsAllStatusLight",
    "SoraCamAtomCamSettingsAllTimestamp",
    "SoraCamAtomCamSettingsLogo",
    "SoraCamAtomCamSettingsLogoState",
    "SoraCamAtomCamSettingsMotion",
    "SoraCamAtomCamSettingsMotionSensitivity",
    "SoraCamAtomCamSettingsMotionSensitivityState",
    "SoraCamAtomCamSettingsMotionState",
    "SoraCamAtomCamSettingsMotionTagging",
    "SoraCamAtomCamSettingsMotionTaggingState",
    "SoraCamAtomCamSettingsNightVision",
    "SoraCamAtomCamSettingsNightVisionState",
    "SoraCamAtomCamSettingsQuality",
    "SoraCamAtomCamSettingsQualityState",
    "SoraCamAtomCamSettingsRotation",
    "SoraCamAtomCamSettingsRotationState",
    "SoraCamAtomCamSettingsSelfReboot",
    "SoraCamAtomCamSettingsSound",
    "SoraCamAtomCamSettingsSoundSensitivity",
    "SoraCamAtomCamSettingsSoundSensitivityState",
    "SoraCamAtomCamSettingsSoundState",
    "SoraCamAtomCamSettingsStatusLight",
    "SoraCamAtomCamSettingsStatusLightState",
    "SoraCamAtomCamSettingsTimestamp",
    "SoraCamAtomCamSettingsTimestampState",
    "SoraCamDevice",
    "SoraCamDeviceConfiguration",
    "SoraCamDeviceLicenseInfo",
    "SoraCamDeviceLicenseUpdate",
    "SoraCamDeviceLicenseUpdateType",
    "SoraCamDeviceName",
    "SoraCamDeviceOptions",
    "SoraCamDevicePowerState",
    "SoraCamDeviceRealTimeAccessOption",
    "SoraCamDevicesFirmwareUpdate",
    "SoraCamEvent",
    "SoraCamEventEventInfo",
    "SoraCamEventEventInfoAtomEventV1",
    "SoraCamEventEventInfoAtomEventV1RecordingStatus",
    "SoraCamEventEventInfoAtomEventV1Type",
    "SoraCamExportImageToHarvestFiles",
    "SoraCamExportUsage",
    "SoraCamExportUsageLimitOverrideSpecification",
    "SoraCamExportVideoToHarvestFiles",
    "SoraCamImageExportInfo",
    "SoraCamImageExportInfoStatus",
    "SoraCamImageExportSpecification",
    "SoraCamImageExportSpecificationImageFiltersItem",
    "SoraCamImageExportUsage",
    "SoraCamLicensePackQuantityUpdatingRequest",
    "SoraCamLicensePackResponse",
    "SoraCamPlayListEntry",
    "SoraCamPowerState",
    "SoraCamPowerStatePowerState",
    "SoraCamRecordingsAndEventsList",
    "SoraCamRecordingsAndEventsListEventsItem",
    "SoraCamRecordingsAndEventsListEventsItemType",
    "SoraCamRecordingsAndEventsListRecordsItem",
    "SoraCamStreamingVideo",
    "SoraCamVideoExportInfo",
    "SoraCamVideoExportInfoStatus",
    "SoraCamVideoExportSpecification",
    "SoraCamVideoExportSpecificationAudioCodec",
    "SoraCamVideoExportUsage",
    "SoracomBeamStats",
    "SoracomFunkStats",
    "SoracomFunnelStats",
    "SoracomHarvestStats",
    "SoracomTransitGateway",
    "SoracomTransitGatewayResourceSharedStatus",
    "Soralet",
    "SoraletDataSource",
    "SoraletLog",
    "SoraletVersion",
    "StartAnalysisQueriesRequest",
    "StartAnalysisQueriesResponse",
    "Subscriber",
    "SubscriberExpiryAction",
    "SubscriberModuleType",
    "SubscriberPacketCaptureSessionsItem",
    "SubscriberStatus",
    "SubscriptionContainer",
    "SubscriptionContainerStatus",
    "SubscriptionContainerStatusCountryMapping",
    "SubscriptionContainerStatusCountryMappingAdditionalProperty",
    "SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord",
    "SubscriptionContainerSubscriber",
    "SupportTier",
    "SupportTokenResponse",
    "SwitchUserRequest",
    "SystemNotificationsModel",
    "SystemNotificationsModelType",
    "TagSet",
    "TagUpdateRequest",
    "TerminateGadgetProductId",
    "TestingUsage",
    "TestingUsageUsage",
    "TestingUsageUsageLimit",
    "TestingUsageUsageLimitNextStatus",
    "TrafficVolumeRanking",
    "TransitGatewayAttachment",
    "TransitGatewayPeeringConnection",
    "TransitGatewayPeeringConnectionStatus",
    "TransitGatewayResourceSharedStatus",
    "TransitGatewayVpcAttachment",
    "TransitGatewayVpcAttachmentStatus",
    "UpdateAnalysisPlanQueryRequest",
    "UpdateBatchGroupRequest",
    "UpdateCustomerRouteRequest",
    "UpdateDefaultPermissionsRequest",
    "UpdateEventHandlerRequest",
    "UpdateEventHandlerRequestStatus",
    "UpdateFqdnFilterRulesRequest",
    "UpdatePasswordRequest",
    "UpdatePermissionRequest",
    "UpdateSoraCamLicensePackQuantityLicensePackId",
    "UpdateSpeedClassRequest",
    "UpdateSpeedClassRequestSpeedClass",
    "UpdateUplinkFilterRulesRequest",
    "UpdateUserRequest",
    "UpdateVirtualPrivateGatewayTagsRequestItem",
    "UplinkFilterRule",
    "UplinkFilterRuleAction",
    "UplinkFilterRuleType",
    "UserDetailResponse",
    "VerifyAddEmailTokenRequest",
    "VerifyPasswordResetTokenRequest",
    "VerifySubscriberTransferTokenRequest",
    "VerifySubscriberTransferTokenResponse",
    "VirtualPrivateGateway",
    "VirtualPrivateGatewayCustomerRoutes",
    "VirtualPrivateGatewayMirroring",
    "VirtualPrivateGatewayMirroringPeers",
    "VirtualPrivateGatewaySessionStats",
    "VirtualPrivateGatewaySimBasedRoutingConfig",
    "VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections",
    "VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments",
    "VirtualPrivateGatewayStatus",
    "VirtualPrivateGatewayTransitGatewayAttachments",
    "VirtualPrivateGatewayType",
    "VirtualPrivateGatewayVirtualInterfaces",
    "VirtualPrivateGatewayVpcPeeringConnections",
    "VirtualPrivateGatewayVpnConnections",
    "VolumeDiscountModel",
    "VolumeDiscountModelCurrency",
    "VolumeDiscountModelVolumeDiscountPaymentType",
    "VolumeDiscountModelVolumeDiscountType",
    "VpcPeeringConnection",
    "VpnConnection",
    "WriteDeviceResourceBody",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
