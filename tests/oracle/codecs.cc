// The binary, JSON and text forms through libprotobuf, and message comparison. JSON goes through the schema's
// TypeResolver (as util::MessageToJsonString does internally for a non-generated pool), with one resolver
// kept for the schema's lifetime instead of one per call.
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/field_comparator.h>
#include <google/protobuf/util/message_differencer.h>

#include "tests/oracle/oracle.h"

namespace protoforge::oracle {

namespace pb = google::protobuf;

namespace {

std::string type_url(const pb::Message& message) {
  return "type.googleapis.com/" + message.GetDescriptor()->full_name();
}

Status missing_required(const pb::Message& message) {
  return Status::failure("missing required fields: " + message.InitializationErrorString());
}

}  // namespace

Status to_binary(const pb::Message& message, std::string* out) {
  out->clear();
  if (!message.IsInitialized()) return missing_required(message);
  bool written;
  {
    pb::io::StringOutputStream stream(out);
    pb::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    written = message.SerializeToCodedStream(&coded) && !coded.HadError();
  }  // the coded stream flushes into *out when it goes
  return written ? Status{} : Status::failure("binary serialization failed");
}

Status from_binary(std::string_view bytes, pb::Message* message) {
  message->Clear();
  if (!message->ParsePartialFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return Status::failure("malformed binary input for " + message->GetDescriptor()->full_name());
  }
  return message->IsInitialized() ? Status{} : missing_required(*message);
}

Status to_json(const Schema& schema, const pb::Message& message, std::string* out,
               const pb::util::JsonPrintOptions& options) {
  out->clear();
  std::string binary;
  if (!message.SerializePartialToString(&binary)) return Status::failure("binary serialization failed");
  auto status = pb::util::BinaryToJsonString(&schema.type_resolver(), type_url(message), binary, out, options);
  if (!status.ok()) return Status::failure(std::string(status.message()));
  return {};
}

Status from_json(const Schema& schema, std::string_view json, pb::Message* message,
                 const pb::util::JsonParseOptions& options) {
  message->Clear();
  std::string binary;
  auto status = pb::util::JsonToBinaryString(&schema.type_resolver(), type_url(*message),
                                             pb::StringPiece(json.data(), json.size()), &binary, options);
  if (!status.ok()) return Status::failure(std::string(status.message()));
  if (!message->ParsePartialFromString(binary)) {
    return Status::failure("JSON transcoder produced invalid protobuf output");
  }
  return message->IsInitialized() ? Status{} : missing_required(*message);
}

Status to_text(const pb::Message& message, std::string* out, const TextPrintOptions& options) {
  out->clear();
  pb::TextFormat::Printer printer;
  printer.SetHideUnknownFields(!options.print_unknown_fields);
  printer.SetExpandAny(options.expand_any);
  return printer.PrintToString(message, out) ? Status{} : Status::failure("text printing failed");
}

namespace {

// Keeps the parser's messages ("1:5: Expected identifier...") instead of letting them go to the log.
class CollectTextErrors : public pb::io::ErrorCollector {
 public:
  void AddError(int line, pb::io::ColumnNumber column, const std::string& message) override {
    append("error", line, column, message);
  }
  void AddWarning(int line, pb::io::ColumnNumber column, const std::string& message) override {
    append("warning", line, column, message);
  }
  std::string text;

 private:
  void append(const char* kind, int line, pb::io::ColumnNumber column, const std::string& message) {
    if (!text.empty()) text += '\n';
    text += std::to_string(line + 1) + ":" + std::to_string(column + 1) + ": " + kind + ": " + message;
  }
};

}  // namespace

Status from_text(std::string_view text, pb::Message* message) {
  message->Clear();
  CollectTextErrors errors;
  pb::TextFormat::Parser parser;
  parser.RecordErrorsTo(&errors);
  if (!parser.ParseFromString(std::string(text), message)) {
    return Status::failure(errors.text.empty() ? "text parse failed" : errors.text);
  }
  return {};
}

namespace {

// Compares a and b; writes the differences to *report when it is not null.
bool compare(const pb::Message& a, const pb::Message& b, std::string* report) {
  pb::util::DefaultFieldComparator comparator;
  comparator.set_treat_nan_as_equal(true);
  pb::util::MessageDifferencer differencer;
  differencer.set_field_comparator(&comparator);
  if (report != nullptr) differencer.ReportDifferencesToString(report);
  return differencer.Compare(a, b);
}

}  // namespace

bool equals(const pb::Message& a, const pb::Message& b) { return compare(a, b, nullptr); }

std::string differences(const pb::Message& a, const pb::Message& b) {
  std::string report;
  if (compare(a, b, &report)) return "";
  return report.empty() ? "messages differ" : report;
}

}  // namespace protoforge::oracle
