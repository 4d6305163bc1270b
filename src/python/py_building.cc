#include "python/py_building.h"

#include <pybind11/stl.h>

#include <vector>

#include "core/building_loader.h"

namespace py = pybind11;

namespace hoistway::python {

namespace {

py::object& BuildingErrorType() {
  static py::object type;  // set once, when the module is imported
  return type;
}

}  // namespace

void ThrowBadInput(const Error& error) {
  PyErr_SetString(BuildingErrorType().ptr(), error.message().c_str());
  throw py::error_already_set();
}

ControlOverride OverrideOf(const std::optional<std::string>& dispatcher,
                           const std::optional<std::string>& call_model) {
  ControlOverride control;
  control.dispatcher = dispatcher;
  if (call_model) {
    Result<CallModel> model = ParseCallModel(*call_model);
    if (!model.ok()) ThrowBadInput(InvalidInput("call_model: " + model.error().message()));
    control.call_model = *model;
  }
  return control;
}

Building WithControl(const Building& building, const ControlOverride& control) {
  Building copy = building;
  const Status applied = ApplyControlOverride(copy, control);
  if (!applied.ok())
    ThrowBadInput(InvalidInput(building.source + ": " + applied.error().message()));
  return copy;
}

void BindBuilding(py::module_& m) {
  BuildingErrorType() = py::exception<std::runtime_error>(m, "BuildingError", PyExc_ValueError);
  py::class_<Building>(m, "Building", "A validated building description (docs/building-format.md)")
      .def_readonly("name", &Building::name)
      .def_readonly("source", &Building::source, "the file (or name) it came from")
      .def_property_readonly("floor_names",
                             [](const Building& b) {
                               std::vector<std::string> names;
                               for (const FloorSpec& f : b.floors) names.push_back(f.name);
                               return names;
                             })
      .def_property_readonly("main_entrance",
                             [](const Building& b) { return b.main_entrance.value(); })
      .def_property_readonly("groups",
                             [](const Building& b) {
                               py::list groups;
                               for (const GroupSpec& g : b.groups) {
                                 py::dict d;
                                 d["name"] = g.name;
                                 d["cars"] = g.cars;
                                 d["dispatcher"] = g.dispatcher;
                                 d["call_model"] = std::string(CallModelName(g.call_model));
                                 std::vector<int> serves;
                                 for (FloorIndex f : g.serves) serves.push_back(f.value());
                                 d["serves"] = serves;
                                 groups.append(d);
                               }
                               return groups;
                             })
      .def_property(
          "duration_s", [](const Building& b) { return b.traffic.duration_s; },
          [](Building& b, double seconds) {
            if (!(seconds > 0.0)) ThrowBadInput(InvalidInput("duration_s must be greater than 0"));
            b.traffic.duration_s = seconds;
          },
          "traffic.duration_s (periods repeat to fill it)")
      .def(
          "with_control",
          [](const Building& b, std::optional<std::string> dispatcher,
             std::optional<std::string> call_model) {
            return WithControl(b, OverrideOf(dispatcher, call_model));
          },
          py::arg("dispatcher") = py::none(), py::arg("call_model") = py::none(),
          "a copy with every group's built-in dispatcher and/or call model replaced")
      .def("__repr__", [](const Building& b) {
        return "<Building '" + b.name + "' from " + b.source + ", " +
               std::to_string(b.FloorCount()) + " floors, " + std::to_string(b.groups.size()) +
               " groups>";
      });

  m.def(
      "load_building",
      [](const std::string& path) {
        Result<Building> b = LoadBuildingFile(path);
        if (!b.ok()) ThrowBadInput(b.error());
        return std::move(b).value();
      },
      py::arg("path"), "reads and validates a building description (YAML or JSON)");
  m.def(
      "parse_building",
      [](const std::string& text, const std::string& name) {
        Result<Building> b = ParseBuilding(text, name);
        if (!b.ok()) ThrowBadInput(b.error());
        return std::move(b).value();
      },
      py::arg("text"), py::arg("name") = "<text>",
      "validates a description given as text (it may name no file)");
}

}  // namespace hoistway::python
