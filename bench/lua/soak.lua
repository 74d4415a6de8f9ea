-- wrk script for bench/soak.sh: a steady mix of reads and writes, paced by delay().
-- Per connection, every 50 requests: 1 diary write, 1 timeline view (GET /diary), and 48 reads
-- spread over GET /, POST /check, POST /api/v1/hcg and GET /odds. The write edits the note
-- EDIT_ID (POST /diary/entry/EDIT_ID: the diary keeps its size, so memory should stay flat), or,
-- without EDIT_ID, adds a new note (POST /diary/add: the diary grows by one note a write).
-- Environment: COOKIE (the unlocked session), CSRF (its token), CHECK_BODY, HCG_BODY (files),
-- DELAY_MS (pause before each request on a connection), EDIT_ID (optional).
local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local cookie = os.getenv("COOKIE")
local csrf = os.getenv("CSRF")
local check = slurp(os.getenv("CHECK_BODY"))
local hcg = slurp(os.getenv("HCG_BODY"))
local pause = tonumber(os.getenv("DELAY_MS") or "40")
local edit_id = os.getenv("EDIT_ID")
if edit_id == "" then edit_id = nil end
local form = "application/x-www-form-urlencoded"
local n = 0

function delay()
  return pause
end

function request()
  n = n + 1
  local slot = n % 50
  if slot == 0 then
    local body = "kind=note&save=1&csrf=" .. csrf .. "&text=soak+note+" .. n
    local path = edit_id and ("/diary/entry/" .. edit_id) or "/diary/add"
    return wrk.format("POST", path, {["Cookie"] = cookie, ["Content-Type"] = form}, body)
  elseif slot == 25 then
    return wrk.format("GET", "/diary", {["Cookie"] = cookie})
  elseif slot % 4 == 0 then
    return wrk.format("GET", "/", {["Cookie"] = cookie})
  elseif slot % 4 == 1 then
    return wrk.format("POST", "/check", {["Content-Type"] = form}, check)
  elseif slot % 4 == 2 then
    return wrk.format("POST", "/api/v1/hcg", {["Content-Type"] = "application/json"}, hcg)
  else
    return wrk.format("GET", "/odds", nil)
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors: connect %d read %d write %d status %d timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
