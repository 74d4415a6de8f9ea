-- wrk script: POST the body in the file named by the BODY environment variable, with the
-- Content-Type in CONTENT_TYPE. Used for POST /check (a form) and POST /api/v1/hcg (JSON).
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("CONTENT_TYPE")
