"""Brute force gets nowhere: login lockouts (django-axes), throttled page passwords and password resets,
and the admin's listing of lockouts with its "Unlock"."""
