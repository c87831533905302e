// parse_oracle: runs libprotoc's own Parser (protoc 3.21's front end, parse stage only) on .proto files and prints
// its errors as protoc does ("file:LINE:COL: message"). This is the reference the differential tests compare the
// protoforge parser against; it is built only when libprotoc is installed.
// Usage: parse_oracle [-I<root>] file...
#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

class PrintingCollector : public google::protobuf::io::ErrorCollector {
 public:
  explicit PrintingCollector(std::string file) : file_(std::move(file)) {}
  void AddError(int line, int column, const std::string& message) override {
    std::printf("%s:%d:%d: %s\n", file_.c_str(), line + 1, column + 1, message.c_str());
  }
  void AddWarning(int, int, const std::string&) override {}

 private:
  std::string file_;
};

}  // namespace

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out;
}

// One line per location that carries comments: "file span lead=... trail=... det=[...]" (sorted by the caller).
void print_comments(const std::string& file, const google::protobuf::SourceCodeInfo& info) {
  for (const auto& location : info.location()) {
    if (!location.has_leading_comments() && !location.has_trailing_comments() &&
        location.leading_detached_comments_size() == 0) {
      continue;
    }
    const auto& span = location.span();
    const int end_line = span.size() == 4 ? span[2] : span[0];
    const int end_column = span.size() == 4 ? span[3] : span[2];
    std::printf("%s %d:%d-%d:%d", file.c_str(), span[0], span[1], end_line, end_column);
    if (location.has_leading_comments()) std::printf(" lead=%s", escape(location.leading_comments()).c_str());
    if (location.has_trailing_comments()) std::printf(" trail=%s", escape(location.trailing_comments()).c_str());
    for (const auto& detached : location.leading_detached_comments()) std::printf(" det=%s", escape(detached).c_str());
    std::printf("\n");
  }
}

// One line per uninterpreted option anywhere in the file: "file opt NAME VALUE" (compared sorted).
void print_options(const std::string& file, const google::protobuf::Message& message) {
  using google::protobuf::FieldDescriptor;
  const auto* descriptor = message.GetDescriptor();
  if (descriptor->full_name() == "google.protobuf.UninterpretedOption") {
    const auto& option = static_cast<const google::protobuf::UninterpretedOption&>(message);
    std::string name;
    for (const auto& part : option.name()) {
      if (!name.empty()) name += ".";
      name += part.is_extension() ? "(" + part.name_part() + ")" : part.name_part();
    }
    std::printf("%s opt %s", file.c_str(), name.c_str());
    if (option.has_identifier_value()) std::printf(" ident=%s", option.identifier_value().c_str());
    if (option.has_positive_int_value()) std::printf(" pos=%llu", (unsigned long long)option.positive_int_value());
    if (option.has_negative_int_value()) std::printf(" neg=%lld", (long long)option.negative_int_value());
    if (option.has_double_value()) std::printf(" dbl=%.17g", option.double_value());
    if (option.has_string_value()) std::printf(" str=%s", escape(option.string_value()).c_str());
    if (option.has_aggregate_value()) std::printf(" agg=%s", escape(option.aggregate_value()).c_str());
    std::printf("\n");
    return;
  }
  const auto* reflection = message.GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const FieldDescriptor* field = descriptor->field(i);
    if (field->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (field->is_repeated()) {
      for (int j = 0; j < reflection->FieldSize(message, field); ++j) {
        print_options(file, reflection->GetRepeatedMessage(message, field, j));
      }
    } else if (reflection->HasField(message, field)) {
      print_options(file, reflection->GetMessage(message, field));
    }
  }
}

int main(int argc, char** argv) {
  std::string root = ".";
  bool comments = false;
  bool options = false;
  int failed = 0;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("-I", 0) == 0) {
      root = arg.substr(2);
      continue;
    }
    if (arg == "--comments") {
      comments = true;
      continue;
    }
    if (arg == "--options") {
      options = true;
      continue;
    }
    std::ifstream in(root + "/" + arg, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    google::protobuf::io::ArrayInputStream stream(text.data(), static_cast<int>(text.size()));
    PrintingCollector collector(arg);
    google::protobuf::io::Tokenizer tokenizer(&stream, &collector);
    google::protobuf::compiler::Parser parser;
    parser.RecordErrorsTo(&collector);
    google::protobuf::FileDescriptorProto proto;
    proto.set_name(arg);
    if (!parser.Parse(&tokenizer, &proto)) ++failed;
    if (comments) print_comments(arg, proto.source_code_info());
    if (options) {
      proto.clear_source_code_info();
      print_options(arg, proto);
    }
  }
  return failed == 0 ? 0 : 1;
}
