"""``newsfuse serve``: the HTTP API and the web page.

Importing this package is cheap (the CLI does it for the settings' defaults); FastAPI is loaded
only by :mod:`newsfuse.server.app`.
"""

from newsfuse.server.settings import ServerSettings

__all__ = ["ServerSettings"]
