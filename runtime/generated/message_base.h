// The base of every generated message class: protobuf's message-level vocabulary (Clear, ParseFromString,
// SerializeToString, ByteSizeLong, MergeFrom, ...) written once over the class's table. It is an empty base, so
// generated classes stay standard-layout and their tables can use offsetof.
//
// Derived classes provide: `static const MessageTable _pf_table;` and, when they declare extension ranges,
// `_pf_extension_set()`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/generated/codec.h"
#include "runtime/generated/extension.h"

namespace protoforge::gen {

// The constructors and destructors tables point at.
template <class T>
void* create_message() {
  return new T();
}
template <class T>
void destroy_message(void* message) {
  delete static_cast<T*>(message);
}

template <class D>
class Message {
 public:
  void Clear() { clear_message(self(), D::_pf_table); }
  void CopyFrom(const D& other) {
    if (&other == self()) return;
    Clear();
    MergeFrom(other);
  }
  void MergeFrom(const D& other) { merge_message(self(), &other, D::_pf_table); }
  void Swap(D* other) { swap_messages(self(), other, D::_pf_table); }
  bool IsInitialized() const { return is_initialized(self(), D::_pf_table); }

  // Parsing replaces the contents; Merge* adds to them. The non-Partial forms also fail when a required field is
  // missing afterwards, as libprotobuf's do.
  bool ParseFromString(std::string_view bytes) { return parse(bytes, ParseOptions{}, true); }
  bool ParseFromArray(const void* data, int size) {
    return ParseFromString(std::string_view(static_cast<const char*>(data), static_cast<size_t>(size)));
  }
  bool ParsePartialFromString(std::string_view bytes) { return parse(bytes, ParseOptions{}, false); }
  bool MergeFromString(std::string_view bytes) {
    return merge_from_bytes(self(), D::_pf_table, bytes, ParseOptions{}) && IsInitialized();
  }
  // Zero-copy parse: string and bytes fields view into `bytes`, which must outlive this message (or the next
  // write to each such field). Numbers and sub-messages are stored as usual.
  bool ParseFromStringAliased(std::string_view bytes) {
    ParseOptions options;
    options.alias = true;
    return parse(bytes, options, true);
  }
  bool ParseWithOptions(std::string_view bytes, const ParseOptions& options) { return parse(bytes, options, true); }

  size_t ByteSizeLong() const { return byte_size(self(), D::_pf_table); }
  int GetCachedSize() const { return static_cast<int>(cached_size(self(), D::_pf_table)); }
  bool SerializeToString(std::string* out) const {
    out->clear();
    return AppendToString(out);
  }
  bool SerializePartialToString(std::string* out) const {
    out->clear();
    append_serialized(self(), D::_pf_table, *out);
    return true;
  }
  bool AppendToString(std::string* out) const {
    return append_serialized_if_initialized(self(), D::_pf_table, *out);
  }
  std::string SerializeAsString() const {
    std::string out;
    append_serialized(self(), D::_pf_table, out);
    return out;
  }
  // Fails when `size` is too small for the encoding (or a required field is missing).
  bool SerializeToArray(void* data, int size) const {
    bool initialized;
    const size_t needed = byte_size_checked(self(), D::_pf_table, initialized);
    if (!initialized || size < 0 || needed > static_cast<size_t>(size)) return false;
    serialize_message(self(), D::_pf_table, static_cast<char*>(data));
    return true;
  }

  // Fields the schema does not know, as their wire bytes in arrival order.
  std::string_view unknown_fields() const { return unknown_string(); }
  std::string* mutable_unknown_fields() { return &const_cast<std::string&>(unknown_string()); }

  static std::string_view GetTypeName() { return D::_pf_table.full_name; }

  bool operator==(const D& other) const { return equal_messages(self(), &other, D::_pf_table); }

  // proto2 extensions (see extension.h); `id` is the generated extension identifier.
  template <class Id>
  bool HasExtension(const Id& id) const { return id.has(extension_set()); }
  template <class Id>
  int ExtensionSize(const Id& id) const { return id.size(extension_set()); }
  template <class Id>
  decltype(auto) GetExtension(const Id& id) const { return id.get(extension_set()); }
  template <class Id>
  decltype(auto) GetExtension(const Id& id, int index) const { return id.get(extension_set(), index); }
  template <class Id, class V>
  void SetExtension(const Id& id, const V& value) { id.set(mutable_extension_set(), value); }
  template <class Id, class V>
  void SetExtension(const Id& id, int index, const V& value) { id.set(mutable_extension_set(), index, value); }
  template <class Id>
  auto MutableExtension(const Id& id) { return id.mutable_value(mutable_extension_set()); }
  template <class Id>
  auto MutableExtension(const Id& id, int index) { return id.mutable_value(mutable_extension_set(), index); }
  template <class Id, class... V>
  auto AddExtension(const Id& id, const V&... value) { return id.add(mutable_extension_set(), value...); }
  template <class Id>
  void ClearExtension(const Id& id) { mutable_extension_set().erase(id.info().number); }

 protected:
  Message() = default;
  ~Message() = default;

 private:
  D* self() { return static_cast<D*>(this); }
  const D* self() const { return static_cast<const D*>(this); }
  const std::string& unknown_string() const {
    return member_at<std::string>(self(), D::_pf_table.unknown_fields_offset);
  }
  const ExtensionSet& extension_set() const { return self()->_pf_extension_set(); }
  ExtensionSet& mutable_extension_set() { return self()->_pf_extension_set(); }
  bool parse(std::string_view bytes, const ParseOptions& options, bool check_required) {
    Clear();
    if (check_required) return parse_initialized(self(), D::_pf_table, bytes, options);
    return merge_from_bytes(self(), D::_pf_table, bytes, options);
  }
};

}  // namespace protoforge::gen
