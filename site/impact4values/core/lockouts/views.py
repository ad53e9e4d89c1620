"""The admin's sign-in lockouts: who failed to sign in from where, how often, and an "Unlock".

Superusers only: the listing shows usernames and network addresses. Unlocking forgets that pair's
failures (as ``manage.py axes_reset_ip_username`` does) and is logged, with who did it,
in Wagtail's site history and the server log.
"""

import logging
from dataclasses import dataclass
from datetime import datetime

from axes.models import AccessAttempt
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from impact4values.core.addresses import valid_ip

from . import throttles

logger = logging.getLogger(__name__)

UNLOCK_ACTION = "impact4values.unlock_sign_in"


@dataclass(frozen=True)
class Lockout:
    username: str
    ip_address: str
    failures: int
    last_failure: datetime

    @property
    def locked_until(self):
        """When the pair may sign in again by itself, or None when it is not locked."""
        if self.failures < settings.AXES_FAILURE_LIMIT:
            return None
        until = self.last_failure + settings.AXES_COOLOFF_TIME
        return until if until > timezone.now() else None


def lockouts():
    rows = (
        AccessAttempt.objects.values("username", "ip_address")
        .annotate(failures=Sum("failures_since_start"), last_failure=Max("attempt_time"))
        .order_by("-last_failure")
    )
    return [
        Lockout(row["username"] or "", row["ip_address"] or "", row["failures"], row["last_failure"])
        for row in rows
    ]


def require_superuser(request):
    if not request.user.is_superuser:
        raise PermissionDenied


class LockoutsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "core/lockouts/index.html"
    page_title = _("Sign-in lockouts")
    header_icon = "lock"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")},
        {"url": "", "label": _("Sign-in lockouts")},
    ]

    def dispatch(self, request, *args, **kwargs):
        require_superuser(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            lockouts=lockouts(),
            failure_limit=settings.AXES_FAILURE_LIMIT,
            cool_off_minutes=int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
            **kwargs,
        )


@require_POST
def unlock(request):
    require_superuser(request)
    username = request.POST.get("username", "")
    ip_address = request.POST.get("ip_address", "")
    attempts = AccessAttempt.objects.filter(username=username, ip_address=ip_address or None)
    attempt = attempts.first()
    if attempt is None:
        messages.warning(request, gettext("There was nothing to unlock: that lockout has already ended."))
        return redirect("core_lockouts")
    log(
        attempt,
        UNLOCK_ACTION,
        user=request.user,
        title=f"{username} @ {ip_address}",
        data={"username": username, "ip_address": ip_address},
    )
    attempts.delete()
    logger.warning("%s unlocked signing in as %r from %s", request.user, username, ip_address)
    messages.success(
        request,
        gettext("Signing in as %(username)s from %(address)s is unlocked.")
        % {"username": username, "address": ip_address},
    )
    return redirect("core_lockouts")


@require_POST
def lift_limits(request):
    """Lift an address's page-password and password-reset limits (counted in the cache, not listed)."""
    require_superuser(request)
    address = valid_ip(request.POST.get("ip_address", ""))
    email = request.POST.get("email", "").strip()
    if address is None:
        messages.error(request, gettext("Give a valid network address, such as 192.0.2.10."))
        return redirect("core_lockouts")
    throttles.lift(address, email)
    logger.warning(
        "%s lifted the page-password and password-reset limits of %s %s", request.user, address, email
    )
    messages.success(
        request,
        gettext("The limits on page passwords and password resets of %(address)s are lifted.")
        % {"address": address},
    )
    return redirect("core_lockouts")
