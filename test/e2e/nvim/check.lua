-- Headless Neovim client for citecheck's language server (used by test/e2e/nvim.test.ts).
-- Opens the draft, starts `node <server> --stdio` with the workspace as root, waits for the
-- server's diagnostics and writes them as JSON: { lsp = <raw LSP diagnostics>, vim = <as
-- vim.diagnostic has them> }. Works on Neovim 0.7 (vim.lsp.start_client + buf_attach_client).
-- Inputs (environment): CITECHECK_SERVER, CITECHECK_ROOT, CITECHECK_DRAFT, CITECHECK_OUT,
-- CITECHECK_TIMEOUT_MS (default 60000). Exits 0 on success, 1 (cquit) on failure.

local function env(name, default)
  local v = os.getenv(name)
  if v == nil or v == '' then
    if default ~= nil then return default end
    error('missing environment variable ' .. name)
  end
  return v
end

local function main()
  local server, root, draft, out = env('CITECHECK_SERVER'), env('CITECHECK_ROOT'), env('CITECHECK_DRAFT'), env('CITECHECK_OUT')
  local timeout = tonumber(env('CITECHECK_TIMEOUT_MS', '60000'))
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'

  local published, indexing = nil, nil
  local client_id = vim.lsp.start_client({
    name = 'citecheck',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == vim.uri_from_bufnr(bufnr) and #result.diagnostics > 0 then
          published = result.diagnostics
        end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end,
      ['citecheck/status'] = function(_, result)
        if type(result) == 'table' and result.indexing ~= nil then indexing = result.indexing end
      end,
    },
  })
  assert(client_id, 'vim.lsp.start_client failed')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')

  local ok = vim.wait(timeout, function()
    return published ~= nil and indexing ~= true and #vim.diagnostic.get(bufnr) > 0
  end, 50)
  assert(ok, 'no citecheck diagnostics within ' .. timeout .. ' ms')

  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode({ lsp = published, vim = vim.diagnostic.get(bufnr) }))
  file:close()
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(main)
if not ok then
  io.stderr:write('check.lua: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
