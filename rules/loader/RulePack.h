//===- RulePack.h - Plain data loaded from YAML rule packs ------*- C++ -*-===//
//
// The structs here are what the rest of consentlint sees of a rule pack. They
// hold no yaml-cpp types: only rules/loader parses YAML (docs/rules.md).
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_RULES_LOADER_RULEPACK_H
#define CONSENTLINT_RULES_LOADER_RULEPACK_H

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace consentlint {
namespace rules {

/// A position in a YAML file, 1-based, for error messages and --list-rules.
struct SourceMark {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
};

/// What kind of program element an ApiRef names.
enum class ApiKind {
  Function,      ///< C or C++ free function, by qualified name.
  Method,        ///< C++ method, by qualified name; overrides match too.
  ObjCMessage,   ///< Objective-C message or property getter.
  Field,         ///< A read of a C/C++ field, by qualified name.
  Variable,      ///< A read of a variable, field or ObjC property (gates only).
  EnumConstant,  ///< A use of an enumerator, by qualified name.
  StringLiteral, ///< A string literal with a given content.
  Constructor,   ///< Construction of an object of a class, by qualified name.
  /// A call of any function declared printf-like (a format attribute)
  /// whose name has one of NameWords as a word: a project's own logger.
  FormatFunction,
};

enum class ObjCMessageKind { Any, Instance, Class };

/// A constraint on one argument of a call.
struct ArgConstraint {
  unsigned Index = 0;
  /// Any of these strings, compared case-insensitively.
  std::vector<std::string> StringEquals;
  /// Any of these enumerators (simple or qualified names).
  std::vector<std::string> Enum;
  /// Any of these macros, spelled at the argument.
  std::vector<std::string> Macro;
  /// The argument must not be any of these strings (case-insensitively),
  /// e.g. libcurl's "ALL"/"FLUSH" commands that only manage the jar.
  std::vector<std::string> NotString;
  /// A boolean or integer literal's truth value.
  std::optional<bool> Bool;
};

/// One API, named structurally (never as an AST-matcher string).
struct ApiRef {
  ApiKind Kind = ApiKind::Function;
  /// Qualified name (function, method, field, enum, variable, constructor) or
  /// the Objective-C class name.
  std::string Name;
  std::string Selector; ///< Objective-C only.
  ObjCMessageKind MessageKind = ObjCMessageKind::Any;
  /// StringLiteral only: the literal equals (case-insensitively) or starts
  /// with this text.
  std::string StringEquals;
  std::string StringPrefix;
  /// The literal counts only where it is written into something (an
  /// argument of a call that returns nothing or an object, a constructor's
  /// argument, an assigned or initialised member), not where it is compared
  /// or looked up: a header name set, not a header read.
  bool StringWritten = false;
  std::vector<ArgConstraint> Args;
  /// With a wildcard name ("cly::Countly::*", selector "*": every method of
  /// the class), the method names or selectors that do not match: accessors
  /// and calls that restrict collection.
  std::vector<std::string> Except;
  /// Argument holding the cookie name, a cookie object, or a header value
  /// such as "name=value; Path=/".
  std::optional<unsigned> CookieArg;
  /// Argument holding a form/query key, classified with KeyTable.
  std::optional<unsigned> KeyArg;
  std::string KeyTable;
  /// FormatFunction only: the words of the function's name, lower case.
  std::vector<std::string> NameWords;
  SourceMark Mark;
};

/// A sink: an API call that needs consent for some purposes.
struct SinkRule {
  std::string Id;       ///< Stable, dotted, vendor-scoped.
  std::string Check;    ///< The one check this rule feeds.
  std::string Practice; ///< e.g. sets-cookie, shows-ads, collects:<category>.
  std::string Vendor;
  std::string Level = "warning"; ///< error, warning or note.
  std::string Maturity = "stable";
  /// What the API names were checked against: "owner/repo@commit path".
  std::string Verified;
  std::string Message; ///< One line, e.g. "loads a Google Mobile Ads banner".
  std::string Help;    ///< Markdown, with a compliant example.
  std::vector<std::string> Purposes;
  std::vector<std::string> DataCategories; ///< fideslang-style names.
  std::vector<std::string> Topics;         ///< Privacy-policy topics.
  std::vector<ApiRef> Apis;
  /// Where personal data may go (docs/checks/privacy-data-flow.md):
  /// on a personal-data rule, "only" says the read itself is no practice,
  /// only its flow to a sink is (a server reading the peer address); on a
  /// privacy-data-flow rule, the sink kind ("log", "storage", "network")
  /// or "barrier" (hashing, anonymisation: nothing flows through it).
  std::string Flow;
  /// A source that fills an argument instead of returning the data
  /// (uname(&info) fills info).
  std::optional<unsigned> OutArg;
  /// A sink's arguments that carry data (empty: all of them); the format
  /// string and the log level are not data.
  std::vector<unsigned> DataArgs;
  /// A source's sink kinds that make it a practice (empty: every kind): a
  /// generated id is an installation id where it is stored, not where a
  /// request key is logged.
  std::vector<std::string> FlowTo;
  SourceMark Mark;
};

/// How a gate's value reads as "granted".
struct GrantedValue {
  /// Empty: any truthy value means granted. Otherwise the value must equal
  /// one of these enumerators or integer literals (as written).
  std::vector<std::string> Equals;
};

enum class GateKind {
  Consent,     ///< True (granted) means consent was given for the purposes.
  NotRequired, ///< True means consent is not required here (e.g. region).
  /// A call that makes the SDK itself hold its data until the user
  /// consents (sentry_options_set_require_user_consent(o, 1)): once the
  /// program makes it, that vendor's calls are gated inside the SDK.
  HoldsUntilConsent,
};

/// A consent gate: an API whose value establishes consent for purposes.
struct GateRule {
  std::string Id;
  std::string Vendor;
  GateKind Kind = GateKind::Consent;
  std::vector<std::string> Purposes;
  std::vector<ApiRef> Apis;
  GrantedValue Granted;
  /// The gate takes its purpose as an argument: argument index and a map
  /// from the argument's spelling (enumerator or string) to purposes.
  std::optional<unsigned> PurposeArg;
  std::map<std::string, std::vector<std::string>> PurposeValues;
  /// The gate delivers its value to a callback: argument CallbackArg is a
  /// block or lambda whose parameter CallbackParam is the consent value.
  std::optional<unsigned> CallbackArg;
  unsigned CallbackParam = 0;
  /// The gate's value is a string of '0'/'1' flags (IAB TCF purpose
  /// consents): character N being '1' grants these purposes.
  std::map<unsigned, std::vector<std::string>> IndexPurposes;
  /// A delegate method the platform calls with the gate's value
  /// (locationManager:didChangeAuthorizationStatus:, parameter 1 is the
  /// status), or, without a parameter, only once the gate holds
  /// (locationManager:didUpdateLocations: runs only with permission).
  std::string DelegateSelector;
  std::optional<unsigned> DelegateParam;
  SourceMark Mark;
};

/// One entry of the cookie taxonomy.
struct CookieName {
  std::string Exact, Prefix, Contains; ///< Exactly one is set.
  std::string Category;
  SourceMark Mark;
};

struct CookieTaxonomy {
  /// Category name -> purposes needing consent (empty: strictly necessary).
  std::map<std::string, std::vector<std::string>> Categories;
  std::vector<CookieName> Names;
};

/// A table of form/query keys that name personal data.
struct KeyEntry {
  std::vector<std::string> Match; ///< Case-insensitive substrings.
  std::vector<std::string> DataCategories;
  std::vector<std::string> Topics;
};
struct KeyTable {
  std::string Id;
  /// What a key of this table is called in messages ("form field",
  /// "request header").
  std::string Noun = "form field";
  std::vector<KeyEntry> Entries;
  SourceMark Mark;
};

/// Functions and Objective-C selectors the platform calls directly.
struct EntryPoints {
  std::vector<std::string> Functions;
  std::vector<std::string> ObjCSelectors;
};

/// Names that say what they hold: a project's own flag or helper whose name
/// reads as the user's privacy choice ("telemetry_enabled", "IsOptedIn",
/// "hasOptedOutTracking") is a consent check consentlint infers, for
/// projects that never declared their gates.
struct ConsentName {
  /// Every group must have a word the name contains (case and punctuation
  /// ignored): {{telemetry, analytics}, {enabled, allowed}}.
  std::vector<std::vector<std::string>> AllOf;
  /// Words that make a name something else ("consentBannerAnswered" says
  /// the banner was answered, not how).
  std::vector<std::string> NoneOf;
  std::vector<std::string> Purposes;
  bool Refused = false; ///< True means the user said no ("opted out").
  SourceMark Mark;
};

struct RulePack {
  std::string Name;
  std::string Description;
  std::string Path;
  std::vector<SinkRule> Rules;
  std::vector<GateRule> Gates;
  CookieTaxonomy Cookies;
  std::vector<KeyTable> KeyTables;
  EntryPoints Entries;
  std::vector<ConsentName> ConsentNames;
};

/// Privacy-policy settings of a project.
struct PolicyConfig {
  std::string File;     ///< As written, relative to the config file.
  std::string Language; ///< Empty: the first language in the file.
  std::map<std::string, std::string> Map; ///< topic -> section number.
};

/// How to read privacy policies in one language
/// (rules/policy/languages.yaml).
struct LanguageProfile {
  std::string Code; ///< e.g. "de".
  std::string Name; ///< e.g. "Deutsch".
  std::vector<std::string> StopWords;
  /// Finite verbs that start the body of a heading fused with its first
  /// sentence ("2.5 Cookies and similar technologies collects ...").
  std::vector<std::string> SentenceVerbs;
  bool CapitalizesNouns = false;
  bool Compounds = false;
};

/// A project's .consentlint.yaml.
struct Config {
  std::string Path; ///< Empty when no file was found.
  std::string Checks;
  std::string FailOn;
  std::vector<std::string> RulePacks; ///< Resolved paths.
  /// The build directory with compile_commands.json, when the command line
  /// names none (resolved).
  std::string CompileDatabase;
  /// Path globs of code that is not the project's own (vendored SDKs);
  /// unset: the default vendor directories.
  std::optional<std::vector<std::string>> Exclude;
  std::optional<PolicyConfig> Policy;
  /// The project's own rules, gates, cookies and key tables.
  RulePack Project;
};

} // namespace rules
} // namespace consentlint

#endif
