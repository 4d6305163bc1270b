#include "python/py_dispatcher.h"

#include <memory>
#include <string>

#include "python/py_view.h"

namespace py = pybind11;

namespace hoistway::python {

namespace {

class PyDispatcher final : public Dispatcher {
 public:
  PyDispatcher(py::object control, PythonErrors* errors)
      : control_(std::move(control)), errors_(errors) {
    assign_landing_ = control_.attr("assign_landing_call");
    if (py::hasattr(control_, "assign_destination_call")) {
      assign_destination_ = control_.attr("assign_destination_call");
    }
  }

  CarId AssignLandingCall(const GroupView& group, const LandingCall& call) override {
    return Call(group, assign_landing_, py::cast(call));
  }

  CarId AssignDestinationCall(const GroupView& group, const DestinationCall& call) override {
    if (!assign_destination_) return Dispatcher::AssignDestinationCall(group, call);
    return Call(group, assign_destination_, py::cast(call));
  }

 private:
  // Calls `method(view, call)` and checks the car it returns.
  CarId Call(const GroupView& group, const py::object& method, const py::object& call) {
    if (errors_->failed()) return kNoCar;  // the run is stopping
    auto view = std::make_shared<PyView>(&group);
    try {
      const py::object result = method(view, call);
      view->Invalidate();
      if (result.is_none()) return kNoCar;
      if (!py::isinstance<py::int_>(result) || py::isinstance<py::bool_>(result)) {
        throw py::type_error("a dispatcher returns a car index (int) or None, got " +
                             std::string(py::str(result.get_type().attr("__name__"))));
      }
      const long car = result.cast<long>();
      if (car < 0 || car >= group.car_count() ||
          !group.car(CarId(static_cast<int>(car))).in_service) {
        throw py::value_error("the dispatcher chose car " + std::to_string(car) +
                              ", which is not a car in service of this group (0 to " +
                              std::to_string(group.car_count() - 1) + ")");
      }
      return CarId(static_cast<int>(car));
    } catch (...) {
      view->Invalidate();
      errors_->Record(std::current_exception());
      return kNoCar;
    }
  }

  py::object control_;
  py::object assign_landing_;
  py::object assign_destination_;
  PythonErrors* errors_;
};

}  // namespace

DispatcherFactory PythonDispatcherFactory(py::object factory, PythonErrors* errors) {
  return [factory = std::move(factory),
          errors](const GroupSpec& group) -> Result<std::unique_ptr<Dispatcher>> {
    try {
      py::object control = factory(group.name, group.cars);
      if (!py::hasattr(control, "assign_landing_call")) {
        throw py::type_error("a dispatcher object needs a method assign_landing_call(view, call)");
      }
      return std::unique_ptr<Dispatcher>(std::make_unique<PyDispatcher>(control, errors));
    } catch (...) {
      errors->Record(std::current_exception());
      return Error(ErrorCode::kCancelled, "the Python dispatcher could not be made");
    }
  };
}

}  // namespace hoistway::python
