# The built-in .proto files, as virtual paths relative to proto/. Included by CMakeLists.txt (to embed them)
# and meant to be included by packaging (to install them); keep both lists sorted.

# What protoc 3.21 finds without any -I: the well-known types, descriptor.proto and plugin.proto.
set(PROTOFORGE_BUILTIN_USER_PROTOS
  google/protobuf/any.proto
  google/protobuf/api.proto
  google/protobuf/compiler/plugin.proto
  google/protobuf/descriptor.proto
  google/protobuf/duration.proto
  google/protobuf/empty.proto
  google/protobuf/field_mask.proto
  google/protobuf/source_context.proto
  google/protobuf/struct.proto
  google/protobuf/timestamp.proto
  google/protobuf/type.proto
  google/protobuf/wrappers.proto
)

# Used only inside protoforge to interpret built-in options and editions features; never offered to
# user imports (protoc 3.21 has no such files), so they cannot clash with the 3.21 descriptor.proto.
set(PROTOFORGE_BUILTIN_INTERNAL_PROTOS
  google/protobuf/cpp_features.proto
  google/protobuf/java_features.proto
  protoforge/options_schema/descriptor.proto
)
