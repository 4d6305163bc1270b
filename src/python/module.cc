// The `hoistway` Python module: simulate and compare buildings, and try
// group controls written in Python (docs/python.md has a worked example).
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <variant>

#include "core/dispatcher_names.h"
#include "dispatch/factory.h"
#include "python/py_building.h"
#include "python/py_dispatcher.h"
#include "python/py_view.h"
#include "sim/comparison.h"
#include "sim/comparison_json.h"
#include "sim/replications.h"
#include "sim/report_json.h"

namespace py = pybind11;

namespace hoistway::python {

namespace {

// A side of a run: the building with its control applied, the dispatcher
// factory, whether Python code dispatches, and a label.
struct Side {
  Building building;
  DispatcherFactory factory = dispatch::MakeDispatcher;
  bool python = false;
  std::string label;
};

// `dispatcher`: None (each group's own), a built-in name, or a Python
// factory (a class, usually).
Side MakeSide(const Building& b, const py::object& dispatcher,
              const std::optional<std::string>& call_model, PythonErrors* errors) {
  Side side;
  std::optional<std::string> builtin;
  if (py::isinstance<py::str>(dispatcher)) builtin = dispatcher.cast<std::string>();
  side.building = WithControl(b, OverrideOf(builtin, call_model));
  std::string control;
  if (builtin) control = *builtin;
  if (!dispatcher.is_none() && !builtin) {
    if (!PyCallable_Check(dispatcher.ptr())) {
      throw py::type_error(
          "dispatcher: give a built-in name, or a class (or callable) making "
          "an object with assign_landing_call(view, call)");
    }
    side.factory = PythonDispatcherFactory(dispatcher, errors);
    side.python = true;
    control = py::hasattr(dispatcher, "__name__")
                  ? std::string(py::str(dispatcher.attr("__name__")))
                  : std::string("python");
  }
  if (call_model) control += (control.empty() ? "" : ", ") + *call_model;
  side.label = control.empty() ? b.source : b.source + " (" + control + ")";
  return side;
}

ReplicationOptions OptionsOf(const Side& side, std::uint64_t seed, int runs, int threads,
                             const PythonErrors& errors) {
  ReplicationOptions o;
  o.seed = seed;
  o.runs = runs;
  // Python code runs in the calling thread, under the GIL.
  o.threads = side.python ? 1 : threads;
  o.make_dispatcher = side.factory;
  o.cancel = errors.cancel_flag();
  return o;
}

py::object ToPython(const nlohmann::ordered_json& j) {
  return py::module_::import("json").attr("loads")(j.dump());
}

// Runs `work` with the GIL released unless Python code dispatches.
template <typename Work>
auto Run(bool python, Work work) {
  if (python) return work();
  py::gil_scoped_release release;
  return work();
}

// Raises the Python error that stopped a run, or the run's own error.
[[noreturn]] void RaiseRunError(const Error& error, const PythonErrors& errors) {
  errors.Rethrow();
  if (error.code() == ErrorCode::kInvalidInput || error.code() == ErrorCode::kNotFound ||
      error.code() == ErrorCode::kIo) {
    ThrowBadInput(error);
  }
  throw std::runtime_error(error.message());
}

py::object Simulate(const Building& building, std::uint64_t seed, int runs, int threads,
                    const py::object& dispatcher, const std::optional<std::string>& call_model) {
  PythonErrors errors;
  const Side side = MakeSide(building, dispatcher, call_model, &errors);
  const ReplicationOptions options = OptionsOf(side, seed, runs, threads, errors);
  auto report = Run(side.python, [&] { return RunReplications(side.building, options); });
  errors.Rethrow();  // a run may end before it notices the cancel flag
  if (!report.ok()) RaiseRunError(report.error(), errors);
  return ToPython(SimulationJson(side.building, *report));
}

py::object Compare(const Building& a, const std::optional<Building>& b, std::uint64_t seed,
                   int runs, int threads, const py::object& dispatcher_a,
                   const py::object& dispatcher_b, const std::optional<std::string>& call_model_a,
                   const std::optional<std::string>& call_model_b) {
  PythonErrors errors;
  const Side sa = MakeSide(a, dispatcher_a, call_model_a, &errors);
  const Side sb = MakeSide(b ? *b : a, dispatcher_b, call_model_b, &errors);
  const ReplicationOptions oa = OptionsOf(sa, seed, runs, threads, errors);
  const ReplicationOptions ob = OptionsOf(sb, seed, runs, threads, errors);
  auto c =
      Run(sa.python || sb.python, [&] { return RunComparison(sa.building, oa, sb.building, ob); });
  errors.Rethrow();
  if (!c.ok()) RaiseRunError(c.error(), errors);
  return ToPython(ComparisonJson(sa.building, sa.label, sb.building, sb.label, *c, seed));
}

}  // namespace

}  // namespace hoistway::python

PYBIND11_MODULE(hoistway, m) {
  using namespace hoistway::python;  // NOLINT: the module's own namespace
  m.doc() =
      "hoistway: simulate lift groups, compare designs and group controls, and write group "
      "controls in Python (docs/python.md).";
  m.attr("__version__") = "0.1.0";
  BindBuilding(m);
  BindView(m);
  m.def(
      "dispatchers",
      [] {
        std::vector<std::string> names;
        for (std::string_view n : hoistway::BuiltInDispatcherNames()) names.emplace_back(n);
        return names;
      },
      "the built-in group controls");
  m.def("simulate", &Simulate, py::arg("building"), py::kw_only(), py::arg("seed") = 1,
        py::arg("runs") = 1, py::arg("threads") = 0, py::arg("dispatcher") = py::none(),
        py::arg("call_model") = py::none(),
        "Simulates `building` and returns the document of `hoistway simulate --json` as a dict "
        "(the same numbers for the same seed and runs). `dispatcher`: a built-in name, or a "
        "class called as cls(group_name, cars) for each group of each run, whose objects have "
        "assign_landing_call(view, call) and optionally assign_destination_call(view, call) "
        "returning a car index. Python dispatchers run in one thread.");
  m.def("compare", &Compare, py::arg("a"), py::arg("b") = py::none(), py::kw_only(),
        py::arg("seed") = 1, py::arg("runs") = 10, py::arg("threads") = 0,
        py::arg("dispatcher_a") = py::none(), py::arg("dispatcher_b") = py::none(),
        py::arg("call_model_a") = py::none(), py::arg("call_model_b") = py::none(),
        "Runs `a` and `b` (or `a` twice with different controls) on the same passengers and "
        "returns the document of `hoistway compare --json` as a dict.");
}
