import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from mentors.applications.storage import private_storage, random_cv_name
from mentors.choices import Country

from .mentor_page import default_locale_areas

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone


def new_reference():
    """A short reference an applicant can quote, e.g. I4V-7KQ2-M9XD."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"I4V-{code[:4]}-{code[4:]}"


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    NEEDS_INFORMATION = "needs_information", _("More information requested")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Still waiting for the moderators' decision.
OPEN_STATUSES = (Status.SUBMITTED, Status.IN_REVIEW, Status.NEEDS_INFORMATION)


class MentorApplicationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def with_experience(self):
        """``experience``: years of NGO work plus years of mentoring, for sorting and filtering."""
        return self.annotate(experience=F("years_ngo_experience") + F("years_mentoring_experience"))

    def open_counts(self):
        """{status: count} of every open status (zero included), for the dashboard."""
        counts = dict(self.open().order_by().values_list("status").annotate(n=Count("pk")))
        return {status: counts.get(status, 0) for status in OPEN_STATUSES}

    def area_counts(self):
        """{area pk: {"applied", "accepted", "open"}}: withdrawn ones are not counted, rejected ones count
        as applied only."""
        rows = (
            self.exclude(status=Status.WITHDRAWN)
            .order_by()
            .values("thematic_areas")
            .annotate(
                applied=Count("pk", distinct=True),
                accepted=Count("pk", filter=Q(status=Status.ACCEPTED), distinct=True),
                open=Count("pk", filter=Q(status__in=OPEN_STATUSES), distinct=True),
            )
        )
        return {row.pop("thematic_areas"): row for row in rows}

    def ranked_in(self, area):
        """The area's candidates (open or accepted), best first: the call favours more experience when an
        area has more applicants than places, so by total years, then mentoring years, then the earlier
        application."""
        return (
            self.filter(thematic_areas=area, status__in=(*OPEN_STATUSES, Status.ACCEPTED))
            .with_experience()
            .order_by("-experience", "-years_mentoring_experience", "submitted_at", "pk")
        )


class MentorApplication(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """An application to the call for mentors, with its CV in private storage.

    The Wagtail mixins give it the moderators' review workflow (``mentors.applications.moderation``):
    a revision records the application as submitted, the workflow puts it on the Moderators' dashboard,
    a lock keeps two moderators from deciding at once. An application is never published (``live``
    stays False).
    """

    Status = Status
    OPEN_STATUSES = OPEN_STATUSES

    reference = models.CharField(
        _("reference"), max_length=16, unique=True, default=new_reference, editable=False
    )
    submission_key = models.UUIDField(
        _("submission key"),
        unique=True,
        editable=False,
        help_text=_("Makes a re-sent form create nothing new."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED)
    language = models.CharField(_("language of the application"), max_length=8, choices=settings.LANGUAGES)
    call = models.ForeignKey(
        "programme.CallPage", verbose_name=_("call"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    email = models.EmailField(_("e-mail"), max_length=254, db_index=True)
    phone = models.CharField(_("phone"), max_length=40)
    country = models.CharField(_("country"), max_length=8, choices=Country.choices)
    city = models.CharField(_("city"), max_length=100)
    organisation = models.CharField(_("current organisation"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    website = models.URLField(_("website or LinkedIn"), max_length=500, blank=True)

    thematic_areas = models.ManyToManyField(
        "programme.ThematicArea",
        verbose_name=_("thematic areas"),
        related_name="+",
        limit_choices_to=default_locale_areas,
    )
    years_ngo_experience = models.PositiveSmallIntegerField(
        _("years of NGO work"), validators=[MinValueValidator(0), MaxValueValidator(70)]
    )
    years_mentoring_experience = models.PositiveSmallIntegerField(
        _("years of mentoring or training experience"),
        validators=[MinValueValidator(0), MaxValueValidator(70)],
    )
    eu_values_experience = models.TextField(_("experience with EU values"), max_length=3000)
    languages = models.ManyToManyField(
        "mentors.Language", verbose_name=_("mentoring languages"), related_name="+"
    )
    hours_per_month = models.PositiveSmallIntegerField(
        _("hours available per month"), validators=[MinValueValidator(1), MaxValueValidator(160)]
    )
    available_from = models.DateField(_("available from"))

    cv = models.FileField(_("CV"), storage=private_storage, upload_to=random_cv_name, max_length=200)
    cv_original_name = models.CharField(_("CV file name"), max_length=255)
    cv_content_type = models.CharField(_("CV type"), max_length=100)
    cv_size = models.PositiveIntegerField(_("CV size (bytes)"))

    privacy_consent_version = models.CharField(_("privacy notice version agreed to"), max_length=40)
    publish_consent = models.BooleanField(_("agrees to a public profile"), default=False)

    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Never published: an application is not content (its public face is the mentor profile).
    live = models.BooleanField(_("live"), default=False, editable=False)
    personal_data_erased_at = models.DateTimeField(
        _("personal data erased"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the applicant's personal data and CV were removed; the rest is kept for statistics."
        ),
    )
    mentor_page = models.OneToOneField(
        "mentors.MentorPage",
        verbose_name=_("mentor profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="application",
    )

    objects = MentorApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("mentor application")
        verbose_name_plural = _("mentor applications")
        ordering = ["-submitted_at"]
        permissions = [("download_cv", _("Can download applicants' CVs"))]

    def __str__(self):
        name = self.full_name.strip()
        return f"{name} ({self.reference})" if name else self.reference

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"

    @property
    def total_experience(self):
        return self.years_ngo_experience + self.years_mentoring_experience

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES


class AreaExperience(models.Model):
    """The applicant's experience in one of the areas applied for."""

    application = models.ForeignKey(
        MentorApplication, on_delete=models.CASCADE, related_name="area_experiences"
    )
    area = models.ForeignKey("programme.ThematicArea", on_delete=models.PROTECT, related_name="+")
    description = models.TextField(_("experience in this area"), max_length=3000)

    class Meta:
        verbose_name = _("experience in an area")
        verbose_name_plural = _("experience in the areas")
        constraints = [
            models.UniqueConstraint(fields=["application", "area"], name="one_description_per_area")
        ]

    def __str__(self):
        return f"{self.application} – {self.area}"
