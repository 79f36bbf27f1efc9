-- wrk script: POST the GraphQL login mutation (correct password) and count answers that
-- carry a token versus anything else (GraphQL errors come back with HTTP 200, so wrk's own
-- "Non-2xx" counter would not see them).
local email = os.getenv("BENCH_EMAIL") or "bench@example.se"
local password = os.getenv("BENCH_PASSWORD") or "Nordic-exchange-summer-2026"

wrk.method = "POST"
wrk.path = "/graphql"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format(
  '{"query":"mutation { login(email: \\"%s\\", password: \\"%s\\") { token } }"}',
  email, password)

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok = 0
  bad = 0
  sample = nil
end

function response(status, headers, body)
  if status == 200 and body:find('"token"', 1, true) and not body:find('"errors"', 1, true) then
    ok = ok + 1
  else
    bad = bad + 1
    if sample == nil then
      sample = tostring(status) .. " " .. string.sub(body or "", 1, 400)
    end
  end
end

function done(summary, latency, requests)
  local total_ok, total_bad, first = 0, 0, nil
  for _, t in ipairs(threads) do
    total_ok = total_ok + (t:get("ok") or 0)
    total_bad = total_bad + (t:get("bad") or 0)
    local s = t:get("sample")
    if first == nil and s ~= nil then first = s end
  end
  io.write(string.format("LOGIN_OK %d\nLOGIN_BAD %d\n", total_ok, total_bad))
  if first ~= nil then
    io.write("LOGIN_BAD_SAMPLE " .. first:gsub("\n", " ") .. "\n")
  end
end
