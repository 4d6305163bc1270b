// Strong index types: a FloorIndex cannot be passed where a CarId is expected.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace hoistway {

// A distinct integer type per Tag. Zero-cost: a wrapped integer with
// comparisons; arithmetic only through value().
template <typename Tag, typename Rep = std::int32_t>
class StrongId {
 public:
  using rep_type = Rep;
  constexpr StrongId() = default;
  constexpr explicit StrongId(Rep value) : value_(value) {}
  constexpr Rep value() const { return value_; }
  friend constexpr auto operator<=>(StrongId, StrongId) = default;

 private:
  Rep value_ = 0;
};

// Index of a floor in the building, 0 = lowest, in the order the description lists them.
using FloorIndex = StrongId<struct FloorIndexTag>;
// Index of a car within its group, 0-based (reports print it 1-based).
using CarId = StrongId<struct CarIdTag>;
// Index of a group in the building description, 0-based.
using GroupId = StrongId<struct GroupIdTag>;
// Passengers are numbered in order of arrival, from 0.
using PassengerId = StrongId<struct PassengerIdTag, std::int64_t>;

}  // namespace hoistway

template <typename Tag, typename Rep>
struct std::hash<hoistway::StrongId<Tag, Rep>> {
  std::size_t operator()(hoistway::StrongId<Tag, Rep> id) const noexcept {
    return std::hash<Rep>{}(id.value());
  }
};
