"""The web side of ``trialkg serve``: query workers, the SPARQL protocol, HTML pages.

:mod:`trialkg.server` builds the Starlette application from these parts:
:mod:`~trialkg.web.pool` runs queries in worker processes under a time limit,
:mod:`~trialkg.web.protocol` negotiates result formats, :mod:`~trialkg.web.card`
gathers what the trial card and the landscape show, and :mod:`~trialkg.web.pages`
renders HTML (every piece of text escaped) around the files of ``static/``.
"""
