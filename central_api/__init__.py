"""Reference central API of the carrier: FastAPI + SQLModel."""
