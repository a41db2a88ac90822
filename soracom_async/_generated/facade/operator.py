"""The `Operator` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
from ..api.operator import add_coverage_type as _add_coverage_type
from ..api.operator import add_operator_contract as _add_operator_contract
from ..api.operator import create_company_information as _create_company_information
from ..api.operator import create_individual_information as _create_individual_information
from ..api.operator import delete_operator_auth_key as _delete_operator_auth_key
from ..api.operator import (
    delete_operator_configuration_namespace as _delete_operator_configuration_namespace,
)
from ..api.operator import delete_operator_contract as _delete_operator_contract
from ..api.operator import enable_mfa as _enable_mfa
from ..api.operator import generate_auth_token as _generate_auth_token
from ..api.operator import generate_operator_auth_key as _generate_operator_auth_key
from ..api.operator import generate_support_token as _generate_support_token
from ..api.operator import get_company_information as _get_company_information
from ..api.operator import get_individual_information as _get_individual_information
from ..api.operator import get_mfa_status as _get_mfa_status
from ..api.operator import get_operator as _get_operator
from ..api.operator import (
    get_operator_configuration_namespace as _get_operator_configuration_namespace,
)
from ..api.operator import issue_mfa_revoking_token as _issue_mfa_revoking_token
from ..api.operator import list_operator_auth_keys as _list_operator_auth_keys
from ..api.operator import revoke_mfa as _revoke_mfa
from ..api.operator import revoke_operator_auth_tokens as _revoke_operator_auth_tokens
from ..api.operator import (
    set_operator_configuration_namespace as _set_operator_configuration_namespace,
)
from ..api.operator import update_company_information as _update_company_information
from ..api.operator import update_individual_information as _update_individual_information
from ..api.operator import update_operator_password as _update_operator_password
from ..api.operator import verify_mfa as _verify_mfa
from ..api.operator import verify_mfa_revoking_token as _verify_mfa_revoking_token


class OperatorApi(TagApi):
    """Operations of the `Operator` group, as `client.operator.<operation>`."""

    group = "Operator"

    add_coverage_type = operation(
        _add_coverage_type.SPEC, _add_coverage_type.build, _add_coverage_type.parse
    )
    add_operator_contract = operation(
        _add_operator_contract.SPEC, _add_operator_contract.build, _add_operator_contract.parse
    )
    create_company_information = operation(
        _create_company_information.SPEC,
        _create_company_information.build,
        _create_company_information.parse,
    )
    create_individual_information = operation(
        _create_individual_information.SPEC,
        _create_individual_information.build,
        _create_individual_information.parse,
    )
    delete_operator_auth_key = operation(
        _delete_operator_auth_key.SPEC,
        _delete_operator_auth_key.build,
        _delete_operator_auth_key.parse,
    )
    delete_operator_configuration_namespace = operation(
        _delete_operator_configuration_namespace.SPEC,
        _delete_operator_configuration_namespace.build,
        _delete_operator_configuration_namespace.parse,
    )
    delete_operator_contract = operation(
        _delete_operator_contract.SPEC,
        _delete_operator_contract.build,
        _delete_operator_contract.parse,
    )
    enable_mfa = operation(_enable_mfa.SPEC, _enable_mfa.build, _enable_mfa.parse)
    generate_auth_token = operation(
        _generate_auth_token.SPEC, _generate_auth_token.build, _generate_auth_token.parse
    )
    generate_operator_auth_key = operation(
        _generate_operator_auth_key.SPEC,
        _generate_operator_auth_key.build,
        _generate_operator_auth_key.parse,
    )
    generate_support_token = operation(
        _generate_support_token.SPEC, _generate_support_token.build, _generate_support_token.parse
    )
    get_company_information = operation(
        _get_company_information.SPEC,
        _get_company_information.build,
        _get_company_information.parse,
    )
    get_individual_information = operation(
        _get_individual_information.SPEC,
        _get_individual_information.build,
        _get_individual_information.parse,
    )
    get_mfa_status = operation(_get_mfa_status.SPEC, _get_mfa_status.build, _get_mfa_status.parse)
    get_operator = operation(_get_operator.SPEC, _get_operator.build, _get_operator.parse)
    get_operator_configuration_namespace = operation(
        _get_operator_configuration_namespace.SPEC,
        _get_operator_configuration_namespace.build,
        _get_operator_configuration_namespace.parse,
    )
    issue_mfa_revoking_token = operation(
        _issue_mfa_revoking_token.SPEC,
        _issue_mfa_revoking_token.build,
        _issue_mfa_revoking_token.parse,
    )
    list_operator_auth_keys = operation(
        _list_operator_auth_keys.SPEC,
        _list_operator_auth_keys.build,
        _list_operator_auth_keys.parse,
    )
    revoke_mfa = operation(_revoke_mfa.SPEC, _revoke_mfa.build, _revoke_mfa.parse)
    revoke_operator_auth_tokens = operation(
        _revoke_operator_auth_tokens.SPEC,
        _revoke_operator_auth_tokens.build,
        _revoke_operator_auth_tokens.parse,
    )
    set_operator_configuration_namespace = operation(
        _set_operator_configuration_namespace.SPEC,
        _set_operator_configuration_namespace.build,
        _set_operator_configuration_namespace.parse,
    )
    update_company_information = operation(
        _update_company_information.SPEC,
        _update_company_information.build,
        _update_company_information.parse,
    )
    update_individual_information = operation(
        _update_individual_information.SPEC,
        _update_individual_information.build,
        _update_individual_information.parse,
    )
    update_operator_password = operation(
        _update_operator_password.SPEC,
        _update_operator_password.build,
        _update_operator_password.parse,
    )
    verify_mfa = operation(_verify_mfa.SPEC, _verify_mfa.build, _verify_mfa.parse)
    verify_mfa_revoking_token = operation(
        _verify_mfa_revoking_token.SPEC,
        _verify_mfa_revoking_token.build,
        _verify_mfa_revoking_token.parse,
    )
