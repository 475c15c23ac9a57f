-- wrk script for the trivial authenticated request of scenario 2 (issue 15's yardstick for a send's
-- cost): GET /api/v1/accounts/me as a random family of the send group, the same families and tokens
-- as bench/send.lua. FAMILIES names the CSV (token,contactId) that bench/src/org/inkwell/bench/Seed.java wrote.
local tokens = {}

local thread_count = 0
setup = function(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
end

init = function(args)
  for line in io.lines(os.getenv("FAMILIES")) do
    tokens[#tokens + 1] = line:match("([^,]+),")
  end
  math.randomseed(os.time() * 100 + tid)
end

request = function()
  return wrk.format("GET", "/api/v1/accounts/me", { ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] })
end
