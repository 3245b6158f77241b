-- wrk script of the load benchmark. BENCH_MODE names what is requested:
--   live, me, unread, offices, person, profile, programme, cohorts  (one endpoint)
--   mix  (a leader's session: six reads, 10 % writes)
-- Requests rotate over the signed-in users (BENCH_DIR/tokens.tsv: token, user id, person id, enrolment id,
-- assignment id, reflection task id, notification id). X-Bench-User carries the user id for the bare
-- comparison host, which has no sign-in; the app ignores it.
local dir = os.getenv("BENCH_DIR")
local mode = os.getenv("BENCH_MODE") or "mix"
local leaders, people, sysadmin = {}, {}, nil
local counter = 0

local function lines(path)
  local result = {}
  for line in io.lines(path) do if line ~= "" then result[#result + 1] = line end end
  return result
end

function setup(thread)
  thread:set("offset", math.random(1, 100000))
end

function init(args)
  for _, line in ipairs(lines(dir .. "/tokens.tsv")) do
    local f = {}
    for field in line:gmatch("[^\t]+") do f[#f + 1] = field end
    leaders[#leaders + 1] = { token = f[1], user = f[2], person = f[3], enrolment = f[4], assignment = f[5], reflection = f[6], notification = f[7] }
  end
  people = lines(dir .. "/people.txt")
  sysadmin = lines(dir .. "/sysadmin.token")[1]
  counter = offset or 0
end

local function get(path, token, user)
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["X-Bench-User"] = user, ["Accept-Language"] = "nb" })
end

local function send(method, path, token, body)
  return wrk.format(method, path, { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json", ["Accept-Language"] = "nb" }, body)
end

-- The leader's calendar page asks for the month around today.
local calendar = "/api/cohorts/calendar?from=" .. os.date("!%Y-%m-01") .. "&to=" .. os.date("!%Y-%m-28", os.time() + 40 * 86400)

local single = {
  live = function() return wrk.format("GET", "/health/live") end,
  me = function(l) return get("/api/identity/me", l.token, l.user) end,
  unread = function(l) return get("/api/notifications/unread-count", l.token, l.user) end,
  offices = function(l, n) return get("/api/organisation/offices?skipCount=" .. (n % 9) * 50 .. "&maxResultCount=50", sysadmin, "") end,
  person = function(l, n) return get("/api/organisation/people/" .. people[n % #people + 1], sysadmin, "") end,
  profile = function(l) return get("/api/competence/my-profile", l.token, l.user) end,
  programme = function(l) return get("/api/my-programme", l.token, l.user) end,
  cohorts = function(l) return get("/api/cohorts", l.token, l.user) end,
}

local function notifications(l) return get("/api/notifications?maxResultCount=5", l.token, l.user) end
local function month(l) return get(calendar, l.token, l.user) end

-- Out of 20 requests: four of my programme, three each of my competence profile, the unread count, the latest
-- notifications and the calendar, two of the cohort list (18 reads), and two writes (10 %).
-- A session's two writes: marking a notification read, and either a reflection or an assignment. Only one of them
-- changes the enrolment: the requests of a session are in flight at once on different connections, and two
-- simultaneous saves of one enrolment would meet its concurrency check.
local function readNotification(l)
  return send("POST", "/api/notifications/" .. l.notification .. "/read", l.token, "")
end

local function work(l, n)
  if math.floor(n / 20) % 2 == 0 then
    return send("PUT", "/api/my-programme/" .. l.enrolment .. "/reflections/" .. l.reflection, l.token,
      '{"text":"Tanker etter samlingen, runde ' .. n .. '."}')
  end
  return send("PUT", "/api/my-programme/" .. l.enrolment .. "/assignments/" .. l.assignment, l.token,
    '{"answer":"Levert på nytt, runde ' .. n .. '."}')
end

local mix = {
  single.programme, single.programme, single.programme, single.programme,
  single.profile, single.profile, single.profile,
  single.unread, single.unread, single.unread,
  notifications, notifications, notifications,
  month, month, month,
  single.cohorts, single.cohorts,
  readNotification, work,
}

function request()
  counter = counter + 1
  -- In the mix each leader makes the twenty requests of a session in turn.
  if mode == "mix" then return mix[counter % 20 + 1](leaders[math.floor(counter / 20) % #leaders + 1], counter) end
  return single[mode](leaders[counter % #leaders + 1], counter)
end

-- One line the run script reads: requests/s, latency percentiles in ms, responses that were not 2xx/3xx, socket errors.
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH %.0f %.1f %.1f %.1f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, errors, summary.requests))
end
