"""Village groups, households, residents and their delegates for a demo station.

Households come first (an old person living alone, an old couple, three generations, a young
family), so shared phones, care flags and delegates follow from who lives together.
"""
import random
from dataclasses import dataclass, field

from station.demo import village as v
from station.demo.rows import Stamps, cumulative, gid_at

OLD, MIDDLE, YOUNG = "old", "middle", "young"
# (kind, weight, generations of its members before trimming)
HOUSEHOLD_KINDS = (
    ("alone", 10, (OLD,)),
    ("old_couple", 12, (OLD, OLD)),
    ("three_generations", 21, (OLD, MIDDLE, MIDDLE, YOUNG)),
    ("family", 42, (MIDDLE, MIDDLE, YOUNG)),
    ("young", 15, (YOUNG, YOUNG)),
)


@dataclass
class Person:
    """What parcel generation needs to know about a resident."""

    gid: str
    name: str
    generation: str
    phone: str
    cared: bool
    weight: float
    female: bool
    receivers: list[tuple[str, str]] = field(default_factory=list)  # (name, relation) who may collect


@dataclass
class Village:
    groups: list[tuple] = field(default_factory=list)
    households: list[tuple] = field(default_factory=list)
    residents: list[tuple] = field(default_factory=list)
    delegates: list[tuple] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)


class VillageMaker:
    def __init__(self, rng: random.Random, owner: str, stamps: Stamps, start_s: int) -> None:
        self.rng = rng
        self.owner = owner
        self.stamps = stamps
        self.start_s = start_s  # when the station began registering residents
        self.village = Village()
        self._surnames = [s for s, _ in v.SURNAMES]
        self._surname_cum = cumulative(w for _, w in v.SURNAMES)
        self._addresses: set[tuple[str, str]] = set()

    def make(self, residents: int) -> Village:
        groups = self._make_groups()
        while len(self.village.people) < residents:
            self._make_household(self.rng.choice(groups), residents - len(self.village.people))
        self._add_neighbours()
        return self.village

    def _gid(self) -> str:
        return gid_at(self.start_s * 1000 + self.rng.randrange(30 * 86_400_000), self.rng)

    def _make_groups(self) -> list[str]:
        gids = []
        for number in range(self.rng.randint(6, 12)):
            gid = self._gid()
            self.village.groups.append((gid, self.owner, v.group_name(number), number + 1))
            gids.append(gid)
        return gids

    def _make_household(self, group_gid: str, room: int) -> None:
        rng = self.rng
        kind, _, generations = rng.choices(HOUSEHOLD_KINDS, weights=[k[1] for k in HOUSEHOLD_KINDS])[0]
        generations = list(generations)
        if kind in ("three_generations", "family") and rng.random() < 0.5:
            generations.append(YOUNG)
        if kind in ("three_generations", "young") and rng.random() < 0.4:
            generations.pop()
        generations = generations[:room]
        household_gid = self._gid()
        self.village.households.append((household_gid, self.owner, group_gid, self._address(group_gid),
                                        self.stamps.at(self.start_s + rng.randrange(30 * 86_400))))
        surname = self._surname()
        members = [self._person(generation, surname, index) for index, generation in enumerate(generations)]
        self._share_phones(members)
        for person in members:
            self._add_resident(person, household_gid, group_gid, alone=kind == "alone")
        self._add_family_delegates(members)

    def _surname(self) -> str:
        return self.rng.choices(self._surnames, cum_weights=self._surname_cum)[0]

    def _address(self, group_gid: str) -> str:
        rng = self.rng
        for _ in range(20):
            text = rng.choice(v.LANDMARKS) + rng.choice(v.SIDES)
            if rng.random() < 0.7:
                text += rng.choice(v.ORDINALS)
            if (group_gid, text) not in self._addresses:
                break
        else:
            text = f"{text}{rng.randint(1, 60)}号"
        self._addresses.add((group_gid, text))
        return text

    def _person(self, generation: str, family_surname: str, index: int) -> Person:
        rng = self.rng
        female = rng.random() < (0.5 if index == 0 else 0.55)
        # Wives (the second member of a generation) mostly come from another family.
        surname = family_surname if index == 0 or generation == YOUNG or rng.random() < 0.2 else self._surname()
        name = self._forced_name() or surname + self._given(generation, female)
        weight = {OLD: 0.5, MIDDLE: 1.6, YOUNG: 3.0}[generation] * rng.lognormvariate(0, 0.7)
        return Person(self._gid(), name, generation, self._mobile(), False, weight, female)

    def _forced_name(self) -> str | None:
        roll = self.rng.random()
        for name, share in v.COMMON_FULL_NAMES:
            if roll < share:
                return name
            roll -= share
        return None

    def _given(self, generation: str, female: bool) -> str:
        rng = self.rng
        if generation == OLD or (generation == MIDDLE and rng.random() < 0.4):
            return rng.choice(v.OLD_FEMALE if female else v.OLD_MALE)
        return rng.choice(v.YOUNG_FEMALE if female else v.YOUNG_MALE)

    def _mobile(self) -> str:
        return self.rng.choice(v.MOBILE_PREFIXES) + f"{self.rng.randrange(10 ** 8):08d}"

    def _share_phones(self, members: list[Person]) -> None:
        """Many old people use the household's phone (a child's), as the counter sees every day."""
        keeper = next((p for p in members if p.generation != OLD), members[0])
        for person in members:
            if person is not keeper and person.generation == OLD and self.rng.random() < 0.45:
                person.phone = keeper.phone

    def _add_resident(self, person: Person, household_gid: str, group_gid: str, alone: bool) -> None:
        rng = self.rng
        flags = dict.fromkeys(("care_mobility", "care_vision", "care_hearing"), 0)
        elderly = person.generation == OLD
        if elderly:
            flags["care_mobility"] = int(rng.random() < 0.2)
            flags["care_vision"] = int(rng.random() < 0.15)
            flags["care_hearing"] = int(rng.random() < 0.25)
        elif rng.random() < 0.02:
            flags["care_mobility"] = 1
        notes = [rng.choice(v.CARE_NOTES[f]) for f in ("care_hearing", "care_vision", "care_mobility") if flags[f]]
        if alone:
            notes.append(rng.choice(v.CARE_NOTES["care_alone"]))
        if elderly and rng.random() < 0.15:
            notes.append(rng.choice(v.CARE_NOTES["care_elderly"]))
        person.cared = elderly or any(flags.values())
        self.village.people.append(person)
        self.village.residents.append((
            person.gid, self.owner, person.name, person.phone, person.phone[-4:], household_gid, group_gid,
            int(elderly), flags["care_mobility"], flags["care_vision"], flags["care_hearing"], int(alone),
            "；".join(notes), self.stamps.at(self.start_s + rng.randrange(90 * 86_400))))

    def _add_family_delegates(self, members: list[Person]) -> None:
        """Old people name a child in the house, or one living elsewhere, as their delegate."""
        rng = self.rng
        for person in members:
            others = [p for p in members if p is not person]
            for other in others:
                person.receivers.append((other.name, _relation(person, other, rng)))
            if person.generation != OLD or rng.random() > 0.7:
                continue
            if others and rng.random() < 0.6:
                other = rng.choice(others)
                self._delegate(person, other.name, other.phone, _relation(person, other, rng))
            else:
                relation = rng.choice(("儿子", "女儿", "侄子"))
                name = person.name[0] + self._given(MIDDLE, relation == "女儿")
                self._delegate(person, name, self._mobile(), relation)

    def _add_neighbours(self) -> None:
        """Some residents trust a neighbour to collect for them."""
        rng = self.rng
        people = self.village.people
        for person in people:
            if rng.random() < (0.2 if person.generation == OLD else 0.04):
                neighbour = rng.choice(people)
                if neighbour is not person:
                    self._delegate(person, neighbour.name, neighbour.phone, "邻居")

    def _delegate(self, person: Person, name: str, phone: str, relation: str) -> None:
        self.village.delegates.append((self._gid(), self.owner, person.gid, name, phone, relation))
        person.receivers.append((name, relation))


def _relation(person: Person, other: Person, rng: random.Random) -> str:
    """How `other` is related to `person`, roughly, from their generations."""
    order = {OLD: 0, MIDDLE: 1, YOUNG: 2}
    gap = order[other.generation] - order[person.generation]
    she = other.female
    if gap == 0:
        return "老伴" if person.generation != YOUNG else rng.choice(("爱人", "姐妹" if she else "兄弟"))
    if gap == 1:
        return rng.choice(("女儿", "儿媳")) if she else "儿子"
    if gap == 2:
        return "孙女" if she else "孙子"
    return ("母亲" if she else "父亲") if gap == -1 else ("奶奶" if she else "爷爷")
