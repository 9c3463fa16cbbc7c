# lit configuration for consentlint (see docs/contributing.md).
import os
import lit.formats

config.name = "consentlint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".m", ".mm", ".test"]
config.excludes = ["Inputs", "unit", "check_consentlint.py", "expect_exit.py", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.consentlint_obj_root, "test")

src = config.consentlint_src_root
bindir = config.consentlint_bin_dir
consentlint = os.path.join(bindir, "consentlint")
helper = os.path.join(src, "test", "check_consentlint.py")
filecheck = os.path.join(config.llvm_tools_dir, "FileCheck")

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, bindir, config.environment.get("PATH", "")])
# Tests run against the packs in the source tree, never a stale copy.
config.environment["CONSENTLINT_RULES_DIR"] = os.path.join(src, "rules", "packs")
config.environment["CONSENTLINT_POLICY_DIR"] = os.path.join(src, "rules", "policy")
for var in ["GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS", "HOME", "TMPDIR"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]

config.substitutions.append(("%check_consentlint",
    "%s %s --consentlint %s --filecheck %s --sdk %s" % (
        config.python_executable, helper, consentlint, filecheck,
        os.path.join(src, "test", "Inputs", "sdk"))))
config.substitutions.append(("%expect_exit", "%s %s" % (
    config.python_executable, os.path.join(src, "test", "expect_exit.py"))))
config.substitutions.append(("%consentlint", consentlint))
config.substitutions.append(("%sdk", os.path.join(src, "test", "Inputs", "sdk")))
config.substitutions.append(("%inputs", os.path.join(src, "test", "Inputs")))
config.substitutions.append(("%srcroot", src))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%FileCheck", filecheck))

# Editor integrations (docs/editors.md): each test needs its real client and
# is UNSUPPORTED without it.
import shutil
nvim = shutil.which("nvim")
if nvim:
    config.available_features.add("nvim")
    config.substitutions.append(("%nvim", nvim))
clang_tidy = shutil.which("clang-tidy-19", path=config.llvm_tools_dir + os.pathsep +
                          os.environ.get("PATH", "")) or shutil.which(
                              "clang-tidy", path=config.llvm_tools_dir)
tidy_plugin = os.path.join(config.consentlint_obj_root, "lib", "ConsentlintTidyModule.so")
if clang_tidy and os.path.exists(tidy_plugin):
    config.available_features.add("clang-tidy-plugin")
    config.substitutions.append(("%clang_tidy", clang_tidy))
    config.substitutions.append(("%tidy_plugin", tidy_plugin))
node = shutil.which("node")
vscode_jsonrpc = os.path.join(config.consentlint_obj_root, "editors-node",
                              "node_modules", "vscode-jsonrpc")
if node and os.path.isdir(vscode_jsonrpc):
    config.available_features.add("vscode-jsonrpc")
    config.substitutions.append(("%node", node))
    config.environment["NODE_PATH"] = os.path.dirname(vscode_jsonrpc)

# Integrations (docs/integrations.md): real pre-commit, SARIF Multitool.
if shutil.which("pre-commit"):
    config.available_features.add("pre-commit")
_multitool_rel = os.path.join("node_modules", "@microsoft", "sarif-multitool-linux",
                              "Sarif.Multitool")
for _cand in [os.environ.get("SARIF_MULTITOOL", ""),
              os.path.join(src, "build", "npm", _multitool_rel),
              os.path.join(config.consentlint_obj_root, "npm", _multitool_rel)]:
    if _cand and os.path.isfile(_cand):
        config.available_features.add("sarif-multitool")
        config.environment["SARIF_MULTITOOL"] = _cand
        break
config.substitutions.append(("%validate_sarif", "sh " + os.path.join(
    src, "tools", "validate-sarif.sh")))
import subprocess
if subprocess.run([config.python_executable, "-c", "import yaml"],
                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
    config.available_features.add("python-yaml")

# The users' own privacy policy (../shared/policies, docs/policy-mapping.md):
# read where it is, never copied; tests that need it are UNSUPPORTED without.
users_policy = os.path.join(os.path.dirname(src), "shared", "policies",
                            "privacy-policy.txt")
if os.path.isfile(users_policy):
    config.available_features.add("users-policy")
    config.substitutions.append(("%users_policy", users_policy))
# PDF policies are read through pdftotext (poppler-utils).
if shutil.which("pdftotext"):
    config.available_features.add("pdftotext")
