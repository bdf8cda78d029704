"""Keeping old call styles working for one release, with a ``DeprecationWarning``."""

from __future__ import annotations

import functools
import warnings


def keyword_options(*legacy_order: str):
    """Make a function's options keyword-only while still accepting them by position,
    in ``legacy_order`` (their old order after the data argument), with a warning.

    The decorated function takes its data argument by position and everything else by
    keyword; ``f(data, 20)`` keeps working for one release as ``f(data, top=20)``.
    """
    def decorate(function):
        @functools.wraps(function)
        def wrapper(data, *args, **kwargs):
            if args:
                if len(args) > len(legacy_order):
                    raise TypeError(f"{function.__name__}() takes its options by keyword: "
                                    f"{', '.join(legacy_order)}")
                names = legacy_order[: len(args)]
                for name, value in zip(names, args):
                    if name in kwargs:
                        raise TypeError(f"{function.__name__}() got two values for {name!r}")
                    kwargs[name] = value
                warnings.warn(f"{function.__name__}: pass {', '.join(f'{n}=' for n in names)} by keyword; "
                              "options by position will be refused in the next release",
                              DeprecationWarning, stacklevel=2)
            return function(data, **kwargs)

        return wrapper

    return decorate


def deprecated_alias(function, old_name: str):
    """``function`` under its old name: same behaviour, with a ``DeprecationWarning``
    naming the new one."""
    @functools.wraps(function)
    def alias(*args, **kwargs):
        warnings.warn(f"{old_name} is deprecated and will be removed in the next release; "
                      f"use {function.__name__}", DeprecationWarning, stacklevel=2)
        return function(*args, **kwargs)

    alias.__name__ = alias.__qualname__ = old_name
    return alias
