"""Django's database cache with an ``add`` that is atomic on every database, and exact expiry.

Django's ``DatabaseCache.add`` reads the row, then writes it: on SQLite (IMMEDIATE transactions) the two
steps are serialised, but on PostgreSQL two processes racing for an *expired* row both read it as
expired and both overwrite it, so both are told they added it. The rate limit claims its slots with
``add`` (``impact4values.core.ratelimit``), so there two requests could share one slot. Here ``add`` is a
single conditional ``UPDATE … WHERE expires < now`` (the database re-checks the condition under the row
lock) and, when no expired row was taken over, an ``INSERT`` that the primary key refuses if the key is
held: one winner on any database. Its expiry keeps microseconds (Django's rounds down to the second).
"""

import base64
import pickle
from datetime import UTC, datetime

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import DatabaseError, connections, router, transaction
from django.utils.timezone import now as tz_now


class DatabaseCache(DjangoDatabaseCache):
    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        timeout = self.get_backend_timeout(timeout)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        table = connection.ops.quote_name(self._table)
        now = tz_now()
        expires = datetime.max if timeout is None else datetime.fromtimestamp(timeout, tz=UTC)
        adapt = connection.ops.adapt_datetimefield_value
        encoded = self._encode(value)
        self._cull_when_full(db, connection, table, now)
        try:
            with transaction.atomic(using=db), connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {table} SET value = %s, expires = %s WHERE cache_key = %s AND expires < %s",  # noqa: S608
                    [encoded, adapt(expires), key, adapt(now)],
                )
                if cursor.rowcount:
                    return True
                cursor.execute(
                    f"INSERT INTO {table} (cache_key, value, expires) VALUES (%s, %s, %s)",  # noqa: S608
                    [key, encoded, adapt(expires)],
                )
        except DatabaseError:  # the key is held: the primary key refuses a second row
            return False
        return True

    def _encode(self, value):
        return base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")

    def _cull_when_full(self, db, connection, table, now):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608
            count = cursor.fetchone()[0]
            if count > self._max_entries:
                self._cull(db, cursor, now.replace(microsecond=0), count)
