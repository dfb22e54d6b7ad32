"""Peewee models, one per table, in modules named for the area they hold.

Import models from here (`from db.models import Parcel`); the area modules are where they are declared.
`ALL_MODELS` is every table the migrations build (tests compare each model with the live schema).
"""
from db.models.accounts import AccessToken, Account
from db.models.audit import AuditEntry
from db.models.base import BaseModel, SyncedModel, database, utcnow
from db.models.cases import (
    CalendarDay,
    CalendarYear,
    CaseClock,
    CaseClockChange,
    CaseEntry,
    CaseEvidence,
    CasePause,
    EvidenceCustody,
    RightsCase,
)
from db.models.delivery import DeliveryItem, DeliveryRun, DeliveryStop, Volunteer, VolunteerHours
from db.models.office import (
    OfficeBacklog,
    OfficeBundle,
    OfficeCalendar,
    OfficeFigure,
    OfficeNotice,
    OfficeQuarantine,
    OfficeRecord,
    OfficeStation,
    OfficeWarning,
    OfficeWatch,
    OfficeWatchEvent,
)
from db.models.orders import (
    AssistedOrder,
    CarrierHandover,
    CashCount,
    CashEntry,
    CodCharge,
    GoodsReturn,
    MerchantFlag,
    OrderItem,
    OutgoingParcel,
    ReturnItem,
)
from db.models.parcels import Handout, NoticeLog, Parcel, ParcelHandoff, ParcelProblem, Prealert, ShelfSlot
from db.models.residents import Delegate, Household, Resident, VillageGroup
from db.models.station import Meta, Setting, StationRecord
from db.models.sync import Outbox, SyncBundle, SyncNotice, SyncWatch, TrustedOffice

ALL_MODELS: list[type[BaseModel]] = [
    StationRecord, Meta, Setting, Account, AccessToken, AuditEntry,
    VillageGroup, Household, Resident, Delegate,
    ShelfSlot, Handout, Parcel, Prealert, NoticeLog, ParcelProblem, ParcelHandoff,
    Volunteer, DeliveryRun, DeliveryStop, DeliveryItem, VolunteerHours,
    Outbox, TrustedOffice, SyncBundle, SyncNotice, SyncWatch,
    OfficeStation, OfficeBundle, OfficeBacklog, OfficeQuarantine, OfficeRecord, OfficeWatch, OfficeNotice,
    OfficeWarning, OfficeFigure, OfficeWatchEvent, OfficeCalendar,
    CalendarYear, CalendarDay, RightsCase, CaseEntry, CaseClock, CaseClockChange, CasePause, CaseEvidence,
    EvidenceCustody,
    AssistedOrder, OrderItem, GoodsReturn, ReturnItem, CarrierHandover, OutgoingParcel, CashEntry, CashCount, CodCharge,
    MerchantFlag,
]

__all__ = [model.__name__ for model in ALL_MODELS] + ["BaseModel", "SyncedModel", "database", "utcnow", "ALL_MODELS"]
