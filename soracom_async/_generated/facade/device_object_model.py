"""The `DeviceObjectModel` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.device_object_model import create_device_object_model as _create_device_object_model
    from ..api.device_object_model import delete_device_object_model as _delete_device_object_model
    from ..api.device_object_model import get_device_object_model as _get_device_object_model
    from ..api.device_object_model import list_device_object_models as _list_device_object_models
    from ..api.device_object_model import (
        set_device_object_model_scope as _set_device_object_model_scope,
    )
    from ..api.device_object_model import update_device_object_model as _update_device_object_model


class DeviceObjectModelApi(TagApi):
    """Operations of the `DeviceObjectModel` group, as `client.device_object_model.<operation>`.

    One rate-limit group. `help(client.device_object_model.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_device_object_model: Creates a new device object model
        delete_device_object_model: Deletes a device object model
        get_device_object_model: Gets a device object model
        list_device_object_models: Returns a list of device object models (paginated)
        set_device_object_model_scope: Sets scope for a device object model
        update_device_object_model: Updates a device object model
    """

    group = "DeviceObjectModel"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_device_object_model = operation(
            _create_device_object_model.SPEC,
            _create_device_object_model.build,
            _create_device_object_model.parse,
        )
        delete_device_object_model = operation(
            _delete_device_object_model.SPEC,
            _delete_device_object_model.build,
            _delete_device_object_model.parse,
        )
        get_device_object_model = operation(
            _get_device_object_model.SPEC,
            _get_device_object_model.build,
            _get_device_object_model.parse,
        )
        list_device_object_models = paginated_operation(
            _list_device_object_models.SPEC,
            _list_device_object_models.build,
            _list_device_object_models.parse,
            items=_list_device_object_models.items,
            paging=_list_device_object_models.paging,
        )
        set_device_object_model_scope = operation(
            _set_device_object_model_scope.SPEC,
            _set_device_object_model_scope.build,
            _set_device_object_model_scope.parse,
        )
        update_device_object_model = operation(
            _update_device_object_model.SPEC,
            _update_device_object_model.build,
            _update_device_object_model.parse,
        )
    else:
        create_device_object_model = lazy_operation(
            "..api.device_object_model.create_device_object_model", __package__, group=group
        )
        delete_device_object_model = lazy_operation(
            "..api.device_object_model.delete_device_object_model", __package__, group=group
        )
        get_device_object_model = lazy_operation(
            "..api.device_object_model.get_device_object_model", __package__, group=group
        )
        list_device_object_models = lazy_paginated_operation(
            "..api.device_object_model.list_device_object_models", __package__, group=group
        )
        set_device_object_model_scope = lazy_operation(
            "..api.device_object_model.set_device_object_model_scope", __package__, group=group
        )
        update_device_object_model = lazy_operation(
            "..api.device_object_model.update_device_object_model", __package__, group=group
        )
