# Sourced by bench/cpu-per-request and bench/warm-up: the CPU a process or a PostgreSQL server has used
# (utime+stime, in clock ticks), and the bench tokens made fresh for a run on a kept history.

# stat_ticks FILE: from a /proc …/stat file (a thread's own is /proc/PID/task/TID/stat); 0 once it has gone.
stat_ticks() { awk '{print $14+$15}' "$1" 2>/dev/null || echo 0; }
# process_ticks PID: every thread of the process.
process_ticks() { stat_ticks "/proc/$1/stat"; }

# server_ticks DATA_DIR: the PostgreSQL server of that folder, its postmaster and every child of it.
server_ticks() {
    local pm pid p=0
    pm=$(head -1 "$1/postmaster.pid")
    for pid in $pm $(pgrep -P "$pm"); do
        p=$(( p + $(process_ticks "$pid") ))
    done
    echo $p
}

# renew_bench_tokens DATA_DIR PG_PORT: connects as the service's role (PGUSER, PGPASSWORD exported) and gives
# the bench families' tokens, idle since bench/run, another 12 hours.
renew_bench_tokens() {
    local p="$1/inkwell-database.properties"
    export PGUSER=$(grep "^user=" "$p" | cut -d= -f2) PGPASSWORD=$(grep "^password=" "$p" | cut -d= -f2)
    psql -q -h 127.0.0.1 -p "$2" -d postgres \
        -c "UPDATE api_token SET last_used_at = now(), expires_at = now() + interval '12 hours' WHERE revoked_at IS NULL"
}
