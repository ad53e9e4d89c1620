from django.apps import AppConfig


class EnglishFallbackConfig(AppConfig):
    name = "impact4values.english_fallback"
    label = "english_fallback"
