// Where the decks of a double-deck group stop (docs/building-format.md,
// "Double-deck cars"): the car stops at pairs of floors counted from the
// group's lobby (its home floor and the floor above, then the next two, ...),
// the lower deck at the floor an even count above the lobby, the upper deck
// at the floor above it.
//
// A lobby of two levels has escalators between them: the group's own lobby,
// and any pair whose two floors are both change floors (entrances or
// transfer floors: a sky lobby). There a person boards the deck that serves
// the floor they ride to, taking the escalator when they stand at the other
// level. Anywhere else they ride the deck of the floor they stand at and
// alight at that deck's floor of their destination's pair.
#pragma once

#include "core/building.h"
#include "core/ids.h"

namespace hoistway {

// 0 when `floor` is a lower deck's floor of a double-deck group whose lobby
// is `lobby`, 1 when an upper deck's.
constexpr int DeckOf(FloorIndex lobby, FloorIndex floor) {
  return ((floor.value() - lobby.value()) % 2 + 2) % 2;
}
inline int DeckOf(const GroupSpec& group, FloorIndex floor) {
  return DeckOf(group.home_floor, floor);
}

// The lower deck's floor of `floor`'s pair: where the car stops to serve it.
inline FloorIndex PairFloor(const GroupSpec& group, FloorIndex floor) {
  return FloorIndex(floor.value() - DeckOf(group, floor));
}

// The other floor of `floor`'s pair (the floor above a lower deck's floor,
// below an upper deck's).
inline FloorIndex PartnerFloor(const GroupSpec& group, FloorIndex floor) {
  return DeckOf(group, floor) == 0 ? FloorIndex(floor.value() + 1) : PairFloor(group, floor);
}

// For a double-deck `group` with destination panels: a panel at either floor
// of a served pair is put at both (the car stops once for the pair). What
// hybrid control's default panels at the entrances need; a list of panel
// floors given by hand is checked instead (one floor of a pair is refused).
void PanelsAtBothFloorsOfPairs(GroupSpec& group);

// True when `floor`'s pair is a lobby of two levels of `group` (see above).
bool IsTwoLevelLobby(const Building& building, const GroupSpec& group, FloorIndex floor);

// Where a person riding double-deck `group` from `from` towards `to` (both
// served) boards and alights. `board` differs from `from` only at a lobby of
// two levels (the escalator first); `alight` differs from `to` only when the
// person's deck serves the other floor of `to`'s pair. When both lie in one
// pair the person walks (PairFloor equal): no ride.
struct DeckRide {
  FloorIndex board;
  FloorIndex alight;
};
DeckRide RideOnDecks(const Building& building, const GroupSpec& group, FloorIndex from,
                     FloorIndex to);

// The escalator rides (`escalator_s` each) of one leg of a journey on
// double-deck `group` from `from` to `to`: one when the person boards at the
// other level of a lobby of two levels, one more when the leg ends at a
// change (`to_change`, not the journey's last leg) and the car leaves them
// at the other level of `to`'s lobby. -1 when this is no leg: `from` and
// `to` in one pair, or a leg to a change that the car cannot end at `to`
// (`to`'s pair no lobby of two levels).
int EscalatorRides(const Building& building, const GroupSpec& group, FloorIndex from, FloorIndex to,
                   bool to_change);

}  // namespace hoistway
