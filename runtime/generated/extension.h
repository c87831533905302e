// Typed proto2 extension identifiers, as generated code declares them:
//   extern const ::protoforge::gen::Extension<pkg::Base, int32_t, FieldKind::int32, false> my_extension;
// and uses them through the message's HasExtension / GetExtension / SetExtension / MutableExtension /
// AddExtension / ExtensionSize / ClearExtension. Values live in the message's ExtensionSet as storage bits,
// strings or owned messages; this template converts at the boundary.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "runtime/generated/extension_set.h"
#include "runtime/generated/scalar.h"

namespace protoforge::gen {

template <class Extendee, class T, FieldKind Kind, bool Repeated>
class Extension {
  static constexpr bool kMessage = Kind == FieldKind::message || Kind == FieldKind::group;
  static constexpr bool kText = Kind == FieldKind::string || Kind == FieldKind::bytes;
  using Default = std::conditional_t<kText, std::string_view, std::conditional_t<kMessage, int, T>>;

 public:
  using extendee_type = Extendee;
  using value_type = T;

  constexpr Extension(const ExtensionInfo& info, Default default_value = Default()) : info_(info), default_(default_value) {}
  const ExtensionInfo& info() const { return info_; }
  int number() const { return info_.number; }

  bool has(const ExtensionSet& set) const {
    const auto* v = set.find(info_.number);
    return v != nullptr && v->info == &info_ && !v->empty();
  }
  int size(const ExtensionSet& set) const {
    const auto* v = value(set);
    if (v == nullptr) return 0;
    if constexpr (kMessage) return static_cast<int>(v->messages.size());
    else if constexpr (kText) return static_cast<int>(v->texts.size());
    else return static_cast<int>(v->numbers.size());
  }

  // Singular values.
  decltype(auto) get(const ExtensionSet& set) const {
    const auto* v = value(set);
    if constexpr (kMessage) {
      return static_cast<const T&>(v != nullptr && v->message != nullptr ? *static_cast<const T*>(v->message)
                                                                          : T::default_instance());
    } else if constexpr (kText) {
      return v != nullptr && v->present ? std::string_view(v->text) : default_;
    } else {
      return v != nullptr && v->present ? from_storage<T>(v->bits) : default_;
    }
  }
  template <class V>
  void set(ExtensionSet& set, const V& value) const {
    auto& v = set.mutable_value(info_);
    v.present = true;
    if constexpr (kText) v.text.assign(std::string_view(value));
    else v.bits = to_storage<T>(value);
  }
  auto mutable_value(ExtensionSet& set) const {
    auto& v = set.mutable_value(info_);
    v.present = true;
    if constexpr (kMessage) {
      if (v.message == nullptr) v.message = info_.message->create();
      return static_cast<T*>(v.message);
    } else {
      return &v.text;
    }
  }

  // Repeated values.
  decltype(auto) get(const ExtensionSet& set, int index) const {
    const auto& v = *value(set);
    if constexpr (kMessage) return static_cast<const T&>(*static_cast<const T*>(v.messages[static_cast<size_t>(index)]));
    else if constexpr (kText) return std::string_view(v.texts[static_cast<size_t>(index)]);
    else return from_storage<T>(v.numbers[static_cast<size_t>(index)]);
  }
  template <class V>
  void set(ExtensionSet& set, int index, const V& value) const {
    auto& v = set.mutable_value(info_);
    if constexpr (kText) v.texts[static_cast<size_t>(index)].assign(std::string_view(value));
    else v.numbers[static_cast<size_t>(index)] = to_storage<T>(value);
  }
  auto mutable_value(ExtensionSet& set, int index) const {
    auto& v = set.mutable_value(info_);
    if constexpr (kMessage) return static_cast<T*>(v.messages[static_cast<size_t>(index)]);
    else return &v.texts[static_cast<size_t>(index)];
  }
  template <class... V>
  auto add(ExtensionSet& set, const V&... value) const {
    auto& v = set.mutable_value(info_);
    if constexpr (kMessage) {
      v.messages.push_back(info_.message->create());
      return static_cast<T*>(v.messages.back());
    } else if constexpr (kText) {
      v.texts.emplace_back(std::string_view(value)...);
      return &v.texts.back();
    } else {
      (v.numbers.push_back(to_storage<T>(value)), ...);
    }
  }

 private:
  const ExtensionSet::Value* value(const ExtensionSet& set) const {
    const auto* v = set.find(info_.number);
    return v != nullptr && v->info == &info_ ? v : nullptr;
  }

  const ExtensionInfo& info_;
  Default default_;
};

}  // namespace protoforge::gen
