"""How many applications one address may send: a sliding window per IP address, in the shared cache.

``APPLICATION_RATE_LIMIT`` applications in any ``APPLICATION_RATE_LIMIT_PERIOD`` seconds, counted in the
cache ``RATE_LIMIT_CACHE`` by ``impact4values.core.ratelimit``. A submission claims its pass before it is
processed, so parallel requests cannot slip past the limit together; only what is accepted (or caught by
the honeypot) keeps it, so an applicant correcting mistakes in the form is never locked out.
"""

from django.conf import settings

from impact4values.core.addresses import client_address
from impact4values.core.ratelimit import SlidingWindow


def _window():
    return SlidingWindow(
        "mentor-application",
        limit=settings.APPLICATION_RATE_LIMIT,
        period=settings.APPLICATION_RATE_LIMIT_PERIOD,
        cache=settings.RATE_LIMIT_CACHE,
    )


def attempt(request):
    """Claim one application's pass for this request's address: ``.refused`` says it must wait
    ``.seconds_left``; ``.release()`` gives the pass back when the submission is not accepted."""
    return _window().attempt(client_address(request))
