-- wrk script: each request a family's message with a fresh Idempotency-Key.
-- TOKEN and CONTACT come from the environment (bench/run sets them).
local token = os.getenv("TOKEN")
local contact = os.getenv("CONTACT")
local counter = 0
local thread_id = 0
setup = function(thread)
  thread:set("tid", thread_id)
  thread_id = thread_id + 1
end
request = function()
  counter = counter + 1
  local key = string.format("bench-%d-%d-%d", tid, counter, math.random(1, 1000000000))
  local body = '{"contactId":"' .. contact .. '","body":"Dear Jane, the kids say hello. We went to the lake on Sunday and the little one caught her first fish. We miss you and count the days. Love, Mom"}'
  return wrk.format("POST", "/api/v1/messages",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token, ["Idempotency-Key"] = key}, body)
end
