"""A static file server for the built site on 127.0.0.1, compressing text as GitHub Pages does.

Used by the browser tests and `make lighthouse`, so that what they measure is close to what
visitors get. `python -m qbank.static_server SITE_DIR [PORT]` serves until interrupted.
"""

from __future__ import annotations

import gzip
import io
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, BinaryIO

_COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


class _Handler(SimpleHTTPRequestHandler):
    def send_head(self) -> BinaryIO | None:
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        target = Path(self.translate_path(url_path))
        if target.is_dir():
            if not url_path.endswith("/"):
                return super().send_head()  # the redirect to the folder's URL
            target = target / "index.html"
        ctype = self.guess_type(str(target))
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (target.is_file() and gzip_ok and ctype.startswith(_COMPRESSED_TYPES)):
            return super().send_head()
        body = gzip.compress(target.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests and Lighthouse make many requests
        pass


def start(site_dir: Path, port: int = 0) -> ThreadingHTTPServer:
    """Serve `site_dir` on 127.0.0.1 in a background thread; `server.server_port` is the port."""
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_Handler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    site_dir = Path(sys.argv[1])
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8000
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_Handler, directory=str(site_dir)))
    print(f"serving {site_dir} at http://127.0.0.1:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
