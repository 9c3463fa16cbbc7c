#include <string>
std::string machineName();
void remember(const char *Value);
bool matches(const char *Value, const char *Pattern);
void rememberIfAllowed(const char *Value);
void forward(const char *Value);
