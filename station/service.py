"""The one way to write a service: permission check, input hygiene, then one transaction.

A write service runs in `BEGIN IMMEDIATE`, so concurrent writers queue instead of interleaving; a
read service runs in a deferred transaction so it sees one consistent snapshot.
"""
import functools
import inspect
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from db.models import database
from station.inputs import cleaned_arguments
from station.permissions import Perm

P = ParamSpec("P")
T = TypeVar("T")


def service(perm: Perm | None, *, write: bool = True) -> Callable[[Callable[P, T]], Callable[P, T]]:
    def wrap(fn: Callable[P, T]) -> Callable[P, T]:
        clean = cleaned_arguments(list(inspect.signature(fn).parameters)[1:])

        @functools.wraps(fn)
        def call(ctx, *args, **kwargs):
            if perm is not None:
                ctx.require(perm)
            args, kwargs = clean(args, kwargs)  # input hygiene at the boundary (station/inputs.py)
            with database.atomic("IMMEDIATE" if write else "DEFERRED"):
                return fn(ctx, *args, **kwargs)

        call.permission = perm
        return call

    return wrap
