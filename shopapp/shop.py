"""The shop profile: read it, fill it from the first-run setup or from pairing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session

from parcelwire.wire import zone_named
from shopapp.changes import Changes
from shopapp.clock import set_shop_zone, utc_now_iso
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
    # IANA name; "" leaves the profile's zone as it is (None on a new one: the PC's zone).
    time_zone: str = ""

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
            ("time_zone", bool(self.time_zone) and not _known_zone(self.time_zone)),
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
    "time_zone": "The time zone must be a known zone such as Europe/London.",
}


def _known_zone(name: str) -> bool:
    try:
        zone_named(name)
    except ValueError:
        return False
    return True


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
    """The shop profile; its time zone becomes the process's shop zone (shopapp.clock),
    so every day boundary computed after a profile is read follows the shop, not the PC."""
    profile = session.get(ShopProfile, 1)
    set_shop_zone(profile.time_zone if profile is not None else None)
    return profile


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
        if field != "time_zone":
            setattr(profile, field, getattr(setup, field))
    if setup.time_zone:
        profile.time_zone = setup.time_zone
    session.add(profile)
    set_shop_zone(profile.time_zone)
    return profile


def fill_time_zone(session: Session, name: object) -> bool:
    """Take the carrier's zone for the profile when it has none yet (a choice made in the
    setup stays). Returns whether the profile changed. An unknown name is ignored."""
    profile = session.get(ShopProfile, 1)
    if profile is None or profile.time_zone or not isinstance(name, str) or not _known_zone(name):
        return False
    profile.time_zone = name
    session.add(profile)
    set_shop_zone(name)
    return True
