"""The site's outgoing e-mail: each message stored first (``OutgoingEmail``), then sent by a task.

``post`` stores a message under a key that names it for good and queues its delivery once the
transaction commits; ``delivery.deliver`` sends it at most once, retrying with backoff while the mail
server is down or refusing (``EMAIL_RETRY_FOR``, a day by default), after which it stays failed and
visible until someone sends it again (``send_again``). Nothing is lost to a server that is briefly down,
and nothing goes twice: a delivery claims the row first, and a sent row is never sent again.
"""
