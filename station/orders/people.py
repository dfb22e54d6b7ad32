"""Residents and delegates as orders need them: by full phone or gid, and who may consent for whom.

Kept to the models (not the residents services) so the orders area depends only on the schema."""
from db.models import Delegate, Resident
from station.errors import InvalidInput, NotFound
from station.phones import check_mobile, clean_phone


def resident_by(ref: str) -> Resident:
    """A resident by gid or full mobile number."""
    ref = (ref or "").strip()
    if not ref:
        raise InvalidInput("Give the resident's phone number.", why="resident_missing")
    found = Resident.get_or_none(Resident.gid == ref)
    if found is None:
        phone = check_mobile(clean_phone(ref))
        found = Resident.select().where(Resident.phone == phone).order_by(Resident.gid).first()
    if found is None:
        raise NotFound("No resident has phone {phone}.", why="resident", phone=ref)
    return found


def consenting_delegate(resident: Resident, name: str) -> Delegate | None:
    """None when the resident consents; the delegate when a registered one does; refused otherwise."""
    name = (name or "").strip()
    if not name:
        raise InvalidInput("Record who gave consent before saving (the resident or a registered delegate).",
                           why="consent_missing")
    if name == resident.name:
        return None
    delegate = Delegate.get_or_none(Delegate.resident == resident.gid, Delegate.name == name)
    if delegate is None:
        raise InvalidInput("{name} is neither {resident} nor a registered delegate; consent must come from one of "
                           "them.", why="consent_not_delegate", name=name, resident=resident.name)
    return delegate
