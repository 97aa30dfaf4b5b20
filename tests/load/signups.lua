-- wrk script: realistic sign-ups, one unique person per request.
-- The bench script (scripts/bench-load) passes, after `--`:
--   template.json  the API's own example sign-up (from /api/openapi.json)
--   pc4.txt        4-digit postcodes that exist, one per line
--   rate           sign-ups per second, sent on a fixed schedule whatever the
--                  answers (0: full speed, each connection sends again as
--                  soon as it is answered)
--   prefix         makes e-mail addresses unique across runs
--   first          where this run's people start (runs on one database must
--                  not repeat people, or every sign-up becomes a duplicate)

local template, postcodes, rate, prefix, first
local counter = 0
local threads = {}
local given = { "Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Tess", "Finn",
  "Noor", "Milan", "Fleur", "Levi", "Sophie", "Bram", "Lotte", "Thijs" }
local surnames = { "Berg", "Jansen", "Visser", "Smit", "Meijer", "Bos", "Mulder",
  "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Kok", "Vries" }

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

-- The fields each request fills in. The template is cut once, at each of
-- their values: a request then joins the pieces with its own values
-- instead of searching the whole body once per field (wrk runs on the
-- same two cores as the server, and its share is the server's loss).
local FIELDS = { "given_names", "surname", "name_prefix", "email", "phone",
  "birth_date", "postcode", "house_number", "house_number_addition" }

-- Text, field name, text, field name, …, text.
local function cut(body)
  for _, field in ipairs(FIELDS) do
    body = body:gsub('"' .. field .. '":"[^"]*"', '"' .. field .. '":"\1' .. field .. '\1"')
  end
  local pieces, at = {}, 1
  while true do
    local from, to, field = body:find("\1([%w_]+)\1", at)
    if not from then break end
    table.insert(pieces, body:sub(at, from - 1))
    table.insert(pieces, field)
    at = to + 1
  end
  table.insert(pieces, body:sub(at))
  return pieces
end

local function read(path)
  local f = assert(io.open(path, "r"))
  local text = f:read("*a")
  f:close()
  return text
end

function init(args)
  template = cut(read(args[1]))
  postcodes = {}
  for line in read(args[2]):gmatch("[^\n]+") do table.insert(postcodes, line) end
  rate = tonumber(args[3]) or 0
  prefix = args[4] or "run"
  first = tonumber(args[5]) or 0
  created, refused, failed = 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

-- Letters from a number: unique, valid surnames ("Berg" .. "kqd").
local function letters(n)
  local s = ""
  repeat
    s = string.char(97 + n % 26) .. s
    n = math.floor(n / 26)
  until n == 0
  return s
end

-- Independent scrambled numbers per person and part: neighbours in the
-- sequence get unrelated names and birth dates (sequential ones read as
-- near-duplicates to the duplicate check, which would then do far more work
-- than for real people), and no part follows another (with one number for
-- all, first name and birth year shared bits, and people met in blocks of a
-- hundred where a real population has a handful).
local function mul32(a, b)
  local high, low = math.floor(a / 65536), a % 65536
  return ((high * b % 65536) * 65536 + low * b) % 4294967296
end

-- MurmurHash3's finaliser: a bijection on 32 bits, so people stay unique.
local function mix(x)
  x = bit.bxor(x, bit.rshift(x, 16)) % 4294967296
  x = mul32(x, 0x85ebca6b)
  x = bit.bxor(x, bit.rshift(x, 13)) % 4294967296
  x = mul32(x, 0xc2b2ae35)
  return bit.bxor(x, bit.rshift(x, 16)) % 4294967296
end

function request()
  counter = counter + 1
  local n = first + id * 1000000 + counter
  local h, s, b = mix(3 * n), mix(3 * n + 1), mix(3 * n + 2)
  local value = {
    given_names = given[h % #given + 1],
    surname = surnames[s % #surnames + 1] .. letters(h),
    name_prefix = "",
    email = prefix .. "." .. n .. "@example.nl",
    -- Mobile numbers run 06-1… to 06-5…: 50 million of them.
    phone = string.format("06-%08d", 10000000 + n % 50000000),
    -- Independent digits of n for each part, so people do not share
    -- birth dates or addresses more than a real population does.
    birth_date = string.format("%04d-%02d-%02d",
      1950 + b % 50, 1 + math.floor(b / 50) % 12, 1 + math.floor(b / 600) % 28),
    postcode = postcodes[n % #postcodes + 1] .. " AB",
    house_number = tostring(1 + math.floor(n / #postcodes) % 999),
    house_number_addition = "",
  }
  local parts = {}
  for i, piece in ipairs(template) do
    parts[i] = i % 2 == 0 and value[piece] or piece
  end
  wrk.headers["Idempotency-Key"] = string.format("%s-%012d", prefix, n)
  return wrk.format(nil, "/api/registrations", nil, table.concat(parts))
end

-- A fixed rate, not a pause after each answer: with pauses, the connections
-- answered by one group commit all sent again together one pause later, and
-- the run measured convoys that the timing of the answers had made, not
-- people arriving on their own. Each request takes the next slot of one
-- schedule (1000 / rate ms apart); wrk's timers count whole milliseconds.
local ffi = require("ffi")
ffi.cdef[[
  struct handen_timespec { long tv_sec; long tv_nsec; };
  int clock_gettime(int clock, struct handen_timespec *t);
]]
local clock = ffi.new("struct handen_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end
local next_slot

function delay()
  if rate <= 0 then return 0 end
  local now = now_ms()
  -- A server that fell behind is not sent a burst to catch up with.
  if next_slot == nil or next_slot < now - 100 then next_slot = now end
  local wait = next_slot - now
  next_slot = next_slot + 1000 / rate
  return math.floor(wait + 0.5)
end

function response(status)
  if status == 201 then created = created + 1
  elseif status >= 500 then failed = failed + 1
  else refused = refused + 1 end
end

function done(summary, latency)
  local c, r, f = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    r = r + t:get("refused")
    f = f + t:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'RESULT {"requests":%d,"seconds":%.3f,"created":%d,"refused":%d,"failed":%d,' ..
    '"socket_errors":%d,"p50_ms":%.2f,"p90_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f}\n',
    summary.requests, seconds, c, r, f,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
