#include "study/sweep_world.h"

#include <mpi.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

namespace hoistway::study {

namespace {

constexpr int kResultTag = 1;  // worker -> root: [design][result], or a first request
constexpr int kWorkTag = 2;    // root -> worker: the next design, or kNoDesign
constexpr std::uint64_t kNoDesign = ~std::uint64_t{0};
// The root polls for requests this often while its own thread simulates
// (a blocking receive would spin a core away from it).
constexpr auto kPollInterval = std::chrono::microseconds(200);

bool StartedByLauncher() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"}) {
    if (std::getenv(name) != nullptr) return true;
  }
  return false;
}

std::string Message(std::uint64_t design, const std::string& result) {
  std::string out(sizeof design, '\0');
  std::memcpy(out.data(), &design, sizeof design);
  return out + result;
}

}  // namespace

Result<std::unique_ptr<SweepWorld>> SweepWorld::Join() {
  std::unique_ptr<SweepWorld> world(new SweepWorld());
  if (!StartedByLauncher()) return world;
  int provided = 0;
  if (MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS) {
    return Error(ErrorCode::kUnavailable, "MPI could not be initialised");
  }
  world->mpi_ = true;
  MPI_Comm_rank(MPI_COMM_WORLD, &world->rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &world->size_);
  return world;
}

SweepWorld::~SweepWorld() {
  if (mpi_) MPI_Finalize();
}

std::vector<DesignResult> SweepWorld::Run(std::size_t designs,
                                          const std::function<DesignResult(std::size_t)>& compute) {
  if (!mpi_) {
    std::vector<DesignResult> results;
    results.reserve(designs);
    for (std::size_t d = 0; d < designs; ++d) results.push_back(compute(d));
    return results;
  }
  if (rank_ == 0) return RunRoot(designs, compute);
  RunWorker(compute);
  return {};
}

std::vector<DesignResult> SweepWorld::RunRoot(
    std::size_t designs, const std::function<DesignResult(std::size_t)>& compute) {
  std::vector<DesignResult> results(designs);
  std::atomic<std::size_t> next{0};
  // The root's own share: a thread that takes designs from the same counter.
  std::thread local([&] {
    for (std::size_t d = next++; d < designs; d = next++) results[d] = compute(d);
  });
  int active = size_ - 1;
  std::string buffer;
  while (active > 0) {
    int arrived = 0;
    MPI_Status status;
    MPI_Iprobe(MPI_ANY_SOURCE, kResultTag, MPI_COMM_WORLD, &arrived, &status);
    if (!arrived) {
      std::this_thread::sleep_for(kPollInterval);
      continue;
    }
    int count = 0;
    MPI_Get_count(&status, MPI_BYTE, &count);
    buffer.resize(static_cast<std::size_t>(count));
    MPI_Recv(buffer.data(), count, MPI_BYTE, status.MPI_SOURCE, kResultTag, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
    std::uint64_t done = kNoDesign;
    if (buffer.size() >= sizeof done) std::memcpy(&done, buffer.data(), sizeof done);
    if (done != kNoDesign && done < designs) {
      auto decoded = DecodeResult(std::string_view(buffer).substr(sizeof done));
      if (decoded.ok()) {
        results[done] = std::move(decoded).value();
      } else {
        results[done].note = decoded.error().message();
      }
    }
    const std::size_t d = next++;
    const std::uint64_t work = d < designs ? static_cast<std::uint64_t>(d) : kNoDesign;
    MPI_Send(&work, 1, MPI_UINT64_T, status.MPI_SOURCE, kWorkTag, MPI_COMM_WORLD);
    if (work == kNoDesign) --active;
  }
  local.join();
  return results;
}

void SweepWorld::RunWorker(const std::function<DesignResult(std::size_t)>& compute) {
  std::string message = Message(kNoDesign, {});
  for (;;) {
    MPI_Send(message.data(), static_cast<int>(message.size()), MPI_BYTE, 0, kResultTag,
             MPI_COMM_WORLD);
    std::uint64_t design = kNoDesign;
    MPI_Recv(&design, 1, MPI_UINT64_T, 0, kWorkTag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    if (design == kNoDesign) return;
    message = Message(design, EncodeResult(compute(static_cast<std::size_t>(design))));
  }
}

}  // namespace hoistway::study
