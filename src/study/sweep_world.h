// Where the designs of a study run: in this process alone, or spread over
// the ranks of an MPI job (`mpirun -n N hoistway sweep ...`, OpenMPI) with
// dynamic load balancing: rank 0 hands out one design at a time to whichever
// rank asks (while a thread of its own simulates designs too) and gathers
// the results in design order, so the document it prints is the same as
// alone, byte for byte. No cluster code of ours: MPI starts, places and
// connects the processes.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "core/status.h"
#include "study/design_run.h"

namespace hoistway::study {

class SweepWorld {
 public:
  // Joins the MPI job when the process was started by an MPI launcher
  // (OMPI_COMM_WORLD_SIZE, PMI_SIZE or PMIX_RANK in the environment);
  // otherwise a world of one process without MPI. One per process, made by
  // the main thread; MPI is finalized when it is destroyed.
  // Errors: kUnavailable when MPI cannot be initialised.
  static Result<std::unique_ptr<SweepWorld>> Join();
  ~SweepWorld();
  SweepWorld(const SweepWorld&) = delete;
  SweepWorld& operator=(const SweepWorld&) = delete;

  int rank() const { return rank_; }
  int size() const { return size_; }
  bool mpi() const { return mpi_; }

  // Computes design 0..designs-1 with `compute` (called from any thread of
  // any rank; must be deterministic and thread-safe). Every rank must call
  // it with the same `designs`. Rank 0 returns all results in design order;
  // the other ranks return an empty list once the work is done.
  std::vector<DesignResult> Run(std::size_t designs,
                                const std::function<DesignResult(std::size_t)>& compute);

 private:
  SweepWorld() = default;
  std::vector<DesignResult> RunRoot(std::size_t designs,
                                    const std::function<DesignResult(std::size_t)>& compute);
  void RunWorker(const std::function<DesignResult(std::size_t)>& compute);

  bool mpi_ = false;
  int rank_ = 0;
  int size_ = 1;
};

}  // namespace hoistway::study
