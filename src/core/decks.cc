#include "core/decks.h"

namespace hoistway {

void PanelsAtBothFloorsOfPairs(GroupSpec& group) {
  if (group.deck != Deck::kDouble || group.destination_panels.empty()) return;
  for (FloorIndex f : group.serves) {
    const FloorIndex partner = PartnerFloor(group, f);
    if (!group.HasDestinationPanel(f) || !group.Serves(partner)) continue;
    group.destination_panels[static_cast<std::size_t>(partner.value())] = 1;
  }
}

bool IsTwoLevelLobby(const Building& building, const GroupSpec& group, FloorIndex floor) {
  const FloorIndex lower = PairFloor(group, floor);
  if (lower == group.home_floor) return true;
  const FloorIndex upper(lower.value() + 1);
  return upper.value() < building.FloorCount() && building.floor(lower).IsChangeFloor() &&
         building.floor(upper).IsChangeFloor();
}

DeckRide RideOnDecks(const Building& building, const GroupSpec& group, FloorIndex from,
                     FloorIndex to) {
  if (IsTwoLevelLobby(building, group, from)) {
    return {FloorIndex(PairFloor(group, from).value() + DeckOf(group, to)), to};
  }
  return {from, FloorIndex(PairFloor(group, to).value() + DeckOf(group, from))};
}

int EscalatorRides(const Building& building, const GroupSpec& group, FloorIndex from, FloorIndex to,
                   bool to_change) {
  if (PairFloor(group, from) == PairFloor(group, to)) return -1;
  const DeckRide ride = RideOnDecks(building, group, from, to);
  int rides = ride.board != from ? 1 : 0;
  if (to_change && ride.alight != to) {
    if (!IsTwoLevelLobby(building, group, to)) return -1;
    ++rides;
  }
  return rides;
}

}  // namespace hoistway
