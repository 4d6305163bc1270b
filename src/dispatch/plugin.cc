#include "dispatch/plugin.h"

#include <dlfcn.h>
#include <fmt/core.h>

#include "sim/dispatcher_plugin.h"

namespace hoistway::dispatch {

namespace {

struct LibraryCloser {
  void operator()(void* handle) const { dlclose(handle); }
};
using Library = std::unique_ptr<void, LibraryCloser>;

// Forwards to the plug-in's object and destroys it with the plug-in's own
// function, before the library is closed.
class PluginDispatcher final : public Dispatcher {
 public:
  PluginDispatcher(Library library, Dispatcher* inner, HoistwayDestroyDispatcherFn destroy, int abi)
      : library_(std::move(library)), inner_(inner), destroy_(destroy), abi_(abi) {}
  ~PluginDispatcher() override { destroy_(inner_); }
  PluginDispatcher(const PluginDispatcher&) = delete;
  PluginDispatcher& operator=(const PluginDispatcher&) = delete;

  CarId AssignLandingCall(const GroupView& group, const LandingCall& call) override {
    return inner_->AssignLandingCall(group, call);
  }
  CarId AssignDestinationCall(const GroupView& group, const DestinationCall& call) override {
    // An interface-1 object's virtual table ends before AssignDestinationCall:
    // answer with its landing-call choice (the base class's default).
    if (abi_ < 2) return Dispatcher::AssignDestinationCall(group, call);
    return inner_->AssignDestinationCall(group, call);
  }

 private:
  Library library_;  // declared first: closed last
  Dispatcher* inner_;
  HoistwayDestroyDispatcherFn destroy_;
  int abi_;
};

template <typename Fn>
Fn Symbol(void* handle, const char* name) {
  return reinterpret_cast<Fn>(dlsym(handle, name));  // NOLINT: dlsym's contract
}

}  // namespace

Result<std::unique_ptr<Dispatcher>> LoadDispatcherPlugin(const std::string& path,
                                                         const GroupSpec& group) {
  const std::string where = group.dispatcher_at.empty()
                                ? fmt::format("group '{}': dispatcher plug-in {}", group.name, path)
                                : fmt::format("{}: plug-in {}", group.dispatcher_at, path);
  Library library(dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL));
  if (!library) {
    const char* why = dlerror();
    return InvalidInput(fmt::format("{}: cannot load: {}", where, why ? why : "unknown error"));
  }
  const auto abi = Symbol<HoistwayDispatcherAbiFn>(library.get(), "hoistway_dispatcher_abi");
  const auto create =
      Symbol<HoistwayCreateDispatcherFn>(library.get(), "hoistway_create_dispatcher");
  const auto destroy =
      Symbol<HoistwayDestroyDispatcherFn>(library.get(), "hoistway_destroy_dispatcher");
  if (abi == nullptr || create == nullptr || destroy == nullptr) {
    return InvalidInput(fmt::format(
        "{}: not a hoistway dispatcher plug-in (no HOISTWAY_DISPATCHER_PLUGIN functions)", where));
  }
  const int version = abi();
  if (version < HOISTWAY_DISPATCHER_ABI_OLDEST || version > HOISTWAY_DISPATCHER_ABI) {
    return InvalidInput(
        fmt::format("{}: built for plug-in interface {}, this hoistway loads interfaces {} to {}; "
                    "rebuild it against these headers",
                    where, version, HOISTWAY_DISPATCHER_ABI_OLDEST, HOISTWAY_DISPATCHER_ABI));
  }
  Dispatcher* inner = create(group.name.c_str(), group.cars);
  if (inner == nullptr) return InvalidInput(fmt::format("{}: made no dispatcher", where));
  return std::unique_ptr<Dispatcher>(
      std::make_unique<PluginDispatcher>(std::move(library), inner, destroy, version));
}

}  // namespace hoistway::dispatch
