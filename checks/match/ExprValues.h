//===- ExprValues.h - Constant strings behind an expression -----*- C++ -*-===//
//
// Rules constrain arguments by value ("Set-Cookie", CURLOPT_COOKIE) and the
// cookie check needs cookie names, which reach calls as literals, through
// std::string or QString conversions, named constants and cookie objects.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_MATCH_EXPRVALUES_H
#define CONSENTLINT_CHECKS_MATCH_EXPRVALUES_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class Expr;
class NamedDecl;
} // namespace clang

namespace consentlint {

/// Strips parentheses, casts, temporaries and converting constructors.
const clang::Expr *stripValueWrappers(const clang::Expr *E);

/// The string literal \p E evaluates to, following conversions to string
/// classes and const variables initialised with a literal.
std::optional<std::string> stringValue(const clang::Expr *E);

/// The enumerator \p E names, if any.
const clang::NamedDecl *enumeratorOf(const clang::Expr *E);

/// Whether \p E is spelled as (an expansion of) macro \p Name.
bool spelledAsMacro(const clang::Expr *E, llvm::StringRef Name,
                    clang::ASTContext &Ctx);

/// The cookie name carried by \p E: a name literal, a "name=value; ..."
/// header value, a Netscape cookie-file line, or a cookie object built from
/// a name (constructor argument, NSHTTPCookieName dictionary entry).
std::optional<std::string> cookieNameOf(const clang::Expr *E);

/// The name part of a Set-Cookie header value or cookie line.
std::string cookieNameFromHeader(llvm::StringRef Value);

/// Whether a Set-Cookie value ("name=; Max-Age=0", "...; Expires=Thu, 01 Jan
/// 1970 00:00:00 GMT") deletes the cookie instead of setting it.
bool isCookieDeletion(llvm::StringRef Value);

/// Whether the value of \p E is only used to decide something: compared
/// (`systemVersion.floatValue >= 14`, an IDFA compared with zeros), negated
/// or tested as a condition. Such a read is not collection (it is not
/// stored, logged or sent).
bool onlyDecides(const clang::Expr *E, clang::ASTContext &Ctx);

} // namespace consentlint

#endif
