from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from impact4values.core import sitemaps, views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("favicon.ico", views.favicon),
    path("sitemap.xml", sitemaps.index, name="sitemap-index"),
    path("sitemap-<str:section>.xml", sitemaps.section, name="sitemap-section"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix; "/" is redirected by LocaleMiddleware.
urlpatterns += i18n_patterns(
    path("sitemap/", sitemaps.page, name="sitemap-page"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler403 = "impact4values.core.forbidden.permission_denied"  # the admin's own 403 inside the admin
handler404 = "impact4values.core.views.page_not_found"
handler500 = "impact4values.core.views.server_error"
