from django_tasks import task


@task()
def sync_elasticsearch(page_ids):
    """Index the current entries of these pages in Elasticsearch; delete those that have none."""
    from .service import elasticsearch_backend

    elasticsearch_backend().sync(page_ids)
