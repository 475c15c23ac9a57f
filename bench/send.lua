-- wrk script for the sends of scenario 2: each request a letter from a random family of the send
-- group to its approved contact, with a fresh Idempotency-Key. FAMILIES names the CSV (token,contactId)
-- that bench/src/org/inkwell/bench/Seed.java wrote.
local families = {}
local counter = 0
local letter = "Dear Pat, the kids say hello. We went to the lake on Sunday and the little one caught her first fish. We miss you and count the days. Love, Mom"

local thread_count = 0
setup = function(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
end

init = function(args)
  for line in io.lines(os.getenv("FAMILIES")) do
    local token, contact = line:match("([^,]+),([^,]+)")
    families[#families + 1] = { token = token, contact = contact }
  end
  math.randomseed(os.time() * 100 + tid)
end

request = function()
  counter = counter + 1
  local family = families[math.random(#families)]
  local key = string.format("wrk-%d-%d-%d-%d", os.time(), tid, counter, math.random(1, 2000000000))
  return wrk.format("POST", "/api/v1/messages",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. family.token, ["Idempotency-Key"] = key },
    '{"contactId":"' .. family.contact .. '","body":"' .. letter .. '"}')
end
