// A mid-sized translation unit for the rule-loading benchmark: <string> and
// several mock SDKs, many calls that are and are not in the packs.
#include <crow.h>
#include <drogon/HttpResponse.h>
#include <firebase/analytics.h>
#include <httplib.h>
#include <string>
#include <vector>

static std::string join(const std::vector<std::string> &Parts) {
  std::string Out;
  for (const std::string &P : Parts)
    Out += P + ",";
  return Out;
}

void handler(drogon::HttpResponse &Resp, crow::CookieParser::context &Ctx,
             httplib::Request &Req, httplib::Response &Res) {
  std::vector<std::string> Parts;
  for (int I = 0; I < 100; ++I)
    Parts.push_back(std::to_string(I));
  Resp.addCookie("sessionid", join(Parts));
  Ctx.set_cookie("lang", "en");
  Res.set_header("Content-Type", "text/plain");
  std::string Page = Req.get_param_value("page");
  firebase::analytics::LogEvent("page_view");
}

int main() {}
