"""``accord serve``: a JSON API and a server-rendered dashboard over the knowledge base.

``create_app(db_path, token=None)`` builds the FastAPI app; ``api`` holds the JSON
endpoints, ``pages`` the dashboard, ``charts`` the SVG charts and graph, ``queries``
the aggregates both share, ``filters`` and ``vocabulary`` the request checks.
"""

from accord.interfaces.web.app import create_app

__all__ = ["create_app"]
