"""The application object: configuration plus the resources built from it, each built once."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from models.base import make_engine, make_sessionmaker
from unmignet.config import Config

if TYPE_CHECKING:
    from parsers.extract import Extractor


class App:
    """What a command, a job or a web request needs; heavy parts are built on first use."""

    def __init__(self, config: Config) -> None:
        self.config = config

    @cached_property
    def engine(self) -> Engine:
        return make_engine(self.config.database.url, echo=self.config.database.echo)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return make_sessionmaker(self.engine)

    @cached_property
    def extractor(self) -> Extractor:
        from parsers.extract import Extractor
        from parsers.settings import ExtractSettings

        return Extractor(ExtractSettings.from_config(self.config.extract))

    def init_schema(self) -> None:
        from models.schema import upgrade

        upgrade(self.engine)
