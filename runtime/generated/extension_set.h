// proto2 extensions of generated messages. Each extension a generated file declares is described by an
// ExtensionInfo and registered when the program starts (as libprotobuf's generated code registers its own), so a
// message parses the extensions linked into the program and keeps the others as unknown fields.
//
// A message with extension ranges holds an ExtensionSet: one pointer, allocated on first use, to values kept in
// number order, which is the order libprotobuf writes them in.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "runtime/generated/codec.h"
#include "runtime/generated/table.h"

namespace protoforge::gen {

struct ExtensionInfo {
  const MessageTable* extendee;
  int32_t number;
  FieldKind kind;
  bool repeated;
  uint8_t flags;                  // FieldFlag bits: kPacked, kValidateUtf8, kClosedEnum, kDelimited
  const MessageTable* message;    // message and group extensions
  bool (*enum_is_valid)(int);     // closed enum extensions
  const char* full_name;
};

// Generated code registers each extension by defining one of these at namespace scope.
struct ExtensionRegistration {
  explicit ExtensionRegistration(const ExtensionInfo& info);
};
const ExtensionInfo* find_registered_extension(const MessageTable& extendee, int32_t number);

class ExtensionSet {
 public:
  struct Value {
    const ExtensionInfo* info = nullptr;
    bool present = false;           // singular values
    uint64_t bits = 0;              // singular numbers, as storage bits (scalar.h)
    std::string text;               // singular strings and bytes
    void* message = nullptr;        // singular messages, owned
    std::vector<uint64_t> numbers;  // repeated numbers, as storage bits
    std::vector<std::string> texts;
    std::vector<void*> messages;    // owned

    Value() = default;
    Value(const Value& other);
    Value& operator=(const Value&) = delete;
    ~Value();
    bool empty() const;
  };

  ExtensionSet() = default;
  ExtensionSet(const ExtensionSet& other);
  ExtensionSet& operator=(const ExtensionSet& other);
  ~ExtensionSet();

  const Value* find(int32_t number) const;
  Value& mutable_value(const ExtensionInfo& info);
  void erase(int32_t number);

  size_t byte_size(bool message_set) const;
  // Writes the extensions numbered in [start, end). Precondition: byte_size was called since the last change.
  char* serialize(int32_t start, int32_t end, bool message_set, char* out) const;
  void clear();
  void merge_from(const ExtensionSet& other);
  bool equals(const ExtensionSet& other) const;
  void swap(ExtensionSet& other) noexcept { std::swap(values_, other.values_); }
  bool is_initialized() const;

 private:
  std::map<int32_t, Value>* values_ = nullptr;
};

bool extension_number_in_ranges(const MessageTable& table, int32_t number);
// Parses an extension field of a message whose table has an ExtensionSet; unregistered numbers and mismatched
// wire types become unknown fields.
const char* parse_extension(void* message, const MessageTable& table, int32_t number, const char* tag_start,
                            const char* p, const char* end, uint64_t tag, ParseContext& context);

}  // namespace protoforge::gen
