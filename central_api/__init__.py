"""Reference central API of the carrier: FastAPI + SQLModel."""

__version__ = "0.1.0"
