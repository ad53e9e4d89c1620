from django import template
from django.utils import timezone
from django.utils.translation import ngettext

register = template.Library()

HOUR = 3600
DAY = 24 * HOUR


@register.filter
def time_left_until(deadline):
    """How long until ``deadline``, in the largest unit that still reads naturally ("12 days", "5 hours")."""
    seconds = max(0, int((deadline - timezone.now()).total_seconds()))
    if seconds >= 2 * DAY:
        days = seconds // DAY
        return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
    if seconds >= 2 * HOUR:
        hours = seconds // HOUR
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = max(1, seconds // 60)
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
