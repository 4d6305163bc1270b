// The minimum and maximum of a signal over consecutive blocks of samples:
// enough to draw it faithfully at any zoom coarser than one block, in a
// fraction of the memory of the signal.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace hoistway::ride {

class BlockEnvelope {
 public:
  BlockEnvelope() = default;
  // Requires block_samples >= 1.
  explicit BlockEnvelope(std::int64_t block_samples) : block_(block_samples) {}

  void Add(float v) {
    lo_ = std::min(lo_, v);
    hi_ = std::max(hi_, v);
    if (++fill_ == block_) Close();
  }
  // Closes a partly filled last block. Call once, at the end.
  void Finish() {
    if (fill_ > 0) Close();
  }

  std::int64_t block_samples() const { return block_; }
  const std::vector<float>& low() const { return low_; }
  const std::vector<float>& high() const { return high_; }

 private:
  void Close() {
    low_.push_back(lo_);
    high_.push_back(hi_);
    lo_ = std::numeric_limits<float>::infinity();
    hi_ = -std::numeric_limits<float>::infinity();
    fill_ = 0;
  }

  std::int64_t block_ = 1;
  std::int64_t fill_ = 0;
  float lo_ = std::numeric_limits<float>::infinity();
  float hi_ = -std::numeric_limits<float>::infinity();
  std::vector<float> low_;
  std::vector<float> high_;
};

}  // namespace hoistway::ride
