// The schema AST: what one .proto file says, in source order, with a span for every part that a diagnostic or a
// SourceCodeInfo location can point at. The parser builds it; the linker reads it and never changes it.
//
// Design notes:
// - Declarations keep their source order in `body` vectors (a variant per element), because descriptor order
//   (fields, nested types including synthesized map entries and groups) and SourceCodeInfo order both follow it.
// - Values are kept as written (OptionValue) and converted only once the linker knows the target type, as protoc
//   does for options; field defaults are converted from the same representation.
// - Every node is a plain value type with defaulted equality, so tests can compare whole trees.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/source/span.h"

namespace protoforge::ast {

using source::Span;

// A heap box with value semantics, for the AST's recursive types (messages nest inside messages).
template <class T>
class Box {
 public:
  Box() : ptr_(std::make_unique<T>()) {}
  Box(T value) : ptr_(std::make_unique<T>(std::move(value))) {}
  Box(const Box& other) : ptr_(std::make_unique<T>(*other.ptr_)) {}
  Box(Box&&) noexcept = default;
  Box& operator=(const Box& other) { *ptr_ = *other.ptr_; return *this; }
  Box& operator=(Box&&) noexcept = default;

  T& operator*() { return *ptr_; }
  const T& operator*() const { return *ptr_; }
  T* operator->() { return ptr_.get(); }
  const T* operator->() const { return ptr_.get(); }
  bool operator==(const Box& other) const { return *ptr_ == *other.ptr_; }

 private:
  std::unique_ptr<T> ptr_;
};

// Comments attached to a declaration, as protoc's tokenizer assigns them (leading, trailing, detached).
// Text is exactly what protoc puts into SourceCodeInfo.Location (comment markers stripped, newlines kept).
struct Comments {
  std::optional<std::string> leading;
  std::optional<std::string> trailing;
  std::vector<std::string> detached;
  bool operator==(const Comments&) const = default;
};

// A simple identifier such as a message or field name.
struct Name {
  std::string text;
  Span span;
  bool operator==(const Name&) const = default;
};

// A reference to a type or a package as written: "Foo", "foo.Bar", ".foo.Bar" (leading dot = fully qualified).
struct TypeRef {
  std::string text;
  Span span;
  bool operator==(const TypeRef&) const = default;
};

// A literal as written in an option or default value, before the target type is known.
struct OptionValue {
  enum class Kind {
    identifier,    // true, FOO, inf, nan (and "-inf"/"-nan", which set `negative`)
    integer,       // `unsigned_value` with `negative` telling the sign; `overflow` if it did not fit in uint64
    floating,      // `float_value`; the literal's text is in `text`
    string,        // `string_value`: adjacent literals concatenated, escapes decoded (raw bytes)
    aggregate,     // `{ ... }`: `text` is protoc's re-rendering of the tokens (UninterpretedOption.aggregate_value)
  };
  Kind kind = Kind::identifier;
  bool negative = false;  // a leading '-' was present
  std::string text;       // identifier text, number text as written, or aggregate rendering
  uint64_t unsigned_value = 0;
  bool overflow = false;
  double float_value = 0;
  std::string string_value;
  Span span;  // the whole value including a leading '-'
  bool operator==(const OptionValue&) const = default;
};

// One component of an option name: `java_package`, or `(foo.bar)` for an extension (is_extension; text without
// parentheses, may start with '.').
struct OptionNamePart {
  std::string name;
  bool is_extension = false;
  Span span;  // includes the parentheses for extensions
  bool operator==(const OptionNamePart&) const = default;
};

// `name = value`, either as a statement (`option x = 1;`) or inside brackets (`[x = 1]`).
// Inside field brackets, `default` and `json_name` are options too; the linker treats them specially, as protoc's
// parser does (they become FieldDescriptorProto.default_value / json_name).
struct Option {
  std::vector<OptionNamePart> name;
  Span name_span;  // from the first part to the last
  OptionValue value;
  Span span;            // `name = value` (for statements: from `option` to ';' inclusive)
  Comments comments;    // statements only
  bool operator==(const Option&) const = default;
};

// Bracketed compact options: `[a = 1, b = 2]`.
struct CompactOptions {
  std::vector<Option> options;
  Span span;  // from '[' to ']' inclusive
  bool operator==(const CompactOptions&) const = default;
};

// `reserved 1, 5 to 10, 100 to max;` or `reserved "a", "b";` (or editions `reserved a, b;`)
struct ReservedRange {
  int32_t start = 0;
  int32_t end = 0;  // inclusive as written; `max` resolves to the linker's maximum (see end_is_max)
  bool end_is_max = false;
  bool has_end = false;  // `N to M` rather than a single number
  Span span;             // whole range
  Span start_span;
  Span end_span;  // equals start_span for a single number
  bool operator==(const ReservedRange&) const = default;
};
struct Reserved {
  std::vector<ReservedRange> ranges;
  std::vector<Name> names;  // string literal values (or bare identifiers in editions); span covers the literal
  bool names_are_identifiers = false;
  Span span;                // from `reserved` to ';' inclusive
  Comments comments;
  bool operator==(const Reserved&) const = default;
};

// `extensions 100 to 199 [options];`
struct ExtensionRanges {
  std::vector<ReservedRange> ranges;
  std::optional<CompactOptions> options;
  Span span;
  Comments comments;
  bool operator==(const ExtensionRanges&) const = default;
};

enum class Label { none, optional, required, repeated };

struct Message;

// A field, map field or group. For a map field `map<K, V> name = N;` the key and value types are in map_key and
// map_value and `type` is empty. For a group, `group_body` holds the group's message (name = the group's name).
struct Field {
  Label label = Label::none;
  Span label_span;  // empty if no label
  TypeRef type;     // scalar keyword ("int32", "string", ...) or a type reference; "group" is not stored here
  bool is_map = false;
  TypeRef map_key;
  TypeRef map_value;
  Span map_span;  // `map<K, V>`
  bool is_group = false;
  Span group_keyword_span;  // the word `group`
  std::vector<Box<Message>> group_body;  // exactly one for a group
  Name name;
  int32_t number = 0;
  Span number_span;
  std::optional<CompactOptions> options;
  Span span;  // whole declaration, through ';' or the group's '}'
  Comments comments;
  bool operator==(const Field&) const = default;
};

struct OneofElement;
struct Oneof {
  Name name;
  std::vector<OneofElement> body;
  Span span;
  Comments comments;
  bool operator==(const Oneof&) const = default;
};

// `extend Foo { ... }`, at file or message scope.
struct Extend {
  TypeRef extendee;
  std::vector<Field> fields;
  Span span;
  Comments comments;
  bool operator==(const Extend&) const = default;
};

struct EnumValue {
  Name name;
  int32_t number = 0;
  Span number_span;  // includes a leading '-'
  std::optional<CompactOptions> options;
  Span span;
  Comments comments;
  bool operator==(const EnumValue&) const = default;
};

// Editions 2024+: `export` / `local` written before a message or enum (descriptor.proto's SymbolVisibility).
enum class Visibility { unset, local, export_ };

struct Empty {  // a lone ';'
  Span span;
  bool operator==(const Empty&) const = default;
};

struct Enum {
  Name name;
  std::vector<std::variant<EnumValue, Option, Reserved, Empty>> body;
  Span span;  // from `enum` (after any visibility keyword) to '}'
  Comments comments;
  Visibility visibility = Visibility::unset;
  Span visibility_span;  // the `export` / `local` keyword, empty if unset
  bool operator==(const Enum&) const = default;
};

struct OneofElement {
  std::variant<Field, Option> value;  // groups are Fields with is_group
  bool operator==(const OneofElement&) const = default;
};

using MessageElement =
    std::variant<Field, Oneof, Box<Message>, Enum, Extend, ExtensionRanges, Reserved, Option, Empty>;

struct Message {
  Name name;
  std::vector<MessageElement> body;
  Span span;  // from `message` (or the group's label) to '}'
  Comments comments;
  Visibility visibility = Visibility::unset;
  Span visibility_span;  // the `export` / `local` keyword, empty if unset
  bool operator==(const Message&) const = default;
};

struct Method {
  Name name;
  TypeRef input_type;
  bool client_streaming = false;
  Span client_streaming_span;  // the word `stream`
  TypeRef output_type;
  bool server_streaming = false;
  Span server_streaming_span;
  std::vector<std::variant<Option, Empty>> body;  // `{ option ...; }`; empty for the `;` form
  bool has_body = false;
  Span span;
  Comments comments;
  bool operator==(const Method&) const = default;
};

struct Service {
  Name name;
  std::vector<std::variant<Method, Option, Empty>> body;
  Span span;
  Comments comments;
  bool operator==(const Service&) const = default;
};

enum class ImportKind { normal, public_, weak, option_ };  // option_: editions `import option "x.proto";`

struct Import {
  std::string path;  // decoded string literal
  Span path_span;
  ImportKind kind = ImportKind::normal;
  Span kind_span;  // `public` / `weak`, empty for normal
  Span span;
  Comments comments;
  bool operator==(const Import&) const = default;
};

struct Package {
  TypeRef name;
  Span span;
  Comments comments;
  bool operator==(const Package&) const = default;
};

enum class SyntaxKind { proto2, proto3, editions };

// `syntax = "proto3";` or `edition = "2023";`. A file without one is proto2 (has_declaration = false).
struct Syntax {
  SyntaxKind kind = SyntaxKind::proto2;
  bool has_declaration = false;
  std::string value;  // "proto2", "proto3", "2023", ...
  Span value_span;
  Span span;
  Comments comments;
  bool operator==(const Syntax&) const = default;
};

using FileElement = std::variant<Import, Package, Option, Box<Message>, Enum, Service, Extend, Empty>;

struct File {
  std::string path;  // virtual path (as imported / named on the command line)
  Syntax syntax;
  std::vector<FileElement> body;
  bool operator==(const File&) const = default;
};

}  // namespace protoforge::ast
