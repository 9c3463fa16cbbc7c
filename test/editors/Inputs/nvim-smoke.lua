-- Headless Neovim (0.7+) smoke test of `consentlint lsp` with the built-in
-- LSP client: open a C++ file with an ungated ad call, wait for the
-- diagnostics, write them to $OUT, stop the server and record its exit code.
local env = vim.env
local out = assert(io.open(env.OUT, 'w'))
local function log(s) out:write(s .. '\n'); out:flush() end

vim.cmd('edit ' .. vim.fn.fnameescape(env.SOURCE))
local buf = vim.api.nvim_get_current_buf()

local exited = nil
local client_id = vim.lsp.start_client({
  name = 'consentlint',
  cmd = {
    env.CONSENTLINT, 'lsp', '--config-file=' .. env.INPUTS .. '/config/acme.consentlint.yaml',
    '--', '-x', 'c++', '-std=c++17',
    '-isystem', env.SDK .. '/firebase', '-isystem', env.SDK .. '/acme',
  },
  root_dir = vim.fn.fnamemodify(env.SOURCE, ':h'),
  on_exit = function(code, signal) exited = code end,
})
if not client_id then
  log('start_client failed')
  vim.cmd('qall!')
end
vim.lsp.buf_attach_client(buf, client_id)

local ok = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
log('diagnostics received: ' .. tostring(ok))
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  log(string.format('%d:%d severity=%d source=%s code=%s: %s', d.lnum + 1, d.col + 1,
                    d.severity, tostring(d.source), tostring(code), d.message))
end

vim.lsp.stop_client(client_id)
vim.wait(10000, function() return exited ~= nil end, 50)
log('server exit code: ' .. tostring(exited))
out:close()
vim.cmd('qall!')
