"""Residents the station serves: their records, the one search rule, households and groups, delegates.

  records     ResidentView (the one record type), care flags, raw reads by gid
  search      the one search rule (phone, phone tail, pinyin initials, name) and the lists built on it
  registry    the one create path (add_resident) and editing
  households  landmarks, who lives together, village groups, the edit form's detail
  delegates   who may collect a resident's parcels or be told about them
The names below are re-exported so callers import from `station.residents`.
"""
from station.residents.delegates import add_delegate, delegates_of, remove_delegate
from station.residents.households import (
    add_village_group,
    resident_detail,
    share_household,
    village_groups,
)
from station.residents.records import CARE_FLAGS, CARE_LABELS, ResidentView, get_resident
from station.residents.registry import add_resident, update_resident
from station.residents.search import find_residents, list_residents

__all__ = [
    "CARE_FLAGS", "CARE_LABELS", "ResidentView", "add_delegate", "add_resident", "add_village_group",
    "delegates_of", "find_residents", "get_resident", "list_residents", "remove_delegate", "resident_detail",
    "share_household", "update_resident", "village_groups",
]
