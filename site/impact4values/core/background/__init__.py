"""Background work: the worker's loop, tasks that retry while a server is down, and scheduled jobs.

Tasks are django-tasks' and stored by django-tasks-db; ``manage.py run_worker`` runs them. See the
README's "Background work" section for why this queue, and how to run it in production.
"""
