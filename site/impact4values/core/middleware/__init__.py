"""The site-wide middleware: request limits checked before a body is read, and the security headers
(Content-Security-Policy, Permissions-Policy) on every response."""
