"""Editors' decisions on marks (accept, dismiss, override, note), saved per article content."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Decision:
    status: str = ""  # "" | accepted | dismissed
    override: str = ""  # claims: a verdict the editor sets instead
    note: str = ""
    reviewer: str = ""


class DecisionStore:
    """One JSON file per article content in the app's data folder; written atomically."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = (
            folder
            or Path(platformdirs.user_data_dir("factcheck-gui", appauthor=False)) / "decisions"
        )

    def _path(self, content_key: str) -> Path:
        return self.folder / f"{content_key}.json"

    def load(self, content_key: str) -> dict[str, Decision]:
        path = self._path(content_key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return {
                k: Decision(**{f: str(v.get(f, "")) for f in Decision.__dataclass_fields__})
                for k, v in data.items()
            }
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, AttributeError):
            return {}  # a damaged file is not fatal; it is replaced on the next save

    def save(self, content_key: str, decisions: dict[str, Decision]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {k: asdict(d) for k, d in decisions.items() if d != Decision()}
        fd, tmp = tempfile.mkstemp(prefix=".decisions-", dir=str(self.folder))
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        os.replace(tmp, self._path(content_key))

    def reset(self, content_key: str) -> None:
        self._path(content_key).unlink(missing_ok=True)
