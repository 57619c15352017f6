-- What each scheduled job did, one row per execution. With ShedLock a job runs on one instance
-- at a time, so the rows also show which instance ran it.
CREATE TABLE job_run (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job         VARCHAR(64)  NOT NULL,
    instance    VARCHAR(255) NOT NULL,
    finished_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    summary     TEXT         NOT NULL
);

CREATE INDEX job_run_job_ix ON job_run (job, finished_at);
