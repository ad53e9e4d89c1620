"""The application form of the call for mentors: a Django form over ``MentorApplication``.

Areas are offered with their names and sub-topics in the call page's language, but the chosen values
are the default-locale rows (their keys are stable). Each area has its own description box,
``experience_<key>``, required for the areas ticked. The CV is judged by its content (``files``);
repeated values and invisible text are read as ``form_input`` says.
"""

import re
import uuid

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from mentors.choices import Country, WorkingLanguage
from mentors.models import MentorApplication
from programme.models import ThematicArea

from . import files, form_input

TEXT_LIMIT = 3000
YEARS_LIMIT = 70
HOURS_LIMIT = 160
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()./-]{5,38}$")
SINGLE_LINE_FIELDS = ("first_name", "last_name", "phone", "city", "organisation", "role")
NEEDS_LETTERS = ("first_name", "last_name", "city")
NEEDS_LETTERS_OR_DIGITS = ("organisation", "role")
HONEYPOT = "website_url"
EXPIRED = _(
    "This form had expired or was damaged on its way. Check your answers, choose your CV again and send "
    "the form once more."
)


def text_area(rows=5):
    return forms.Textarea(attrs={"rows": rows, "maxlength": TEXT_LIMIT})


FIELDS_BEFORE_AREAS = [
    "first_name",
    "last_name",
    "email",
    "phone",
    "country",
    "city",
    "organisation",
    "role",
    "website",
    "years_ngo_experience",
    "years_mentoring_experience",
]
FIELDS_AFTER_AREAS = [
    "eu_values_experience",
    "languages",
    "hours_per_month",
    "available_from",
    "cv",
    "privacy_consent",
    "publish_consent",
]


class MentorApplicationForm(forms.ModelForm):
    submission_key = forms.CharField(required=False, widget=forms.HiddenInput)
    first_name = forms.CharField(
        label=_("First name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send the confirmation of your application here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        help_text=_("With the country code, e.g. +386 1 234 56 78."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    country = forms.ChoiceField(label=_("Country"), choices=[("", _("Choose a country")), *Country.choices])
    city = forms.CharField(
        label=_("City or town"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    organisation = forms.CharField(
        label=_("Current organisation"),
        max_length=200,
        help_text=_("If you work on your own, write “self-employed” or the name of your business."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.CharField(
        label=_("Your role there"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    website = forms.URLField(
        label=_("Website or LinkedIn profile"),
        required=False,
        max_length=500,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    thematic_areas = forms.MultipleChoiceField(
        label=_("Thematic areas you apply for"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick one or more areas, and describe your experience in each area you tick."),
        error_messages={"required": _("Choose at least one thematic area.")},
    )
    years_ngo_experience = forms.IntegerField(
        label=_("Years of work in or with NGOs"),
        min_value=0,
        max_value=YEARS_LIMIT,
        help_text=format_lazy(_("Whole years, from 0 to {limit}."), limit=YEARS_LIMIT),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    years_mentoring_experience = forms.IntegerField(
        label=_("Years of experience in mentoring or training"),
        min_value=0,
        max_value=YEARS_LIMIT,
        help_text=format_lazy(_("Whole years, from 0 to {limit}."), limit=YEARS_LIMIT),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    eu_values_experience = forms.CharField(
        label=_("Your experience with EU values"),
        max_length=TEXT_LIMIT,
        help_text=format_lazy(
            _(
                "Organisational or programme work promoting human rights, democracy, equality or the rule "
                "of law. At most {limit} characters."
            ),
            limit=TEXT_LIMIT,
        ),
        widget=text_area(),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages in which you can mentor"),
        choices=WorkingLanguage.choices,  # the codes of the mentors.Language rows, with their labels
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language.")},
    )
    hours_per_month = forms.IntegerField(
        label=_("Hours a month you can give"),
        min_value=1,
        max_value=HOURS_LIMIT,
        help_text=format_lazy(_("From 1 to {limit} hours."), limit=HOURS_LIMIT),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    available_from = forms.DateField(
        label=_("Available from"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    cv = forms.FileField(
        label=_("Your CV"),
        error_messages={
            "required": _("Attach your CV."),
            "empty": _("The file is empty. Choose your CV again."),
            "invalid": _("No file was received. Choose your CV again."),
        },
        widget=forms.FileInput(
            attrs={
                "accept": ".pdf,.docx,.odt,application/pdf,"
                + ",".join(document.content_type for document in files.CV_TYPES[1:])
            }
        ),
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that my data are processed to assess my application."
        ),
        error_messages={
            "required": _("To apply, agree to the processing of your data described in the privacy notice.")
        },
    )
    publish_consent = forms.BooleanField(
        label=_("If I am selected, my profile may be published in the public directory of mentors."),
        required=False,
        help_text=_("Optional. You can change your mind at any time."),
    )
    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = MentorApplication
        fields = [
            "first_name",
            "last_name",
            "email",
            "phone",
            "country",
            "city",
            "organisation",
            "role",
            "website",
            "years_ngo_experience",
            "years_mentoring_experience",
            "eu_values_experience",
            "hours_per_month",
            "available_from",
            "cv",
            "publish_consent",
        ]

    def __init__(self, *args, call, **kwargs):
        super().__init__(*args, **kwargs)
        self.call = call
        self.fields["cv"].help_text = format_lazy(
            _("PDF, Word (DOCX) or OpenDocument (ODT), at most {limit}."),
            limit=filesizeformat(settings.APPLICATION_MAX_CV_BYTES),
        )
        # The call's areas: the source rows are the values, their translations what the applicant reads.
        areas = ThematicArea.objects.filter(translation_key__in=call.thematic_areas.values("translation_key"))
        localized = areas.localized(call.locale.language_code)
        self.areas = [(shown.source, shown) for shown in localized if shown.source is not None]
        self.fields["thematic_areas"].choices = [(str(area.pk), name.name) for area, name in self.areas]
        for area, shown_area in self.areas:
            self.fields[self.experience_field(area)] = forms.CharField(
                label=format_lazy(_("Your experience in “{area}”"), area=shown_area.name),
                required=False,
                max_length=TEXT_LIMIT,
                help_text=format_lazy(
                    _("Required if you tick this area. At most {limit} characters."), limit=TEXT_LIMIT
                ),
                widget=text_area(rows=4),
            )
        # As the template shows them, so that the error summary lists errors in the same order.
        self.order_fields(
            [
                *FIELDS_BEFORE_AREAS,
                "thematic_areas",
                *(self.experience_field(area) for area, _shown in self.areas),
                *FIELDS_AFTER_AREAS,
            ]
        )

    @staticmethod
    def experience_field(area):
        return f"experience_{area.key}"

    # --- Cleaning -----------------------------------------------------------------------------------
    def is_trapped(self):
        """The honeypot, invisible to people, was filled in (in any of its values): a robot."""
        return any(str(value).strip() for value in form_input.values(self.data, HONEYPOT))

    @cached_property
    def submission_key_value(self):
        """The key the rendered form carries: the one sent, when it is one, else a new one."""
        try:
            return uuid.UUID(str(self.data.get("submission_key", "")))
        except ValueError:
            return uuid.uuid4()

    def clean_submission_key(self):
        try:
            return uuid.UUID(self.cleaned_data.get("submission_key") or "")
        except ValueError:
            raise forms.ValidationError(EXPIRED, code="expired") from None

    def _single_line(self, name):
        value = form_input.single_line(self.cleaned_data.get(name, ""))
        if name in NEEDS_LETTERS and not form_input.has_letter(value):
            raise forms.ValidationError(_("Write at least one letter here."), code="no_letters")
        if name in NEEDS_LETTERS_OR_DIGITS and not form_input.has_letter_or_digit(value):
            raise forms.ValidationError(_("Write at least one letter or digit here."), code="no_letters")
        return value

    def clean_first_name(self):
        return self._single_line("first_name")

    def clean_last_name(self):
        return self._single_line("last_name")

    def clean_city(self):
        return self._single_line("city")

    def clean_organisation(self):
        return self._single_line("organisation")

    def clean_role(self):
        return self._single_line("role")

    def clean_phone(self):
        phone = self._single_line("phone")
        if not PHONE_PATTERN.match(phone) or sum(char.isdigit() for char in phone) < 6:
            raise forms.ValidationError(
                _("Enter a phone number with digits only, e.g. +386 1 234 56 78."), code="invalid"
            )
        return phone

    def clean_thematic_areas(self):
        chosen = set(self.cleaned_data["thematic_areas"])
        return [area for area, _shown in self.areas if str(area.pk) in chosen]

    def clean_languages(self):
        return list(dict.fromkeys(self.cleaned_data["languages"]))  # each language once, in order

    def clean_available_from(self):
        value = self.cleaned_data["available_from"]
        today = timezone.localdate()
        if value < today:
            raise forms.ValidationError(_("Choose today or a later date."), code="past")
        if self.call.mentoring_end and value > self.call.mentoring_end:
            raise forms.ValidationError(
                _("Mentoring ends on %(date)s; choose an earlier date.")
                % {"date": date_format(self.call.mentoring_end, "DATE_FORMAT")},
                code="too_late",
            )
        return value

    def clean_cv(self):
        upload = self.cleaned_data["cv"]
        self._cv = files.check_cv(upload, self.fields["cv"].error_messages)
        upload.name = f"cv{self._cv.document.extension}"  # stored under a random name; only this extension
        return upload

    def clean(self):
        cleaned_data = super().clean()
        form_input.refuse_contradictions(self, hidden_message=EXPIRED)
        for area in cleaned_data.get("thematic_areas") or []:
            name = self.experience_field(area)
            if name not in self.errors and not cleaned_data.get(name):
                self.add_error(name, _("Describe your experience in this area, or untick the area."))
        return cleaned_data

    def save(self, commit=True):
        """The application as sent, with its CV's original name, type and size; the caller adds the call,
        the language and the privacy notice version (``submission.store``)."""
        application = super().save(commit=False)
        application.submission_key = self.cleaned_data["submission_key"]
        application.cv_original_name = self._cv.original_name
        application.cv_content_type = self._cv.document.content_type
        application.cv_size = self._cv.size
        if commit:
            application.save()
        return application

    def area_experiences(self):
        """(default-locale area, description) for each area chosen."""
        return [
            (area, self.cleaned_data[self.experience_field(area)])
            for area in self.cleaned_data["thematic_areas"]
        ]

    # --- Presentation -------------------------------------------------------------------------------
    def area_entries(self):
        """What the template shows per area: its checkbox, localized name and sub-topics, description box."""
        checkboxes = {str(widget.data["value"]): widget for widget in self["thematic_areas"].subwidgets}
        entries = []
        for area, shown in self.areas:
            checkbox = checkboxes.get(str(area.pk))
            if checkbox is None:
                continue
            entries.append(
                {
                    "key": area.key,
                    "value": area.pk,
                    "id": checkbox.id_for_label,
                    "checked": checkbox.data["selected"],
                    "name": shown.name,
                    "subtopics": shown.subtopic_list,
                    "experience": self[self.experience_field(area)],
                }
            )
        return entries

    def anchor(self, name):
        """The id an error summary links to for field ``name``: the field, or a group's first box."""
        bound = self[name]
        if isinstance(bound.field.widget, forms.CheckboxSelectMultiple):
            return f"{bound.auto_id}_0"
        return bound.id_for_label or bound.auto_id

    def error_summary(self):
        """[(anchor or None, label or None, message)] in the order the fields are shown."""
        summary = [(None, None, message) for message in self.non_field_errors()]
        order = [name for name in self.fields if name in self.errors]
        for name in order:
            for message in self.errors[name]:
                if self[name].is_hidden:
                    summary.append((None, None, message))
                else:
                    summary.append((self.anchor(name), self[name].label, message))
        return summary
