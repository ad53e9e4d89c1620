"""Applications to the call for mentors, from the form on the call page to a decision.

The public side: the form, its views (the call page hands its routes to ``views``), the CV's checks and
private storage, the rate limit and the request-size middleware, storing a submission. The moderators'
side: the review workflow and decisions, the profile an acceptance makes, the admin views, filters and
permissions, and every e-mail to applicants and moderators with the tasks that send them.
"""
