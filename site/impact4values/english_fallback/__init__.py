"""English for the interface strings a language would otherwise read in LANGUAGE_CODE's language.

For a string its own catalogues miss, Django falls back to the LANGUAGE_CODE catalogue (Slovenian), so a
Croatian admin would mix in Slovenian. This app holds, for such strings, catalogue entries carrying the
English text (written by `.ci/upstream_catalogues.py`). Last in INSTALLED_APPS, its catalogue ranks below
every other app's and LOCALE_PATHS, so any real translation, installed or ours, wins over it.
"""
