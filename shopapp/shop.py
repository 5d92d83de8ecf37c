"""The shop profile: read it, fill it from the first-run setup or from pairing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session

from shopapp.changes import Changes
from shopapp.clock import utc_now_iso
from shopapp.errors import ShopAppError
from shopapp.store.models import ShopProfile
from shopapp.units import DEFAULT_RADIUS_M

if TYPE_CHECKING:
    from shopapp.store import Store

TEN_MILES_M = DEFAULT_RADIUS_M  # the default radius (shopapp.units), by its old name


@dataclass(frozen=True)
class ShopSetup:
    """What the first-run setup asks; the defaults are what a new shop gets unattended."""

    name: str = "My shop"
    lat: float = 0.0
    lon: float = 0.0
    radius_m: int = TEN_MILES_M
    vehicles: int = 1
    vehicle_capacity: int = 60
    open_s: int = 8 * 3600
    close_s: int = 18 * 3600
    units: str = "miles"

    def problem_codes(self) -> list[str]:
        """Codes of what is wrong (keys of PROBLEMS); empty when the setup can be saved."""
        checks = (
            ("name", not self.name.strip()),
            ("location", not -90 <= self.lat <= 90 or not -180 <= self.lon <= 180),
            ("radius", not 100 <= self.radius_m <= 200_000),
            ("vehicles", not 1 <= self.vehicles <= 20),
            ("capacity", not 1 <= self.vehicle_capacity <= 1000),
            ("hours", not 0 <= self.open_s < self.close_s <= 24 * 3600),
            ("units", self.units not in ("miles", "km")),
        )
        return [code for code, wrong in checks if wrong]

    def problems(self) -> list[str]:
        """Sentences naming what is wrong; empty when the setup can be saved."""
        return [PROBLEMS[code] for code in self.problem_codes()]


# The English sentence of each problem code (for logs and the command line); the UI words
# the codes itself (message code "setup.<problem>", shopapp.ui.messages.shop).
PROBLEMS: dict[str, str] = {
    "name": "The shop needs a name.",
    "location": "The location must be a latitude (-90..90) and a longitude (-180..180).",
    "radius": "The delivery radius must be between 0.1 and 200 km.",
    "vehicles": "Vehicles must be between 1 and 20.",
    "capacity": "A vehicle must carry between 1 and 1000 parcels.",
    "hours": "Opening time must come before closing time.",
    "units": "Units must be miles or km.",
}


class SetupInvalid(ShopAppError):
    """The shop's setup cannot be saved: `problems` are codes of PROBLEMS."""

    code = "shop.setup_invalid"

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(" ".join(PROBLEMS[code] for code in problems))

    def message_args(self) -> dict[str, object]:
        return {"problems": self.problems}


@dataclass(frozen=True)
class ProfileSaved:
    """The shop profile as saved; the profile counts as the shop's settings (units...)."""

    profile: ShopProfile

    @property
    def changes(self) -> Changes:
        return Changes.SETTINGS


def get_profile(session: Session) -> ShopProfile | None:
    return session.get(ShopProfile, 1)


def load_profile(store: Store) -> ShopProfile | None:
    """The shop profile (None before the first-run setup)."""
    with store.read() as session:
        return get_profile(session)


def save_shop(store: Store, setup: ShopSetup) -> ProfileSaved:
    """Save the shop's setup (name, location, radius, vehicles, hours, units)."""
    with store.write() as session:
        return ProfileSaved(save_profile(session, setup))


def save_profile(session: Session, setup: ShopSetup) -> ShopProfile:
    problems = setup.problem_codes()
    if problems:
        raise SetupInvalid(problems)
    profile = session.get(ShopProfile, 1) or ShopProfile(
        id=1, name=setup.name, lat=setup.lat, lon=setup.lon, created_at=utc_now_iso()
    )
    for field in ShopSetup.__dataclass_fields__:
        setattr(profile, field, getattr(setup, field))
    session.add(profile)
    return profile
