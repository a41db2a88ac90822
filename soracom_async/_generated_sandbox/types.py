"""The main generated layer's helpers (soracom_async._generated.types), shared."""

from .._generated.types import (
    UNSET as UNSET,
)
from .._generated.types import (
    BinaryContent as BinaryContent,
)
from .._generated.types import (
    EmptyBodyError as EmptyBodyError,
)
from .._generated.types import (
    MissingFieldError as MissingFieldError,
)
from .._generated.types import (
    OpenEnumMeta as OpenEnumMeta,
)
from .._generated.types import (
    PageRequest as PageRequest,
)
from .._generated.types import (
    ResourceMetadata as ResourceMetadata,
)
from .._generated.types import (
    ResponseLike as ResponseLike,
)
from .._generated.types import (
    Unset as Unset,
)
from .._generated.types import (
    WrongShapeError as WrongShapeError,
)
from .._generated.types import (
    as_enum as as_enum,
)
from .._generated.types import (
    as_enums as as_enums,
)
from .._generated.types import (
    as_model as as_model,
)
from .._generated.types import (
    as_models as as_models,
)
from .._generated.types import (
    file_path as file_path,
)
from .._generated.types import (
    is_binary_content as is_binary_content,
)
from .._generated.types import (
    missing_field as missing_field,
)
from .._generated.types import (
    parse_datetime as parse_datetime,
)
from .._generated.types import (
    path_segment as path_segment,
)
from .._generated.types import (
    required as required,
)
from .._generated.types import (
    to_jsonable as to_jsonable,
)
from .._generated.types import (
    wrong_shape as wrong_shape,
)
