"""The `Billing` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.billing import export_billing as _export_billing
    from ..api.billing import export_latest_billing as _export_latest_billing
    from ..api.billing import get_billing as _get_billing
    from ..api.billing import get_billing_history as _get_billing_history
    from ..api.billing import get_billing_per_day as _get_billing_per_day
    from ..api.billing import (
        get_billing_summary_of_bill_items as _get_billing_summary_of_bill_items,
    )
    from ..api.billing import get_billing_summary_of_sims as _get_billing_summary_of_sims
    from ..api.billing import get_latest_billing as _get_latest_billing


class BillingApi(TagApi):
    """Operations of the `Billing` group, as `client.billing.<operation>`.

    One rate-limit group. `help(client.billing.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        export_billing: Export historical Detailed billing CSV to dedicated storage
        export_latest_billing: Export latest billing CSV file to S3
        get_billing: Gets a finalized past billing history for the specified month
        get_billing_history: Gets a list of finalized past billing history
        get_billing_per_day: Get a daily bill
        get_billing_summary_of_bill_items: Gets a billing summary of bill items.
        get_billing_summary_of_sims: Gets a billing summary of SIMs
        get_latest_billing: Get latest bill
    """

    group = "Billing"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        export_billing = operation(
            _export_billing.SPEC, _export_billing.build, _export_billing.parse
        )
        export_latest_billing = operation(
            _export_latest_billing.SPEC, _export_latest_billing.build, _export_latest_billing.parse
        )
        get_billing = operation(_get_billing.SPEC, _get_billing.build, _get_billing.parse)
        get_billing_history = operation(
            _get_billing_history.SPEC, _get_billing_history.build, _get_billing_history.parse
        )
        get_billing_per_day = operation(
            _get_billing_per_day.SPEC, _get_billing_per_day.build, _get_billing_per_day.parse
        )
        get_billing_summary_of_bill_items = operation(
            _get_billing_summary_of_bill_items.SPEC,
            _get_billing_summary_of_bill_items.build,
            _get_billing_summary_of_bill_items.parse,
        )
        get_billing_summary_of_sims = operation(
            _get_billing_summary_of_sims.SPEC,
            _get_billing_summary_of_sims.build,
            _get_billing_summary_of_sims.parse,
        )
        get_latest_billing = operation(
            _get_latest_billing.SPEC, _get_latest_billing.build, _get_latest_billing.parse
        )
    else:
        export_billing = lazy_operation("..api.billing.export_billing", __package__, group=group)
        export_latest_billing = lazy_operation(
            "..api.billing.export_latest_billing", __package__, group=group
        )
        get_billing = lazy_operation("..api.billing.get_billing", __package__, group=group)
        get_billing_history = lazy_operation(
            "..api.billing.get_billing_history", __package__, group=group
        )
        get_billing_per_day = lazy_operation(
            "..api.billing.get_billing_per_day", __package__, group=group
        )
        get_billing_summary_of_bill_items = lazy_operation(
            "..api.billing.get_billing_summary_of_bill_items", __package__, group=group
        )
        get_billing_summary_of_sims = lazy_operation(
            "..api.billing.get_billing_summary_of_sims", __package__, group=group
        )
        get_latest_billing = lazy_operation(
            "..api.billing.get_latest_billing", __package__, group=group
        )
